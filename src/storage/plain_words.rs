//! What went wrong with a damaged file, in words an officer understands:
//! the damage files really suffer (a copy cut short, a power cut, another
//! program's encoding, a merge conflict, a word processor's quotes) is
//! recognised and named, with what to do about it. Only asked once a file
//! has failed to read, so a sound file costs nothing here.

use serde_json::Value;

use crate::tr;

/// What to do when the file is damaged beyond repair by hand.
fn restore() -> String {
    tr!("model-load-restore")
}

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
        return tr!(
            "model-load-cut-in-letter",
            line = line.to_string(),
            offset = offset.to_string(),
            restore = restore()
        );
    }
    match guess_encoding(bytes) {
        Some(encoding) => other_encoding(encoding, offset, line),
        None => tr!(
            "model-load-not-text",
            offset = offset.to_string(),
            line = line.to_string()
        ),
    }
}

fn other_encoding(encoding: Encoding, offset: usize, line: usize) -> String {
    tr!(
        "model-load-other-encoding",
        encoding = encoding.name(),
        offset = offset.to_string(),
        line = line.to_string()
    )
}

/// A file whose end is zero bytes: what a power cut leaves.
fn nul_tail(bytes: &[u8], zeros: usize) -> String {
    let line = line_of(bytes, bytes.len() - zeros);
    tr!(
        "model-load-zero-tail",
        count = zeros,
        line = line.to_string(),
        restore = restore()
    )
}

/// The damage in `text`, that failed to parse as JSON with `error`, in
/// plain words; `None` when it is none of the known kinds.
pub fn syntax(text: &str, error: &serde_json::Error) -> Option<String> {
    if text.trim().is_empty() {
        let holds = if text.is_empty() {
            tr!("model-load-empty-nothing")
        } else {
            tr!("model-load-empty-blank")
        };
        return Some(tr!("model-load-empty", holds = holds, restore = restore()));
    }
    if let Some(markers) = conflict_markers(text) {
        return Some(markers);
    }
    if text.starts_with('\u{feff}') {
        return Some(tr!("model-load-two-marks"));
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
        return Some(tr!(
            "model-load-cut-off",
            line = line.to_string(),
            column = column.to_string(),
            restore = restore()
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
        return Some(tr!(
            "model-load-look-alike",
            line = line.to_string(),
            column = column.to_string(),
            what = what,
            letter = format!("{letter:?}"),
            plain = plain
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
            tr!(
                "model-load-second-workspace",
                line = line.to_string(),
                column = column.to_string()
            )
        } else {
            tr!(
                "model-load-more-after-end",
                line = line.to_string(),
                column = column.to_string(),
                restore = restore()
            )
        });
    }
    None
}

/// A character that looks like JSON syntax but is not: what it is and
/// what should be there, in the thread's language.
fn look_alike(letter: char) -> Option<(String, String)> {
    match letter {
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some((
            tr!("model-load-non-breaking-space"),
            tr!("model-load-plain-space"),
        )),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => Some((
            tr!("model-load-curly-quote"),
            tr!("model-load-straight-quote"),
        )),
        '\u{2018}' | '\u{2019}' => Some((
            tr!("model-load-curly-apostrophe"),
            tr!("model-load-straight-quote"),
        )),
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
    (!lines.is_empty() && text.lines().any(|line| line.starts_with("<<<<<<<")))
        .then(|| tr!("model-load-merge-markers", lines = lines.join(", ")))
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
            Some(tr!(
                "model-load-no-time-zone",
                quoted = format!("{text:?}"),
                text = text
            ))
        }
        ("session_number", Value::Number(number)) => Some(tr!(
            "model-load-session-number",
            number = number.to_string()
        )),
        ("value" | "change_percent", Value::String(text)) => {
            Some(tr!("model-load-not-a-number", text = format!("{text:?}")))
        }
        _ => None,
    }
}

/// What the JSON reader's message about the syntax means, in plain words.
pub fn json_syntax(message: &str) -> Option<String> {
    Some(match message {
        "expected value" => tr!("model-json-expected-value"),
        "expected `,` or `}`" => tr!("model-json-expected-comma-or-brace"),
        "expected `,` or `]`" => tr!("model-json-expected-comma-or-bracket"),
        "expected `:`" => tr!("model-json-expected-colon"),
        "key must be a string" => tr!("model-json-key-not-quoted"),
        "trailing comma" => tr!("model-json-trailing-comma"),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            tr!("model-json-control-character")
        }
        "invalid escape"
        | "unexpected end of hex escape"
        | "lone leading surrogate in hex escape" => tr!("model-json-invalid-escape"),
        "recursion limit exceeded" => tr!("model-json-too-deep"),
        "number out of range" => tr!("model-json-number-too-large"),
        "invalid number" => tr!("model-json-invalid-number"),
        "EOF while parsing a string" => tr!("model-json-unclosed-text"),
        _ => return None,
    })
}

/// What serde's message about a record's field means, in plain words;
/// `None` when it says it plainly enough already.
pub fn field_message(message: &str) -> Option<String> {
    let quoted = |text: &str| text.split('`').nth(1).map(str::to_owned);
    if let Some(rest) = message.strip_prefix("missing field ") {
        return Some(tr!("model-field-missing", field = quoted(rest)?));
    }
    if message.starts_with("unknown field ") {
        // The path before the message names the field already.
        return Some(tr!("model-field-unknown"));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let allowed: Vec<&str> = rest
            .split_once("expected ")
            .map(|(_, allowed)| allowed.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        return Some(tr!(
            "model-field-unknown-variant",
            value = format!("{:?}", quoted(rest)?),
            allowed = allowed.join(", ")
        ));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let found = match found {
            "null" => tr!("model-found-null"),
            "map" => tr!("model-found-group"),
            "sequence" => tr!("model-found-list"),
            other => match other.split_once(' ') {
                Some(("integer" | "floating", value)) => tr!(
                    "model-found-number",
                    number = value.trim_start_matches("point ").trim_matches('`')
                ),
                Some(("string", value)) => tr!("model-found-text", text = value),
                Some(("boolean", value)) => value.trim_matches('`').to_owned(),
                _ => other.to_owned(),
            },
        };
        let expected = match expected {
            "a string" => tr!("model-expected-text"),
            "a formatted UUID string" | "UUID" => tr!("model-expected-id"),
            "u32" | "u64" => tr!("model-expected-whole-number"),
            "f64" => tr!("model-expected-number"),
            "a sequence" => tr!("model-expected-list"),
            "a boolean" => tr!("model-expected-boolean"),
            other => match other.strip_prefix("struct ") {
                Some(kind) => tr!("model-expected-record", kind = kind.to_lowercase()),
                None => other.to_owned(),
            },
        };
        return Some(tr!(
            "model-found-instead",
            found = found,
            expected = expected
        ));
    }
    if message.starts_with("UUID parsing failed: ") {
        return Some(tr!("model-field-invalid-id"));
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
