//! Exports as a user receives them: the JSON summary holds every seed fact,
//! is byte-identical run after run and validates against the shipped JSON
//! Schema with an independent validator; CSV tables parse back with a CSV
//! reader and never carry a live formula; briefing notes have their sections.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::{day, options_for, sample, sample_path};
use accord::export::csv::{BOM, CsvOptions, CsvTable};
use accord::export::{self, ExportOptions, Format};
use accord::model::{
    Country, Document, DocumentKind, Institution, InstitutionKind, Meeting, MeetingKind,
    PartialDate, Record, Workspace,
};
use chrono::{NaiveDate, Utc};
use serde_json::Value;

// ---------------------------------------------------------------------------
// Helpers

/// The day the tests judge statuses on (after both action plans ended).
const TODAY: &str = "2026-11-25";

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

fn schema_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join("summary.schema.json")
}

fn render(workspace: &Workspace, options: &ExportOptions, format: Format) -> Vec<u8> {
    export::render(workspace, options, format).unwrap()
}

fn json_of(workspace: &Workspace, options: &ExportOptions) -> Value {
    serde_json::from_slice(&render(workspace, options, Format::Json)).unwrap()
}

fn accord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// The independent validator, built from the schema file as shipped.
fn shipped_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&fs::read_to_string(schema_path()).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn schema_errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// Every row of a CSV export, parsed back with the csv crate's reader; the
/// header row is returned separately.
fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|row| row.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn column(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|column| column == name)
        .unwrap_or_else(|| panic!("no column {name:?} in {header:?}"))
}

fn csv_format(table: CsvTable, bom: bool) -> Format {
    Format::Csv(CsvOptions { table, bom })
}

// ---------------------------------------------------------------------------
// JSON summary

/// Facts as the seed texts state them (in /work/shared/seeds/), and the
/// form each takes in the summary of its country.
const SEED_FACTS: &[(&str, &str, &str)] = &[
    // Seed 000: Azerbaijan and Turkey.
    (
        "Turkey",
        "Cooperation Protocol ... in 1995",
        "\"signed_on\": \"1995\"",
    ),
    (
        "Turkey",
        "Cooperation Protocol between the Ministry of Labour and Social Protection of Population",
        "Cooperation Protocol between the Ministry of Labour and Social Protection of Population of the Republic of Azerbaijan",
    ),
    (
        "Turkey",
        "Agreement on cooperation in the field of social protection",
        "Agreement on cooperation in the field of social protection between the Government of the Republic of Azerbaijan and the Government of the Republic of Turkey",
    ),
    (
        "Turkey",
        "Procedural Agreement on the implementation of the Agreement",
        "Procedural Agreement on the implementation of the Agreement on cooperation in the field of social protection",
    ),
    (
        "Turkey",
        "on cooperation in the fields of labour, social protection and employment",
        "on cooperation in the fields of labour, social protection and employment",
    ),
    (
        "Turkey",
        "on the mutual labour activity of the workforce",
        "on the mutual labour activity of the workforce",
    ),
    (
        "Turkey",
        "the 10th meeting of the Joint Standing Commission",
        "\"session_number\": 10",
    ),
    ("Turkey", "On May 2022", "\"start\": \"2022-05\""),
    ("Turkey", "held in Istanbul", "\"place\": \"Istanbul\""),
    (
        "Turkey",
        "the Protocol of the same name was signed",
        "Protocol of the 10th meeting of the Joint Standing Commission",
    ),
    (
        "Turkey",
        "the Action Plan for 2022-2023",
        "Action Plan for 2022-2023",
    ),
    (
        "Turkey",
        "Azerbaijan Public Employment Agency",
        "Azerbaijan Public Employment Agency",
    ),
    (
        "Turkey",
        "Employment Service of the Republic of Turkey (\"İŞKUR\")",
        "İŞKUR",
    ),
    (
        "Turkey",
        "electronic database and electronicization of employment institutions",
        "electronic database",
    ),
    (
        "Turkey",
        "\"lessons learned\" from the crisis caused by the COVID-19 pandemic",
        "COVID-19",
    ),
    (
        "Turkey",
        "active labour market policy",
        "active labour market policy",
    ),
    (
        "Turkey",
        "socially vulnerable groups",
        "socially vulnerable groups",
    ),
    (
        "Turkey",
        "organization of mutual study visits",
        "mutual study visits",
    ),
    // Seed 004: Azerbaijan and Romania (Azernews).
    ("Romania", "By Ayya Lmahamad", "Ayya Lmahamad"),
    ("Romania", "Azernews reports", "azernews"),
    (
        "Romania",
        "3 November 2022 12:07 (UTC+04:00)",
        "2022-11-03T12:07:00+04:00",
    ),
    (
        "Romania",
        "an action plan ... for 2023-2024",
        "\"validity\": {\n        \"end\": \"2024\",\n        \"start\": \"2023\"",
    ),
    (
        "Romania",
        "labor and social protection sector for 2023-2024",
        "labor and social protection sector for 2023-2024",
    ),
    ("Romania", "Minister Sahil Bababyev", "Sahil Babayev"),
    (
        "Romania",
        "Social Solidarity Minister Marius Constantin Budai",
        "Marius Constantin Budai",
    ),
    (
        "Romania",
        "a joint working group of experts to assess the future of the DOST Centers model",
        "DOST",
    ),
    (
        "Romania",
        "bilateral consultations in the labor market",
        "bilateral consultations",
    ),
    (
        "Romania",
        "active employment programs",
        "active employment programs",
    ),
    (
        "Romania",
        "prevention of informal employment",
        "informal employment",
    ),
    (
        "Romania",
        "pension and social benefits",
        "pension and social benefits",
    ),
    ("Romania", "information exchange", "information exchange"),
    (
        "Romania",
        "the joint declaration on strategic partnership, signed in 2009",
        "\"signed_on\": \"2009\"",
    ),
    (
        "Romania",
        "joint declaration on strategic partnership",
        "Joint declaration on strategic partnership between Azerbaijan and Romania",
    ),
    (
        "Romania",
        "established diplomatic relations on June 19, 1992",
        "\"diplomatic_relations_established\": \"1992-06-19\"",
    ),
    (
        "Romania",
        "embassy of Romania in Azerbaijan was opened on November 3, 1998",
        "\"opened_on\": \"1998-11-03\"",
    ),
    (
        "Romania",
        "the embassy of Azerbaijan in Romania on May 19, 2001",
        "\"opened_on\": \"2001-05-19\"",
    ),
    (
        "Romania",
        "increased by 76.4 percent",
        "\"change_percent\": 76.4",
    ),
    (
        "Romania",
        "in January-August 2022",
        "\"end\": \"2022-08\",\n        \"start\": \"2022-01\"",
    ),
    (
        "Romania",
        "amounted to $215.5 million in 2021",
        "\"value\": 215.5",
    ),
    (
        "Romania",
        "exports amounting to $120.5 million",
        "\"value\": 120.5",
    ),
    ("Romania", "imports to $94.9 million", "\"value\": 94.9"),
];

