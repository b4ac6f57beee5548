//! The desktop app: a thin egui layer over the model, storage and queries.

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the app window on `file`, or on the last workspace.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let _ = file;
    eprintln!("accord: the app window is not built yet; use a subcommand (see --help)");
    ExitCode::from(2)
}
