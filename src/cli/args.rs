//! What the command line accepts: the subcommands and their arguments,
//! as clap reads them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::PartialDate;

/// Accord: partner countries, agreements, commissions, meetings and action
/// plans, offline.
#[derive(Debug, Parser)]
// Not `args_conflicts_with_subcommands`: clap counts every option given
// before the subcommand, so `accord --lang ru validate FILE` would be
// refused (the global `--lang` and `--passphrase-file` may come first).
#[command(name = "accord", version = version_text())]
pub struct Cli {
    /// What to do without a window; none opens the app.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Workspace file to open in the app (default: the last one opened).
    pub file: Option<PathBuf>,
    /// For an encrypted workspace: a file whose first line is its
    /// passphrase. Without it, the passphrase is asked for on the terminal.
    #[arg(long, global = true, value_name = "PATH")]
    pub passphrase_file: Option<PathBuf>,
    /// The language of what the command prints and of the human-readable
    /// exports (Markdown, PDF, ICS, CSV headers): en, az or ru. English
    /// when not given; JSON and the workspace file are the same in all.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<crate::i18n::Language>,
}

/// What `accord --version` prints after the name: the release, and the
/// workspace format version it reads and writes, which decides whether two
/// officers' copies can open each other's files.
fn version_text() -> &'static str {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "{} (reads and writes workspace format version {})",
            env!("CARGO_PKG_VERSION"),
            crate::storage::FORMAT_VERSION
        )
    });
    &TEXT
}

/// The subcommands, each run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a workspace file and list every problem found.
    Validate {
        /// The workspace file to check; it is never written.
        file: PathBuf,
    },
    /// Write a summary of a workspace: JSON, a CSV table or a briefing note.
    Export(ExportArgs),
    /// Print the JSON Schema of the JSON summary (as in docs/summary.schema.json).
    Schema,
    /// Rewrite a workspace file in canonical form (stable order, pretty-printed).
    Fmt {
        /// The workspace file to rewrite in place (the old one kept as `.bak`).
        file: PathBuf,
    },
    /// Create an empty workspace file; refuses to overwrite one.
    New {
        /// Where to create it.
        file: PathBuf,
        /// The workspace's name.
        #[arg(long, default_value = "New workspace")]
        name: String,
    },
    /// Write a synthetic workspace of any size (the same seed, the same bytes).
    Generate(GenerateArgs),
    /// Merge another copy of a workspace into this one, record by record
    /// and field by field; exit 1 when some fields need a choice.
    Merge(MergeArgs),
    /// Git's merge driver for workspace files (set up by `accord git-setup`).
    #[command(name = "merge-driver")]
    MergeDriver {
        /// %O: the common version.
        base: PathBuf,
        /// %A: this branch's version; the result is written here.
        ours: PathBuf,
        /// %B: the other branch's version.
        theirs: PathBuf,
        /// %P: the file's path in the repository, for messages.
        path: Option<String>,
    },
    /// Make git merge workspace files with Accord in the current repository.
    #[command(name = "git-setup")]
    GitSetup,
    /// List records that are probably one, e.g. created apart on two copies.
    Duplicates {
        /// The workspace file to look through.
        file: PathBuf,
    },
    /// Find the dates, amounts, names and records in a text and print them
    /// as JSON (docs/extraction.md); nothing is written.
    Extract(ExtractArgs),
    /// Encrypt a workspace file in place with a passphrase (asked twice on
    /// the terminal, or --passphrase-file); its `.bak` is encrypted too.
    Encrypt {
        /// The workspace file to encrypt.
        file: PathBuf,
    },
    /// Write an encrypted workspace's content in clear to OUT.
    Decrypt {
        /// The encrypted workspace file; it is not changed (unless OUT is it).
        file: PathBuf,
        /// Where to write it in clear, atomically (the old OUT kept as `.bak`).
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// `accord merge`: the copies and where the result goes.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// This copy.
    pub ours: PathBuf,
    /// The copy to bring in.
    pub theirs: PathBuf,
    /// The version both copies come from; without it, it is looked for
    /// among the versions kept on this machine, and the merge is two-way
    /// when there is none.
    #[arg(long)]
    pub base: Option<PathBuf>,
    /// Where to write the merged workspace.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Who is merging, named in the report kept with the backups (default:
    /// the `ACCORD_OFFICER` environment variable).
    #[arg(long)]
    pub officer: Option<String>,
}

impl MergeArgs {
    /// The officer merging: `--officer`, else `ACCORD_OFFICER`, if either
    /// names someone.
    pub(super) fn officer(&self) -> Option<String> {
        self.officer
            .clone()
            .or_else(|| std::env::var("ACCORD_OFFICER").ok())
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
    }
}

/// `accord generate`: how big a synthetic workspace, and where.
#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// How many countries, the home country included.
    #[arg(long, default_value_t = 200)]
    pub countries: u32,
    /// How many records of every kind together.
    #[arg(long, default_value_t = 100_000)]
    pub records: u32,
    /// The same seed gives the same bytes.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The file to write; refuses to overwrite one.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// `--format`: what an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The JSON summary (docs/summary-format.md).
    Json,
    /// One table (see --table) for a spreadsheet.
    Csv,
    /// A briefing note per country, in Markdown.
    Md,
    /// An iCalendar file of meetings, signatures and deadlines.
    Ics,
    /// The briefing as a PDF; several --country make a visit pack.
    Pdf,
    /// One page of key facts per country, in Markdown.
    KeyFactsMd,
    /// One page of key facts per country, as a PDF.
    KeyFactsPdf,
}

/// `accord export`: the workspace, the format and the scope.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The workspace file to export from.
    pub file: PathBuf,
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// A country's name, alias or ISO code; repeat for several (default: all).
    #[arg(long = "country")]
    pub countries: Vec<String>,
    /// Only what happens on or after this date (1995, 2022-05 or 2022-05-14).
    #[arg(long)]
    pub from: Option<PartialDate>,
    /// Only what happens on or before this date.
    #[arg(long)]
    pub to: Option<PartialDate>,
    /// Judge statuses such as "overdue" as of this day (default: today).
    #[arg(long)]
    pub as_of: Option<chrono::NaiveDate>,
    /// Write here instead of to standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// The table a CSV export holds (one table per file).
    #[arg(long, value_enum, required_if_eq("format", "csv"))]
    pub table: Option<CsvTableArg>,
    /// Leave out the byte order mark a CSV export starts with (which Excel
    /// and `LibreOffice` need to read it as UTF-8), for tools that dislike it.
    #[arg(long)]
    pub no_bom: bool,
    /// The byte order mark is written by default; kept so older scripts run.
    #[arg(long, hide = true, conflicts_with = "no_bom")]
    pub bom: bool,
}

/// `--table`: the tables a CSV export can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvTableArg {
    /// Every document, with its kind, parties, dates and status.
    Agreements,
    /// Every meeting, with its place, participants and commission session.
    Meetings,
    /// Every action-plan activity, with its plan, due period and status.
    Activities,
}

/// `--lang`'s value: one of the interface's languages.
fn parse_language(code: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_code(code)
        .ok_or_else(|| format!("no interface language \"{code}\": use en, az or ru"))
}

/// `accord extract`: the text, and the workspace whose names to look for.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The text to read (UTF-8).
    pub text_file: PathBuf,
    /// A workspace whose countries, institutions, people, commissions and
    /// documents are looked for in the text.
    #[arg(long)]
    pub workspace: Option<PathBuf>,
    /// Print how long indexing the workspace and extracting took, on
    /// standard error.
    #[arg(long)]
    pub timings: bool,
}
