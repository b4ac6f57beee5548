//! Travelling copies come home through the real `accord` binary: `accord
//! merge` on files, and git merging two branches of a repository through
//! the driver that `accord git-setup` installs.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::sample_path;
use accord::model::{Country, Institution, InstitutionKind, Source, Workspace};
use accord::storage::{self, format};
use chrono::{TimeZone as _, Utc};

/// Runs `accord` in `folder`, with its data folder (kept versions,
/// backups, merge reports) in `folder/.accord-data`, never the user's.
fn accord(arguments: &[&str], folder: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(arguments)
        .current_dir(folder)
        .env("ACCORD_DATA_DIR", data_folder(folder))
        .output()
        .unwrap()
}

fn data_folder(folder: &Path) -> PathBuf {
    folder.join(".accord-data")
}

fn backups_folder(folder: &Path) -> PathBuf {
    data_folder(folder).join("backups")
}

/// `accord merge` of the two copies in a test's folder, against the office's.
const MERGE_WITH_BASE: [&str; 7] = [
    "merge",
    "--base",
    "office.accord.json",
    "ours.accord.json",
    "laptop.accord.json",
    "-o",
    "merged.accord.json",
];

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Changes a country's notes in the file at `path`, as an officer's save would.
fn set_notes(path: &Path, country: &str, notes: &str) {
    edit_file(path, |workspace| {
        let mut record: Country = workspace
            .countries()
            .values()
            .find(|record| record.name == country)
            .unwrap()
            .clone();
        record.notes = notes.to_owned();
        drop(workspace.update(record, now()).unwrap());
    });
}

fn add_source(path: &Path, title: &str) {
    edit_file(path, |workspace| {
        drop(workspace.add(Source::new(title, now()), now()).unwrap());
    });
}

fn edit_file(path: &Path, change: impl FnOnce(&mut Workspace)) {
    let mut workspace = storage::open(path).unwrap();
    change(&mut workspace);
    // Without a `.bak`: in a repository it would be one more file.
    fs::write(path, format::to_bytes(&workspace)).unwrap();
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()
}

fn notes_of(path: &Path, country: &str) -> String {
    storage::open(path)
        .unwrap()
        .countries()
        .values()
        .find(|record| record.name == country)
        .unwrap()
        .notes
        .clone()
}

fn has_source(path: &Path, title: &str) -> bool {
    storage::open(path)
        .unwrap()
        .sources()
        .values()
        .any(|source| source.title == title)
}

#[test]
fn accord_merge_joins_two_copies_and_says_what_came_from_where() {
    let folder = tempfile::tempdir().unwrap();
    let base = folder.path().join("office.accord.json");
    let ours = folder.path().join("ours.accord.json");
    let theirs = folder.path().join("laptop.accord.json");
    let out = folder.path().join("merged.accord.json");
    fs::copy(sample_path(), &base).unwrap();
    fs::copy(&base, &ours).unwrap();
    fs::copy(&base, &theirs).unwrap();
    set_notes(&ours, "Romania", "Visit planned for 2027.");
    add_source(&theirs, "Notes from the Bucharest trip");

    let arguments = MERGE_WITH_BASE;
    let output = accord(&arguments, folder.path());
    let printed = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{printed}{}",
        text(&output.stderr)
    );
    assert!(
        printed.contains("This copy: 0 added, 1 changed, 0 deleted."),
        "{printed}"
    );
    assert!(
        printed.contains("The other copy: 1 added, 0 changed, 0 deleted."),
        "{printed}"
    );
    assert!(printed.contains("No conflicts."), "{printed}");
    assert_eq!(notes_of(&out, "Romania"), "Visit planned for 2027.");
    assert!(has_source(&out, "Notes from the Bucharest trip"));

    // Both changed one field: exit 1, both values named, ours kept for now.
    set_notes(&theirs, "Romania", "The visit moved to 2028.");
    let output = accord(&arguments, folder.path());
    let printed = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{printed}");
    assert!(printed.contains("1 conflict:"), "{printed}");
    assert!(
        printed.contains("country \"Romania\", field notes: base "),
        "{printed}"
    );
    assert!(
        printed.contains("this copy \"Visit planned for 2027.\""),
        "{printed}"
    );
    assert!(
        printed.contains("the other copy \"The visit moved to 2028.\""),
        "{printed}"
    );
    let recorded = storage::open(&out).unwrap().recorded_conflicts().to_vec();
    assert_eq!(recorded.len(), 1, "the output records the conflict");
    assert_eq!(recorded[0].field, ["notes"]);
    let validated = text(&accord(&["validate", "merged.accord.json"], folder.path()).stdout);
    assert!(
        validated.contains(
            "merged.accord.json: 1 conflict recorded by a merge: open the file in Accord to resolve it"
        ),
        "{validated}"
    );

    // Without a base it says so, and nothing is taken as deleted.
    let output = accord(
        &[
            "merge",
            "ours.accord.json",
            "laptop.accord.json",
            "-o",
            "merged.accord.json",
        ],
        folder.path(),
    );
    let printed = text(&output.stdout);
    assert!(printed.starts_with("Two-way merge"), "{printed}");
    assert!(
        printed.contains("Only in this copy: 0 records. Only in the other copy: 1 record. In both but different: 1 record."),
        "{printed}"
    );
    assert!(has_source(&out, "Notes from the Bucharest trip"));

    // A copy that does not load is named, and nothing is written.
    fs::write(&theirs, "{ not a workspace").unwrap();
    let before = fs::read(&out).unwrap();
    let output = accord(&arguments, folder.path());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("laptop.accord.json"),
        "{}",
        text(&output.stderr)
    );
    assert_eq!(fs::read(&out).unwrap(), before);
}

