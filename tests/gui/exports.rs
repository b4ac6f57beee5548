//! GUI tests: exports.
