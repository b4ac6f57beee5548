//! The command line: `accord [FILE]` opens the app; subcommands validate,
//! export, reformat and create workspace files without a window.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

mod args;
mod passphrase;

pub use args::{
    Cli, Command, CsvTableArg, ExportArgs, ExportFormat, ExtractArgs, GenerateArgs, MergeArgs,
};

use passphrase::{
    Passphrases, decrypt, encrypt, open_or_report, report_open_error, unlock_if_encrypted,
};

use crate::export::{self, ExportOptions};
use crate::merge;
use crate::merge::files::{BaseChoice, keep_inputs, keep_report, merge_files, write_result};
use crate::model::{RecordCounts, Workspace};
use crate::storage::Protection;
use crate::storage::{self, OpenError};
use crate::tr;

/// Exit status for problems found in the data.
const EXIT_INVALID: u8 = 1;
/// Exit status for usage and I/O errors.
const EXIT_ERROR: u8 = 2;

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
