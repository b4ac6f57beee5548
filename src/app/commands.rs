//! Every menu and keyboard command, defined once: its label, its shortcut.
//! Menus and shortcut handling both read from here.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::tr;

/// A command the user can give from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    /// Start an empty workspace (asks first about unsaved changes).
    New,
    /// Choose a workspace file in the system's file dialog.
    Open,
    /// Type a file's path, where the system's file dialog is missing or fails.
    OpenByPath,
    /// Open the bundled sample workspace, to try the app.
    OpenSample,
    /// Save to the workspace's own file, or ask for a name when it has none.
    Save,
    /// Save under a new name; the workspace then belongs to that file.
    SaveAs,
    /// Open the export dialog (JSON, CSV, briefing note, calendar).
    Export,
    /// Choose another copy of the workspace to merge into this one.
    MergeCopy,
    /// A new source whose text is what the clipboard holds (an article).
    NewSourceFromClipboard,
    /// Show what the last merge did: what came from which copy, each
    /// conflict and how it was resolved (the report kept with the backups).
    MergeReport,
    /// Encrypt the workspace and everything written beside it with a passphrase.
    Encrypt,
    /// Give an encrypted workspace a new passphrase (and a new key).
    ChangePassphrase,
    /// Save an encrypted workspace in clear again.
    RemoveEncryption,
    /// Open one of the versions of this file that earlier saves replaced.
    RestoreBackup,
    /// Look for work an earlier run did not save (after a crash).
    RecoverUnsaved,
    /// Close the app, asking first about unsaved changes.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit (Ctrl+Shift+Z).
    Redo,
    /// Redo by its second shortcut (Ctrl+Y), as Windows programs have it.
    RedoAlternative,
    /// Search the whole workspace.
    Find,
    /// Jump to a record by name; opens the same search as Find.
    QuickOpen,
    /// Edit the workspace's name and home country.
    WorkspaceSettings,
    /// List the records that are probably one, to combine each pair.
    Duplicates,
    /// Go back to the previous page.
    Back,
    /// Go forward again after Back.
    Forward,
}

impl UiCommand {
    /// Every command: the shortcut test and shortcut handling go through them all.
    pub const ALL: [Self; 25] = [
        Self::New,
        Self::Open,
        Self::OpenByPath,
        Self::OpenSample,
        Self::Save,
        Self::SaveAs,
        Self::Export,
        Self::MergeCopy,
        Self::NewSourceFromClipboard,
        Self::MergeReport,
        Self::Encrypt,
        Self::ChangePassphrase,
        Self::RemoveEncryption,
        Self::RestoreBackup,
        Self::RecoverUnsaved,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::RedoAlternative,
        Self::Find,
        Self::QuickOpen,
        Self::WorkspaceSettings,
        Self::Duplicates,
        Self::Back,
        Self::Forward,
    ];

    /// The menu text, in sentence case, in the interface's language; a
    /// command that opens a dialog ends with "…".
    pub fn label(self) -> String {
        match self {
            Self::New => tr!("app-command-new"),
            Self::Open => tr!("app-command-open"),
            Self::OpenByPath => tr!("app-command-open-by-path"),
            Self::OpenSample => tr!("app-command-open-sample"),
            Self::Save => tr!("common-save"),
            Self::SaveAs => tr!("app-command-save-as"),
            Self::Export => tr!("app-command-export"),
            Self::MergeCopy => tr!("app-command-merge-copy"),
            Self::NewSourceFromClipboard => tr!("app-command-new-source-from-clipboard"),
            Self::MergeReport => tr!("app-command-merge-report"),
            Self::Encrypt => tr!("app-command-encrypt"),
            Self::ChangePassphrase => tr!("app-command-change-passphrase"),
            Self::RemoveEncryption => tr!("app-command-remove-encryption"),
            Self::RestoreBackup => tr!("app-command-restore-backup"),
            Self::RecoverUnsaved => tr!("app-command-recover-unsaved"),
            Self::Quit => tr!("app-command-quit"),
            Self::Undo => tr!("app-command-undo"),
            Self::Redo | Self::RedoAlternative => tr!("app-command-redo"),
            Self::Find => tr!("app-command-find"),
            Self::QuickOpen => tr!("app-command-quick-open"),
            Self::WorkspaceSettings => tr!("app-command-workspace-settings"),
            Self::Duplicates => tr!("app-command-duplicates"),
            Self::Back => tr!("common-back"),
            Self::Forward => tr!("app-command-forward"),
        }
    }