fn git(arguments: &[&str], folder: &Path) -> Output {
    Command::new("git")
        .args(arguments)
        .current_dir(folder)
        .env("GIT_AUTHOR_NAME", "Officer")
        .env("GIT_AUTHOR_EMAIL", "officer@example.org")
        .env("GIT_COMMITTER_NAME", "Officer")
        .env("GIT_COMMITTER_EMAIL", "officer@example.org")
        .output()
        .unwrap()
}

fn git_ok(arguments: &[&str], folder: &Path) {
    let output = git(arguments, folder);
    assert!(
        output.status.success(),
        "git {arguments:?}: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs git on the PATH, which the wine run in CI does not have"
)]
fn git_merges_two_branches_of_a_workspace_through_accord() {
    let repository = tempfile::tempdir().unwrap();
    let folder = repository.path();
    let file = folder.join("department.accord.json");
    git_ok(&["init", "-q", "-b", "main"], folder);
    fs::copy(sample_path(), &file).unwrap();
    let setup = accord(&["git-setup"], folder);
    assert!(setup.status.success(), "{}", text(&setup.stderr));
    let attributes = fs::read_to_string(folder.join(".gitattributes")).unwrap();
    assert!(attributes.contains("*.accord.json merge=accord"));
    // Run twice, it adds the line once.
    assert!(accord(&["git-setup"], folder).status.success());
    assert_eq!(
        fs::read_to_string(folder.join(".gitattributes")).unwrap(),
        attributes
    );
    git_ok(&["add", "."], folder);
    git_ok(
        &["commit", "-q", "-m", "The department's workspace"],
        folder,
    );

    // An officer's trip on a branch; the office goes on on main.
    git_ok(&["checkout", "-q", "-b", "trip"], folder);
    set_notes(&file, "Romania", "Met the State Secretary in Bucharest.");
    git_ok(&["commit", "-q", "-am", "Trip notes"], folder);
    git_ok(&["checkout", "-q", "main"], folder);
    add_source(&file, "Press release of 2 December");
    set_notes(&file, "Turkey", "Commission session planned.");
    git_ok(&["commit", "-q", "-am", "Office work"], folder);

    git_ok(&["merge", "-q", "--no-edit", "trip"], folder);
    let validated = accord(&["validate", "department.accord.json"], folder);
    assert!(validated.status.success(), "{}", text(&validated.stderr));
    assert_eq!(
        notes_of(&file, "Romania"),
        "Met the State Secretary in Bucharest."
    );
    assert_eq!(notes_of(&file, "Turkey"), "Commission session planned.");
    assert!(has_source(&file, "Press release of 2 December"));
    // The driver writes git's file in place: no backup left in the tree.
    let status = text(&git(&["status", "--porcelain"], folder).stdout);
    assert_eq!(status, "", "the merge left files behind");

    // The same field changed on both branches: the merge stops conflicted,
    // and the file is still a valid workspace.
    git_ok(&["checkout", "-q", "-b", "second-trip"], folder);
    set_notes(&file, "Romania", "From the second trip.");
    git_ok(&["commit", "-q", "-am", "Second trip"], folder);
    git_ok(&["checkout", "-q", "main"], folder);
    set_notes(&file, "Romania", "From the office.");
    git_ok(&["commit", "-q", "-am", "Office"], folder);
    let merged = git(&["merge", "--no-edit", "second-trip"], folder);
    assert!(!merged.status.success(), "a conflict must stop the merge");
    let status = text(&git(&["status", "--porcelain"], folder).stdout);
    assert!(status.contains("UU department.accord.json"), "{status}");
    assert!(
        text(&merged.stderr).contains("field notes"),
        "{}",
        text(&merged.stderr)
    );
    // The file holds this branch's value and the conflict, for the app.
    let conflicted = storage::open(&file).unwrap();
    assert_eq!(notes_of(&file, "Romania"), "From the office.");
    let recorded = conflicted.recorded_conflicts();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].label, "Romania");
    assert_eq!(recorded[0].field, ["notes"]);
    assert_eq!(
        recorded[0].theirs,
        Some(serde_json::json!("From the second trip."))
    );
}

