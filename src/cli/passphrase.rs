//! Encrypted workspaces on the command line: where a passphrase comes
//! from (`--passphrase-file` or the terminal, asked once a run), opening
//! with it, the messages when it is missing or wrong, and `accord encrypt`
//! and `accord decrypt`.

use std::io::IsTerminal as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use age::secrecy::{ExposeSecret as _, SecretString};

use super::{EXIT_ERROR, EXIT_INVALID, cannot_read, fail};
use crate::model::Workspace;
use crate::storage::Protection;
use crate::storage::encryption::{DecryptFailure, Strength, Unlock, WorkspaceKey};
use crate::storage::{self, OpenError};
use crate::tr;

fn shown(file: &Path) -> String {
    file.display().to_string()
}

/// Where the passphrase of an encrypted workspace comes from: a file given
/// with `--passphrase-file`, or the terminal, asked once per run.
pub(super) struct Passphrases {
    given: std::cell::RefCell<Option<Arc<SecretString>>>,
    /// Whether the terminal may be asked (standard input is one).
    can_ask: bool,
}

impl Passphrases {
    pub(super) fn new(file: Option<&Path>) -> Result<Self, ExitCode> {
        let given = match file {
            Some(file) => Some(Arc::new(read_passphrase_file(file)?)),
            None => None,
        };
        Ok(Self {
            given: std::cell::RefCell::new(given),
            can_ask: std::io::stdin().is_terminal(),
        })
    }

    /// What opens `file` (called only for an encrypted one): the given
    /// passphrase, or one typed on the terminal; nothing when neither can be had.
    fn unlock_for(&self, file: &Path) -> Unlock {
        if let Some(given) = self.given.borrow().as_ref() {
            return Unlock::Passphrase(Arc::clone(given));
        }
        if !self.can_ask {
            return Unlock::Nothing;
        }
        match ask(&tr!("export-cli-passphrase-prompt", file = shown(file))) {
            Some(typed) => {
                let typed = Arc::new(typed);
                *self.given.borrow_mut() = Some(Arc::clone(&typed));
                Unlock::Passphrase(typed)
            }
            None => Unlock::Nothing,
        }
    }

    /// A new passphrase for `file`: the given one, or typed twice on the
    /// terminal; refused when too weak.
    fn new_for(&self, file: &Path) -> Result<SecretString, ExitCode> {
        let chosen = if let Some(given) = self.given.borrow().as_ref() {
            SecretString::from(given.expose_secret().to_owned())
        } else if self.can_ask {
            eprintln!("{}", crate::storage::encryption::FORGETTING_PLAINLY);
            let first = ask(&tr!("export-cli-new-passphrase-prompt", file = shown(file)));
            let second = ask(&tr!("export-cli-passphrase-again"));
            match (first, second) {
                (Some(first), Some(second)) if first.expose_secret() == second.expose_secret() => {
                    first
                }
                (Some(_), Some(_)) => {
                    return Err(fail(EXIT_ERROR, &tr!("export-cli-passphrases-differ")));
                }
                _ => {
                    return Err(fail(EXIT_ERROR, &tr!("export-cli-no-passphrase-typed")));
                }
            }
        } else {
            return Err(fail(
                EXIT_ERROR,
                &tr!("export-cli-needs-passphrase", file = shown(file)),
            ));
        };
        let strength = Strength::of(chosen.expose_secret());
        if strength == Strength::TooWeak {
            return Err(fail(
                EXIT_ERROR,
                &tr!(
                    "export-cli-passphrase-too-weak",
                    strength = strength.label()
                ),
            ));
        }
        Ok(chosen)
    }
}

/// The passphrase in `file`: its first line, without the line ending.
pub(super) fn read_passphrase_file(file: &Path) -> Result<SecretString, ExitCode> {
    let text = std::fs::read_to_string(file).map_err(|error| {
        fail(
            EXIT_ERROR,
            &tr!(
                "export-cli-cannot-read-passphrase-file",
                file = shown(file),
                error = error.to_string()
            ),
        )
    })?;
    let text = zeroize::Zeroizing::new(text);
    let line = text.lines().next().unwrap_or_default();
    Ok(SecretString::from(line.to_owned()))
}

/// Asks on the terminal without echoing; `None` when it cannot.
pub(super) fn ask(prompt: &str) -> Option<SecretString> {
    rpassword::prompt_password(prompt)
        .ok()
        .map(SecretString::from)
}

