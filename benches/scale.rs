//! The scale benchmark: `cargo bench --bench scale`.
//!
//! Generates the 100,000-record workspace (`accord generate --countries 200
//! --records 100000 --seed 1`) in a temporary folder, then measures opening,
//! saving, searching, the frame time of each view in an `egui_kittest`
//! harness (no GPU: CPU time of the UI code and of the harness's
//! accessibility update, no painting), peak memory, the frames while a
//! save runs, and merging two copies with 1,000 changes each. Prints a table, then one `BENCH {json}` line per figure with
//! its target. See docs/PERFORMANCE.md.
//!
//! `ACCORD_BENCH_RECORDS` and `ACCORD_BENCH_FRAMES` shrink it for a quick try.

use std::path::Path;
use std::time::{Duration, Instant};

use accord::app::route::{Route, Section};
use accord::app::{AccordApp, Settings, file_dialog};
use accord::generate::{GenerateOptions, generate};
use accord::model::{
    Activity, Commission, Country, Document, Indicator, Institution, Meeting, Person, RecordId,
    Source, Workspace,
};
use accord::query::calendar::{DateIndex, YearMonth};
use accord::query::search::SearchIndex;
use accord::storage;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// A workspace file read with nothing but serde: the practical limit of a
/// typed parse of these bytes (no checks, no problem reports).
#[derive(serde::Deserialize)]
#[allow(dead_code, reason = "parsed to be measured, never read")]
struct BareFile {
    format: String,
    version: u64,
    workspace: serde_json::Value,
    countries: Vec<Country>,
    institutions: Vec<Institution>,
    people: Vec<Person>,
    documents: Vec<Document>,
    activities: Vec<Activity>,
    commissions: Vec<Commission>,
    meetings: Vec<Meeting>,
    indicators: Vec<Indicator>,
    sources: Vec<Source>,
}

/// What the user types, letter by letter.
const QUERIES: [&str; 6] = [
    "iskur",
    "turkiye",
    "labour migration",
    "joint commission",
    "bakı",
    "zzzz",
];

/// No frame may take longer: one refresh of a 60 Hz display.
const LONGEST_FRAME_MS: f64 = 16.0;

/// One measured figure.
struct Figure {
    name: String,
    value: f64,
    unit: &'static str,
    /// The target, when there is one: (limit, how it reads).
    target: Option<(f64, String)>,
    note: String,
}

#[derive(Default)]
struct Report(Vec<Figure>);

impl Report {
    fn add(&mut self, name: &str, value: f64, unit: &'static str, target: Option<f64>, note: &str) {
        let target = target.map(|limit| (limit, format!("≤ {limit} {unit}")));
        self.0.push(Figure {
            name: name.to_owned(),
            value,
            unit,
            target,
            note: note.to_owned(),
        });
    }

    /// A view's frames: CPU time against the targets, wall time beside it
    /// (on a shared machine it includes waiting for a core).
    fn frames(&mut self, name: &str, (times, wall): &(Vec<Duration>, Vec<Duration>)) {
        let (median, p99) = (percentile(times, 50.0), percentile(times, 99.0));
        let note = format!(
            "CPU time of {} frames, max {:.2} ms; wall median {:.2} p99 {:.2} ms",
            times.len(),
            ms(max(times)),
            ms(percentile(wall, 50.0)),
            ms(percentile(wall, 99.0))
        );
        self.add(
            &format!("{name}: median"),
            ms(median),
            "ms",
            Some(2.0),
            &note,
        );
        self.add(&format!("{name}: p99"), ms(p99), "ms", Some(4.0), &note);
        self.longest(&format!("{name}: longest"), times, &note);
    }

    /// The longest of some frames (CPU time of the UI thread) against the
    /// 16 ms of a 60 Hz display: no frame of any scenario may miss it.
    fn longest(&mut self, name: &str, times: &[Duration], note: &str) {
        self.add(name, ms(max(times)), "ms", Some(LONGEST_FRAME_MS), note);
    }

