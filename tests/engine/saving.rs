//! Saving never leaves a torn file: a save killed at any moment, or failing
//! at any step (disk full, drive pulled), leaves the old version or the new
//! one, byte for byte.

use std::fs;
use std::io;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use accord::model::{Country, Workspace};
use accord::storage::{self, Faults, SaveFailure, SaveRequest, SaveStep, format};
use chrono::{TimeZone as _, Utc};

/// A workspace of `countries` countries with long notes.
fn big_workspace(countries: usize) -> Workspace {
    let mut workspace = Workspace::new("Department");
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 8, 0, 0).unwrap();
    for index in 0..countries {
        let mut country = Country::new(format!("Country {index}"), now);
        country.notes = format!("Notes on country {index}. ").repeat(8);
        let _ = workspace.add(country, now).unwrap();
    }
    workspace
}

/// Fails the save at its `fail_at`-th step, recording every step seen.
struct FailAt {
    fail_at: usize,
    seen: Mutex<Vec<SaveStep>>,
}

impl FailAt {
    fn new(fail_at: usize) -> Self {
        Self {
            fail_at,
            seen: Mutex::new(Vec::new()),
        }
    }
}

impl Faults for FailAt {
    fn check(&self, step: SaveStep) -> io::Result<()> {
        let mut seen = self.seen.lock().unwrap();
        seen.push(step);
        if seen.len() - 1 == self.fail_at {
            Err(io::Error::new(io::ErrorKind::StorageFull, "injected"))
        } else {
            Ok(())
        }
    }
}

fn leftovers(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "tmp"))
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_save_failing_at_any_step_leaves_the_original_byte_identical() {
    let old = big_workspace(400);
    let mut new = old.clone();
    let now = Utc::now();
    let _ = new.add(Country::new("Georgia", now), now).unwrap();

    // A save that does not fail shows every step a failure can hit.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    storage::save(&old, &path).unwrap();
    let recorder = FailAt::new(usize::MAX);
    let request = SaveRequest {
        path: &path,
        expected: None,
        backups: None,
        faults: &recorder,
        protection: &storage::Protection::Clear,
    };
    storage::save_checked(&new, &request).unwrap();
    let steps = recorder.seen.into_inner().unwrap();
    let writes = steps
        .iter()
        .filter(|step| matches!(step, SaveStep::Write { .. }))
        .count();
    assert!(
        writes > 2,
        "the file is written in several chunks: {steps:?}"
    );
    assert!(steps.contains(&SaveStep::Sync) && steps.contains(&SaveStep::Replace));

    for (fail_at, step) in steps.iter().enumerate() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("department.accord.json");
        let backups = folder.path().join("backups");
        storage::save(&old, &path).unwrap();
        let original = fs::read(&path).unwrap();
        let faults = FailAt::new(fail_at);
        let request = SaveRequest {
            path: &path,
            expected: Some(storage::content_hash(&original)),
            backups: Some(&backups),
            faults: &faults,
            protection: &storage::Protection::Clear,
        };
        let error = match storage::save_checked(&new, &request) {
            Err(SaveFailure::Write(error)) => error,
            other => panic!("failing at {step:?} gave {other:?}"),
        };
        assert!(error.plain_words().starts_with("The disk is full."));
        assert_eq!(
            fs::read(&path).unwrap(),
            original,
            "failing at {step:?} changed the file"
        );
        assert_eq!(storage::open(&path).unwrap(), old);
        assert_eq!(leftovers(folder.path()), Vec::<String>::new());
    }
}

