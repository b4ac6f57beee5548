//! Git as the team's engine: a repository that holds workspace files
//! merges them with Accord's merge driver instead of by lines.

use std::path::Path;
use std::process::Command;

use crate::tr;

/// The `.gitattributes` line that sends workspace files to the driver.
pub const ATTRIBUTES_LINE: &str = "*.accord.json merge=accord";

/// In the repository around the current folder: adds
/// [`ATTRIBUTES_LINE`] to its `.gitattributes` (once) and sets
/// `merge.accord.driver` in its config to this program. Returns what was
/// done, in words.
pub fn set_up_here() -> Result<String, String> {
    let top = git(&["rev-parse", "--show-toplevel"])
        .map_err(|error| tr!("query-git-not-a-repository", reason = error))?;
    let attributes = Path::new(top.trim()).join(".gitattributes");
    let existing = match std::fs::read_to_string(&attributes) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => {
            return Err(tr!(
                "query-git-cannot-read",
                path = attributes.display().to_string(),
                reason = error.to_string()
            ));
        }
    };
    let mut said = Vec::new();
    if existing.lines().any(|line| line.trim() == ATTRIBUTES_LINE) {
        said.push(tr!(
            "query-git-already-set-up",
            path = attributes.display().to_string()
        ));
    } else {
        let mut text = existing;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(ATTRIBUTES_LINE);
        text.push('\n');
        crate::storage::atomic::write_without_bak(&attributes, text.as_bytes()).map_err(
            |error| {
                tr!(
                    "query-git-cannot-write",
                    path = attributes.display().to_string(),
                    reason = error.to_string()
                )
            },
        )?;
        said.push(tr!(
            "query-git-added-line",
            line = ATTRIBUTES_LINE,
            path = attributes.display().to_string()
        ));
    }
    let program = std::env::current_exe()
        .map_err(|error| tr!("query-git-no-program-path", reason = error.to_string()))?;
    let driver = format!(
        "{} merge-driver %O %A %B %P",
        shell_quoted(&program.to_string_lossy())
    );
    git(&["config", "merge.accord.name", "Accord workspace merge"])?;
    git(&["config", "merge.accord.driver", &driver])?;
    said.push(tr!("query-git-driver-set", driver = &driver));
    Ok(said.join("\n"))
}

/// Git runs the driver through a shell: quote the program's path for it.
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn git(arguments: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(arguments)
        .output()
        .map_err(|error| tr!("query-git-cannot-run", reason = error.to_string()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}
