//! The rules a record must meet, shared by the file loader (which reports
//! every problem of every record) and the operations and forms (which refuse
//! or flag an invalid record before it enters the workspace).

use std::fmt;

use crate::tr;

use super::date::check_order;
use super::field_path::{Field, FieldPath};
use super::{
    Activity, AnyRecord, Commission, Country, Document, DocumentKind, Indicator, Institution,
    Meeting, PartialDate, Period, Person, Record, Source, Workspace,
};

/// A problem with one field of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    /// Path inside the record, e.g. `status_history[1].date`.
    pub field: FieldPath,
    /// What is wrong, written to follow the field path ("refers to the record itself").
    pub message: String,
}

impl fmt::Display for FieldProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// The problems found so far in one record.
#[derive(Default)]
pub struct Problems(Vec<FieldProblem>);

impl Problems {
    fn add(&mut self, field: impl Into<FieldPath>, message: impl Into<String>) {
        self.0.push(FieldProblem {
            field: field.into(),
            message: message.into(),
        });
    }

    fn required(&mut self, field: impl Into<FieldPath>, text: &str) {
        if super::integrity::is_blank(text) {
            self.add(field, tr!("model-problem-required"));
        }
    }

    /// The names in other languages: each under its own language code,
    /// none blank.
    fn other_names(&mut self, names: &super::OtherNames) {
        for (index, local) in names.0.iter().enumerate() {
            let at = Field::Names.at(index);
            let code = local.language.as_str();
            if !super::is_language_code(code) {
                self.add(
                    at.clone().then(Field::Language),
                    crate::tr!("names-not-a-language-code", code = code),
                );
            } else if names.0[..index]
                .iter()
                .any(|earlier| earlier.language == code)
            {
                self.add(
                    at.clone().then(Field::Language),
                    crate::tr!("names-repeated-language", code = code),
                );
            }
            if super::integrity::is_blank(&local.name) {
                self.add(at.then(Field::Name), crate::tr!("names-blank", code = code));
            }
        }
    }

    fn order(
        &mut self,
        field: impl Into<FieldPath>,
        start: Option<PartialDate>,
        end: Option<PartialDate>,
    ) {
        if let Err(error) = check_order(start, end) {
            self.add(field, error.to_string());
        }
    }

    fn period(&mut self, field: Field, period: Option<&Period>) {
        if let Some(period) = period {
            self.order(field.then(Field::End), Some(period.start), period.end);
        }
    }
}

/// Every problem with `record` as it would stand in `workspace`: required
/// fields, date order, and references to records that do not exist.
pub fn record_problems(workspace: &Workspace, record: &AnyRecord) -> Vec<FieldProblem> {
    super::record::with_any!(record, record => problems_of(workspace, record))
}

/// [`record_problems`] of a record of a known kind, read in place: the file
/// loader checks every record this way without copying it.
pub fn problems_of<R: Checked>(workspace: &Workspace, record: &R) -> Vec<FieldProblem> {
    let mut problems = Problems::default();
    record.check_fields(workspace, &mut problems);
    let id = record.id().into();
    for reference in record.references() {
        if reference.target == id {
            problems.add(reference.field, tr!("model-problem-refers-to-itself"));
        } else if !workspace.contains(reference.target) {
            problems.add(
                reference.field,
                tr!(
                    "model-problem-refers-to-missing",
                    kind = reference.target.kind().noun(),
                    id = reference.target.uuid().to_string()
                ),
            );
        }
    }
    problems.0
}

/// A record kind with rules of its own beyond its references.
pub trait Checked: Record {
    #[doc(hidden)]
    fn check_fields(&self, workspace: &Workspace, problems: &mut Problems);
}

macro_rules! checked {
    ($($kind:ty => $check:expr),* $(,)?) => {$(
        impl Checked for $kind {
            fn check_fields(&self, workspace: &Workspace, problems: &mut Problems) {
                let check: fn(&Workspace, &Self, &mut Problems) = $check;
                check(workspace, self, problems);
            }
        }
    )*};
}

checked! {
    Country => |_, record, problems| country_problems(record, problems),
    Institution => |_, record, problems| institution_problems(record, problems),
    Person => |_, record, problems| person_problems(record, problems),
    Document => |_, record, problems| document_problems(record, problems),
    Activity => activity_problems,
    Commission => |_, record, problems| commission_problems(record, problems),
    Meeting => |_, record, problems| meeting_problems(record, problems),
    Indicator => |_, record, problems| indicator_problems(record, problems),
    Source => |_, record, problems| source_problems(record, problems),
}

