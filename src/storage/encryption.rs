//! Encryption at rest: a workspace file, and everything Accord writes beside
//! it, as an [age] file that only the passphrase opens.
//!
//! Deriving a key from a passphrase (scrypt) must be slow to resist
//! guessing, far too slow for every save and autosave. So the passphrase
//! only unwraps a key made for the workspace, once a session:
//!
//! - A [`WorkspaceKey`] is a random X25519 identity. Its secret half,
//!   encrypted with the passphrase (an age file of its own, scrypt with the
//!   work factor pinned to [`WORK_FACTOR`]), is the *wrapped key*.
//! - Every file written is an ordinary age file encrypted to the identity's
//!   public half (fast: one X25519 exchange), with the wrapped key carried
//!   in its header as one more stanza, `-> accord-key 1`. Each file has its
//!   own random file key, as age always does.
//! - Opening reads the wrapped key from the header and unwraps it with the
//!   passphrase (the one slow step), then decrypts. The app keeps the
//!   unwrapped key for the session: its saves, autosaves and backups, and
//!   reopening its own recovery files, pay no scrypt.
//!
//! The layout is in docs/workspace-format.md ("Encrypted files").
//!
//! [age]: https://age-encryption.org/v1

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;
use std::io::{self, Read as _, Write as _};
use std::iter;
use std::sync::Arc;

use age::secrecy::{ExposeSecret as _, SecretString};
use age::{DecryptError, Decryptor, Encryptor};
use zeroize::Zeroizing;

/// How every age file starts; it is how an encrypted workspace is told
/// from a clear one.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// The stanza of an encrypted workspace's header that carries its wrapped
/// key. Unknown to other age tools, which pass over it.
pub const KEY_STANZA_TAG: &str = "accord-key";

/// The version of the wrapped key's layout, the stanza's one argument.
const KEY_STANZA_VERSION: &str = "1";

/// The scrypt work factor (`N = 2^17`, 128 MiB, about half a second on a
/// laptop) every wrapped key is made with. Pinned rather than measured on
/// the machine, as age would, so a key wrapped on a fast desktop opens on a
/// slow laptop.
pub const WORK_FACTOR: u8 = 17;

/// The most work a wrapped key may ask for (`N = 2^20`, 1 GiB) before it is
/// refused: room for a later Accord to raise [`WORK_FACTOR`], and a limit on
/// what a hostile file can make this one spend.
pub const MAX_WORK_FACTOR: u8 = 20;

/// Whether `bytes` are an encrypted workspace (an age file), by its header.
pub fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.starts_with(AGE_MAGIC)
}

/// The key of one encrypted workspace, unwrapped from its file with the
/// passphrase. The secret is zeroed when the key is dropped (the identity
/// type of age holds it that way).
pub struct WorkspaceKey {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    /// The identity's secret, encrypted with the passphrase: the
    /// `accord-key` stanza's body in every file sealed with this key.
    wrapped: Vec<u8>,
}

impl fmt::Debug for WorkspaceKey {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The public half only: never the secret, not even in a log.
        formatter
            .debug_struct("WorkspaceKey")
            .field("recipient", &self.recipient.to_string())
            .finish_non_exhaustive()
    }
}

/// Why an encrypted file could not be opened; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum DecryptFailure {
    /// The file is encrypted and no passphrase was given.
    #[error("{}", crate::tr!("model-decrypt-needs-passphrase"))]
    NeedsPassphrase,
    /// The passphrase does not open this file.
    #[error("{}", crate::tr!("model-decrypt-wrong-passphrase"))]
    WrongPassphrase,
    /// The file's key asks for more work than this Accord accepts.
    #[error("{}", crate::tr!(
        "model-decrypt-too-much-work",
        required = required.to_string(),
        accepted = MAX_WORK_FACTOR.to_string()
    ))]
    TooMuchWork {
        /// The work factor the file asks for.
        required: u8,
    },
    /// The file is cut short, was changed after it was written, or is
    /// not an Accord workspace.
    #[error("{}", crate::tr!("model-decrypt-damaged", reason = .0))]
    Damaged(String),
}

/// What opens an encrypted file.
#[derive(Clone, Default)]
pub enum Unlock {
    /// Nothing: an encrypted file is refused, saying it needs a passphrase.
    #[default]
    Nothing,
    /// The passphrase typed or read from a file.
    Passphrase(Arc<SecretString>),
    /// A key already unwrapped this session; opens files sealed with it.
    Key(Arc<WorkspaceKey>),
}

impl fmt::Debug for Unlock {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Self::Nothing => "Unlock::Nothing",
            Self::Passphrase(_) => "Unlock::Passphrase(…)",
            Self::Key(_) => "Unlock::Key(…)",
        })
    }
}

