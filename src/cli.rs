//! The command line: `accord [FILE]` opens the app; subcommands validate,
//! export, reformat and create workspace files without a window.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::export::{self, ExportOptions};
use crate::model::{PartialDate, Workspace};
use crate::storage::{self, OpenError};

/// Accord: partner countries, agreements, commissions, meetings and action
/// plans, offline.
#[derive(Debug, Parser)]
#[command(name = "accord", version = version_text(), args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Workspace file to open in the app (default: the last one opened).
    pub file: Option<PathBuf>,
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

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a workspace file and list every problem found.
    Validate { file: PathBuf },
    /// Write a summary of a workspace: JSON, a CSV table or a briefing note.
    Export(ExportArgs),
    /// Print the JSON Schema of the JSON summary (as in docs/summary.schema.json).
    Schema,
    /// Rewrite a workspace file in canonical form (stable order, pretty-printed).
    Fmt { file: PathBuf },
    /// Create an empty workspace file; refuses to overwrite one.
    New {
        file: PathBuf,
        /// The workspace's name.
        #[arg(long, default_value = "New workspace")]
        name: String,
    },
    /// Write a synthetic workspace of any size (the same seed, the same bytes).
    Generate(GenerateArgs),
}

#[derive(Debug, clap::Args)]
pub struct GenerateArgs {
    /// How many countries, the home country included.
    #[arg(long, default_value_t = 200)]
    pub countries: u32,
    /// How many records of every kind together.
    #[arg(long, default_value_t = 100_000)]
    pub records: u32,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The file to write; refuses to overwrite one.
    #[arg(short, long)]
    pub output: PathBuf,
}

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
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    pub file: PathBuf,
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
    /// Start a CSV export with a byte order mark, so Excel reads it as UTF-8.
    #[arg(long)]
    pub bom: bool,
}

/// `--table`: the tables a CSV export can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvTableArg {
    Agreements,
    Meetings,
    Activities,
}

/// Exit status for problems found in the data.
const EXIT_INVALID: u8 = 1;
/// Exit status for usage and I/O errors.
const EXIT_ERROR: u8 = 2;

/// Runs a subcommand and returns the process exit code.
pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Validate { file } => validate(&file),
        Command::Export(args) => export_command(&args),
        Command::Schema => write_output(None, export::json::schema_json().as_bytes()),
        Command::Fmt { file } => fmt(&file),
        Command::New { file, name } => new(&file, name),
        Command::Generate(args) => generate(&args),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("accord: {message}");
    ExitCode::from(code)
}

/// Opens a workspace, printing every problem on failure.
fn open_or_report(file: &Path) -> Result<Workspace, ExitCode> {
    storage::open(file).map_err(|error| match &error {
        OpenError::Read { .. } => fail(EXIT_ERROR, &error.to_string()),
        OpenError::Load { .. } => {
            for problem in error.problems() {
                eprintln!("{}: {problem}", file.display());
            }
            ExitCode::from(EXIT_INVALID)
        }
    })
}

fn validate(file: &Path) -> ExitCode {
    match open_or_report(file) {
        Ok(workspace) => {
            println!("{}: valid, {}", file.display(), workspace.counts());
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn export_command(args: &ExportArgs) -> ExitCode {
    let workspace = match open_or_report(&args.file) {
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
    if args.format != ExportFormat::Csv && (args.table.is_some() || args.bom) {
        return fail(EXIT_ERROR, "--table and --bom apply only to --format csv");
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
            bom: args.bom,
        }),
        ExportFormat::Md => export::Format::Markdown,
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
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    fail(EXIT_ERROR, &format!("cannot write the export: {error}"))
                }
                _ => ExitCode::SUCCESS,
            }
        }
    }
}

fn fmt(file: &Path) -> ExitCode {
    let workspace = match open_or_report(file) {
        Ok(workspace) => workspace,
        Err(code) => return code,
    };
    match storage::save(&workspace, file) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

fn new(file: &Path, name: String) -> ExitCode {
    if file.exists() {
        return fail(
            EXIT_ERROR,
            &format!("{} already exists; not overwriting it", file.display()),
        );
    }
    match storage::save(&Workspace::new(name), file) {
        Ok(()) => {
            println!("created {}", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

fn generate(args: &GenerateArgs) -> ExitCode {
    if args.output.exists() {
        return fail(
            EXIT_ERROR,
            &format!(
                "{} already exists; not overwriting it",
                args.output.display()
            ),
        );
    }
    let options = crate::generate::GenerateOptions {
        countries: args.countries,
        records: args.records,
        seed: args.seed,
    };
    let workspace = match crate::generate::generate(options) {
        Ok(workspace) => workspace,
        Err(error) => return fail(EXIT_ERROR, &error.to_string()),
    };
    match storage::save(&workspace, &args.output) {
        Ok(()) => {
            println!("wrote {}: {}", args.output.display(), workspace.counts());
            ExitCode::SUCCESS
        }
        Err(error) => fail(EXIT_ERROR, &error.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    #[test]
    fn version_names_the_release_and_the_workspace_format() {
        let shown = super::Cli::try_parse_from(["accord", "--version"])
            .expect_err("--version stops parsing to print the version");
        assert_eq!(shown.kind(), clap::error::ErrorKind::DisplayVersion);
        assert_eq!(
            shown.to_string(),
            format!(
                "accord {} (reads and writes workspace format version 1)\n",
                env!("CARGO_PKG_VERSION")
            )
        );
    }
}
