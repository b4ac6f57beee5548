//! Words that change by language: a session's ordinal number, and lower
//! case with Azerbaijani's dotted and dotless i.

use crate::i18n::{Language, current};

/// "1st", "2nd", "3rd", "10th", "11th", "22nd": English whatever the
/// thread's language (the generator's sample data).
pub fn ordinal(number: u32) -> String {
    super::with_language(Language::English, || session_ordinal(number))
}

/// A session's number as the interface's language writes it before the
/// word "session": "10th", "10-cu" (iclas), "10-е" (заседание). The
/// message picks its ending by the language's ordinal plural rules
/// (CLDR's: Azerbaijani's follow the vowel of the number's last word).
pub fn session_ordinal(number: u32) -> String {
    crate::tr!("common-ordinal", number = Ordinal(number))
}

/// A number that selects a message's variant by the ordinal rules
/// ("1st", "2nd") rather than the cardinal ones ("1 record").
struct Ordinal(u32);

impl super::Arg for Ordinal {
    fn into_value(self) -> fluent_bundle::FluentValue<'static> {
        use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberType};
        let options = FluentNumberOptions {
            r#type: FluentNumberType::Ordinal,
            ..FluentNumberOptions::default()
        };
        FluentNumber::new(f64::from(self.0), options).into()
    }
}

/// Text in lower case as the interface's language writes it: Azerbaijani
/// lowers "I" to "ı" and "İ" to "i".
pub fn lowercase(text: &str) -> String {
    if current() != Language::Azerbaijani {
        return text.to_lowercase();
    }
    let mut lowered = String::with_capacity(text.len());
    for letter in text.chars() {
        match letter {
            'I' => lowered.push('ı'),
            'İ' => lowered.push('i'),
            other => lowered.extend(other.to_lowercase()),
        }
    }
    lowered
}
