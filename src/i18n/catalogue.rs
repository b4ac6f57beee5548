//! The message files, compiled in, and the Fluent bundles built from them
//! once per process.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;

/// One file per area of the interface, in each language's folder, so that
/// the words of one area are read (and translated) together.
const AREAS: [&str; 9] = [
    "common", "app", "forms", "views", "tools", "model", "query", "export", "names",
];

macro_rules! area_files {
    ($($area:literal),*) => {
        [$([
            ($area, include_str!(concat!("../../assets/i18n/en/", $area, ".ftl"))),
            ($area, include_str!(concat!("../../assets/i18n/az/", $area, ".ftl"))),
            ($area, include_str!(concat!("../../assets/i18n/ru/", $area, ".ftl"))),
        ]),*]
    };
}

/// `FILES[area][language]`: the area's name and its text.
static FILES: [[(&str, &str); 3]; AREAS.len()] = area_files!(
    "common", "app", "forms", "views", "tools", "model", "query", "export", "names"
);

/// The folder names, in [`super::Language::index`]'s order.
pub(super) const CODES: [&str; 3] = ["en", "az", "ru"];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| std::array::from_fn(build_bundle))
}

fn build_bundle(language: usize) -> Bundle {
    let code = CODES[language];
    let locale = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // The isolation marks around placeables are for right-to-left text,
    // which none of the three languages is; egui would draw them as boxes.
    bundle.set_use_isolating(false);
    for area in &FILES {
        let (_, text) = area[language];
        // A file that fails to parse in part keeps the messages that did
        // (the test `message_files_parse` names the error).
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        // A repeated id keeps its first text (`message_files_are_complete`
        // reports it).
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` of the language at `language`, formatted, if it has one.
pub(super) fn format(language: usize, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = &bundles()[language];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Every message file of a language as (area, text), for the tests that
/// check the files against each other.
pub(super) fn files(language: usize) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.iter().map(move |area| area[language])
}

/// The ids of the messages in the language coded `code` ("en", "az",
/// "ru"), with the area file each comes from, in file order.
pub fn message_ids(code: &str) -> Vec<(String, &'static str)> {
    let Some(language) = CODES.iter().position(|known| *known == code) else {
        return Vec::new();
    };
    let mut ids = Vec::new();
    for (area, text) in files(language) {
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                ids.push((message.id.name.to_owned(), area));
            }
        }
    }
    ids
}

/// The names of the variables (`$count`) message `id` uses in language
/// `code`, sorted, empty for a message it lacks.
pub fn placeables(code: &str, id: &str) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(pattern) = CODES
        .iter()
        .position(|known| *known == code)
        .and_then(|language| bundles()[language].get_message(id))
        .and_then(|message| message.value())
    {
        collect_variables(pattern, &mut names);
    }
    names.sort();
    names.dedup();
    names
}

/// The text of message `id` in language `code` with its placeables left
/// as they are written, for the tests that compare languages.
pub fn raw_value(code: &str, id: &str) -> Option<String> {
    let language = CODES.iter().position(|known| *known == code)?;
    let pattern = bundles()[language].get_message(id)?.value()?;
    let mut text = String::new();
    for element in &pattern.elements {
        if let ast::PatternElement::TextElement { value } = element {
            text.push_str(value);
        }
    }
    Some(text)
}

fn collect_variables(pattern: &ast::Pattern<&str>, names: &mut Vec<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, names);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, names: &mut Vec<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, names);
            for variant in variants {
                collect_variables(&variant.value, names);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, names),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, names: &mut Vec<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => names.push(id.name.to_owned()),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_in_inline(argument, names);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, names),
        _ => {}
    }
}