impl Unlock {
    /// A passphrase to open with.
    pub fn passphrase(passphrase: SecretString) -> Self {
        Self::Passphrase(Arc::new(passphrase))
    }
}

/// How a file is written: in clear, or sealed with a workspace's key.
#[derive(Clone, Debug, Default)]
pub enum Protection {
    /// As plain JSON, as before encryption existed.
    #[default]
    Clear,
    /// Encrypted to this key.
    Encrypted(Arc<WorkspaceKey>),
}

impl Protection {
    /// Whether files are written encrypted.
    pub fn is_encrypted(&self) -> bool {
        matches!(self, Self::Encrypted(_))
    }

    /// `plaintext` as it is to be written: itself in clear, or sealed.
    pub fn seal<'a>(&self, plaintext: &'a [u8]) -> io::Result<Cow<'a, [u8]>> {
        match self {
            Self::Clear => Ok(Cow::Borrowed(plaintext)),
            Self::Encrypted(key) => key.seal(plaintext).map(Cow::Owned),
        }
    }

    /// `bytes` found on disk as they are to be kept (a `.bak`, a backup):
    /// an encrypted file as it is, a clear one sealed when this protection
    /// encrypts, so a clear version never lands beside an encrypted one.
    pub fn seal_unless_encrypted<'a>(&self, bytes: &'a [u8]) -> io::Result<Cow<'a, [u8]>> {
        if is_encrypted(bytes) {
            Ok(Cow::Borrowed(bytes))
        } else {
            self.seal(bytes)
        }
    }
}

impl WorkspaceKey {
    /// A new key for a workspace, wrapped with `passphrase` (one scrypt at
    /// [`WORK_FACTOR`]: about half a second; call it off the UI thread).
    pub fn new(passphrase: &SecretString) -> io::Result<Self> {
        let identity = age::x25519::Identity::generate();
        let secret = identity.to_string();
        let mut wrap_with = age::scrypt::Recipient::new(passphrase.clone());
        wrap_with.set_work_factor(WORK_FACTOR);
        let wrapped = encrypt_to(&wrap_with, secret.expose_secret().as_bytes())?;
        Ok(Self {
            recipient: identity.to_public(),
            identity,
            wrapped,
        })
    }

    /// The key whose wrapped secret is `wrapped`, unwrapped with
    /// `passphrase`: the one slow step of opening.
    fn unwrap(wrapped: &[u8], passphrase: &SecretString) -> Result<Self, DecryptFailure> {
        let mut with = age::scrypt::Identity::new(passphrase.clone());
        with.set_max_work_factor(MAX_WORK_FACTOR);
        let decryptor = Decryptor::new(wrapped).map_err(damaged)?;
        let mut reader = decryptor
            .decrypt(iter::once(&with as &dyn age::Identity))
            .map_err(|error| match error {
                // scrypt's key decrypts the file key or fails: the only
                // cause of a failure there is another passphrase.
                DecryptError::DecryptionFailed | DecryptError::NoMatchingKeys => {
                    DecryptFailure::WrongPassphrase
                }
                DecryptError::ExcessiveWork { required, .. } => {
                    DecryptFailure::TooMuchWork { required }
                }
                other => damaged(other),
            })?;
        let mut secret = Zeroizing::new(String::new());
        reader.read_to_string(&mut secret).map_err(damaged)?;
        let identity: age::x25519::Identity = secret
            .trim()
            .parse()
            .map_err(|_| DecryptFailure::Damaged(crate::tr!("model-decrypt-not-an-age-key")))?;
        Ok(Self {
            recipient: identity.to_public(),
            identity,
            wrapped: wrapped.to_owned(),
        })
    }

    /// Whether `passphrase` is this key's (the idle lock asks again): one
    /// scrypt, so call it off the UI thread.
    pub fn check(&self, passphrase: &SecretString) -> Result<(), DecryptFailure> {
        let unwrapped = Self::unwrap(&self.wrapped, passphrase)?;
        if unwrapped.recipient.to_string() == self.recipient.to_string() {
            Ok(())
        } else {
            Err(DecryptFailure::WrongPassphrase)
        }
    }

