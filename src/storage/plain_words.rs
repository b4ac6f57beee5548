//! What went wrong with a damaged file, in words an officer understands:
//! the damage files really suffer (a copy cut short, a power cut, another
//! program's encoding, a merge conflict, a word processor's quotes) is
//! recognised and named, with what to do about it. Only asked once a file
//! has failed to read, so a sound file costs nothing here.

use serde_json::Value;

/// What to do when the file is damaged beyond repair by hand.
const RESTORE: &str =
    "the last saved versions are in File > Restore from backup… and in the .bak file beside it";

/// The text encoding a file that is not UTF-8 seems to be in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-16 with the low byte first, as Windows programs often save "Unicode" text.
    Utf16LittleEndian,
    /// UTF-16 with the high byte first.
    Utf16BigEndian,
    /// The Western European code page older Windows programs save in.
    Windows1252,
}

impl Encoding {
    /// The encoding's name as the window says it ("UTF-16"); both byte orders share one.
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf16LittleEndian | Self::Utf16BigEndian => "UTF-16",
            Self::Windows1252 => "Windows-1252",
        }
    }

    /// The text of `bytes` read in this encoding; `None` when they are not.
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        match self {
            Self::Utf16LittleEndian | Self::Utf16BigEndian => {
                let bytes = bytes
                    .strip_prefix(b"\xFF\xFE")
                    .or_else(|| bytes.strip_prefix(b"\xFE\xFF"))
                    .unwrap_or(bytes);
                if !bytes.len().is_multiple_of(2) {
                    return None;
                }
                let units: Vec<u16> = bytes
                    .chunks_exact(2)
                    .map(|pair| match self {
                        Self::Utf16BigEndian => u16::from_be_bytes([pair[0], pair[1]]),
                        _ => u16::from_le_bytes([pair[0], pair[1]]),
                    })
                    .collect();
                String::from_utf16(&units).ok()
            }
            Self::Windows1252 => Some(bytes.iter().map(|byte| windows_1252(*byte)).collect()),
        }
    }
}

/// The letter a Windows-1252 byte stands for (0x80–0x9F differ from Latin-1).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        other => char::from(other),
    }
}

/// The encoding of bytes that are not UTF-8, when they look like text in
/// one the app can convert.
pub fn guess_encoding(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(512)];
    let zeros_at = |parity: usize| {
        head.iter()
            .enumerate()
            .filter(|(index, byte)| index % 2 == parity && **byte == 0)
            .count()
    };
    if bytes.starts_with(b"\xFF\xFE") || (head.len() >= 4 && zeros_at(1) * 3 > head.len()) {
        return Some(Encoding::Utf16LittleEndian);
    }
    if bytes.starts_with(b"\xFE\xFF") || (head.len() >= 4 && zeros_at(0) * 3 > head.len()) {
        return Some(Encoding::Utf16BigEndian);
    }
    // Text without control bytes other than line breaks and tabs, mostly
    // ASCII as a workspace's JSON is (random bytes are not).
    let text_like = bytes
        .iter()
        .all(|byte| *byte >= 0x20 || matches!(byte, b'\n' | b'\r' | b'\t'));
    let letters_beyond_ascii = bytes.iter().filter(|byte| **byte >= 0x80).count();
    (text_like && letters_beyond_ascii * 10 < bytes.len()).then_some(Encoding::Windows1252)
}

/// The UTF-16 encoding of text that is valid UTF-8 only because its
/// letters are all ASCII (each with a zero byte beside it).
pub fn utf16_read_as_utf8(text: &str) -> Option<Encoding> {
    let head = &text.as_bytes()[..text.len().min(512)];
    if !head.contains(&0) {
        return None;
    }
    guess_encoding(head).filter(|encoding| *encoding != Encoding::Windows1252)
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count() + 1
}

/// Why `bytes` are not UTF-8 text, in plain words.
pub fn not_utf8(bytes: &[u8], error: &std::str::Utf8Error) -> String {
    let offset = error.valid_up_to();
    let line = line_of(bytes, offset);
    let zeros = bytes.len()
        - bytes
            .iter()
            .rposition(|byte| *byte != 0)
            .map_or(0, |last| last + 1);
    if zeros > 0 && std::str::from_utf8(&bytes[..bytes.len() - zeros]).is_ok() {
        return nul_tail(bytes, zeros);
    }
    if error.error_len().is_none() {
        return format!(
            "the file ends in the middle of a letter on line {line} (offset {offset}): it looks cut off, for example by an interrupted copy or a full disk; {RESTORE}"
        );
    }
    match guess_encoding(bytes) {
        Some(encoding) => other_encoding(encoding, offset, line),
        None => format!(
            "not text: the byte at offset {offset} (line {line}) cannot be in a workspace file; is this the right file?"
        ),
    }
}

fn other_encoding(encoding: Encoding, offset: usize, line: usize) -> String {
    format!(
        "the file is in {}, not in the UTF-8 Accord writes: another program saved it that way (the first byte Accord cannot read is at offset {offset}, line {line}). Open it in the Accord window: it is shown converted, and Save as… keeps it under a new name",
        encoding.name()
    )
}