#[test]
fn the_same_institution_added_on_both_copies_is_listed_as_a_likely_duplicate() {
    let folder = tempfile::tempdir().unwrap();
    let base = folder.path().join("office.accord.json");
    fs::copy(sample_path(), &base).unwrap();
    let ours = folder.path().join("ours.accord.json");
    let theirs = folder.path().join("laptop.accord.json");
    for (copy, spelling) in [
        (&ours, "Government of Romania"),
        (&theirs, "Government of România"),
    ] {
        fs::copy(&base, copy).unwrap();
        edit_file(copy, |workspace| {
            let romania = workspace
                .countries()
                .values()
                .find(|country| country.name == "Romania")
                .unwrap()
                .id;
            let government =
                Institution::new(romania, InstitutionKind::Government, spelling, now());
            drop(workspace.add(government, now()).unwrap());
        });
    }
    let merged = accord(&MERGE_WITH_BASE, folder.path());
    assert_eq!(merged.status.code(), Some(0), "{}", text(&merged.stdout));

    let listed = accord(&["duplicates", "merged.accord.json"], folder.path());
    let printed = text(&listed.stdout);
    assert!(listed.status.success());
    assert!(
        printed.contains("institution \"Government of Romania\" and \"Government of România\"")
            || printed
                .contains("institution \"Government of România\" and \"Government of Romania\""),
        "{printed}"
    );
    assert!(printed.contains("the name reads the same"), "{printed}");
    let clean = accord(&["duplicates", "office.accord.json"], folder.path());
    assert!(text(&clean.stdout).contains("no likely duplicates"));
}

/// Saves `path` as the app does, keeping the version among those in the
/// test's data folder.
fn save_as_the_app_does(path: &Path, folder: &Path) {
    let workspace = storage::open(path).unwrap();
    let backups = backups_folder(folder);
    storage::save_checked(
        &workspace,
        &storage::SaveRequest {
            path,
            expected: None,
            backups: Some(&backups),
            faults: &storage::NoFaults,
            protection: &storage::Protection::Clear,
        },
    )
    .unwrap();
}