    /// The keyboard shortcut (Ctrl stands for Cmd on a Mac), if it has one.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let command = Modifiers::COMMAND;
        let command_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let key = |modifiers, key| Some(KeyboardShortcut::new(modifiers, key));
        match self {
            Self::New => key(command, Key::N),
            Self::Open => key(command, Key::O),
            Self::Save => key(command, Key::S),
            Self::SaveAs => key(command_shift, Key::S),
            Self::Quit => key(command, Key::Q),
            Self::Undo => key(command, Key::Z),
            Self::Redo => key(command_shift, Key::Z),
            Self::RedoAlternative => key(command, Key::Y),
            Self::Find => key(command, Key::F),
            Self::QuickOpen => key(command, Key::K),
            Self::Back => key(Modifiers::ALT, Key::ArrowLeft),
            Self::Forward => key(Modifiers::ALT, Key::ArrowRight),
            Self::OpenByPath
            | Self::OpenSample
            | Self::Export
            | Self::MergeCopy
            | Self::NewSourceFromClipboard
            | Self::MergeReport
            | Self::Encrypt
            | Self::ChangePassphrase
            | Self::RemoveEncryption
            | Self::RestoreBackup
            | Self::RecoverUnsaved
            | Self::WorkspaceSettings
            | Self::Duplicates => None,
        }
    }

    /// The command whose shortcut was pressed this frame, if any. Shortcuts
    /// with Shift are tried first: `consume_shortcut` ignores extra Shift, so
    /// Ctrl+Shift+Z would otherwise also match Ctrl+Z.
    pub fn pressed(ctx: &egui::Context) -> Option<Self> {
        let mut commands: Vec<Self> = Self::ALL
            .into_iter()
            .filter(|command| command.shortcut().is_some())
            .collect();
        commands.sort_by_key(|command| {
            command
                .shortcut()
                .is_none_or(|shortcut| !shortcut.modifiers.shift)
        });
        ctx.input_mut(|input| {
            commands.into_iter().find(|command| {
                command
                    .shortcut()
                    .is_some_and(|shortcut| input.consume_shortcut(&shortcut))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for command in UiCommand::ALL {
            let Some(shortcut) = command.shortcut() else {
                continue;
            };
            if let Some((_, other)) = seen.iter().find(|(taken, _)| *taken == shortcut) {
                panic!("{command:?} and {other:?} share a shortcut");
            }
            seen.push((shortcut, command));
        }
        assert!(seen.len() >= 10);
    }

    #[test]
    fn the_standard_shortcuts_are_bound() {
        let find = |modifiers, key| {
            UiCommand::ALL
                .into_iter()
                .find(|command| command.shortcut() == Some(KeyboardShortcut::new(modifiers, key)))
        };
        assert_eq!(find(Modifiers::COMMAND, Key::S), Some(UiCommand::Save));
        assert_eq!(
            find(Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            Some(UiCommand::SaveAs)
        );
        assert_eq!(find(Modifiers::COMMAND, Key::Z), Some(UiCommand::Undo));
        assert_eq!(
            find(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
            Some(UiCommand::Redo)
        );
        assert_eq!(find(Modifiers::COMMAND, Key::F), Some(UiCommand::Find));
        assert_eq!(find(Modifiers::COMMAND, Key::K), Some(UiCommand::QuickOpen));
    }

    #[test]
    fn the_menus_speak_each_language() {
        use crate::i18n::{Language, with_language};
        assert_eq!(UiCommand::SaveAs.label(), "Save as…");
        assert_eq!(
            with_language(Language::Azerbaijani, || UiCommand::SaveAs.label()),
            "Fərqli adla saxla…"
        );
        assert_eq!(
            with_language(Language::Russian, || UiCommand::RestoreBackup.label()),
            "Восстановить из резервной копии…"
        );
    }
}
