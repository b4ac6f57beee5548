//! Hostile files: every file of `tests/hostile/` and many generated ones
//! must be refused (or, for the app, read leniently) with a message that
//! says where the problem is, without a panic and without writing anything.

use std::fs;
use std::path::{Path, PathBuf};

use accord::storage::{self, OpenError};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// Every file name in `folder` with its size and bytes.
fn snapshot(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().to_string_lossy().into_owned(),
                fs::read(entry.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Opens `bytes` as a file both ways the program does (strict for the
/// command line, lenient for the app), and returns the strict error text.
/// Checks that nothing in the folder was written or added.
fn open_both_ways(name: &str, bytes: &[u8]) -> Result<(), String> {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join(name);
    fs::write(&path, bytes).unwrap();
    let before = snapshot(folder.path());
    let strict = storage::open(&path);
    let lenient = storage::open_lenient(&path);
    assert_eq!(
        snapshot(folder.path()),
        before,
        "{name}: a file was written"
    );
    match (&strict, &lenient) {
        (Ok(_), _) => Ok(()),
        (Err(error), Ok(opened)) => {
            // Read leniently, the app lists the problems or marks the file
            // read-only; it never shows a damaged file as if it were fine.
            assert!(
                !opened.problems.is_empty()
                    || opened.newer_version.is_some()
                    || opened.read_only.is_some(),
                "{name}: opened leniently with no problem listed, but strictly: {error}"
            );
            Err(error.problems().join("\n"))
        }
        (Err(error), Err(lenient_error)) => {
            assert!(matches!(error, OpenError::Load { .. }), "{name}: {error}");
            // The app reads another encoding converted, so it can find
            // more; otherwise both readers say the same.
            if !error.to_string().contains("not in the UTF-8 Accord writes") {
                assert_eq!(error.to_string(), lenient_error.to_string());
            }
            Err(error.problems().join("\n"))
        }
    }
}

#[test]
fn every_file_of_the_hostile_corpus_is_refused_saying_where() {
    let expected = fs::read_to_string(corpus().join("EXPECTED.tsv")).unwrap();
    let mut checked = 0;
    for line in expected.lines().filter(|line| !line.starts_with('#')) {
        let (name, place) = line.split_once('\t').unwrap();
        let bytes = fs::read(corpus().join(name)).unwrap();
        let message = open_both_ways(name, &bytes)
            .expect_err(&format!("{name} loaded although it is damaged"));
        assert!(
            message.contains(place),
            "{name}: the message should say {place:?}; it says:\n{message}"
        );
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} hostile files");
    // Every file of the folder is in the list, so none is forgotten.
    let files = fs::read_dir(corpus()).unwrap().count();
    assert_eq!(files, checked + 1, "a file of tests/hostile/ is not listed");
}

fn sample() -> Vec<u8> {
    fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json")).unwrap()
}

#[test]
fn a_file_cut_short_anywhere_is_refused_with_its_line_and_column() {
    let sample = sample();
    assert!(open_both_ways("sample.json", &sample).is_ok());
    // Every 37th byte, so cuts land in keys, strings, numbers and between.
    for length in (0..sample.len()).step_by(37) {
        let cut = &sample[..length];
        let Ok(text) = std::str::from_utf8(cut) else {
            // Cut inside a multi-byte letter: refused as cut off, not as
            // another encoding, saying where.
            let message = open_both_ways("cut.json", cut).unwrap_err();
            assert!(
                message.contains("in the middle of a letter on line"),
                "{message}"
            );
            assert!(message.contains("it looks cut off"), "{message}");
            continue;
        };
        let message = open_both_ways("cut.json", cut).unwrap_err();
        if length == 0 {
            assert!(message.contains("the file is empty"), "{message}");
            continue;
        }
        let lines = text.lines().count().max(1);
        assert!(
            message.contains(&format!("line {lines}"))
                || message.contains(&format!("line {}", lines + 1)),
            "cut at {length} (line {lines}): {message}"
        );
        assert!(
            message.contains("it looks cut off"),
            "cut at {length}: {message}"
        );
    }
}

#[test]
fn huge_strings_deep_nesting_and_random_bytes_are_refused_without_a_crash() {
    // Ten megabytes of name, never closed.
    let mut unterminated =
        br#"{"format": "accord-workspace", "version": 1, "workspace": {"name": ""#.to_vec();
    unterminated.extend(std::iter::repeat_n(b'a', 10_000_000));
    let message = open_both_ways("huge.json", &unterminated).unwrap_err();
    assert!(message.contains("line 1"), "{message}");

    // A million nested arrays would overflow a naive recursive parser.
    let mut nested = br#"{"format": "accord-workspace", "version": 1, "countries": "#.to_vec();
    nested.extend(std::iter::repeat_n(b'[', 1_000_000));
    let message = open_both_ways("nested.json", &nested).unwrap_err();
    assert!(message.contains("recursion limit"), "{message}");

    // Random bytes, from a fixed seed so a failure can be replayed.
    let mut state: u64 = 0x5eed_1234_abcd_0001;
    for round in 0..200 {
        let length = (round * 13) % 400;
        let bytes: Vec<u8> = (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect();
        let message = open_both_ways("random.bin", &bytes).unwrap_err();
        assert!(
            message.contains("line ")
                || message.contains("offset ")
                || (length == 0 && message.contains("the file is empty")),
            "round {round}: {message}"
        );
    }
}

#[test]
fn a_huge_but_valid_name_loads() {
    let mut file: serde_json::Value = serde_json::from_slice(&sample()).unwrap();
    file["workspace"]["name"] = serde_json::Value::String("Ministry ".repeat(500_000));
    let bytes = serde_json::to_vec(&file).unwrap();
    assert!(open_both_ways("long.json", &bytes).is_ok());
}

#[test]
fn a_file_in_another_encoding_opens_converted_and_read_only_in_the_app() {
    for name in [
        "windows-1252.json",
        "utf16-without-bom.json",
        "utf16-with-bom.json",
    ] {
        let path = corpus().join(name);
        let opened = storage::open_lenient(&path).unwrap();
        let reason = opened.read_only.unwrap_or_default();
        assert!(reason.starts_with("Converted from "), "{name}: {reason}");
        assert!(reason.contains("Save as…"), "{name}: {reason}");
        if name != "utf16-with-bom.json" {
            assert!(opened.problems.is_empty(), "{name}: {:?}", opened.problems);
            let names: Vec<&str> = opened
                .workspace
                .countries()
                .values()
                .map(|country| country.name.as_str())
                .collect();
            assert_eq!(names, ["România"], "{name}");
        }
    }
}

#[test]
fn a_runaway_file_of_100000_empty_records_is_summed_up_not_listed() {
    let mut text = String::from(r#"{"format": "accord-workspace", "version": 1, "countries": ["#);
    text.push_str(&vec!["{}"; 100_000].join(","));
    text.push_str("]}");
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("runaway.accord.json");
    fs::write(&path, &text).unwrap();
    let problems = storage::open(&path).unwrap_err().problems();
    assert!(problems.len() <= 21, "{} lines", problems.len());
    assert!(
        problems[0].starts_with("countries[0]: id is missing"),
        "{}",
        problems[0]
    );
    let last = problems.last().unwrap();
    assert!(
        last.contains("and 99980 more problems, 100000 in all"),
        "{last}"
    );
}
