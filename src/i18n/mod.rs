//! The interface's languages: English, Azerbaijani and Russian.
//!
//! Every word the app shows comes from the Fluent message files in
//! `assets/i18n/<language>/*.ftl`, compiled into the binary. A message is
//! looked up with [`tr!`](crate::tr) in the language of the calling thread
//! ([`current`]): the GUI sets it at the start of each frame from the
//! settings, the CLI from `--lang`, and a worker thread inherits the
//! language of the thread that started it. A thread-local rather than one
//! global, so that tests in several languages can run side by side.
//!
//! Knows nothing of egui: the model's messages, the exports and the CLI use
//! it as the GUI does.

mod catalogue;
pub mod dates;
pub mod words;

use std::cell::Cell;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

pub use catalogue::{message_ids, placeables, raw_value};

/// A language of the interface and of the human-readable exports.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Language {
    /// English, the language the CLI keeps unless `--lang` is given.
    #[default]
    #[serde(rename = "en")]
    English,
    /// Azerbaijani, in the Latin script.
    #[serde(rename = "az")]
    Azerbaijani,
    /// Russian.
    #[serde(rename = "ru")]
    Russian,
}

impl Language {
    /// Every language, in the order View > Language lists them.
    pub const ALL: [Self; 3] = [Self::Azerbaijani, Self::English, Self::Russian];

    /// The BCP 47 code: `en`, `az`, `ru` (also the key of a name in
    /// another language, and the folder of the message files).
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Azerbaijani => "az",
            Self::Russian => "ru",
        }
    }

    /// The language a code names (`az`, `az-Latn-AZ`, `ru_RU.UTF-8`), if it
    /// is one of the interface's.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::English),
            "az" => Some(Self::Azerbaijani),
            "ru" => Some(Self::Russian),
            _ => None,
        }
    }

    /// The language the operating system is set to, English when it is
    /// none of the three; asked once, at the first start.
    pub fn from_os_locale() -> Self {
        sys_locale::get_locales()
            .find_map(|locale| Self::from_code(&locale))
            .unwrap_or_default()
    }

    /// The language's own name for itself ("Azərbaycanca", "Русский"), as
    /// View > Language shows it whatever the interface's language is.
    pub fn native_name(self) -> String {
        with_language(self, || crate::tr!("language-native-name"))
    }

    fn index(self) -> usize {
        match self {
            Self::English => 0,
            Self::Azerbaijani => 1,
            Self::Russian => 2,
        }
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The language of this thread's messages.
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Sets the language of this thread's messages from now on.
pub fn set_current(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// Runs `work` with this thread's messages in `language`, then puts the
/// thread's language back.
pub fn with_language<T>(language: Language, work: impl FnOnce() -> T) -> T {
    let before = current();
    set_current(language);
    let result = work();
    set_current(before);
    result
}

/// The values a message's placeables take (`{ $count }`), built by [`tr!`](crate::tr).
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    /// No values yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gives the placeable `name` its value.
    pub fn set(&mut self, name: &'static str, value: impl Arg) {
        self.0.set(name, value.into_value());
    }
}

/// What a message's placeable can take: text, or a number (which also
/// picks the plural form: "1 запись", "3 записи", "5 записей").
pub trait Arg {
    /// The value as Fluent holds it.
    fn into_value(self) -> FluentValue<'static>;
}

impl Arg for &str {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.to_owned())
    }
}

impl Arg for String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl Arg for &String {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl Arg for std::borrow::Cow<'_, str> {
    fn into_value(self) -> FluentValue<'static> {
        FluentValue::from(self.into_owned())
    }
}

macro_rules! number_arg {
    ($($number:ty)*) => {$(
        impl Arg for $number {
            fn into_value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl Arg for &$number {
            fn into_value(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}

number_arg!(u8 u16 u32 u64 usize i8 i16 i32 i64 isize f32 f64);

/// The message `id` in this thread's language, with `args` in its
/// placeables. A message missing from the language falls back to English,
/// and one missing from English shows its id (a test keeps both from
/// happening: `message_files_are_complete`).
pub fn message(id: &str, args: Option<&Args>) -> String {
    catalogue::format(current().index(), id, args.map(|args| &args.0))
        .or_else(|| catalogue::format(Language::English.index(), id, args.map(|args| &args.0)))
        .unwrap_or_else(|| id.to_owned())
}

/// A number as the language writes it: "100,000" in English, "100 000"
/// in Russian and Azerbaijani (a no-break space between groups).
pub fn number(value: u64) -> String {
    group_thousands(&value.to_string(), thousands_separator())
}

/// A figure as the language writes it: "1,234.5" in English, "1 234,5" in
/// Russian and Azerbaijani, which write a decimal comma.
pub fn decimal(value: f64) -> String {
    let text = value.to_string();
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |rest| ("-", rest));
    let (whole, fraction) = unsigned
        .split_once('.')
        .map_or((unsigned, None), |(whole, fraction)| {
            (whole, Some(fraction))
        });
    if !whole.bytes().all(|byte| byte.is_ascii_digit()) {
        // "inf", "NaN": nothing to group.
        return text;
    }
    let grouped = group_thousands(whole, thousands_separator());
    match fraction {
        Some(fraction) => {
            let point = if current() == Language::English {
                '.'
            } else {
                ','
            };
            format!("{sign}{grouped}{point}{fraction}")
        }
        None => format!("{sign}{grouped}"),
    }
}

fn thousands_separator() -> &'static str {
    match current() {
        Language::English => ",",
        Language::Azerbaijani | Language::Russian => "\u{A0}",
    }
}

/// `digits` with `separator` between each group of three from the right.
fn group_thousands(digits: &str, separator: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// The message `id` in the current thread's language:
/// `tr!("menu-file")`, `tr!("records-count", count = n)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