#[test]
fn every_seed_fact_is_in_the_json_summary_of_its_country() {
    let workspace = sample();
    let summary = json_of(&workspace, &ExportOptions::all(today()));
    let mut missing = Vec::new();
    for (country, seed, expected) in SEED_FACTS {
        let found = summary["countries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|candidate| candidate["name"] == *country)
            .unwrap_or_else(|| panic!("no {country} in the summary"));
        let text = serde_json::to_string_pretty(found).unwrap().to_lowercase();
        if !text.contains(&expected.to_lowercase()) {
            missing.push(format!("{country}: {seed:?} (looked for {expected:?})"));
        }
    }
    assert!(
        missing.is_empty(),
        "missing seed facts:\n{}",
        missing.join("\n")
    );

    // A few facts need their structure, not just their text.
    let romania = &summary["countries"][0];
    assert_eq!(romania["name"], "Romania");
    let change = romania["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|indicator| indicator["change_percent"] == 76.4)
        .unwrap();
    assert_eq!(change["period"]["start"], "2022-01");
    assert_eq!(change["period"]["end"], "2022-08");
    let turkey = &summary["countries"][1];
    let commission = &turkey["commissions"][0];
    assert!(
        commission["name"]
            .as_str()
            .unwrap()
            .contains("Joint Standing Commission")
    );
    assert_eq!(commission["sessions"][0]["number"], 10);
    assert_eq!(commission["sessions"][0]["place"], "Istanbul");
    assert_eq!(
        commission["sessions"][0]["meeting_id"], turkey["meetings"][0]["id"],
        "the session is the meeting listed under meetings"
    );
}

#[test]
fn the_summary_states_its_header_and_judges_activities_as_of_the_export_day() {
    let workspace = sample();
    let options = options_for(&workspace, &["Romania"], day("2023-06-01"));
    let summary = json_of(&workspace, &options);
    assert_eq!(summary["format"], "accord-summary");
    assert_eq!(summary["schema_version"], 1);
    assert_eq!(summary["accord_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(summary["exported_on"], "2023-06-01");
    assert_eq!(
        summary["scope"]["countries"],
        serde_json::json!(["Romania"])
    );
    let activities = summary["countries"][0]["action_plans"][0]["activities"]
        .as_array()
        .unwrap();
    assert_eq!(
        activities.len(),
        6,
        "the six activities of the 2023-2024 plan"
    );
    assert!(
        activities
            .iter()
            .all(|activity| activity["state"] == "open")
    );

    // The same plan, judged after it ended: every planned activity is overdue.
    let later = json_of(&workspace, &options_for(&workspace, &["Romania"], today()));
    let activities = later["countries"][0]["action_plans"][0]["activities"]
        .as_array()
        .unwrap();
    assert!(
        activities
            .iter()
            .all(|activity| activity["state"] == "overdue" && activity["overdue"] == true)
    );
}

#[test]
fn the_same_workspace_and_options_give_byte_identical_summaries() {
    // Two separate loads of the file, so nothing is shared but the bytes.
    let first = render(&sample(), &ExportOptions::all(today()), Format::Json);
    let second = render(&sample(), &ExportOptions::all(today()), Format::Json);
    assert_eq!(first, second);
    // Options written in another order name the same scope the same way.
    let workspace = sample();
    let a = render(
        &workspace,
        &options_for(&workspace, &["Romania", "Turkey"], today()),
        Format::Json,
    );
    let b = render(
        &workspace,
        &options_for(&workspace, &["TR", "Romania", "Türkiye"], today()),
        Format::Json,
    );
    assert_eq!(a, b);
    // And through the command line, twice.
    let run = || {
        let output = accord(&[
            "export",
            arg(&sample_path()),
            "--format",
            "json",
            "--as-of",
            TODAY,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        output.stdout
    };
    let cli = run();
    assert_eq!(cli, run());
    assert_eq!(cli, first, "the CLI writes what the library renders");
}

#[test]
fn the_shipped_schema_is_the_one_generated_from_the_types() {
    let generated = export::json::schema_json();
    // `ACCORD_UPDATE_SCHEMA=1 cargo test --test exports shipped_schema`
    // rewrites the file after a deliberate change of the format.
    if std::env::var_os("ACCORD_UPDATE_SCHEMA").is_some() {
        fs::write(schema_path(), &generated).unwrap();
    }
    let shipped = fs::read_to_string(schema_path()).unwrap();
    assert!(
        shipped == generated,
        "docs/summary.schema.json is out of date: run \
         `ACCORD_UPDATE_SCHEMA=1 cargo test --test exports shipped_schema` and review the diff"
    );
    let output = accord(&["schema"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), shipped);
}

#[test]
fn real_exports_validate_against_the_shipped_schema() {
    let validator = shipped_validator();
    let workspace = sample();
    let scopes = [
        ExportOptions::all(today()),
        options_for(&workspace, &["Romania"], today()),
        ExportOptions {
            from: Some(PartialDate::Year(2022)),
            to: Some(PartialDate::Month(2022, 6)),
            ..options_for(&workspace, &["Turkey"], day("2022-07-01"))
        },
    ];
    for options in &scopes {
        let summary = json_of(&workspace, options);
        let errors = schema_errors(&validator, &summary);
        assert!(errors.is_empty(), "{options:?}:\n{}", errors.join("\n"));
    }

    // The file a user gets from the CLI for Romania validates too.
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("romania.json");
    let output = accord(&[
        "export",
        arg(&sample_path()),
        "--format",
        "json",
        "--country",
        "Romania",
        "-o",
        arg(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let from_cli: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(from_cli["countries"][0]["name"], "Romania");
    let errors = schema_errors(&validator, &from_cli);
    assert!(errors.is_empty(), "{}", errors.join("\n"));

    // The schema is strict enough to catch a wrong export.
    let mut wrong = from_cli.clone();
    wrong["countries"][0]["agreements"][0]["kind"] = "Treaty".into();
    wrong["countries"][0]["agreements"][0]["signed_on"] = "May 2022".into();
    wrong["countries"][0]["surprise"] = true.into();
    wrong.as_object_mut().unwrap().remove("exported_on");
    let errors = schema_errors(&validator, &wrong);
    assert_eq!(errors.len(), 4, "{}", errors.join("\n"));
}

// ---------------------------------------------------------------------------
// CSV

#[test]
fn csv_tables_parse_back_one_row_per_record_with_names_and_ids() {
    let workspace = sample();
    let options = ExportOptions::all(today());

    let (header, rows) = parse_csv(&render(
        &workspace,
        &options,
        csv_format(CsvTable::Agreements, false),
    ));
    assert_eq!(rows.len(), workspace.documents().len());
    let (title, parties, party_ids) = (
        column(&header, "title"),
        column(&header, "parties"),
        column(&header, "party_ids"),
    );
    for row in &rows {
        let id: accord::model::DocumentId =
            serde_json::from_value(Value::String(row[column(&header, "id")].clone())).unwrap();
        let document = &workspace.documents()[&id];
        assert_eq!(row[title], document.title);
        // Names and ids line up, one per party.
        let names: Vec<&str> = row[parties].split("; ").collect();
        let ids: Vec<&str> = row[party_ids].split("; ").collect();
        assert_eq!(names.len(), document.parties.len());
        for (name, party) in names.iter().zip(&document.parties) {
            assert_eq!(*name, workspace.institutions()[party].label());
        }
        for (id, party) in ids.iter().zip(&document.parties) {
            assert_eq!(*id, party.to_string());
        }
    }
    let plan = rows
        .iter()
        .find(|row| row[title].contains("2023-2024"))
        .unwrap();
    assert_eq!(plan[column(&header, "signed_on")], "2022-11");
    assert_eq!(plan[column(&header, "validity_start")], "2023");
    assert_eq!(plan[column(&header, "validity_end")], "2024");
    assert!(plan[column(&header, "signatories")].contains("Sahil Babayev"));

    let (header, rows) = parse_csv(&render(
        &workspace,
        &options_for(&workspace, &["Turkey"], today()),
        csv_format(CsvTable::Meetings, false),
    ));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][column(&header, "place")], "Istanbul");
    assert_eq!(rows[0][column(&header, "session_number")], "10");
    assert_eq!(rows[0][column(&header, "start")], "2022-05");

    let (header, rows) = parse_csv(&render(
        &workspace,
        &options_for(&workspace, &["Romania"], day("2023-06-01")),
        csv_format(CsvTable::Activities, false),
    ));
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter()
            .all(|row| row[column(&header, "state")] == "open"
                && row[column(&header, "due_start")] == "2023")
    );
    assert!(
        rows.iter()
            .any(|row| row[column(&header, "description")].contains("DOST"))
    );
}

/// A workspace whose texts start like spreadsheet formulas.
fn workspace_with_formulas() -> Workspace {
    fn add<R: Record>(workspace: &mut Workspace, record: R) {
        let _undo = workspace.add(record, Utc::now()).unwrap();
    }
    let now = Utc::now();
    let mut workspace = Workspace::new("Formulas");
    let country = Country::new("Romania", now);
    let country_id = country.id;
    add(&mut workspace, country);
    let ministry = Institution::new(country_id, InstitutionKind::Ministry, "@Ministry", now);
    let ministry_id = ministry.id;
    add(&mut workspace, ministry);
    for (title, notes) in [
        ("=HYPERLINK(\"http://x\",\"y\")", "+1"),
        ("-2+3", "@SUM(A1:A2)"),
        ("\tcmd", "\rcalc"),
        (
            "Agreement on labour - ordinary title",
            "Plain = not a formula",
        ),
    ] {
        let mut document = Document::new(DocumentKind::Agreement, title, now);
        document.parties.push(ministry_id);
        document.notes = notes.to_owned();
        document.signed_on = Some(PartialDate::Year(2022));
        add(&mut workspace, document);
    }
    let mut meeting = Meeting::new(MeetingKind::Consultation, "=1+1", now);
    meeting.countries.push(country_id);
    meeting.place = "-Bucharest".to_owned();
    add(&mut workspace, meeting);
    workspace
}

#[test]
fn cells_a_spreadsheet_would_run_as_formulas_are_neutralised() {
    let workspace = workspace_with_formulas();
    let options = ExportOptions::all(today());
    let (header, rows) = parse_csv(&render(
        &workspace,
        &options,
        csv_format(CsvTable::Agreements, false),
    ));
    let cells = |name: &str| -> Vec<String> {
        let index = column(&header, name);
        let mut cells: Vec<String> = rows.iter().map(|row| row[index].clone()).collect();
        cells.sort();
        cells
    };
    assert_eq!(
        cells("title"),
        [
            "'\tcmd",
            "'-2+3",
            "'=HYPERLINK(\"http://x\",\"y\")",
            "Agreement on labour - ordinary title",
        ]
    );
    assert_eq!(
        cells("notes"),
        ["'\rcalc", "'+1", "'@SUM(A1:A2)", "Plain = not a formula"]
    );
    assert!(cells("parties").iter().all(|party| party == "'@Ministry"));
    // Dates and ids are untouched.
    assert!(cells("signed_on").iter().all(|date| date == "2022"));

    let (header, rows) = parse_csv(&render(
        &workspace,
        &options,
        csv_format(CsvTable::Meetings, false),
    ));
    assert_eq!(rows[0][column(&header, "title")], "'=1+1");
    assert_eq!(rows[0][column(&header, "place")], "'-Bucharest");

    // No cell of any table starts a formula.
    for table in CsvTable::ALL {
        let (_, rows) = parse_csv(&render(&workspace, &options, csv_format(table, false)));
        for cell in rows.iter().flatten() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{table:?}: {cell:?}"
            );
        }
    }
}

#[test]
fn the_byte_order_mark_is_written_only_when_asked_and_readers_skip_it() {
    let workspace = sample();
    let options = ExportOptions::all(today());
    let plain = render(&workspace, &options, csv_format(CsvTable::Meetings, false));
    let marked = render(&workspace, &options, csv_format(CsvTable::Meetings, true));
    assert!(plain.starts_with(b"id,kind,title,"));
    assert!(marked.starts_with(BOM));
    assert_eq!(&marked[BOM.len()..], &plain[..]);
    let (header, rows) = parse_csv(&marked);
    assert_eq!(header[0], "id", "the reader takes the mark for what it is");
    assert_eq!(rows, parse_csv(&plain).1);
    // UTF-8 throughout: İŞKUR survives.
    let activities = render(&workspace, &options, csv_format(CsvTable::Agreements, true));
    assert!(
        String::from_utf8(activities[BOM.len()..].to_vec())
            .unwrap()
            .contains("İŞKUR")
    );
}

#[test]
fn cli_csv_needs_a_table_and_writes_the_one_asked_for() {
    let path = sample_path();
    let output = accord(&["export", arg(&path), "--format", "csv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--table"), "{}", stderr(&output));

    let output = accord(&["export", arg(&path), "--format", "json", "--no-bom"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("only to --format csv"),
        "{}",
        stderr(&output)
    );

    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("meetings.csv");
    let output = accord(&[
        "export",
        arg(&path),
        "--format",
        "csv",
        "--table",
        "meetings",
        "--bom",
        "--country",
        "Turkey",
        "-o",
        arg(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(BOM));
    let (header, rows) = parse_csv(&bytes);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][column(&header, "place")], "Istanbul");
}

// ---------------------------------------------------------------------------
// Briefing notes

fn briefing(names: &[&str], on: NaiveDate) -> String {
    let workspace = sample();
    String::from_utf8(render(
        &workspace,
        &options_for(&workspace, names, on),
        Format::Markdown,
    ))
    .unwrap()
}

/// The text under a `## ` heading, up to the next heading of its level or
/// above (a `### ` inside belongs to it).
fn section<'a>(note: &'a str, heading: &str) -> &'a str {
    let start = note
        .find(&format!("## {heading}"))
        .unwrap_or_else(|| panic!("no section {heading:?} in:\n{note}"));
    let body = &note[start..];
    let body = &body[body.find('\n').unwrap()..];
    let end = [body.find("\n## "), body.find("\n# ")]
        .into_iter()
        .flatten()
        .min();
    end.map_or(body, |end| &body[..end])
}

/// The headings of a note as a Markdown parser reads them: level and text.
pub(crate) fn headings(note: &str) -> Vec<(u8, String)> {
    use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
    let mut found = Vec::new();
    let mut current: Option<(u8, String)> = None;
    for event in Parser::new(note) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                };
                current = Some((level, String::new()));
            }
            Event::Text(text) => {
                if let Some((_, heading)) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => found.extend(current.take()),
            _ => {}
        }
    }
    found
}