    /// One frame, such as the first of a view, against the 16 ms target.
    fn frame(&mut self, name: &str, (cpu, wall): (Duration, Duration), note: &str) {
        let note = if note.is_empty() {
            format!("wall {:.2} ms", ms(wall))
        } else {
            format!("{note}; wall {:.2} ms", ms(wall))
        };
        self.add(name, ms(cpu), "ms", Some(LONGEST_FRAME_MS), &note);
    }

    fn print(&self) {
        println!();
        println!(
            "{:<58} {:>12} {:>10}  {:<5} note",
            "figure", "value", "target", "met"
        );
        println!("{}", "-".repeat(120));
        for figure in &self.0 {
            let (target, met) = match &figure.target {
                Some((limit, _)) => (
                    format!("{limit}"),
                    if figure.value <= *limit { "yes" } else { "NO" },
                ),
                None => (String::new(), ""),
            };
            println!(
                "{:<58} {:>9.2} {:<2} {:>10}  {:<5} {}",
                figure.name, figure.value, figure.unit, target, met, figure.note
            );
        }
        println!();
        for figure in &self.0 {
            let line = serde_json::json!({
                "figure": figure.name,
                "value": (figure.value * 1000.0).round() / 1000.0,
                "unit": figure.unit,
                "target": figure.target.as_ref().map(|(limit, _)| limit),
                "met": figure.target.as_ref().map(|(limit, _)| figure.value <= *limit),
                "note": figure.note,
            });
            println!("BENCH {line}");
        }
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn max(times: &[Duration]) -> Duration {
    times.iter().copied().max().unwrap_or_default()
}

/// Nearest-rank percentile.
fn percentile(times: &[Duration], percent: f64) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((percent / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn median_of<T>(runs: usize, mut run: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        last = Some(run());
        times.push(start.elapsed());
    }
    (percentile(&times, 50.0), last.expect("at least one run"))
}

/// This process's peak and current resident memory in bytes (Linux).
fn memory() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|line| line.starts_with(name))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    };
    Some((field("VmHWM:")?, field("VmRSS:")?))
}

