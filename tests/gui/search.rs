//! GUI tests: search.
