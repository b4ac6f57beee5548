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