#[test]
fn a_copy_that_left_this_machine_finds_its_base_among_the_versions_kept_here() {
    let folder = tempfile::tempdir().unwrap();
    let office = folder.path().join("office.accord.json");
    let laptop = folder.path().join("laptop.accord.json");
    fs::copy(sample_path(), &office).unwrap();
    save_as_the_app_does(&office, folder.path());
    // The officer leaves with a copy; both go on separately.
    fs::copy(&office, &laptop).unwrap();
    set_notes(&office, "Romania", "Visit planned for 2027.");
    set_notes(&laptop, "Turkey", "Met İŞKUR in Ankara.");
    add_source(&laptop, "Notes from the Ankara trip");

    let merge = [
        "merge",
        "office.accord.json",
        "laptop.accord.json",
        "-o",
        "merged.accord.json",
    ];
    let output = accord(&merge, folder.path());
    let printed = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{printed}{}",
        text(&output.stderr)
    );
    assert!(
        printed.starts_with("Three-way merge against the version both copies come from (version "),
        "{printed}"
    );
    assert!(
        printed.contains("found among the versions kept on this machine"),
        "{printed}"
    );
    assert!(printed.contains("No conflicts."), "{printed}");
    let merged = folder.path().join("merged.accord.json");
    assert_eq!(notes_of(&merged, "Romania"), "Visit planned for 2027.");
    assert_eq!(notes_of(&merged, "Turkey"), "Met İŞKUR in Ankara.");
    assert!(has_source(&merged, "Notes from the Ankara trip"));

    // The result names both copies as the versions it comes from.
    let versions = |path: &Path| storage::open(path).unwrap().lineage().id.unwrap();
    let lineage = storage::open(&merged).unwrap().lineage().clone();
    assert_eq!(lineage.parents, [versions(&office), versions(&laptop)]);

    // Without the kept version, the base is named but cannot be used.
    fs::remove_dir_all(backups_folder(folder.path()).join("versions")).unwrap();
    let printed = text(&accord(&merge, folder.path()).stdout);
    assert!(
        printed.starts_with("Two-way merge: both copies come from version "),
        "{printed}"
    );
    assert!(
        printed.contains("but it is not kept on this machine"),
        "{printed}"
    );

    // A workspace made apart shares no version with the office's.
    let other = folder.path().join("other.accord.json");
    assert!(
        accord(&["new", "other.accord.json"], folder.path())
            .status
            .success()
    );
    let printed = text(
        &accord(
            &[
                "merge",
                "office.accord.json",
                "other.accord.json",
                "-o",
                "apart.accord.json",
            ],
            folder.path(),
        )
        .stdout,
    );
    assert!(
        printed.starts_with("Two-way merge: no common version was found"),
        "{printed}"
    );
    assert!(other.exists());
}

#[test]
fn accord_merge_keeps_both_copies_and_its_report_with_the_backups() {
    let folder = tempfile::tempdir().unwrap();
    let ours = folder.path().join("ours.accord.json");
    let theirs = folder.path().join("laptop.accord.json");
    fs::copy(sample_path(), folder.path().join("office.accord.json")).unwrap();
    fs::copy(sample_path(), &ours).unwrap();
    fs::copy(sample_path(), &theirs).unwrap();
    set_notes(&ours, "Romania", "From the office.");
    set_notes(&theirs, "Romania", "From the trip.");
    let ours_before = fs::read(&ours).unwrap();
    let theirs_before = fs::read(&theirs).unwrap();

    // Merged into this copy itself: its old bytes must survive.
    let output = accord(
        &[
            "merge",
            "--base",
            "office.accord.json",
            "ours.accord.json",
            "laptop.accord.json",
            "-o",
            "ours.accord.json",
        ],
        folder.path(),
    );
    let printed = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{printed}");
    let backups = backups_folder(folder.path());
    let kept = |path: &Path| -> Vec<Vec<u8>> {
        storage::backups::list(&backups, path, &storage::Unlock::Nothing)
            .iter()
            .map(|backup| fs::read(&backup.path).unwrap())
            .collect()
    };
    assert!(
        kept(&ours).contains(&ours_before),
        "this copy kept as it was"
    );
    assert!(
        kept(&theirs).contains(&theirs_before),
        "the other copy kept as it was"
    );

    let report_line = printed
        .lines()
        .find(|line| line.contains("this report is in "))
        .unwrap_or_else(|| panic!("{printed}"));
    let report_path = report_line.split("this report is in ").nth(1).unwrap();
    let report = fs::read_to_string(report_path).unwrap();
    assert!(report.starts_with("Three-way merge"), "{report}");
    assert!(
        report.contains("country \"Romania\", field notes: base ")
            && report.contains("this copy \"From the office.\"")
            && report.contains("the other copy \"From the trip.\""),
        "{report}"
    );
}
