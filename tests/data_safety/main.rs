//! Data safety without a window: hostile files are refused saying where,
//! and a save that is killed or fails leaves the old file or the new one.
//! One binary for both, since each test binary costs a link.

// Marks the whole crate as test code, so clippy's `allow-unwrap-in-tests`
// covers the helpers as well as the tests.
#![cfg(test)]

mod hostile;
mod saving;
