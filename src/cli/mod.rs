//! The command line: `accord [FILE]` opens the app; subcommands validate,
//! export, reformat and create workspace files without a window.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod passphrase;

use passphrase::{
    Passphrases, decrypt, encrypt, open_or_report, report_open_error, unlock_if_encrypted,
};

use crate::export::{self, ExportOptions};
use crate::merge;
use crate::merge::files::{BaseChoice, keep_inputs, keep_report, merge_files, write_result};
use crate::model::{PartialDate, RecordCounts, Workspace};
use crate::storage::Protection;
use crate::storage::{self, OpenError};
use crate::tr;

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
            storage::FORMAT_VERSION
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
    fn officer(&self) -> Option<String> {
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

/// Exit status for problems found in the data.
const EXIT_INVALID: u8 = 1;
/// Exit status for usage and I/O errors.
const EXIT_ERROR: u8 = 2;

/// `--lang`'s value: one of the interface's languages.
fn parse_language(code: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_code(code)
        .ok_or_else(|| format!("no interface language \"{code}\": use en, az or ru"))
}

/// Runs a subcommand and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    run_with(command, None)
}

/// [`run`], with the passphrase of encrypted workspaces read from
/// `passphrase_file` (or asked for on the terminal when there is none).
pub fn run_with(command: Command, passphrase_file: Option<&Path>) -> ExitCode {
    let passphrases = match Passphrases::new(passphrase_file) {
        Ok(passphrases) => passphrases,
        Err(code) => return code,
    };
    let passphrases = &passphrases;
    match command {
        Command::Validate { file } => validate(&file, passphrases),
        Command::Export(args) => export_command(&args, passphrases),
        Command::Schema => write_output(None, export::json::schema_json().as_bytes()),
        Command::Fmt { file } => fmt(&file, passphrases),
        Command::New { file, name } => new(&file, name),
        Command::Generate(args) => generate(&args),
        Command::Merge(args) => merge(&args, passphrases),
        Command::MergeDriver {
            base,
            ours,
            theirs,
            path,
        } => merge_driver(&base, &ours, &theirs, path.as_deref()),
        Command::GitSetup => git_setup(),
        Command::Duplicates { file } => duplicates(&file, passphrases),
        Command::Extract(args) => extract(&args, passphrases),
        Command::Encrypt { file } => encrypt(&file, passphrases),
        Command::Decrypt { file, output } => decrypt(&file, &output, passphrases),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("accord: {message}");
    ExitCode::from(code)
}

/// "44 records: 3 countries, 12 institutions, 1 person, …" in the
/// language of the run.
pub fn counts_text(counts: &RecordCounts) -> String {
    let kinds = [
        tr!("export-cli-count-countries", count = counts.countries),
        tr!("export-cli-count-institutions", count = counts.institutions),
        tr!("export-cli-count-people", count = counts.people),
        tr!("export-cli-count-documents", count = counts.documents),
        tr!("export-cli-count-activities", count = counts.activities),
        tr!("export-cli-count-commissions", count = counts.commissions),
        tr!("export-cli-count-meetings", count = counts.meetings),
        tr!("export-cli-count-indicators", count = counts.indicators),
        tr!("export-cli-count-sources", count = counts.sources),
    ];
    format!(
        "{}: {}",
        tr!("common-records", count = counts.total()),
        kinds.join(", ")
    )
}

fn validate(file: &Path, passphrases: &Passphrases) -> ExitCode {
    let encrypted = storage::is_encrypted_file(file);
    if encrypted {
        println!(
            "{}",
            tr!(
                "export-cli-encrypted-workspace",
                file = file.display().to_string()
            )
        );
    }
    match open_or_report(file, passphrases) {
        Ok(workspace) => {
            println!(
                "{}",
                tr!(
                    "export-cli-valid",
                    file = file.display().to_string(),
                    counts = counts_text(&workspace.counts())
                )
            );
            // Valid, but a merge left choices to make: say where to make them.
            match workspace.recorded_conflicts().len() {
                0 => {}
                count => println!(
                    "{}",
                    tr!(
                        "export-cli-conflicts-recorded",
                        file = file.display().to_string(),
                        count = count
                    )
                ),
            }
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn export_command(args: &ExportArgs, passphrases: &Passphrases) -> ExitCode {
    let workspace = match open_or_report(&args.file, passphrases) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let mut country_ids = Vec::new();
    for name in &args.countries {
        match export::find_country(&workspace, name) {
            Ok(id) if country_ids.contains(&id) => {}
            Ok(id) => country_ids.push(id),
            Err(message) => return fail(EXIT_ERROR, &message),
        }
    }
    let options = ExportOptions {
        country_ids,
        from: args.from,
        to: args.to,
        today: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    if args.format != ExportFormat::Csv && (args.table.is_some() || args.bom || args.no_bom) {
        return fail(EXIT_ERROR, &tr!("export-cli-table-only-for-csv"));
    }
    let format = match args.format {
        ExportFormat::Json => export::Format::Json,
        ExportFormat::Ics => export::Format::Ics,
        ExportFormat::Csv => export::Format::Csv(export::csv::CsvOptions {
            table: match args.table {
                Some(CsvTableArg::Agreements) | None => export::csv::CsvTable::Agreements,
                Some(CsvTableArg::Meetings) => export::csv::CsvTable::Meetings,
                Some(CsvTableArg::Activities) => export::csv::CsvTable::Activities,
            },
            bom: !args.no_bom,
        }),
        ExportFormat::Md => export::Format::Markdown,
        ExportFormat::Pdf => export::Format::Pdf,
        ExportFormat::KeyFactsMd => export::Format::KeyFactsMarkdown,
        ExportFormat::KeyFactsPdf => export::Format::KeyFactsPdf,
    };
    match export::render(&workspace, &options, format) {
        Ok(bytes) => write_output(args.output.as_deref(), &bytes),
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

/// Writes `bytes` to `output` (atomically) or to standard output.
fn write_output(output: Option<&Path>, bytes: &[u8]) -> ExitCode {
    match output {
        Some(path) => match storage::write_atomically(path, bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => fail(EXIT_ERROR, &error.to_string()),
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                // A closed pipe (`accord export … | head`) is not an error.
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => fail(
                    EXIT_ERROR,
                    &tr!("export-cli-cannot-write", error = error.to_string()),
                ),
                _ => ExitCode::SUCCESS,
            }
        }
    }
}

fn fmt(file: &Path, passphrases: &Passphrases) -> ExitCode {
    if let Some(reason) = storage::read_only_reason(file) {
        return fail(
            EXIT_ERROR,
            &tr!("export-cli-not-rewriting", reason = &reason),
        );
    }
    let unlock = unlock_if_encrypted(file, passphrases);
    let (plaintext, protection) = match storage::read_plaintext(file, &unlock) {
        Ok(read) => read,
        Err(error) => return report_open_error(file, &error),
    };
    let workspace = match storage::parse(file, zeroize::Zeroizing::new(plaintext.to_vec())) {
        Ok(workspace) => workspace,
        Err(error) => return report_open_error(file, &error),
    };
    let canonical = zeroize::Zeroizing::new(storage::format::to_bytes(&workspace));
    // Already canonical: writing would change nothing but the file's
    // time, its .bak and whoever watches it.
    if plaintext[..] == canonical[..] {
        return ExitCode::SUCCESS;
    }
    // An encrypted file stays encrypted, with its own key: no new scrypt.
    match storage::write_protected(file, &canonical, &protection, &storage::NoFaults) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

fn new(file: &Path, name: String) -> ExitCode {
    if file.exists() {
        return fail(EXIT_ERROR, &already_exists(file));
    }
    match storage::save(&Workspace::new(name), file) {
        Ok(()) => {
            println!(
                "{}",
                tr!("export-cli-created", file = file.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

fn already_exists(file: &Path) -> String {
    tr!(
        "export-cli-already-exists",
        file = file.display().to_string()
    )
}

/// "wrote FILE: 44 records: …".
fn wrote(file: &Path, counts: &RecordCounts) -> String {
    tr!(
        "export-cli-wrote",
        file = file.display().to_string(),
        counts = counts_text(counts)
    )
}

/// Why the options cannot be generated, in the language of the run.
fn generate_error_text(error: &crate::generate::GenerateError) -> String {
    match *error {
        crate::generate::GenerateError::TooFewCountries => {
            tr!("export-cli-generate-too-few-countries")
        }
        crate::generate::GenerateError::TooFewRecords {
            records,
            countries,
            minimum,
        } => tr!(
            "export-cli-generate-too-few-records",
            records = records.to_string(),
            countries = countries,
            minimum = minimum.to_string()
        ),
    }
}

fn generate(args: &GenerateArgs) -> ExitCode {
    if args.output.exists() {
        return fail(EXIT_ERROR, &already_exists(&args.output));
    }
    let options = crate::generate::GenerateOptions {
        countries: args.countries,
        records: args.records,
        seed: args.seed,
    };
    let workspace = match crate::generate::generate(options) {
        Ok(workspace) => workspace,
        Err(error) => return fail(EXIT_ERROR, &generate_error_text(&error)),
    };
    match storage::save(&workspace, &args.output) {
        Ok(()) => {
            println!("{}", wrote(&args.output, &workspace.counts()));
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

fn merge(args: &MergeArgs, passphrases: &Passphrases) -> ExitCode {
    let store = storage::backups_folder();
    let base = args
        .base
        .as_deref()
        .map_or(BaseChoice::Find(store.as_deref()), BaseChoice::File);
    // The result is written as this copy is: encrypted with its key when
    // it is encrypted, so merging never leaves a copy in clear.
    let mut protection = Protection::Clear;
    let mut refused = None;
    let mut open = |path: &Path| {
        storage::open_unlocked(path, &unlock_if_encrypted(path, passphrases))
            .map(|(workspace, protected)| {
                if path == args.ours {
                    protection = protected;
                }
                workspace
            })
            .inspect_err(|error| {
                if matches!(error, OpenError::Encrypted { .. }) {
                    refused = Some(report_open_error(path, error));
                }
            })
    };
    let merged = merge::files::merge_files_with(&mut open, base, &args.ours, &args.theirs);
    let done = match merged {
        Ok(done) => done,
        Err(error) => return refused.unwrap_or_else(|| fail(EXIT_ERROR, &error.to_string())),
    };
    let now = chrono::Utc::now();
    // Both copies are kept before anything is written, so whatever the
    // result, neither is lost.
    if let Some(root) = &store
        && let Err(error) = keep_inputs(root, &[&args.ours, &args.theirs], now)
    {
        return fail(EXIT_ERROR, &error.to_string());
    }
    let mut report = done.report();
    if let Some(officer) = args.officer() {
        report.insert_str(
            0,
            &format!("{}\n", tr!("export-cli-merged-by", officer = officer)),
        );
    }
    print!("{report}");
    if let Err(error) = write_result(&done.result, &args.output, store.as_deref(), &protection) {
        return fail(EXIT_ERROR, &error.to_string());
    }
    println!("{}", wrote(&args.output, &done.result.counts()));
    if let Some(root) = &store {
        match keep_report(root, &args.output, &report, &protection, now) {
            Ok(kept) => println!(
                "{}",
                tr!(
                    "export-cli-copies-kept",
                    folder = root.display().to_string(),
                    report = kept.display().to_string()
                )
            ),
            Err(error) => eprintln!(
                "accord: {}",
                tr!("export-cli-report-not-kept", error = error.to_string())
            ),
        }
    }
    merge_exit(&done.merge)
}

/// Git's convention: the result replaces `ours` (a temporary file of
/// git's, so no `.bak` beside it); exit 0 when clean.
fn merge_driver(base: &Path, ours: &Path, theirs: &Path, path: Option<&str>) -> ExitCode {
    let name = path.map_or_else(|| ours.display().to_string(), str::to_owned);
    let done = match merge_files(BaseChoice::File(base), ours, theirs) {
        Ok(done) => done,
        Err(error) => return fail(EXIT_ERROR, &format!("{name}: {error}")),
    };
    if let Err(error) =
        storage::atomic::write_without_bak(ours, &storage::format::to_bytes(&done.result))
    {
        return fail(EXIT_ERROR, &format!("{name}: {error}"));
    }
    if !done.merge.conflicts().is_empty() {
        eprint!("accord: {name}: {}", done.merge.summary());
    }
    merge_exit(&done.merge)
}

fn merge_exit(merge: &merge::Merge) -> ExitCode {
    if merge.conflicts().is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_INVALID)
    }
}

fn git_setup() -> ExitCode {
    match merge::git::set_up_here() {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error),
    }
}

fn duplicates(file: &Path, passphrases: &Passphrases) -> ExitCode {
    let workspace = match open_or_report(file, passphrases) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    let found = merge::duplicates::likely_duplicates(&workspace);
    if found.is_empty() {
        println!(
            "{}",
            tr!(
                "export-cli-no-duplicates",
                file = file.display().to_string()
            )
        );
    }
    for pair in &found {
        println!(
            "{}",
            tr!(
                "export-cli-duplicate",
                kind = pair.first.kind().noun(),
                first = format!("{:?}", pair.first_label),
                second = format!("{:?}", pair.second_label),
                reason = &pair.reason
            )
        );
    }
    ExitCode::SUCCESS
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

fn extract(args: &ExtractArgs, passphrases: &Passphrases) -> ExitCode {
    let text = match std::fs::read(&args.text_file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                return fail(
                    EXIT_ERROR,
                    &tr!(
                        "export-cli-not-utf8",
                        file = args.text_file.display().to_string(),
                        byte = error.utf8_error().valid_up_to().to_string()
                    ),
                );
            }
        },
        Err(error) => {
            return fail(EXIT_ERROR, &cannot_read(&args.text_file, &error));
        }
    };
    let known = match &args.workspace {
        Some(file) => match open_or_report(file, passphrases) {
            Ok(workspace) => {
                let started = std::time::Instant::now();
                let known = crate::extract::KnownNames::new(&workspace);
                if args.timings {
                    eprintln!(
                        "{}",
                        tr!(
                            "export-cli-indexed",
                            names = known.len(),
                            records = workspace.counts().total(),
                            milliseconds = milliseconds(started)
                        )
                    );
                }
                Some(known)
            }
            Err(code) => return code,
        },
        None => None,
    };
    let started = std::time::Instant::now();
    let facts = crate::extract::extract(&text, known.as_ref());
    if args.timings {
        eprintln!(
            "{}",
            tr!(
                "export-cli-extracted",
                facts = facts.len(),
                words = text.split_whitespace().count(),
                milliseconds = milliseconds(started)
            )
        );
    }
    let json = crate::extract::json::facts_json(&text, &facts);
    let mut rendered = serde_json::to_string_pretty(&json).unwrap_or_default();
    rendered.push('\n');
    write_output(None, rendered.as_bytes())
}

/// "cannot read FILE: why".
pub(super) fn cannot_read(file: &Path, error: &std::io::Error) -> String {
    tr!(
        "export-cli-cannot-read",
        file = file.display().to_string(),
        error = error.to_string()
    )
}

/// The time since `started`, in milliseconds to a tenth: "12.5".
fn milliseconds(started: std::time::Instant) -> String {
    format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0)
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use crate::i18n::{Language, with_language};
    use crate::model::RecordCounts;

    #[test]
    fn counts_read_in_each_language_with_russian_plural_forms() {
        let counts = RecordCounts {
            countries: 3,
            institutions: 21,
            people: 1,
            documents: 5,
            activities: 2,
            commissions: 1,
            meetings: 11,
            indicators: 0,
            sources: 0,
        };
        assert_eq!(
            super::counts_text(&counts),
            "44 records: 3 countries, 21 institutions, 1 person, 5 documents, 2 activities, \
             1 commission, 11 meetings, 0 indicators, 0 sources"
        );
        assert_eq!(
            with_language(Language::Russian, || super::counts_text(&counts)),
            "44 записи: 3 страны, 21 учреждение, 1 человек, 5 документов, 2 мероприятия, \
             1 комиссия, 11 встреч, 0 показателей, 0 источников"
        );
        assert_eq!(
            with_language(Language::Azerbaijani, || super::counts_text(&counts)),
            "44 qeyd: 3 ölkə, 21 qurum, 1 şəxs, 5 sənəd, 2 tədbir, 1 komissiya, 11 görüş, \
             0 göstərici, 0 mənbə"
        );
    }

    #[test]
    fn the_language_may_come_before_or_after_the_subcommand() {
        for args in [
            &["accord", "--lang", "ru", "validate", "a.json"][..],
            &["accord", "validate", "a.json", "--lang", "ru"][..],
        ] {
            let cli = super::Cli::try_parse_from(args).expect("it parses");
            assert_eq!(cli.lang, Some(Language::Russian));
            assert!(matches!(cli.command, Some(super::Command::Validate { .. })));
        }
        let cli = super::Cli::try_parse_from(["accord", "--lang", "az", "a.json"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.file.as_deref(), Some(std::path::Path::new("a.json")));
    }

    #[test]
    fn version_names_the_release_and_the_workspace_format() {
        let shown = super::Cli::try_parse_from(["accord", "--version"])
            .expect_err("--version stops parsing to print the version");
        assert_eq!(shown.kind(), clap::error::ErrorKind::DisplayVersion);
        assert_eq!(
            shown.to_string(),
            format!(
                "accord {} (reads and writes workspace format version 3)\n",
                env!("CARGO_PKG_VERSION")
            )
        );
    }
}