#[test]
fn a_briefing_note_has_its_heading_and_sections_in_order() {
    let note = briefing(&["Romania"], day("2023-06-01"));
    let plan = "Azerbaijan–Romania action plan on cooperation in the labor and social protection sector for 2023-2024 (valid 2023 – 2024)";
    let expected: Vec<(u8, String)> = [
        (1, "Relations with Romania — briefing as of 1 June 2023"),
        (2, "The relationship"),
        (2, "Legal framework"),
        (2, "Commissions"),
        (2, "Last meetings"),
        (2, "Next meeting"),
        (2, "Activities: 0 overdue, 6 open"),
        (3, plan),
        (2, "Economic figures"),
        (2, "Sources"),
    ]
    .into_iter()
    .map(|(level, text)| (level, text.to_owned()))
    .collect();
    assert_eq!(headings(&note), expected, "{note}");
    // Each heading stands apart, as a Markdown reader needs it to.
    for (index, line) in note.lines().enumerate().skip(1) {
        if line.starts_with('#') {
            assert_eq!(
                note.lines().nth(index - 1),
                Some(""),
                "no blank line before {line:?}"
            );
        }
    }

    let relationship = section(&note, "The relationship");
    assert!(
        relationship.contains("Diplomatic relations since 19 June 1992."),
        "{relationship}"
    );
    // Both embassies worded the same way.
    assert!(
        relationship.contains("Embassy of Romania in Baku (opened 3 November 1998)"),
        "{relationship}"
    );
    assert!(
        relationship.contains("Embassy of Azerbaijan in Bucharest (opened 19 May 2001)"),
        "{relationship}"
    );
    assert!(relationship.contains("Strategic partnership: Joint declaration on strategic partnership between Azerbaijan and Romania, signed 2009."), "{relationship}");

    let framework = section(&note, "Legal framework");
    assert!(
        framework.contains("2 documents recorded; 2 in force or signed."),
        "{framework}"
    );
    assert!(
        framework.contains("Joint declaration on strategic partnership"),
        "{framework}"
    );
    assert!(
        framework.contains("for 2023-2024 — Action plan, signed November 2022"),
        "{framework}"
    );
    assert!(framework.contains("valid 2023 – 2024"), "{framework}");

    let last = section(&note, "Last meetings");
    assert!(last.contains("November 2022"), "{last}");
    assert!(last.contains("Sahil Babayev"), "{last}");
    assert!(section(&note, "Next meeting").contains("None scheduled."));
    let activities = section(&note, "Activities");
    assert!(activities.contains("open: Creation and organization of a joint working group of experts to assess the future of the DOST Centers model"), "{activities}");
    assert!(activities.contains("due 2023 – 2024"), "{activities}");

    let figures = section(&note, "Economic figures");
    assert!(
        figures.contains("- Exports, 2021: USD 120.5 million. Source: Azernews, 3 November 2022."),
        "{figures}"
    );
    assert!(
        figures.contains("Trade turnover, January 2022 – August 2022: +76.4%."),
        "{figures}"
    );
    let sources = section(&note, "Sources");
    assert!(sources.contains("Ayya Lmahamad"), "{sources}");
    assert!(sources.contains("3 November 2022"), "{sources}");
}