/// Opening the same workspace encrypted (issue 16): with the passphrase
/// (the key derivation, once, then decrypting), and with the session's key
/// (how the app reopens its own files), against `clear`, the open in clear.
fn encrypted_open(report: &mut Report, path: &Path, clear: Duration) {
    use accord::storage::encryption::{Unlock, WorkspaceKey};
    use age::secrecy::SecretString;
    let passphrase = SecretString::from("plane hotel ministry 1995 Baku".to_owned());
    let key = std::sync::Arc::new(WorkspaceKey::new(&passphrase).expect("a key"));
    let encrypted = path.with_file_name("scale-encrypted.accord.json");
    let plaintext = std::fs::read(path).expect("read");
    let (seal, sealed) = median_of(3, || key.seal(&plaintext).expect("sealed"));
    std::fs::write(&encrypted, &sealed).expect("written");
    drop((plaintext, sealed));
    let (derivation, ()) = median_of(3, || key.check(&passphrase).expect("its passphrase"));
    let unlock = Unlock::Passphrase(std::sync::Arc::new(passphrase));
    let (with_passphrase, _) = median_of(3, || {
        storage::open_lenient_unlocked(&encrypted, &unlock).expect("opens")
    });
    let (with_key, _) = median_of(3, || {
        storage::open_lenient_unlocked(&encrypted, &Unlock::Key(std::sync::Arc::clone(&key)))
            .expect("opens")
    });
    report.add(
        "encryption: key derivation (scrypt 2^17, once a session)",
        ms(derivation),
        "ms",
        None,
        "median of 3",
    );
    report.add(
        "encryption: seal the file (each save)",
        ms(seal),
        "ms",
        None,
        "median of 3; X25519 and ChaCha20-Poly1305, no scrypt",
    );
    report.add(
        "open encrypted: with the passphrase",
        ms(with_passphrase),
        "ms",
        None,
        "median of 3; derivation included",
    );
    report.add(
        "open encrypted: with the session's key",
        ms(with_key),
        "ms",
        None,
        "median of 3; how the app reopens its own files",
    );
    report.add(
        "open encrypted - derivation / open in clear",
        with_passphrase.saturating_sub(derivation).as_secs_f64() / clear.as_secs_f64(),
        "x",
        Some(1.5),
        &format!(
            "with the session's key {:.2}x",
            with_key.as_secs_f64() / clear.as_secs_f64()
        ),
    );
}

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// Merging two copies of the workspace with `changes` edits on each side
/// (notes changed, on different records, plus one record both changed),
/// against opening one: the target is at most twice the open.
fn merge_of_two_copies(report: &mut Report, path: &Path, changes: usize, open: Duration) {
    use accord::merge::Merge;
    let base = storage::open(path).expect("opens");
    let now = chrono::Utc::now();
    let edited = |offset: usize| {
        let mut copy = base.clone();
        let ids: Vec<_> = copy.countries().keys().copied().collect();
        let people: Vec<_> = copy.people().keys().copied().collect();
        for index in 0..changes {
            let id = people[(offset + index * 2) % people.len()];
            let mut person = copy.get::<Person>(id).expect("a person").clone();
            person.notes = format!("Edited on copy {offset}, change {index}");
            drop(copy.update(person, now).expect("a valid edit"));
        }
        let mut country = copy.get::<Country>(ids[0]).expect("a country").clone();
        country.notes = format!("Both copies changed this ({offset})");
        drop(copy.update(country, now).expect("a valid edit"));
        copy
    };
    let ours = edited(0);
    let theirs = edited(1);
    let (took, conflicts) = median_of(3, || {
        let merge = Merge::plan(Some(&base), &ours, &theirs);
        let mut result = ours.clone();
        let mut kept = Vec::new();
        drop(
            merge
                .apply(&mut result, &theirs, &mut kept)
                .expect("applies"),
        );
        merge.conflicts().len()
    });
    report.add(
        &format!("merge two copies, {changes} changes each (plan + apply)"),
        ms(took),
        "ms",
        Some((2.0 * ms(open)).round()),
        &format!("median of 3; {conflicts} conflict; target: twice the open"),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // Run as a child to measure the memory of opening alone.
    if let Some(at) = args
        .iter()
        .position(|arg| arg == "--open-and-report-memory")
    {
        let path = Path::new(&args[at + 1]);
        let opened = storage::open_lenient(path).expect("the workspace opens");
        let (peak, now) = memory().unwrap_or_default();
        println!("{peak} {now} {}", opened.workspace.counts().total());
        return;
    }

    let records = env_number("ACCORD_BENCH_RECORDS", 100_000);
    let frames = env_number("ACCORD_BENCH_FRAMES", 120) as usize;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("scale.accord.json");
    let mut report = Report::default();
    println!(
        "accord scale benchmark: {records} records, {} logical CPUs",
        std::thread::available_parallelism().map_or(0, usize::from)
    );

    let start = Instant::now();
    let generated = generate(GenerateOptions {
        countries: 200,
        records,
        seed: 1,
    })
    .expect("the options are valid");
    report.add(
        "generate (not a target)",
        ms(start.elapsed()),
        "ms",
        None,
        "",
    );

    // Save: canonical bytes and an atomic write (temp file, fsync, rename).
    let (save, ()) = median_of(3, || {
        storage::save(&generated, &path).expect("saved");
    });
    let (serialise, bytes) = median_of(3, || storage::format::to_bytes(&generated));
    let file_size = bytes.len() as f64;
    report.add(
        "save: canonical bytes + atomic write",
        ms(save),
        "ms",
        None,
        &format!(
            "median of 3; serialising alone {:.0} ms; {:.1} MB",
            ms(serialise),
            file_size / 1e6
        ),
    );
    drop(bytes);
    drop(generated);

    // Open: read + parse + validate + index, beside a bare typed parse.
    let (bare, _) = median_of(3, || {
        let bytes = std::fs::read(&path).expect("read");
        serde_json::from_slice::<BareFile>(&bytes).expect("parses")
    });
    // What the app does to open a file (read, hash for the changed-on-disk
    // check, parse, validate); the search and calendar indexes are built
    // later, on first use, and are measured on their own below.
    let (load, _) = median_of(3, || storage::open_lenient(&path).expect("opens"));
    let (index_time, _) = median_of(3, || {
        let workspace = storage::open(&path).expect("opens");
        let start = Instant::now();
        let index = SearchIndex::build(&workspace);
        (start.elapsed(), index.len())
    });
    let workspace = storage::open(&path).expect("opens");
    let start = Instant::now();
    let index = SearchIndex::build(&workspace);
    let index_time = index_time.min(start.elapsed());
    report.add(
        "open: bare serde_json typed parse (the limit)",
        ms(bare),
        "ms",
        None,
        "median of 3, read included",
    );
    report.add(
        "open: read + hash + load + validate",
        ms(load),
        "ms",
        None,
        "median of 3; what opening a file does in the app",
    );
    report.add(
        "open / bare parse",
        load.as_secs_f64() / bare.as_secs_f64(),
        "x",
        Some(1.3),
        "",
    );
    merge_of_two_copies(&mut report, &path, 1_000, load);
    report.add(
        "search index build (at the first Find, not at open)",
        ms(index_time),
        "ms",
        None,
        &format!(
            "open + index would be {:.2}x the bare parse",
            (load + index_time).as_secs_f64() / bare.as_secs_f64()
        ),
    );

    encrypted_open(&mut report, &path, load);

    // Peak memory of opening alone, in a fresh process.
    let child = std::process::Command::new(&args[0])
        .arg("--open-and-report-memory")
        .arg(&path)
        .output();
    if let Ok(output) = child {
        let text = String::from_utf8_lossy(&output.stdout);
        let numbers: Vec<f64> = text
            .split_whitespace()
            .filter_map(|word| word.parse().ok())
            .collect();
        if let [peak, now, ..] = numbers[..] {
            report.add(
                "memory: peak RSS opening / file size",
                peak / file_size,
                "x",
                Some(3.0),
                &format!(
                    "peak {:.0} MB, after opening {:.0} MB, file {:.0} MB",
                    peak / 1e6,
                    now / 1e6,
                    file_size / 1e6
                ),
            );
        }
    }

    // Search: every prefix of each query, as typed.
    let mut keystrokes = Vec::new();
    for query in QUERIES {
        let mut typed = String::new();
        for letter in query.chars() {
            typed.push(letter);
            let start = Instant::now();
            let results = index.search(&typed, 50);
            keystrokes.push(start.elapsed());
            std::hint::black_box(results);
        }
    }
    let note = format!(
        "{} keystrokes over {} queries",
        keystrokes.len(),
        QUERIES.len()
    );
    report.add(
        "search per keystroke: median",
        ms(percentile(&keystrokes, 50.0)),
        "ms",
        None,
        &note,
    );
    report.add(
        "search per keystroke: p99",
        ms(percentile(&keystrokes, 99.0)),
        "ms",
        Some(10.0),
        &note,
    );

    // The start page's answer, as its worker thread finds it.
    let today = chrono::Local::now().date_naive();
    let (next_time, answer) = median_of(3, || accord::query::next::what_is_next(&workspace, today));
    report.add(
        "start page: what is next, found (worker thread)",
        ms(next_time),
        "ms",
        None,
        &format!(
            "median of 3; {} upcoming, {} overdue groups, {} renewals",
            answer.upcoming.iter().map(Vec::len).sum::<usize>(),
            answer.overdue.len(),
            answer.renewals.len()
        ),
    );

    extraction(&mut report, &workspace);
    frames_of_each_view(&mut report, workspace, &path, frames);
    report.print();
}

/// Reading a 10,000-word article for facts against the whole workspace:
/// the names index once per workspace (on the page's worker), then the
/// pass over the text, then the drafts Propose records offers.
fn extraction(report: &mut Report, workspace: &Workspace) {
    let seeds = [
        include_str!("../sample-data/seeds/romania.txt"),
        include_str!("../sample-data/seeds/turkey.txt"),
    ];
    let mut text = String::new();
    while text.split_whitespace().count() < 10_000 {
        for seed in seeds {
            text.push_str(seed);
            text.push_str("\n\n");
        }
    }
    let words = text.split_whitespace().count();
    let (index, known) = median_of(3, || accord::extract::KnownNames::new(workspace));
    report.add(
        "extract: names index (once per workspace, not a target)",
        ms(index),
        "ms",
        None,
        "built with the page's other data, on a worker at this size",
    );
    let (pass, facts) = median_of(5, || accord::extract::extract(&text, Some(&known)));
    report.add(
        "extract: facts of a 10,000-word text",
        ms(pass),
        "ms",
        Some(50.0),
        &format!("median of 5; {words} words, {} facts", facts.len()),
    );
    let source = workspace
        .sources()
        .keys()
        .next()
        .copied()
        .expect("a source");
    let (drafts, proposals) = median_of(5, || {
        accord::extract::propose::propose(
            &text,
            &facts,
            workspace,
            source,
            None,
            chrono::Utc::now(),
        )
    });
    report.add(
        "extract: drafts for Propose records",
        ms(drafts),
        "ms",
        None,
        &format!("{} drafts", proposals.len()),
    );
}

fn harness(app: AccordApp) -> Harness<'static, AccordApp> {
    Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(64)
        .with_context_setup(accord::app::install_fonts)
        .build_ui_state(|ui, app: &mut AccordApp| app.ui(ui), app)
}

