//! What a file remembers of its past, as format versions 2 and 3 write it: the
//! version it is and the versions it descends from (so a merge can find
//! its base), and the records deleted from it (so a merge cannot bring
//! them back). Version 1 files still open, and are saved as version 3.

use std::path::Path;

use accord::model::{RecordId, Source, Workspace};
use accord::storage::format;
use chrono::{TimeZone as _, Utc};

fn sample_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json"),
    )
    .unwrap()
}

fn sample() -> Workspace {
    format::from_str(&sample_text()).unwrap()
}

fn text_of(workspace: &Workspace) -> String {
    String::from_utf8(format::to_bytes(workspace)).unwrap()
}

#[test]
fn an_edit_saves_as_a_new_version_naming_the_one_it_came_from() {
    let sample = sample();
    let read_as = sample.lineage().id.expect("the sample names its version");
    assert_eq!(text_of(&sample), sample_text(), "unchanged: the same bytes");

    let mut edited = sample.clone();
    let at = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    drop(edited.add(Source::new("Embassy cable", at), at).unwrap());
    let saved = format::from_str(&text_of(&edited)).unwrap();
    let lineage = saved.lineage();
    assert_ne!(lineage.id, Some(read_as));
    assert_eq!(lineage.parents, [read_as]);
    // Saved again unchanged, it stays that version.
    assert_eq!(text_of(&saved), text_of(&edited));
}

#[test]
fn a_version_1_file_opens_and_is_saved_as_version_3() {
    let text = sample_text();
    let start = text.find("  \"lineage\": {").unwrap();
    let end = start + text[start..].find("  },\n").unwrap() + "  },\n".len();
    let version_1 = format!("{}{}", &text[..start], &text[end..]).replacen(
        "\"version\": 3,",
        "\"version\": 1,",
        1,
    );
    let read = format::from_str(&version_1).expect("a version 1 file opens");
    assert_eq!(read, sample());
    assert_eq!(read.lineage().id, None, "version 1 named no version");
    let saved = text_of(&read);
    assert!(
        saved.contains("\"version\": 3,\n  \"lineage\": {\n    \"id\": \""),
        "{saved}"
    );
}

#[test]
fn a_deleted_record_leaves_a_tombstone_in_the_file_and_undo_takes_it_back() {
    let mut workspace = sample();
    let at = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    let cable = Source::new("Embassy cable", at);
    let id = RecordId::Source(cable.id);
    drop(workspace.add(cable, at).unwrap());
    let undo = workspace.delete(id, at).unwrap();

    let text = text_of(&workspace);
    let tombstones = &text[text.find("\n  \"tombstones\": [").expect("written")..];
    assert!(
        tombstones.contains(&format!("\"id\": \"{}\"", id.uuid())),
        "{tombstones}"
    );
    assert!(tombstones.contains("\"kind\": \"source\""), "{tombstones}");
    assert!(
        tombstones.contains("\"deleted_at\": \"2026-12-03T09:00:00Z\""),
        "{tombstones}"
    );
    let read = format::from_str(&text).unwrap();
    assert_eq!(read.tombstones()[&id].deleted_at, at);

    drop(workspace.apply(undo));
    assert!(workspace.contains(id));
    assert!(workspace.tombstones().is_empty(), "back, so not deleted");
}

#[test]
fn a_tombstone_of_a_record_still_in_the_file_is_reported() {
    let sample = sample();
    let romania = sample
        .countries()
        .values()
        .find(|country| country.name == "Romania")
        .unwrap()
        .id;
    let text = sample_text().replacen(
        "\n}\n",
        &format!(
            ",\n  \"tombstones\": [\n    {{\n      \"id\": \"{romania}\",\n      \"kind\": \"country\",\n      \"deleted_at\": \"2026-12-03T09:00:00Z\"\n    }}\n  ]\n}}\n"
        ),
        1,
    );
    let error = format::from_str(&text).unwrap_err().to_string();
    assert!(
        error.contains(
            "tombstones[0]: says the country \"Romania\" was deleted, but it is in the workspace"
        ),
        "{error}"
    );
}