#[test]
fn after_a_plan_ends_its_open_activities_are_overdue_and_it_is_no_longer_in_force() {
    let note = briefing(&["Romania"], today());
    assert!(note.contains("## Activities: 6 overdue, 0 open"), "{note}");
    let framework = section(&note, "Legal framework");
    assert!(
        framework.contains("2 documents recorded; 1 in force or signed."),
        "{framework}"
    );
    assert!(
        framework.contains("valid 2023 – 2024, ended"),
        "{framework}"
    );
}

#[test]
fn a_document_with_a_signing_date_and_no_status_step_counts_as_signed() {
    let mut workspace = sample();
    let declaration = workspace
        .documents()
        .values()
        .find(|document| {
            document
                .title
                .starts_with("Joint declaration on strategic partnership")
        })
        .unwrap()
        .clone();
    assert!(declaration.signed_on.is_some());
    let mut bare = declaration.clone();
    bare.status_history.clear();
    let _undo = workspace.update(bare, Utc::now()).unwrap();
    let note = String::from_utf8(render(
        &workspace,
        &options_for(&workspace, &["Romania"], today()),
        Format::Markdown,
    ))
    .unwrap();
    let framework = section(&note, "Legal framework");
    assert!(framework.contains("1 in force or signed."), "{framework}");
    assert!(!framework.contains("status not recorded"), "{framework}");
}