#[test]
fn a_completed_save_clears_what_killed_saves_left_but_not_a_running_save_s_file() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let killed = folder.path().join(".department.accord.json.abc123.tmp");
    let killed_backup = folder.path().join(".department.accord.json.bak.ghi789.tmp");
    let running = folder.path().join(".department.accord.json.def456.tmp");
    let other = folder.path().join(".other.accord.json.abc123.tmp");
    for file in [&killed, &killed_backup, &running, &other] {
        fs::write(file, b"{\"format\": \"accord-wo").unwrap();
    }
    // Another Accord in the middle of its save holds its temporary locked.
    let running_save = fs::File::options().write(true).open(&running).unwrap();
    running_save.try_lock().unwrap();

    storage::save(&big_workspace(2), &path).unwrap();
    assert!(!killed.exists(), "a killed save's leftover is cleared");
    assert!(!killed_backup.exists(), "so is a killed backup's");
    assert!(running.exists(), "a save still running is left alone");
    assert!(other.exists(), "another file's temporaries are not touched");
    drop(running_save);
}

#[test]
fn a_save_into_a_folder_that_is_gone_says_so_in_plain_words() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder
        .path()
        .join("usb stick")
        .join("department.accord.json");
    let request = SaveRequest {
        path: &path,
        expected: None,
        backups: None,
        faults: &storage::NoFaults,
        protection: &storage::Protection::Clear,
    };
    let Err(SaveFailure::Write(error)) = storage::save_checked(&big_workspace(1), &request) else {
        panic!("saved into a missing folder");
    };
    assert!(
        error
            .plain_words()
            .starts_with("The folder no longer exists"),
        "{}",
        error.plain_words()
    );
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten_and_overwriting_keeps_it_as_a_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let backups = folder.path().join("backups");
    let mine = big_workspace(3);
    storage::save(&mine, &path).unwrap();
    let opened = storage::content_hash(&fs::read(&path).unwrap());
    // A colleague saves their version over the shared file.
    let theirs = big_workspace(5);
    storage::save(&theirs, &path).unwrap();
    let their_bytes = fs::read(&path).unwrap();

    let mut request = SaveRequest {
        path: &path,
        expected: Some(opened),
        backups: Some(&backups),
        faults: &storage::NoFaults,
        protection: &storage::Protection::Clear,
    };
    assert!(matches!(
        storage::save_checked(&mine, &request),
        Err(SaveFailure::ChangedOnDisk { .. })
    ));
    assert_eq!(fs::read(&path).unwrap(), their_bytes, "nothing was written");

    // The user chose to overwrite: their version is kept as a backup.
    request.expected = None;
    storage::save_checked(&mine, &request).unwrap();
    assert_eq!(storage::open(&path).unwrap(), mine);
    let kept = storage::backups::list(&backups, &path, &storage::Unlock::Nothing);
    assert_eq!(kept.len(), 1);
    assert_eq!(fs::read(&kept[0].path).unwrap(), their_bytes);
    assert_eq!(kept[0].counts.as_ref().unwrap().countries, 5);
}

