//! The engine without a window, in one test binary (each binary that links
//! the library costs a link and about 350 MB on a small machine): the
//! workspace file and the command line, the exports read back by
//! independent parsers, and data safety (hostile files refused saying
//! where, saves that are killed or fail leaving the old file or the new), and
//! copies merged with `accord merge` and through git.

// Marks the whole crate as test code, so clippy's `allow-unwrap-in-tests`
// covers the helpers as well as the tests.
#![cfg(test)]

mod briefing;
mod encryption;
mod exports;
mod history;
mod hostile;
mod ics;
mod languages;
mod merging;
mod saving;
mod what_is_next;
mod workspace_file;

use std::path::PathBuf;

use accord::export::ExportOptions;
use accord::model::Workspace;
use chrono::NaiveDate;

/// The sample workspace shipped with the app.
pub(crate) fn sample_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-data/sample.accord.json")
}

/// The sample workspace, opened.
pub(crate) fn sample() -> Workspace {
    accord::storage::open(&sample_path()).unwrap()
}

/// A day written `2023-06-01`.
pub(crate) fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// Export options for the countries `names`, statuses as of `on`.
pub(crate) fn options_for(workspace: &Workspace, names: &[&str], on: NaiveDate) -> ExportOptions {
    let mut options = ExportOptions::all(on);
    options.country_ids = names
        .iter()
        .map(|name| accord::export::find_country(workspace, name).unwrap())
        .collect();
    options
}