/// A file whose end is zero bytes: what a power cut leaves.
fn nul_tail(bytes: &[u8], zeros: usize) -> String {
    let line = line_of(bytes, bytes.len() - zeros);
    format!(
        "the file ends with {zeros} zero bytes after line {line}: this is what a power cut or an unplugged USB stick leaves while a file is written; {RESTORE}"
    )
}

/// The damage in `text`, that failed to parse as JSON with `error`, in
/// plain words; `None` when it is none of the known kinds.
pub fn syntax(text: &str, error: &serde_json::Error) -> Option<String> {
    if text.trim().is_empty() {
        let holds = if text.is_empty() {
            "not a single letter"
        } else {
            "only spaces and line breaks"
        };
        return Some(format!(
            "the file is empty ({holds}): it was created but never written, or emptied; {RESTORE}"
        ));
    }
    if let Some(markers) = conflict_markers(text) {
        return Some(markers);
    }
    if text.starts_with('\u{feff}') {
        return Some(
            "the file starts with two byte-order marks (invisible characters some editors add): delete the extra one at the very start, or open the file in Accord and save it".to_owned(),
        );
    }
    let zeros = text.len() - text.trim_end_matches('\0').len();
    if zeros > 0 {
        return Some(nul_tail(text.as_bytes(), zeros));
    }
    // UTF-16 of plain ASCII is valid UTF-8, with a zero byte in every pair.
    if let Some(encoding) = utf16_read_as_utf8(text) {
        return Some(other_encoding(encoding, 0, 1));
    }
    let (line, column) = (error.line(), error.column());
    if error.classify() == serde_json::error::Category::Eof {
        return Some(format!(
            "the file ends in the middle of line {line} (column {column}): it looks cut off, for example by an interrupted copy or a full disk; {RESTORE}"
        ));
    }
    let line_text = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
    let near: String = line_text
        .char_indices()
        .filter(|(at, _)| *at + 8 >= column && *at <= column + 8)
        .map(|(_, letter)| letter)
        .collect();
    if let Some(letter) = near.chars().find(|letter| look_alike(*letter).is_some()) {
        let (what, plain) = look_alike(letter).unwrap_or_default();
        return Some(format!(
            "line {line}, column {column}: a {what} ({letter:?}) where the file needs a plain {plain}: a word processor or e-mail program probably changed it; type a plain {plain} there"
        ));
    }
    if error.to_string().starts_with("trailing characters") {
        let line_start: usize = text
            .split_inclusive('\n')
            .take(line - 1)
            .map(str::len)
            .sum();
        let rest = text
            .get(line_start + column.saturating_sub(1)..)
            .unwrap_or_default();
        return Some(if rest.trim_start().starts_with('{') {
            format!(
                "line {line}, column {column}: a second workspace starts here, after the end of the first: two files were joined into one. Keep the one you want and delete the other"
            )
        } else {
            format!(
                "line {line}, column {column}: there is more after the end of the workspace (its last }}): delete what follows it, or restore an earlier version; {RESTORE}"
            )
        });
    }
    None
}

/// A character that looks like JSON syntax but is not: what it is and
/// what should be there.
fn look_alike(letter: char) -> Option<(&'static str, &'static str)> {
    match letter {
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some(("non-breaking space", "space")),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => {
            Some(("curly quotation mark", "straight quote (\")"))
        }
        '\u{2018}' | '\u{2019}' => Some(("curly apostrophe", "straight quote (\")")),
        _ => None,
    }
}

/// The lines of git's conflict markers, when the file has them.
fn conflict_markers(text: &str) -> Option<String> {
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.starts_with("<<<<<<<")
                || line.starts_with(">>>>>>>")
                || line.trim_end() == "======="
                || line.starts_with("|||||||")
        })
        .map(|(index, _)| (index + 1).to_string())
        .collect();
    (!lines.is_empty() && text.lines().any(|line| line.starts_with("<<<<<<<"))).then(|| {
        format!(
            "the file holds an unfinished git merge: conflict markers on lines {}. Between <<<<<<< and ======= is one version, between ======= and >>>>>>> the other: keep the right lines, delete the rest and the marker lines (or run `git checkout --ours` or `--theirs` on the file), then open it again",
            lines.join(", ")
        )
    })
}

/// A record field that serde refused, said plainly when it is one of the
/// mistakes people make: a time without its zone, a session number that
/// is not one, "NaN" for a figure. `value` is what the file holds there.
pub fn field(path: &str, value: Option<&Value>) -> Option<String> {
    let value = value?;
    let field = path.rsplit('.').next().unwrap_or(path);
    match (field, value) {
        ("created_at" | "modified_at" | "published_at", Value::String(text))
            if chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").is_ok() =>
        {
            Some(format!(
                "{text:?} has no time zone, so it is not clear when it was: write it with one, e.g. \"{text}Z\" for UTC"
            ))
        }
        ("session_number", Value::Number(number)) => Some(format!(
            "{number} is not a session number: sessions are numbered 1, 2, 3 and so on"
        )),
        ("value" | "change_percent", Value::String(text)) => Some(format!(
            "{text:?} is not a number: write the figure (like 215.5), or leave the field out"
        )),
        _ => None,
    }
}

