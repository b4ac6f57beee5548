//! The generator's seeded stream of choices and the words it draws names
//! and titles from.

use chrono::{Days, NaiveDate};
use rand::Rng as _;
use rand_chacha::ChaCha8Rng;

use crate::model::PartialDate;

pub(super) const SYLLABLES: &[&str] = &[
    "ba", "dar", "el", "ka", "lor", "ma", "nor", "os", "ra", "sen", "ta", "ul", "vi", "zan", "mé",
    "tü", "ră", "ș", "ø", "ły", "ña", "çe", "ğı", "ö", "ís", "å", "ž", "ě",
];
pub(super) const COUNTRY_ENDINGS: &[&str] =
    &["ia", "land", "stan", "ne", "ar", "ey", "ova", "ique"];
pub(super) const GIVEN_NAMES: &[&str] = &[
    "Ayşe",
    "Mehmet",
    "Elif",
    "İsmail",
    "Şükrü",
    "Ioana",
    "Ștefan",
    "Gheorghe",
    "Aynur",
    "Rəşad",
    "Günel",
    "José",
    "María",
    "Zoë",
    "Łukasz",
    "Søren",
    "Björk",
    "Nguyễn",
    "François",
    "Anna",
    "Jiří",
    "Dragoș",
    "Ömer",
    "Leyla",
];
pub(super) const FAMILY_NAMES: &[&str] = &[
    "Yılmaz",
    "Öztürk",
    "Çelik",
    "Popescu",
    "Mărginean",
    "Əliyev",
    "Hüseynova",
    "García",
    "Núñez",
    "Dvořák",
    "Wałęsa",
    "Østergaard",
    "Müller",
    "Lefèvre",
    "Kovačević",
    "Şahin",
    "Ionescu",
    "Məmmədov",
    "Novák",
    "Brontë",
];
pub(super) const CITIES: &[&str] = &[
    "Bakı",
    "București",
    "İstanbul",
    "Ankara",
    "Genève",
    "Zürich",
    "Kraków",
    "Reykjavík",
    "São Paulo",
    "Málaga",
    "Tbilisi",
    "Ålesund",
    "Chișinău",
    "Brno",
    "Nice",
    "Köln",
];
pub(super) const TOPICS: &[&str] = &[
    "labour migration",
    "social protection",
    "pension portability",
    "vocational training",
    "occupational safety",
    "public employment services",
    "youth employment",
    "disability inclusion",
    "digital public services",
    "statistics exchange",
];
pub(super) const AGENCIES: &[&str] = &[
    "Public Employment Agency",
    "State Social Protection Fund",
    "Labour Inspection Service",
    "Statistics Office",
    "Vocational Training Centre",
];
pub(super) const ACTIVITY_VERBS: &[&str] = &[
    "Hold a joint seminar on",
    "Exchange experts in",
    "Prepare a study visit on",
    "Draft a memorandum on",
    "Share statistics on",
    "Organise a training course in",
];

/// A seeded stream of choices.
pub(super) struct Dice(pub(super) ChaCha8Rng);

impl Dice {
    /// A number in `0..n` (n ≥ 1), drawn on `u32` so that it is the same on
    /// 32- and 64-bit platforms.
    pub(super) fn below(&mut self, n: usize) -> usize {
        let n = u32::try_from(n.max(1)).unwrap_or(u32::MAX);
        self.0.random_range(0..n) as usize
    }

    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    pub(super) fn chance(&mut self, percent: u32) -> bool {
        self.0.random_range(0..100u32) < percent
    }

    pub(super) fn range(&mut self, low: u32, high_inclusive: u32) -> u32 {
        self.0.random_range(low..=high_inclusive)
    }

    pub(super) fn uuid(&mut self) -> uuid::Uuid {
        let mut bytes = [0u8; 16];
        self.0.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    /// A day between 1991 and 2026.
    pub(super) fn day(&mut self) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(1991, 1, 1).unwrap_or(NaiveDate::MIN);
        first
            .checked_add_days(Days::new(u64::from(self.range(0, 35 * 365))))
            .unwrap_or(first)
    }

    /// `day` as the sources give it: often only the month or the year.
    pub(super) fn partial(&mut self, day: NaiveDate) -> PartialDate {
        match self.range(0, 99) {
            0..=14 => PartialDate::Year(chrono::Datelike::year(&day)),
            15..=34 => {
                PartialDate::Month(chrono::Datelike::year(&day), chrono::Datelike::month(&day))
            }
            _ => PartialDate::Day(day),
        }
    }

    pub(super) fn name(&mut self, syllables: u32) -> String {
        let mut name = String::new();
        for _ in 0..syllables {
            let syllable = *self.pick(SYLLABLES);
            name.push_str(syllable);
        }
        crate::model::capitalised(&name)
    }

    pub(super) fn person_name(&mut self) -> String {
        format!("{} {}", self.pick(GIVEN_NAMES), self.pick(FAMILY_NAMES))
    }
}

pub(super) fn later(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(day)
}
