//! Folding text for matching what a person types, and the one rule for how
//! well a name matches it (used by Find and quick open, the pickers and
//! [`super::Country::is_named`]).
//!
//! Folding is lower case in plain Latin letters, whatever the script
//! (`deunicode`'s transliteration): "iskur" finds "İŞKUR", "turkiye" finds
//! "Türkiye", "sefer" finds "Şəfər" and "baku" finds "Баку".

use std::cell::RefCell;
use std::cmp::Reverse;

use nucleo_matcher::{Config, Matcher, Utf32Str};

/// Letters whose transliteration does not read as people expect.
fn plain_override(letter: char) -> Option<&'static str> {
    match letter {
        // Azerbaijani schwa: deunicode writes "@"; it is read and typed "e".
        'ə' | 'Ə' => Some("e"),
        _ => None,
    }
}

/// Combining accents (U+0300–U+036F), as in text typed in decomposed form.
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Folds `text`, calling `emit(folded, source_offset)` for each piece of
/// folded text with the byte offset of the character it came from.
pub(crate) fn fold_each(text: &str, mut emit: impl FnMut(&str, usize)) {
    let mut buffer = [0u8; 4];
    for (offset, c) in text.char_indices() {
        if c.is_ascii() {
            emit(c.to_ascii_lowercase().encode_utf8(&mut buffer), offset);
        } else if is_combining_mark(c) {
        } else if let Some(plain) = plain_override(c) {
            emit(plain, offset);
        } else if let Some(plain) = deunicode::deunicode_char(c) {
            // Transliterations are ASCII ("Io" for "Ё", "ss" for "ß").
            for letter in plain.chars() {
                emit(letter.to_ascii_lowercase().encode_utf8(&mut buffer), offset);
            }
        } else {
            for lower in c.to_lowercase() {
                emit(lower.encode_utf8(&mut buffer), offset);
            }
        }
    }
}

/// Appends the folded form of `text` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    fold_each(text, |piece, _| out.push_str(piece));
}

/// The folded text and, for each of its bytes, the byte offset in `text`
/// of the character it came from (to highlight a match in the original).
pub fn fold_mapped(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    fold_each(text, |piece, offset| {
        folded.push_str(piece);
        map.extend(std::iter::repeat_n(offset, piece.len()));
    });
    (folded, map)
}

/// How well a name matches what was typed; the better sorts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameMatch {
    /// The whole name ("romania" for "România").
    Whole,
    /// The start of the name ("roma").
    Start,
    /// The start of one of its words ("stand" in "Joint Standing Commission").
    WordStart,
    /// Somewhere inside it ("mani").
    Within,
    /// Its letters in order with others between ("jsc", "rmn"), by the
    /// fuzzy matcher's score, the higher first.
    Scattered(Reverse<u16>),
}

impl NameMatch {
    /// The match of a folded query found at byte `at` of a folded name.
    pub fn at(folded_name: &str, at: usize, query_len: usize) -> Self {
        if at == 0 && query_len == folded_name.len() {
            Self::Whole
        } else if at == 0 {
            Self::Start
        } else if folded_name
            .as_bytes()
            .get(at - 1)
            .is_some_and(|before| !before.is_ascii_alphanumeric())
        {
            Self::WordStart
        } else {
            Self::Within
        }
    }

    /// Whether the query was found as typed (not scattered).
    pub fn is_contiguous(self) -> bool {
        !matches!(self, Self::Scattered(_))
    }
}

/// Scattered matches are offered from this many letters typed: fewer
/// letters are found scattered in almost any long name.
const SCATTERED_FROM_LETTERS: usize = 3;

/// Scattered matches are looked for in names up to this long (in folded
/// bytes): people's, countries', institutions' names, not sentence-long
/// document titles, where a few letters are found scattered anywhere and
/// scoring a long title costs more (a picker scores thousands per keystroke).
const SCATTERED_IN_NAMES_UP_TO: usize = 64;

/// A scattered match counts when it scores at least this much per letter
/// typed: letters at word starts or side by side (an abbreviation, a name
/// with a letter left out), not letters picked from all over a long title.
const SCATTERED_SCORE_PER_LETTER: u16 = 20;

thread_local! {
    /// The fuzzy matcher keeps a large scratch buffer: one per thread.
    static MATCHER: RefCell<(Matcher, Vec<char>, Vec<char>)> =
        RefCell::new((Matcher::new(Config::DEFAULT), Vec::new(), Vec::new()));
}

