//! One module per view; the app decides where each is shown.

pub mod country;
pub mod detail;
pub mod lists;
pub mod nav;
pub mod search;
pub mod start;
