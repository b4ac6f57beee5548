//! Words that change by language beyond what a message can say: a
//! session's ordinal number, and lower case with Azerbaijani's dotted and
//! dotless i.

use crate::i18n::{Language, current};

/// "1st", "2nd", "3rd", "10th", "11th", "22nd".
pub fn ordinal(number: u32) -> String {
    let suffix = match (number % 10, number % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{number}{suffix}")
}

/// A session's number as the interface's language writes it before the
/// word "session": "10th", "10-cu" (iclas), "10-е" (заседание).
pub fn session_ordinal(number: u32) -> String {
    match current() {
        Language::English => ordinal(number),
        Language::Azerbaijani => format!("{number}-{}", azerbaijani_ordinal_suffix(number)),
        Language::Russian => format!("{number}-е"),
    }
}

/// The suffix of an Azerbaijani ordinal written in digits, in harmony with
/// the vowel of the number's last word: 1-ci, 3-cü, 6-cı, 9-cu, 10-cu,
/// 40-cı, 100-cü.
fn azerbaijani_ordinal_suffix(number: u32) -> &'static str {
    let units = number % 10;
    let tens = number / 10 % 10;
    if units != 0 {
        match units {
            3 | 4 => "cü",
            6 => "cı",
            9 => "cu",
            _ => "ci",
        }
    } else if tens != 0 {
        match tens {
            1 | 3 => "cu",
            4 | 6 | 9 => "cı",
            _ => "ci",
        }
    } else if !number.is_multiple_of(1000) {
        "cü"
    } else if number == 0 {
        "cı"
    } else if !number.is_multiple_of(1_000_000) {
        "ci"
    } else {
        "cu"
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