/// What the JSON reader's message about the syntax means, in plain words.
pub fn json_syntax(message: &str) -> Option<&'static str> {
    Some(match message {
        "expected value" => {
            "something stands here that is not a value (a text in double quotes, a number, true, false, null, a [list] or a {group})"
        }
        "expected `,` or `}`" => "a comma, or the closing } of a group, is missing",
        "expected `,` or `]`" => "a comma, or the closing ] of a list, is missing",
        "expected `:`" => "the colon after a field name is missing",
        "key must be a string" => "a field name is not in double quotes",
        "trailing comma" => "a comma stands before a closing bracket, with nothing after it",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "a text holds a line break or another control character: in the file a text stays on one line (\\n stands for a line break)"
        }
        "invalid escape"
        | "unexpected end of hex escape"
        | "lone leading surrogate in hex escape" => {
            "a backslash inside a text starts no valid escape (write \\\\ for a backslash)"
        }
        "recursion limit exceeded" => {
            "lists or groups are nested more than 128 deep: Accord never writes a file like this"
        }
        "number out of range" => "a number is too large to read",
        "invalid number" => "a number is not written as one",
        "EOF while parsing a string" => "a text is not closed by a double quote",
        _ => return None,
    })
}

/// What serde's message about a record's field means, in plain words;
/// `None` when it says it plainly enough already.
pub fn field_message(message: &str) -> Option<String> {
    let quoted = |text: &str| text.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Some(format!("{} is missing: it is required here", quoted(rest)?));
    }
    if message.starts_with("unknown field ") {
        // The path before the message names the field already.
        return Some(
            "is not a field Accord knows here (a typo, or another program's field?): rename or delete it"
                .to_owned(),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let allowed: Vec<&str> = rest
            .split_once("expected ")
            .map(|(_, allowed)| allowed.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        return Some(format!(
            "{:?} is not one of the values allowed here ({})",
            quoted(rest)?,
            allowed.join(", ")
        ));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let found = match found {
            "null" => "nothing (null)".to_owned(),
            "map" => "a group of fields".to_owned(),
            "sequence" => "a list".to_owned(),
            other => match other.split_once(' ') {
                Some(("integer" | "floating", value)) => {
                    format!(
                        "the number {}",
                        value.trim_start_matches("point ").trim_matches('`')
                    )
                }
                Some(("string", value)) => format!("the text {value}"),
                Some(("boolean", value)) => value.trim_matches('`').to_owned(),
                _ => other.to_owned(),
            },
        };
        let expected = match expected {
            "a string" => "a text".to_owned(),
            "a formatted UUID string" | "UUID" => {
                "an id (like \"6b3195e1-29a0-5fa0-8289-789901810766\")".to_owned()
            }
            "u32" | "u64" => "a whole number".to_owned(),
            "f64" => "a number".to_owned(),
            "a sequence" => "a list".to_owned(),
            "a boolean" => "true or false".to_owned(),
            other => match other.strip_prefix("struct ") {
                Some(kind) => format!("a {} record", kind.to_lowercase()),
                None => other.to_owned(),
            },
        };
        return Some(format!("{found} stands where {expected} belongs"));
    }
    if message.starts_with("UUID parsing failed: ") {
        return Some(
            "is not a valid id, which looks like \"6b3195e1-29a0-5fa0-8289-789901810766\""
                .to_owned(),
        );
    }
    None
}

/// The value at a `serde_path_to_error` path inside `item`.
pub fn value_at<'a>(item: &'a Value, path: &serde_path_to_error::Path) -> Option<&'a Value> {
    use serde_path_to_error::Segment;
    path.iter().try_fold(item, |value, segment| match segment {
        Segment::Seq { index } => value.get(index),
        Segment::Map { key } => value.get(key),
        Segment::Enum { .. } | Segment::Unknown => Some(value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_s_words_become_plain_ones() {
        assert_eq!(
            field_message("invalid type: integer `5`, expected a string").as_deref(),
            Some("the number 5 stands where a text belongs")
        );
        assert_eq!(
            field_message("invalid type: null, expected struct Meeting").as_deref(),
            Some("nothing (null) stands where a meeting record belongs")
        );
        assert_eq!(
            field_message("missing field `kind`").as_deref(),
            Some("kind is missing: it is required here")
        );
        assert_eq!(field_message("2022-13 is not a valid month"), None);
    }

    #[test]
    fn windows_1252_reads_its_own_letters() {
        assert_eq!(
            Encoding::Windows1252
                .decode(b"Bucure\xBAti \x93x\x94 \x80")
                .as_deref(),
            Some("Bucureºti “x” €")
        );
    }
}
