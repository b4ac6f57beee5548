//! GUI tests: calendar.
