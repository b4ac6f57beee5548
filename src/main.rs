//! `accord`: the app, or a headless subcommand.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = accord::cli::Cli::parse();
    if let Some(language) = cli.lang {
        accord::i18n::set_current(language);
    }
    match cli.command {
        Some(command) => accord::cli::run_with(command, cli.passphrase_file.as_deref()),
        None => accord::app::run(cli.file),
    }
}
