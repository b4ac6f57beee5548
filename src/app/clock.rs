//! Today's date, from one place. The app reads it once at the start of
//! every frame and passes it to the views, so an app left open over
//! midnight agrees with itself about what is overdue, and no view reads
//! the system clock. Tests fix the day.

use chrono::NaiveDate;

/// Where today's date comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The computer's local date.
    #[default]
    System,
    /// Always this day (tests, screenshots).
    Fixed(NaiveDate),
}

impl Clock {
    /// Today, by this clock.
    pub fn today(self) -> NaiveDate {
        match self {
            Self::System => chrono::Local::now().date_naive(),
            Self::Fixed(day) => day,
        }
    }
}
