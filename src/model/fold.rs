//! Folding text for matching what a person types: lower case, and accents
//! and letter variants taken off, so "iskur" finds "İŞKUR", "turkiye" finds
//! "Türkiye" and "sefer" finds "Şəfər".

/// The plain letters a folded (lower-case) letter matches, when it has an
/// accent or is a variant of a Latin letter.
fn plain(letter: char) -> Option<&'static str> {
    Some(match letter {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' | 'ễ' | 'ệ' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// Combining accents (U+0300–U+036F), as in text typed in decomposed form;
/// lower-casing "İ" also leaves one (U+0307).
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
            continue;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
            match plain(lower) {
                Some(plain) => emit(plain, offset),
                None => emit(lower.encode_utf8(&mut buffer), offset),
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
        assert_eq!(fold("România, Chișinău"), "romania, chisinau");
        assert_eq!(fold("Straße Øresund"), "strasse oresund");
        // Decomposed: "e" followed by a combining acute accent.
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("東京"), "東京");
    }

    #[test]
    fn the_map_points_back_to_the_original_characters() {
        let (folded, map) = fold_mapped("Aİb");
        assert_eq!(folded, "aib");
        assert_eq!(map, vec![0, 1, 3]);
    }
}
