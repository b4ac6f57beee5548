//! Any bytes, opened as a workspace file the way the app opens one: strict
//! (the CLI's `validate`) and lenient (the app's repair view). Neither may
//! panic; a file that loads must save and load back to the same workspace,
//! and the quick path for sound files must agree with the thorough reader.
#![no_main]

use accord_fuzz::storage::format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The quick path for sound files must agree with the thorough one.
    if let Some(quick) = format::read_sound_file(text) {
        let thorough = format::read_thoroughly(text).expect("a sound file reads thoroughly");
        assert!(thorough.problems.is_empty() && thorough.newer_version.is_none());
        assert_eq!(thorough.workspace, quick);
    }
    let strict = format::from_str(text);
    if let Ok(lenient) = format::from_str_lenient(text) {
        // What the repair view shows must save and read back as it is.
        let bytes = format::to_bytes(&lenient.workspace);
        let again = std::str::from_utf8(&bytes).expect("saved files are UTF-8");
        let reread = format::from_str_lenient(again).expect("a saved file reads back");
        assert_eq!(reread.workspace, lenient.workspace);
        // Unchanged to the byte: nothing rounded, reordered or dropped on
        // a second save.
        assert_eq!(format::to_bytes(&reread.workspace), bytes);
        if strict.is_ok() {
            assert!(lenient.problems.is_empty() && lenient.newer_version.is_none());
        }
    } else {
        assert!(strict.is_err());
    }
    if let Ok(workspace) = strict {
        let bytes = format::to_bytes(&workspace);
        let again = std::str::from_utf8(&bytes).expect("saved files are UTF-8");
        assert_eq!(
            format::from_str(again).expect("a valid file saves valid"),
            workspace
        );
    }
});