/// How well the folded `folded_name` matches the folded `folded_query`;
/// `None` when it does not (or the query is empty).
pub fn name_match_folded(folded_query: &str, folded_name: &str) -> Option<NameMatch> {
    if folded_query.is_empty() {
        return None;
    }
    if let Some(at) = folded_name.find(folded_query) {
        return Some(NameMatch::at(folded_name, at, folded_query.len()));
    }
    let letters = folded_query.chars().count();
    if letters < SCATTERED_FROM_LETTERS || folded_name.len() > SCATTERED_IN_NAMES_UP_TO {
        return None;
    }
    MATCHER.with_borrow_mut(|(matcher, name_buffer, query_buffer)| {
        let score = matcher.fuzzy_match(
            Utf32Str::new(folded_name, name_buffer),
            Utf32Str::new(folded_query, query_buffer),
        )?;
        let enough =
            SCATTERED_SCORE_PER_LETTER.saturating_mul(letters.try_into().unwrap_or(u16::MAX));
        (score >= enough).then_some(NameMatch::Scattered(Reverse(score)))
    })
}

/// How well `name` as written matches `folded_query` (already folded with
/// [`fold_into`]): the one rule of Find, quick open, the pickers and
/// [`super::Country::is_named`].
pub fn name_match(folded_query: &str, name: &str) -> Option<NameMatch> {
    let mut folded_name = String::with_capacity(name.len());
    fold_into(name, &mut folded_name);
    name_match_folded(folded_query, &folded_name)
}

/// Whether `name` matches `folded_query` at all (as a picker filters).
pub fn name_matches(folded_query: &str, name: &str) -> bool {
    name_match(folded_query, name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(text: &str) -> String {
        let mut out = String::new();
        fold_into(text, &mut out);
        out
    }

    #[test]
    fn accents_and_case_are_folded_away() {
        assert_eq!(fold("İŞKUR"), "iskur");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Şəfər Məmmədov"), "sefer memmedov");
        assert_eq!(fold("ƏLİYEV"), "eliyev");
        assert_eq!(
            fold("România, Chișinău, Timișoara"),
            "romania, chisinau, timisoara"
        );
        assert_eq!(fold("Straße Øresund"), "strasse oresund");
        // Decomposed: "e" followed by a combining acute accent.
        assert_eq!(fold("Cafe\u{301}"), "cafe");
    }

    #[test]
    fn every_script_folds_to_latin_letters() {
        assert_eq!(fold("Баку"), "baku");
        assert_eq!(fold("Москва"), "moskva");
        assert_eq!(fold("БАКУ"), fold("баку"));
        assert_eq!(fold("Αθήνα"), "athena");
        assert!(fold("東京").is_ascii(), "Han folds too: {}", fold("東京"));
    }

    #[test]
    fn the_map_points_back_to_the_original_characters() {
        let (folded, map) = fold_mapped("Aİb");
        assert_eq!(folded, "aib");
        assert_eq!(map, vec![0, 1, 3]);
        // One Cyrillic letter (two bytes) becomes one or two Latin ones.
        let (folded, map) = fold_mapped("Ёж");
        assert_eq!(folded, "iozh");
        assert_eq!(map, vec![0, 0, 2, 2]);
    }

    #[test]
    fn a_whole_name_ranks_above_its_start_a_word_and_the_inside() {
        let query = fold("Roma");
        assert_eq!(name_match(&query, "ROMA"), Some(NameMatch::Whole));
        assert_eq!(name_match(&query, "România"), Some(NameMatch::Start));
        assert_eq!(
            name_match(&query, "Upper Romania"),
            Some(NameMatch::WordStart)
        );
        assert_eq!(name_match(&query, "Transromania"), Some(NameMatch::Within));
        assert_eq!(name_match(&query, "Moldova"), None);
        assert!(NameMatch::Whole < NameMatch::Start);
        assert!(NameMatch::WordStart < NameMatch::Within);
        assert!(NameMatch::Within < NameMatch::Scattered(Reverse(u16::MAX)));
    }

    #[test]
    fn cyrillic_and_latin_spellings_find_each_other() {
        assert_eq!(name_match(&fold("Баку"), "Baku"), Some(NameMatch::Whole));
        assert_eq!(name_match(&fold("baku"), "Баку"), Some(NameMatch::Whole));
        assert_eq!(name_match(&fold("baki"), "Bakı"), Some(NameMatch::Whole));
    }

    #[test]
    fn letters_typed_in_order_find_abbreviations_but_not_noise() {
        let commission = "Joint Standing Commission";
        assert!(matches!(
            name_match(&fold("jsc"), commission),
            Some(NameMatch::Scattered(_))
        ));
        assert!(matches!(
            name_match(&fold("romnia"), "Romania"),
            Some(NameMatch::Scattered(_))
        ));
        // Two letters are too few to be found scattered.
        assert_eq!(name_match(&fold("jc"), commission), None);
        // Letters picked from all over a long title are not a match.
        assert_eq!(
            name_match(
                &fold("mlk"),
                "Memorandum on the development of labour market policy"
            ),
            None
        );
        assert_eq!(name_match("", commission), None);
        // Nor are letters of a name found scattered in a sentence-long title.
        let title = "Agreement between the home ministry and Romania on pension portability";
        assert!(
            name_match(&fold("romania"), title).is_some(),
            "as typed it is"
        );
        assert_eq!(name_match(&fold("romnia"), title), None);
    }
}