/// One frame: the UI thread's CPU time and the wall time.
fn timed_step(harness: &mut Harness<'static, AccordApp>) -> (Duration, Duration) {
    let cpu = cpu_time::ThreadTime::now();
    let wall = Instant::now();
    harness.step();
    (cpu.elapsed(), wall.elapsed())
}

/// CPU and wall times of `count` frames once the view has settled.
fn measure(
    harness: &mut Harness<'static, AccordApp>,
    count: usize,
) -> (Vec<Duration>, Vec<Duration>) {
    let _ = harness.run_ok();
    (0..count).map(|_| timed_step(harness)).unzip()
}

/// Steps the harness while `label` is shown (a worker thread is preparing
/// something), up to a minute after `since`; returns each frame's time.
fn frames_while_shown(
    harness: &mut Harness<'static, AccordApp>,
    label: &str,
    since: Instant,
) -> Vec<Duration> {
    let mut frames = Vec::new();
    while harness.query_by_label(label).is_some() && since.elapsed() < Duration::from_mins(1) {
        frames.push(timed_step(harness).0);
        std::thread::sleep(Duration::from_millis(4));
    }
    frames
}

/// Reports how long the wait since `since` took, and the longest of the
/// frames drawn meanwhile and of those just after (the one where what was
/// prepared arrives is among them) against the frame target.
fn report_wait(
    report: &mut Report,
    figure: &str,
    since: Instant,
    frames: &[Duration],
    harness: &mut Harness<'static, AccordApp>,
) {
    let waited = since.elapsed();
    let after: Vec<Duration> = (0..3).map(|_| timed_step(harness).0).collect();
    report.add(
        figure,
        ms(waited),
        "ms",
        None,
        &format!("{} frames meanwhile", frames.len()),
    );
    let all: Vec<Duration> = frames.iter().chain(&after).copied().collect();
    report.longest(
        &format!("{figure}: longest frame"),
        &all,
        &format!("{} frames while waiting, 3 after", frames.len()),
    );
}

