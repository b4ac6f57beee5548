//! One module per view; the app decides where each is shown.

pub mod calendar;
pub mod country;
pub mod detail;
pub mod export_dialog;
pub mod lists;
pub mod merge;
pub mod nav;
pub mod page;
pub mod prepared;
pub mod search;
pub mod start;