#[test]
fn a_validity_ending_within_six_months_is_up_for_renewal() {
    let note = briefing(&["Romania"], day("2024-09-01"));
    let framework = section(&note, "Legal framework");
    assert!(
        framework.contains("Up for renewal within six months: Azerbaijan–Romania action plan on cooperation in the labor and social protection sector for 2023-2024 (valid until 31 December 2024)."),
        "{framework}"
    );
    let earlier = briefing(&["Romania"], day("2024-01-15"));
    assert!(!section(&earlier, "Legal framework").contains("Up for renewal"));
}

#[test]
fn a_briefing_reads_as_plain_text_and_covers_each_country_asked_for() {
    let note = briefing(&["Romania", "Turkey"], today());
    let headings: Vec<&str> = note.lines().filter(|line| line.starts_with("# ")).collect();
    assert_eq!(
        headings,
        [
            "# Relations with Romania — briefing as of 25 November 2026",
            "# Relations with Turkey — briefing as of 25 November 2026",
        ]
    );
    // No tables, HTML or link syntax to get in the way of a plain reading.
    for line in note.lines() {
        assert!(
            !line.starts_with('|') && !line.contains("](") && !line.contains('<'),
            "{line}"
        );
    }
    let turkey = &note[note.find("# Relations with Turkey").unwrap()..];
    let last = section(turkey, "Last meetings");
    assert!(
        last.contains("Istanbul") && last.contains("May 2022"),
        "{last}"
    );
    assert!(
        last.contains("Signed: Protocol of the 10th meeting"),
        "{last}"
    );

    // The CLI writes the same note.
    let output = accord(&[
        "export",
        arg(&sample_path()),
        "--format",
        "md",
        "--country",
        "RO",
        "--country",
        "Turkey",
        "--as-of",
        TODAY,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), note);
}

