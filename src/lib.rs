//! Accord: an offline workspace of partner countries, agreements,
//! commissions, meetings and action plans for international-relations
//! officers.
//!
//! Layers, each knowing only those before it: [`model`] (records, partial
//! dates, named operations), [`storage`] (the workspace file), [`query`]
//! (timelines and lookups), [`export`] (summaries), then the CLI and the GUI.

pub mod app;
pub mod cli;
pub mod export;
pub mod extract;
pub mod generate;
pub mod i18n;
pub mod icon;
pub mod merge;
pub mod model;
pub mod query;
pub mod session;
pub mod storage;