    /// `plaintext` encrypted to this key, with the wrapped key in the
    /// header. Fast: no scrypt.
    ///
    /// Changing the passphrase makes a new key ([`Self::new`]) rather than
    /// wrapping this one again: whoever knew the old passphrase could
    /// otherwise take the key from an old backup and read every later save.
    pub fn seal(&self, plaintext: &[u8]) -> io::Result<Vec<u8>> {
        let carrier = WrappedKeyStanza(&self.wrapped);
        let encryptor = Encryptor::with_recipients(
            [&self.recipient as &dyn age::Recipient, &carrier as _].into_iter(),
        )
        .map_err(io::Error::other)?;
        let mut sealed = Vec::with_capacity(plaintext.len() + plaintext.len() / 4096 + 1024);
        let mut writer = encryptor.wrap_output(&mut sealed)?;
        writer.write_all(plaintext)?;
        // Without finish() the last chunk is never written, and the file
        // would not decrypt.
        writer.finish()?;
        Ok(sealed)
    }
}

/// Encrypts `plaintext` to one age recipient.
fn encrypt_to(recipient: &dyn age::Recipient, plaintext: &[u8]) -> io::Result<Vec<u8>> {
    let encryptor = Encryptor::with_recipients(iter::once(recipient)).map_err(io::Error::other)?;
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed)?;
    writer.write_all(plaintext)?;
    writer.finish()?;
    Ok(sealed)
}

fn damaged(error: impl fmt::Display) -> DecryptFailure {
    DecryptFailure::Damaged(error.to_string())
}

/// Puts the wrapped key into a file's header as a stanza of its own. It
/// wraps no file key (the X25519 stanza beside it does that), so age tools
/// that do not know it pass over it.
struct WrappedKeyStanza<'a>(&'a [u8]);

impl age::Recipient for WrappedKeyStanza<'_> {
    fn wrap_file_key(
        &self,
        _file_key: &age_core::format::FileKey,
    ) -> Result<
        (
            Vec<age_core::format::Stanza>,
            std::collections::HashSet<String>,
        ),
        age::EncryptError,
    > {
        let stanza = age_core::format::Stanza {
            tag: KEY_STANZA_TAG.to_owned(),
            args: vec![KEY_STANZA_VERSION.to_owned()],
            body: self.0.to_owned(),
        };
        // No labels, as X25519's: the two may be combined.
        Ok((vec![stanza], std::collections::HashSet::new()))
    }
}

/// Reads the header's `accord-key` stanza; unwraps no file key.
#[derive(Default)]
struct WrappedKeyReader {
    found: RefCell<Option<Vec<u8>>>,
}

impl age::Identity for WrappedKeyReader {
    fn unwrap_stanza(
        &self,
        stanza: &age_core::format::Stanza,
    ) -> Option<Result<age_core::format::FileKey, DecryptError>> {
        if stanza.tag == KEY_STANZA_TAG && stanza.args == [KEY_STANZA_VERSION] {
            self.found
                .borrow_mut()
                .get_or_insert_with(|| stanza.body.clone());
        }
        None
    }
}

/// The wrapped key an encrypted file carries in its header.
fn wrapped_key_of(sealed: &[u8]) -> Result<Vec<u8>, DecryptFailure> {
    let reader = WrappedKeyReader::default();
    let decryptor = Decryptor::new(sealed).map_err(damaged)?;
    // It unwraps nothing, so this always fails; it has read the stanzas.
    let _ = decryptor.decrypt(iter::once(&reader as &dyn age::Identity));
    reader
        .found
        .into_inner()
        .ok_or_else(|| DecryptFailure::Damaged(crate::tr!("model-decrypt-no-accord-key")))
}

/// Decrypts an encrypted workspace with `unlock`: its plaintext (zeroed
/// when dropped) and the key, for the session to seal its saves with.
pub fn decrypt(
    sealed: &[u8],
    unlock: &Unlock,
) -> Result<(Zeroizing<Vec<u8>>, Arc<WorkspaceKey>), DecryptFailure> {
    let wrapped = wrapped_key_of(sealed)?;
    let key = match unlock {
        Unlock::Nothing => return Err(DecryptFailure::NeedsPassphrase),
        // The session's own files carry its wrapped key: no scrypt.
        Unlock::Key(key) if key.wrapped == wrapped => Arc::clone(key),
        // Sealed with another key (a backup from before the passphrase
        // was changed, another workspace): only a passphrase opens it.
        Unlock::Key(_) => return Err(DecryptFailure::NeedsPassphrase),
        Unlock::Passphrase(passphrase) => Arc::new(WorkspaceKey::unwrap(&wrapped, passphrase)?),
    };
    let decryptor = Decryptor::new(sealed).map_err(damaged)?;
    let mut reader = decryptor
        .decrypt(iter::once(&key.identity as &dyn age::Identity))
        .map_err(damaged)?;
    let mut plaintext = Zeroizing::new(Vec::with_capacity(sealed.len()));
    reader.read_to_end(&mut plaintext).map_err(damaged)?;
    Ok((plaintext, key))
}