// ---------------------------------------------------------------------------
// Hostile text: whatever somebody typed, an export keeps it as text

/// Texts that a spreadsheet, a calendar or a Markdown reader would take
/// for something else: formulas behind spaces of every kind or in
/// full-width forms, line breaks, headings, quotes, lists, fences, HTML
/// and links.
const HOSTILE: [&str; 16] = [
    " =HYPERLINK(\"http://evil\")",
    "\t=1+1",
    "\u{a0}+1",
    "\u{3000}-1",
    "\r\n@SUM(A1)",
    "＝1+1",
    "⁺1＠SUM(A1)",
    "\u{200b}=1",
    "# Not a heading",
    "line one\n## Injected heading",
    "> not a quote\r\n- not a list",
    "1. not a list",
    "```\nnot code",
    "<script>alert(1)</script> <b>bold</b>",
    "[click](javascript:alert(1)) ![x](http://x/y.png) *em* _em_ &amp;",
    "---",
];

/// One country, Romania, whose every text a briefing or a table shows is
/// `text(n)` for some n, and three sources with the addresses given.
fn workspace_of_texts(text: impl Fn(usize) -> String) -> Workspace {
    let now = Utc::now();
    let mut workspace = Workspace::new("Hostile");
    let mut sources = Vec::new();
    for (index, url) in [
        "javascript:alert(1)",
        "https://example.org/a_(b)",
        "http://x.org/<script>",
    ]
    .into_iter()
    .enumerate()
    {
        let mut source = accord::model::Source::new(text(index), now);
        source.url = url.to_owned();
        source.publisher = text(index + 3);
        sources.push(source.id);
        let _ = workspace.add(source, now).unwrap();
    }
    let mut romania = Country::new("Romania", now);
    romania.aliases = vec![text(6)];
    romania.relations.embassies = vec![accord::model::Embassy {
        side: accord::model::EmbassySide::Theirs,
        city: text(7),
        opened_on: None,
    }];
    romania.sources = sources;
    let romania_id = romania.id;
    let _ = workspace.add(romania, now).unwrap();
    let mut ministry = Institution::new(romania_id, InstitutionKind::Ministry, text(8), now);
    ministry.short_name = text(9);
    let ministry_id = ministry.id;
    let _ = workspace.add(ministry, now).unwrap();
    let mut agreement = Document::new(DocumentKind::Agreement, text(10), now);
    agreement.parties = vec![ministry_id];
    agreement.signed_on = Some("2020-03-01".parse::<PartialDate>().unwrap());
    agreement.signed_at_place = text(11);
    agreement.status_history = vec![accord::model::StatusStep {
        status: accord::model::DocumentStatus::InForce,
        date: Some("2020-03-01".parse::<PartialDate>().unwrap()),
    }];
    let _ = workspace.add(agreement, now).unwrap();
    let mut meeting = Meeting::new(MeetingKind::IncomingVisit, text(12), now);
    meeting.countries = vec![romania_id];
    meeting.start = Some("2023-05-10".parse::<PartialDate>().unwrap());
    meeting.place = text(13);
    meeting.outcomes = text(14);
    let _ = workspace.add(meeting, now).unwrap();
    let mut plan = Document::new(DocumentKind::ActionPlan, text(15), now);
    plan.parties = vec![ministry_id];
    let plan_id = plan.id;
    let _ = workspace.add(plan, now).unwrap();
    let mut activity = accord::model::Activity::new(plan_id, text(0), now);
    activity.due = Some(accord::model::Period::single(
        "2023-12".parse::<PartialDate>().unwrap(),
    ));
    let _ = workspace.add(activity, now).unwrap();
    workspace
}