fn country_problems(country: &Country, problems: &mut Problems) {
    problems.other_names(&country.names);
    problems.required(Field::Name, &country.name);
    let code = &country.iso_code;
    let well_formed = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase());
    if !code.is_empty() && !well_formed {
        problems.add(
            Field::IsoCode,
            tr!("model-problem-iso-code", code = format!("{code:?}")),
        );
    }
    for (index, alias) in country.aliases.iter().enumerate() {
        problems.required(Field::Aliases.at(index), alias);
    }
}

fn institution_problems(institution: &Institution, problems: &mut Problems) {
    problems.other_names(&institution.names);
    problems.required(Field::Name, &institution.name);
    for (index, former) in institution.former_names.iter().enumerate() {
        problems.required(Field::FormerNames.at(index).then(Field::Name), &former.name);
    }
}

fn person_problems(person: &Person, problems: &mut Problems) {
    problems.other_names(&person.names);
    problems.required(Field::Name, &person.name);
    for (index, position) in person.positions.iter().enumerate() {
        problems.required(
            Field::Positions.at(index).then(Field::Title),
            &position.title,
        );
        problems.order(
            Field::Positions.at(index).then(Field::To),
            position.from,
            position.to,
        );
    }
}

fn document_problems(document: &Document, problems: &mut Problems) {
    problems.other_names(&document.names);
    problems.required(Field::Title, &document.title);
    problems.period(Field::Validity, document.validity.as_ref());
    let mut latest: Option<(usize, PartialDate)> = None;
    for (index, step) in document.status_history.iter().enumerate() {
        let Some(date) = step.date else { continue };
        if let Some((earlier_index, earlier)) = latest
            && date.last_day() < earlier.first_day()
        {
            problems.add(
                Field::StatusHistory.at(index).then(Field::Date),
                tr!(
                    "model-problem-status-order",
                    date = date.to_string(),
                    step = (earlier_index + 1).to_string(),
                    earlier = earlier.to_string()
                ),
            );
        }
        latest = Some((index, date));
    }
}

fn activity_problems(workspace: &Workspace, activity: &Activity, problems: &mut Problems) {
    problems.required(Field::Description, &activity.description);
    problems.period(Field::Due, activity.due.as_ref());
    if let Some(plan) = workspace.get::<Document>(activity.plan)
        && plan.kind != DocumentKind::ActionPlan
    {
        problems.add(
            Field::Plan,
            tr!(
                "model-problem-not-an-action-plan",
                title = format!("{:?}", plan.title),
                kind = plan.kind.label().to_lowercase()
            ),
        );
    }
}

fn commission_problems(commission: &Commission, problems: &mut Problems) {
    problems.other_names(&commission.names);
    problems.required(Field::Name, &commission.name);
}

fn meeting_problems(meeting: &Meeting, problems: &mut Problems) {
    problems.required(Field::Title, &meeting.title);
    problems.order(Field::End, meeting.start, meeting.end);
    if meeting.end.is_some() && meeting.start.is_none() {
        problems.add(Field::Start, tr!("model-problem-start-required"));
    }
    if meeting.session_number == Some(0) {
        problems.add(Field::SessionNumber, tr!("model-problem-session-number"));
    }
}

fn indicator_problems(indicator: &Indicator, problems: &mut Problems) {
    problems.period(Field::Period, Some(&indicator.period));
    if indicator.value.is_none() && indicator.change_percent.is_none() {
        problems.add(Field::Value, tr!("model-problem-value-or-change"));
    }
    for (field, number) in [
        (Field::Value, indicator.value),
        (Field::ChangePercent, indicator.change_percent),
    ] {
        if number.is_some_and(|number| !number.is_finite()) {
            problems.add(field, tr!("model-problem-finite"));
        }
    }
    if indicator.value.is_some() && indicator.unit.trim().is_empty() {
        problems.add(Field::Unit, tr!("model-problem-unit-required"));
    }
    if indicator.kind == super::IndicatorKind::Other {
        problems.required(Field::Label, &indicator.label);
    }
}

fn source_problems(source: &Source, problems: &mut Problems) {
    problems.required(Field::Title, &source.title);
}