/// What a country page shows while a worker thread prepares it.
const PREPARING_PAGE: &str = "Preparing the page…";

/// What a section list shows while a worker thread prepares its rows.
const PREPARING_LIST: &str = "Preparing the list…";

/// Shows the section of `harness`'s route (set by the caller) for the first
/// time and reports its first frame and those until its rows are shown.
fn first_frames_of_list(
    report: &mut Report,
    harness: &mut Harness<'static, AccordApp>,
    name: &str,
) {
    let since = Instant::now();
    let first = timed_step(harness);
    report.frame(&format!("{name}: first frame"), first, "");
    let waiting = frames_while_shown(harness, PREPARING_LIST, since);
    report_wait(
        report,
        &format!("{name}: until shown"),
        since,
        &waiting,
        harness,
    );
}

/// The country with the longest timeline: the home country, party to
/// every document of the generated workspace.
fn busiest_country(workspace: &Workspace) -> Option<RecordId> {
    workspace.home_country().map(RecordId::from)
}

/// The month with the most calendar items known to the day, and how many.
fn busiest_month(workspace: &Workspace) -> (YearMonth, usize) {
    let index = DateIndex::build(workspace);
    let mut counts = std::collections::BTreeMap::<YearMonth, usize>::new();
    for item in index.items() {
        if let Some((first, last)) = item.days() {
            let mut month = YearMonth::of(first);
            while month <= YearMonth::of(last) {
                *counts.entry(month).or_default() += 1;
                month = month.next();
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(month, count)| (count, std::cmp::Reverse(month)))
        .unwrap_or((YearMonth::of(chrono::NaiveDate::MIN), 0))
}

fn frames_of_each_view(report: &mut Report, workspace: Workspace, path: &Path, count: usize) {
    let busiest = busiest_country(&workspace);
    let timeline = busiest.map_or(0, |id| match id {
        RecordId::Country(id) => {
            accord::query::country_timeline(&workspace, id, chrono::NaiveDate::MIN).len()
        }
        _ => 0,
    });
    let documents = workspace.documents().len();
    let activities = workspace.activities().len();
    let (busiest_month, month_items) = busiest_month(&workspace);
    let mut app = AccordApp::new(Settings::default(), Box::new(file_dialog::NativeChooser));
    app.open_session(workspace, Some(path.to_owned()));
    let mut harness = harness(app);

    // The views, each measured over `count` frames. A workspace opens on
    // its start page ("What is next"), prepared on a worker thread.
    let since = Instant::now();
    let first = timed_step(&mut harness);
    report.frame(
        "first frame on the workspace (start page)",
        first,
        "what is next is found on a worker thread meanwhile",
    );
    let waiting = frames_while_shown(&mut harness, accord::app::views::next::PREPARING, since);
    report_wait(
        report,
        "start page: until it is shown",
        since,
        &waiting,
        &mut harness,
    );
    let times = measure(&mut harness, count);
    report.frames("frame: start page", &times);

    harness
        .state_mut()
        .history
        .go(Route::Section(Section::Countries));
    let times = measure(&mut harness, count);
    report.frames("frame: country list", &times);

    if let Some(busiest) = busiest {
        harness.state_mut().history.go(Route::Record(busiest));
        let since = Instant::now();
        let first = timed_step(&mut harness);
        report.frame(
            "country page: first frame",
            first,
            &format!("{timeline} timeline entries"),
        );
        let waiting = frames_while_shown(&mut harness, PREPARING_PAGE, since);
        report_wait(
            report,
            "country page: until it is shown",
            since,
            &waiting,
            &mut harness,
        );
        let times = measure(&mut harness, count);
        report.frames(&format!("frame: country page ({timeline} entries)"), &times);
    }

    // A section's first frame prepares every row's cells (once per change).
    harness
        .state_mut()
        .history
        .go(Route::Section(Section::ActionPlans));
    first_frames_of_list(
        report,
        &mut harness,
        &format!("action plans list ({activities} rows)"),
    );
    harness
        .state_mut()
        .history
        .go(Route::Section(Section::Agreements));
    first_frames_of_list(
        report,
        &mut harness,
        &format!("agreements list ({documents} rows)"),
    );
    let _ = harness.run_ok();
    // The oldest agreements come first; scrolled to the middle, none shows.
    let oldest = harness.query_all_by_label_contains("1991").count();
    // Scroll the table to its middle with the mouse wheel.
    harness.hover_at(egui::pos2(700.0, 500.0));
    harness.event(Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -(documents as f32) * 22.0 / 2.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::NONE,
    });
    let times = measure(&mut harness, count);
    let still = harness.query_all_by_label_contains("1991").count();
    report.frames(
        &format!("frame: agreements table, middle of {documents}"),
        &times,
    );
    report.add(
        "agreements table: cells of 1991 shown before / after scrolling",
        still as f64,
        "",
        None,
        &format!("{oldest} before scrolling, {still} after: the oldest rows left the view"),
    );

    // The calendar on the month with the most items known to the day.
    harness.state_mut().history.go(Route::Calendar);
    let since = Instant::now();
    let first = timed_step(&mut harness);
    report.frame(
        "calendar: first frame",
        first,
        "the date index is built on a worker thread meanwhile",
    );
    let waiting = frames_while_shown(&mut harness, "Preparing the calendar…", since);
    report_wait(
        report,
        "calendar: until the date index is shown",
        since,
        &waiting,
        &mut harness,
    );
    let _ = harness.run_ok();
    let go_to_date = "Go to date";
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, go_to_date)
        .focus();
    let _ = harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, go_to_date)
        .type_text(&format!(
            "{:04}-{:02}",
            busiest_month.year, busiest_month.month
        ));
    let _ = harness.run_ok();
    harness.get_by_label("Go").click();
    let _ = harness.run_ok();
    let heading = busiest_month.human();
    assert!(
        harness.query_by_label(&heading).is_some(),
        "the calendar shows {heading}"
    );
    let times = measure(&mut harness, count);
    report.frames(
        &format!("frame: calendar month ({heading}, {month_items} items)"),
        &times,
    );

    // Search: open it, type letter by letter, then the results at rest.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    let since = Instant::now();
    let first = timed_step(&mut harness);
    report.frame(
        "search: first opening",
        first,
        "the search index is built on a worker thread meanwhile",
    );
    let waiting = frames_while_shown(&mut harness, "Preparing the search…", since);
    report_wait(
        report,
        "search: until the index is ready",
        since,
        &waiting,
        &mut harness,
    );
    let mut typed = Vec::new();
    for letter in "labour".chars() {
        harness.event(Event::Text(letter.to_string()));
        typed.push(timed_step(&mut harness).0);
    }
    report.longest(
        "search: frame per keystroke, longest",
        &typed,
        "typing “labour”",
    );
    let times = measure(&mut harness, count);
    let shown = harness.state().search.results().total();
    report.frames(&format!("frame: search results ({shown} found)"), &times);
    harness.key_press(Key::Escape);
    let _ = harness.run_ok();

    // Frames while a save runs.
    harness
        .state_mut()
        .history
        .go(Route::Section(Section::Countries));
    let _ = harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    let mut during = Vec::new();
    let mut during_wall = Vec::new();
    let started = Instant::now();
    while started.elapsed() < Duration::from_mins(1) {
        let (cpu, wall) = timed_step(&mut harness);
        during.push(cpu);
        during_wall.push(wall);
        if harness.state().status.starts_with("Saved") {
            break;
        }
        std::thread::sleep(Duration::from_millis(4));
    }
    let saved = harness.state().status.clone();
    report.longest(
        "save: longest frame while saving",
        &during,
        &format!(
            "{} frames until “{saved}”; the longest in wall time {:.2} ms",
            during.len(),
            ms(max(&during_wall))
        ),
    );

    // An edit while a save still holds the workspace: Ctrl+S, and in the
    // very next frame Ctrl+Z undoes the last edit (made beforehand), which
    // must change the workspace without copying it on the UI thread.
    if let Some(session) = harness.state_mut().session.as_mut() {
        let country = session.workspace().countries().values().next().cloned();
        if let Some(mut country) = country {
            country.notes.push_str(" (edited by the benchmark)");
            let now = chrono::Utc::now();
            let _ = session.perform(|workspace| workspace.update(country, now));
        }
    }
    let _ = harness.run_ok();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    let save_frame = timed_step(&mut harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    let edit = timed_step(&mut harness);
    let started = Instant::now();
    let mut after = vec![save_frame.0];
    while started.elapsed() < Duration::from_mins(1) && !harness.state().status.starts_with("Saved")
    {
        after.push(timed_step(&mut harness).0);
        std::thread::sleep(Duration::from_millis(4));
    }
    report.frame(
        "edit while saving: the frame of the edit (Ctrl+Z)",
        edit,
        "the save still holds the workspace",
    );
    report.longest(
        "edit while saving: longest other frame until saved",
        &after,
        &format!("{} frames", after.len()),
    );
    assert!(
        harness.query_all_by_label("Countries").next().is_some(),
        "the app still shows its sections"
    );
}