fn hostile_workspace() -> Workspace {
    workspace_of_texts(|n| HOSTILE[n % HOSTILE.len()].to_owned())
}

#[test]
fn no_csv_cell_reads_as_a_formula_after_trimming_and_normalising() {
    use unicode_normalization::UnicodeNormalization as _;
    // The first eight hostile texts are the formulas.
    let workspace = workspace_of_texts(|n| HOSTILE[n % 8].to_owned());
    let options = options_for(&workspace, &[], day("2023-06-01"));
    let mut neutralised = 0;
    for table in CsvTable::ALL {
        let bytes = render(&workspace, &options, csv_format(table, true));
        let (header, rows) = parse_csv(&bytes);
        for (row, cell) in rows.iter().flatten().enumerate() {
            // What a spreadsheet looks at: normalised, then trimmed.
            let seen: String = cell.nfkc().collect();
            let seen = seen.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
            if seen.starts_with(['=', '+', '-', '@']) {
                assert!(
                    cell.starts_with('\''),
                    "{table:?} row {row}: {cell:?} would run as a formula ({header:?})"
                );
            }
            if cell.starts_with('\'') {
                neutralised += 1;
            }
        }
    }
    assert!(
        neutralised >= 8,
        "only {neutralised} cells neutralised: the hostile texts did not reach the tables"
    );
}

