//! `accord`: the app, or a headless subcommand.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    let cli = accord::cli::Cli::parse();
    match cli.command {
        Some(command) => accord::cli::run_with(command, cli.passphrase_file.as_deref()),
        None => accord::app::run(cli.file),
    }
}