/// Opens a workspace, decrypting an encrypted one with the passphrase,
/// printing every problem on failure.
pub(super) fn open_or_report(
    file: &Path,
    passphrases: &Passphrases,
) -> Result<Workspace, ExitCode> {
    open_protected(file, passphrases).map(|(workspace, _)| workspace)
}

/// [`open_or_report`], with how the workspace is to be written back.
pub(super) fn open_protected(
    file: &Path,
    passphrases: &Passphrases,
) -> Result<(Workspace, Protection), ExitCode> {
    storage::open_unlocked(file, &unlock_if_encrypted(file, passphrases))
        .map_err(|error| report_open_error(file, &error))
}

pub(super) fn unlock_if_encrypted(file: &Path, passphrases: &Passphrases) -> Unlock {
    if storage::is_encrypted_file(file) {
        passphrases.unlock_for(file)
    } else {
        Unlock::Nothing
    }
}

/// Prints why `file` did not open; the exit code says whether its data is
/// at fault (1) or it could not be read (2).
pub(super) fn report_open_error(file: &Path, error: &OpenError) -> ExitCode {
    match error {
        OpenError::Read { .. } => fail(EXIT_ERROR, &error.to_string()),
        OpenError::Encrypted { failure, .. } => match failure {
            DecryptFailure::NeedsPassphrase => fail(
                EXIT_ERROR,
                &tr!("export-cli-is-encrypted", file = shown(file)),
            ),
            DecryptFailure::WrongPassphrase => fail(
                EXIT_ERROR,
                &tr!("export-cli-wrong-passphrase", file = shown(file)),
            ),
            _ => fail(EXIT_ERROR, &error.to_string()),
        },
        OpenError::Load { .. } => {
            for problem in error.problems() {
                eprintln!("{}: {problem}", file.display());
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// `accord encrypt FILE`: the file's own bytes, checked to be a sound
/// workspace, encrypted in place; the `.bak` keeps the old version,
/// encrypted as well.
pub(super) fn encrypt(file: &Path, passphrases: &Passphrases) -> ExitCode {
    if let Some(reason) = storage::read_only_reason(file) {
        return fail(
            EXIT_ERROR,
            &tr!("export-cli-not-encrypting", reason = &reason),
        );
    }
    if storage::is_encrypted_file(file) {
        return fail(
            EXIT_ERROR,
            &tr!("export-cli-already-encrypted", file = shown(file)),
        );
    }
    let (plaintext, _) = match storage::read_plaintext(file, &Unlock::Nothing) {
        Ok(read) => read,
        Err(error) => return report_open_error(file, &error),
    };
    // A file that does not load is not touched.
    if let Err(error) = storage::parse(file, zeroize::Zeroizing::new(plaintext.to_vec())) {
        return report_open_error(file, &error);
    }
    let passphrase = match passphrases.new_for(file) {
        Ok(passphrase) => passphrase,
        Err(code) => return code,
    };
    let key = match WorkspaceKey::new(&passphrase) {
        Ok(key) => key,
        Err(error) => {
            return fail(
                EXIT_ERROR,
                &tr!("export-cli-cannot-make-key", error = error.to_string()),
            );
        }
    };
    let protection = Protection::Encrypted(Arc::new(key));
    match storage::write_protected(file, &plaintext, &protection, &storage::NoFaults) {
        Ok(()) => {
            println!("{}", tr!("export-cli-encrypted", file = shown(file)));
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

/// `accord decrypt FILE -o OUT`: the decrypted bytes as they were
/// encrypted, written atomically; FILE itself is left as it is.
pub(super) fn decrypt(file: &Path, output: &Path, passphrases: &Passphrases) -> ExitCode {
    if !storage::is_encrypted_file(file) {
        return match std::fs::metadata(file) {
            Err(error) => fail(EXIT_ERROR, &cannot_read(file, &error)),
            Ok(_) => fail(
                EXIT_ERROR,
                &tr!("export-cli-not-encrypted", file = shown(file)),
            ),
        };
    }
    let (plaintext, _) = match storage::read_plaintext(file, &passphrases.unlock_for(file)) {
        Ok(read) => read,
        Err(error) => return report_open_error(file, &error),
    };
    match storage::write_atomically(output, &plaintext) {
        Ok(()) => {
            println!("{}", tr!("export-cli-wrote-in-clear", file = shown(output)));
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}