#[test]
fn a_csv_export_starts_with_a_byte_order_mark_unless_told_not_to() {
    let workspace = sample();
    let options = options_for(&workspace, &[], day("2023-06-01"));
    assert!(render(&workspace, &options, Format::Csv(CsvOptions::default())).starts_with(BOM));

    let path = sample_path();
    let output = accord(&[
        "export",
        arg(&path),
        "--format",
        "csv",
        "--table",
        "agreements",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.starts_with(BOM));
    let output = accord(&[
        "export",
        arg(&path),
        "--format",
        "csv",
        "--table",
        "agreements",
        "--no-bom",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!output.stdout.starts_with(BOM));
}

/// Every start of a block or inline element in `note`, as a Markdown
/// parser reads it, and everything it takes for HTML.
fn structure(note: &str) -> (Vec<String>, Vec<String>, String) {
    use pulldown_cmark::{Event, Parser};
    let mut starts = Vec::new();
    let mut html = Vec::new();
    let mut text = String::new();
    for event in Parser::new(note) {
        match event {
            Event::Start(tag) => starts.push(format!("{tag:?}")),
            Event::Html(raw) | Event::InlineHtml(raw) => html.push(raw.to_string()),
            Event::Text(part) | Event::Code(part) => text.push_str(&part),
            _ => {}
        }
    }
    (starts, html, text)
}

#[test]
fn no_field_adds_a_heading_a_link_or_html_to_a_briefing() {
    let options_on =
        |workspace: &Workspace| options_for(workspace, &["Romania"], day("2023-06-01"));
    let hostile = hostile_workspace();
    let hostile_note =
        String::from_utf8(render(&hostile, &options_on(&hostile), Format::Markdown)).unwrap();
    let plain = workspace_of_texts(|n| format!("Plain text {n}"));
    let plain_note =
        String::from_utf8(render(&plain, &options_on(&plain), Format::Markdown)).unwrap();

    let (hostile_starts, html, text) = structure(&hostile_note);
    let (plain_starts, _, _) = structure(&plain_note);
    // Sources are listed by title, so the one link may move between items.
    let blocks = |starts: &[String]| -> String {
        starts
            .iter()
            .filter(|tag| !tag.starts_with("Link"))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(
        blocks(&hostile_starts),
        blocks(&plain_starts),
        "hostile text changed the note's structure:\n{hostile_note}"
    );
    assert!(html.is_empty(), "HTML from a field: {html:?}");
    // The only link is the one source address that may be followed.
    let links: Vec<&String> = hostile_starts
        .iter()
        .filter(|tag| tag.starts_with("Link"))
        .collect();
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(links[0].contains("https://example.org/a_(b)"), "{links:?}");
    // And every hostile text is still there to read, as text.
    for shown in [
        "# Not a heading",
        "<script>alert(1)</script>",
        "javascript:alert(1)",
        "http://x.org/<script>",
        "1. not a list",
    ] {
        assert!(
            text.contains(shown),
            "{shown:?} is not shown as text:\n{hostile_note}"
        );
    }
}