#[test]
fn only_the_last_ten_versions_are_kept_newest_first() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let backups = folder.path().join("backups");
    for countries in 1..=13 {
        let request = SaveRequest {
            path: &path,
            expected: None,
            backups: Some(&backups),
            faults: &storage::NoFaults,
            protection: &storage::Protection::Clear,
        };
        storage::save_checked(&big_workspace(countries), &request).unwrap();
    }
    let kept = storage::backups::list(&backups, &path, &storage::Unlock::Nothing);
    // 13 saves replaced 12 versions (1..=12 countries); the last 10 remain.
    let counts: Vec<usize> = kept
        .iter()
        .map(|backup| backup.counts.as_ref().unwrap().countries)
        .collect();
    assert_eq!(counts, [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    assert!(
        kept.windows(2)
            .all(|pair| pair[0].saved_at >= pair[1].saved_at)
    );
}

/// When runs of a command are killed: at moments spread uniformly over
/// `spread` times an undisturbed run, drawn from `seed` (the same moments
/// every time the test runs).
pub(crate) struct KillMoments {
    pub(crate) full_run: Duration,
    pub(crate) spread: f64,
    pub(crate) seed: u64,
}

impl KillMoments {
    /// `kills` times: `reset` the file, start `run`, kill it at the next
    /// moment, then `check` what it left (given the kill's number and moment).
    pub(crate) fn kill(
        &self,
        kills: usize,
        run: &dyn Fn() -> Child,
        reset: &dyn Fn(),
        check: &mut dyn FnMut(usize, Duration),
    ) {
        let mut state = self.seed;
        // Only a guard against a hang: a loaded two-core machine (CI, or
        // builds beside the tests) can be many times slower than a quiet one.
        let deadline = Instant::now() + Duration::from_mins(5);
        for kill in 0..kills {
            assert!(Instant::now() < deadline, "only {kill} kills in 300 s");
            reset();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let per_mille = (self.spread * 1000.0) as u64;
            let delay = self.full_run.mul_f64((state % per_mille) as f64 / 1000.0);
            let mut child = run();
            std::thread::sleep(delay);
            child.kill().unwrap();
            child.wait().unwrap();
            check(kill, delay);
        }
    }
}

/// `accord fmt` killed at random moments, 200 times or more: after each
/// kill the file loads and is exactly the old bytes or the new ones.
#[test]
fn accord_fmt_killed_at_random_moments_leaves_the_old_file_or_the_new_one() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("department.accord.json");
    let workspace = big_workspace(1500);
    let new_bytes = format::to_bytes(&workspace);
    // The same workspace, not in canonical form: fmt rewrites all of it.
    let value: serde_json::Value = serde_json::from_slice(&new_bytes).unwrap();
    let old_bytes = serde_json::to_vec(&value).unwrap();
    assert_ne!(old_bytes, new_bytes);

    let run = || {
        Command::new(env!("CARGO_BIN_EXE_accord"))
            .arg("fmt")
            .arg(&path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long one undisturbed run takes, to spread the kills over it.
    fs::write(&path, &old_bytes).unwrap();
    let started = Instant::now();
    assert!(run().wait().unwrap().success());
    let full_run = started.elapsed();
    assert_eq!(fs::read(&path).unwrap(), new_bytes);

    let (mut old_seen, mut new_seen, mut mid_write) = (0, 0, 0);
    let mut left_behind = 0;
    let kills = 200;
    // Uniform over 1.1 runs, so some kills come after the rename.
    let moments = KillMoments {
        full_run,
        spread: 1.1,
        seed: 0x0dd_ba11_cafe,
    };
    moments.kill(
        kills,
        &run,
        &|| fs::write(&path, &old_bytes).unwrap(),
        &mut |kill, delay| {
            let bytes = fs::read(&path).unwrap();
            let seen = if bytes == old_bytes {
                &mut old_seen
            } else if bytes == new_bytes {
                &mut new_seen
            } else {
                panic!("kill {kill} after {delay:?} left a file that is neither version");
            };
            *seen += 1;
            if *seen == 1 {
                // Both versions load (the same bytes always load the same).
                assert_eq!(storage::open(&path).unwrap(), workspace);
            }
            // A new temporary file left behind means the kill hit the write
            // itself. They are left for the completed save below to clear.
            let torn = leftovers(folder.path()).len();
            if torn > left_behind {
                mid_write += 1;
            }
            left_behind = torn;
        },
    );
    // The next save that completes leaves nothing of the killed ones.
    fs::write(&path, &old_bytes).unwrap();
    assert!(run().wait().unwrap().success());
    assert_eq!(fs::read(&path).unwrap(), new_bytes);
    assert_eq!(
        leftovers(folder.path()),
        Vec::<String>::new(),
        "a completed save left temporary files behind"
    );
    eprintln!(
        "{kills} kills over runs of {full_run:?}: {old_seen} left the old file, {new_seen} the new one; {mid_write} landed while the temporary file was being written"
    );
    assert!(
        old_seen > 0 && new_seen > 0 && mid_write > 0,
        "the kills should land before, during and after the write"
    );
}
