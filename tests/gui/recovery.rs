//! GUI tests: recovery.
