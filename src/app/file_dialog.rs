//! Choosing a path: native dialogs where the desktop has them, and one small
//! interface so tests (and desktops without a dialog service) can do without.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::tr;

/// What the user chose in a file dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The file the user picked, or named to save to.
    Path(PathBuf),
    /// The user closed the dialog without choosing: nothing happens.
    Cancelled,
    /// No dialog could be shown (e.g. Linux without an XDG portal): the app
    /// asks for the path in its own window instead.
    Unavailable,
}

/// Asks the user for a file to open or a place to save.
pub trait PathChooser {
    /// Asks for a workspace file to open.
    fn choose_open(&mut self) -> Choice;
    /// Asks where to save, offering `suggested_name` in `folder` (the open
    /// file's, when there is one) and files ending in `extension`.
    fn choose_save(
        &mut self,
        folder: Option<&Path>,
        suggested_name: &str,
        extension: &str,
    ) -> Choice;
}

/// Native dialogs through rfd.
#[derive(Debug, Default)]
pub struct NativeChooser;

/// A dialog that "returns" faster than a person can click never opened.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(150);

fn judge(started: Instant, picked: Option<PathBuf>) -> Choice {
    match picked {
        Some(path) => Choice::Path(path),
        None if started.elapsed() < TOO_FAST_FOR_A_PERSON => Choice::Unavailable,
        None => Choice::Cancelled,
    }
}

impl PathChooser for NativeChooser {
    fn choose_open(&mut self) -> Choice {
        let started = Instant::now();
        let picked = rfd::FileDialog::new()
            .set_title(tr!("app-file-dialog-open"))
            .add_filter(tr!("app-file-dialog-workspace-files"), &["json"])
            .add_filter(tr!("app-file-dialog-all-files"), &["*"])
            .pick_file();
        judge(started, picked)
    }

    fn choose_save(
        &mut self,
        folder: Option<&Path>,
        suggested_name: &str,
        extension: &str,
    ) -> Choice {
        let started = Instant::now();
        let mut dialog = rfd::FileDialog::new();
        if let Some(folder) = folder {
            dialog = dialog.set_directory(folder);
        }
        let picked = dialog
            .set_title(tr!("common-save"))
            .set_file_name(suggested_name)
            .add_filter(extension.to_uppercase(), &[extension])
            .save_file();
        judge(started, picked)
    }
}
