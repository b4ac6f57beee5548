//! Accord's model and storage, compiled from the very same source files
//! as the app (`#[path]`), without the GUI: instrumenting eframe and its
//! graphics stack for coverage would take most of the fuzzing time to build
//! and add nothing, since loading a file never reaches it.
#![allow(dead_code, unused_imports, unfulfilled_lint_expectations)]

#[path = "../../src/i18n/mod.rs"]
pub mod i18n;
#[path = "../../src/model/mod.rs"]
pub mod model;
#[path = "../../src/storage/mod.rs"]
pub mod storage;
