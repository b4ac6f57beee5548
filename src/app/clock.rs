//! Today's date, from one place. The app reads it once at the start of
//! every frame and passes it to the views, so an app left open over
//! midnight agrees with itself about what is overdue, and no view reads
//! the system clock. Tests fix the day.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

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

/// Where the time since the last use comes from (the idle lock): the
/// system's monotonic clock, moved on by hand in tests so that they need
/// not wait minutes.
#[derive(Clone, Debug, Default)]
pub struct Stopwatch {
    /// Milliseconds a test has moved the clock on; shared with its clones.
    skipped_ms: Arc<AtomicU64>,
}

impl Stopwatch {
    /// Now, by this stopwatch.
    pub fn now(&self) -> Instant {
        Instant::now() + Duration::from_millis(self.skipped_ms.load(Ordering::Relaxed))
    }

    /// Moves this stopwatch (and its clones) on by `duration` (tests).
    pub fn advance(&self, duration: Duration) {
        let millis = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
        self.skipped_ms.fetch_add(millis, Ordering::Relaxed);
    }
}