/// How strong a passphrase looks, for the dialog: a rough estimate of the
/// guesses it would take, from its length and the kinds of characters in
/// it. Words from a dictionary are not recognised, so it errs on the kind
/// side for a single long word; the advice beside it says to use several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Under 8 characters or one kind of character: refused.
    TooWeak,
    /// Guessable by a determined attacker with the file.
    Weak,
    /// Fair for a laptop's loss; not against a state's effort.
    Fair,
    /// Long and varied: what a workspace of this kind deserves.
    Strong,
}

/// What forgetting the passphrase means, said plainly (the app's dialog
/// and the command line say it before one is chosen).
/// In English; [`forgetting_plainly`] says it in the thread's language.
pub const FORGETTING_PLAINLY: &str = "If you forget this passphrase, nobody can open this workspace again: not you, not your IT department, not the makers of Accord. There is no way to recover it. Write it down and keep it apart from the laptop.";

/// [`FORGETTING_PLAINLY`] in the thread's language.
pub fn forgetting_plainly() -> String {
    crate::tr!("model-forgetting-passphrase")
}

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

impl Strength {
    /// Judges `passphrase`.
    pub fn of(passphrase: &str) -> Self {
        let length = passphrase.chars().count();
        let kinds = [
            passphrase.chars().any(char::is_lowercase),
            passphrase.chars().any(char::is_uppercase),
            passphrase.chars().any(|c| c.is_ascii_digit()),
            passphrase.chars().any(|c| !c.is_alphanumeric()),
        ]
        .into_iter()
        .filter(|&kind| kind)
        .count();
        // Rough bits: each character of a pool of the kinds used.
        let pool: f64 = match kinds {
            0 | 1 => 26.0,
            2 => 52.0,
            3 => 62.0,
            _ => 94.0,
        };
        let bits = length as f64 * pool.log2();
        if length < MIN_PASSPHRASE_CHARS {
            Self::TooWeak
        } else if bits < 50.0 {
            Self::Weak
        } else if bits < 80.0 {
            Self::Fair
        } else {
            Self::Strong
        }
    }

    /// What the dialog shows, in the thread's language.
    pub fn label(self) -> String {
        match self {
            Self::TooWeak => crate::tr!("model-passphrase-too-weak", count = MIN_PASSPHRASE_CHARS),
            Self::Weak => crate::tr!("model-passphrase-weak"),
            Self::Fair => crate::tr!("model-passphrase-fair"),
            Self::Strong => crate::tr!("model-passphrase-strong"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn a_sealed_file_opens_with_its_passphrase_and_its_key() {
        let key = WorkspaceKey::new(&secret("correct horse battery")).unwrap();
        let sealed = key.seal(b"{\"format\":\"accord-workspace\"}").unwrap();
        assert!(is_encrypted(&sealed));
        let (plaintext, unwrapped) = decrypt(
            &sealed,
            &Unlock::passphrase(secret("correct horse battery")),
        )
        .unwrap();
        assert_eq!(&plaintext[..], b"{\"format\":\"accord-workspace\"}");
        // The key from the file seals files the session's key opens.
        let again = unwrapped.seal(b"second save").unwrap();
        let (plaintext, _) = decrypt(&again, &Unlock::Key(Arc::new(key))).unwrap();
        assert_eq!(&plaintext[..], b"second save");
    }

    #[test]
    fn a_wrong_passphrase_and_none_are_told_apart() {
        let key = WorkspaceKey::new(&secret("correct horse battery")).unwrap();
        let sealed = key.seal(b"x").unwrap();
        assert!(matches!(
            decrypt(&sealed, &Unlock::passphrase(secret("wrong horse battery"))),
            Err(DecryptFailure::WrongPassphrase)
        ));
        assert!(matches!(
            decrypt(&sealed, &Unlock::Nothing),
            Err(DecryptFailure::NeedsPassphrase)
        ));
        // Another workspace's key does not open it, and says a passphrase would.
        let other = WorkspaceKey::new(&secret("another one entirely")).unwrap();
        assert!(matches!(
            decrypt(&sealed, &Unlock::Key(Arc::new(other))),
            Err(DecryptFailure::NeedsPassphrase)
        ));
    }

    #[test]
    fn the_strength_grows_with_length_and_variety() {
        assert_eq!(Strength::of("short"), Strength::TooWeak);
        assert_eq!(Strength::of("abcdefgh"), Strength::Weak);
        assert_eq!(Strength::of("Abcdefgh12345"), Strength::Fair);
        assert_eq!(
            Strength::of("plane hotel ministry 1995 Baku!"),
            Strength::Strong
        );
    }
}
