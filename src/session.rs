//! An open workspace: the records, the file they came from, the undo and
//! redo history, and whether there are unsaved changes. Knows nothing of
//! the UI, so undo is tested without a window.

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::{Edit, Lineage, Workspace};
use crate::storage::Problem;

/// How many steps undo keeps.
pub const UNDO_LIMIT: usize = 200;

/// One undoable step, with the state ids before and after it.
#[derive(Debug)]
struct Step {
    edit: Edit,
    state_before: u64,
    state_after: u64,
}

/// A workspace being edited.
#[derive(Debug)]
pub struct Session {
    /// Shared with save and autosave threads, which serialise a cheap clone
    /// of the `Arc`; an edit during a save copies on write.
    workspace: Arc<Workspace>,
    /// Where it is saved; `None` until the first Save As.
    pub path: Option<PathBuf>,
    /// The hash of the file as opened or last saved, to notice that someone
    /// else changed it; `None` for a document not from a file.
    pub disk_hash: Option<u64>,
    /// Why the document must not be saved over its file (a newer format
    /// version); Save then asks for a new name.
    pub read_only: Option<String>,
    /// What was wrong with the file it was opened from; a document with
    /// problems is saved under a new name by default.
    pub problems: Vec<Problem>,
    /// The file a repaired or restored document came from, to suggest a name.
    pub origin: Option<PathBuf>,
    /// Identifies this document's recovery entry.
    pub recovery_id: uuid::Uuid,
    /// Whether its file, recovery entries and backups are written
    /// encrypted, with the key unwrapped when it was opened or encrypted.
    pub protection: crate::storage::Protection,
    /// Edits, undos and redos since the last save, for the restore dialog.
    changes: u64,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the current state; undo returns to an earlier id, so
    /// undoing back to the saved state makes the session clean again.
    state: u64,
    next_state: u64,
    saved_state: u64,
    /// Bumped on every change, for caches that depend on the records.
    revision: u64,
    /// The lineage of the version last saved, while a thread still shares
    /// the workspace: set on the next edit, which copies it anyway.
    saved_lineage: Option<Lineage>,
}

impl Session {
    /// A session on a workspace as loaded from `path` (or new and unsaved).
    pub fn new(workspace: Workspace, path: Option<PathBuf>) -> Self {
        Self {
            workspace: Arc::new(workspace),
            path,
            disk_hash: None,
            read_only: None,
            problems: Vec::new(),
            origin: None,
            recovery_id: uuid::Uuid::new_v4(),
            protection: crate::storage::Protection::Clear,
            changes: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            state: 0,
            next_state: 1,
            saved_state: 0,
            revision: 0,
            saved_lineage: None,
        }
    }

    /// Whether the workspace holds exactly the version its lineage names
    /// (as opened or last saved, with no edit since), so that it may stand
    /// as the base of a merge itself.
    pub fn holds_its_version(&self) -> bool {
        !self.is_modified() && self.saved_lineage.is_none()
    }

    /// Names the officer whose edits follow (see [`Workspace::set_editor`]);
    /// the workspace is touched only when the name changes.
    pub fn set_editor(&mut self, name: Option<&str>) {
        let wanted = name.map(str::trim).filter(|name| !name.is_empty());
        if self.workspace.editor() != wanted {
            Arc::make_mut(&mut self.workspace).set_editor(wanted);
        }
    }

    /// Records that the version `saved` was written, so the next save
    /// names it as its parent. Versions merged in after that save was
    /// serialised stay to be named too.
    pub fn saved_version(&mut self, saved: Lineage) {
        match Arc::get_mut(&mut self.workspace) {
            Some(workspace) => take_saved_lineage(workspace, saved),
            None => self.saved_lineage = Some(saved),
        }
    }

    /// The records as they stand; every change goes through [`Session::perform`] so that it can be undone.
    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    /// The workspace to hand to a save or autosave thread: no copy is made.
    pub fn shared_workspace(&self) -> Arc<Workspace> {
        Arc::clone(&self.workspace)
    }

    /// Takes `copy`, made off the UI thread from `original`, in place of
    /// the workspace it copies, while a save thread still holds `original`:
    /// the next edit then changes the copy in place instead of copying on
    /// the UI thread. Gives the copy back when it is not wanted (the
    /// workspace changed meanwhile, or nothing else holds it any more).
    pub fn adopt_copy(
        &mut self,
        original: &std::sync::Weak<Workspace>,
        copy: Box<Workspace>,
    ) -> Result<(), Box<Workspace>> {
        // The Weak keeps the allocation, so its address cannot be reused:
        // the same address means the same, unedited state.
        let same = std::ptr::eq(original.as_ptr(), Arc::as_ptr(&self.workspace));
        if same && Arc::strong_count(&self.workspace) > 1 {
            self.workspace = Arc::new(*copy);
            Ok(())
        } else {
            Err(copy)
        }
    }

    /// Edits, undos and redos since the last save.
    pub fn unsaved_changes(&self) -> u64 {
        if self.is_modified() {
            self.changes.max(1)
        } else {
            0
        }
    }

    /// Marks the document as changed without an edit: restored from a
    /// recovery file or a backup, it is not on disk where it will be saved.
    pub fn mark_unsaved(&mut self, changes: u64) {
        self.saved_state = u64::MAX;
        self.changes = changes;
    }

    /// Changes whenever the records change (edits, undo, redo).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether there are changes not yet saved.
    pub fn is_modified(&self) -> bool {
        self.state != self.saved_state
    }

    /// Identifies the current state, for [`Self::mark_saved`] after a
    /// save that ran in the background while editing went on.
    pub fn state_id(&self) -> u64 {
        self.state
    }

    /// Records that state `state_id` is what is now on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf, state_id: u64) {
        self.path = Some(path);
        self.saved_state = state_id;
        if state_id == self.state {
            self.changes = 0;
        }
    }

    /// Runs a named operation (or a merge); on success it becomes one undo
    /// step.
    pub fn perform<E>(
        &mut self,
        operation: impl FnOnce(&mut Workspace) -> Result<Edit, E>,
    ) -> Result<(), E> {
        let edit = operation(self.workspace_mut())?;
        self.changes += 1;
        let state_before = self.state;
        self.state = self.next_state;
        self.next_state += 1;
        self.revision += 1;
        self.undo.push(Step {
            edit,
            state_before,
            state_after: self.state,
        });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(())
    }

    /// The workspace to change: copied only if a save thread still holds
    /// it, and given the lineage of the version saved meanwhile.
    fn workspace_mut(&mut self) -> &mut Workspace {
        let workspace = Arc::make_mut(&mut self.workspace);
        if let Some(saved) = self.saved_lineage.take() {
            take_saved_lineage(workspace, saved);
        }
        workspace
    }

    /// What Undo would undo, for the menu.
    pub fn undo_description(&self) -> Option<&str> {
        self.undo.last().map(|step| step.edit.description.as_str())
    }

    /// What Redo would redo, for the menu.
    pub fn redo_description(&self) -> Option<&str> {
        self.redo.last().map(|step| step.edit.description.as_str())
    }

    /// Undoes the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        self.workspace_mut();
        let done = Self::replay(
            Arc::make_mut(&mut self.workspace),
            &mut self.state,
            &mut self.undo,
            &mut self.redo,
        );
        self.revision += u64::from(done);
        self.changes += u64::from(done);
        done
    }

    /// Redoes the last undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        self.workspace_mut();
        let done = Self::replay(
            Arc::make_mut(&mut self.workspace),
            &mut self.state,
            &mut self.redo,
            &mut self.undo,
        );
        self.revision += u64::from(done);
        self.changes += u64::from(done);
        done
    }

    /// Applies the last step of `from` and pushes its inverse onto `to`.
    fn replay(
        workspace: &mut Workspace,
        state: &mut u64,
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
    ) -> bool {
        let Some(step) = from.pop() else {
            return false;
        };
        let inverse = workspace.apply(step.edit);
        *state = step.state_before;
        to.push(Step {
            edit: inverse,
            state_before: step.state_after,
            state_after: step.state_before,
        });
        true
    }
}

/// `saved` becomes the lineage `workspace` descends from, keeping the
/// versions merged in that it does not name yet.
fn take_saved_lineage(workspace: &mut Workspace, mut saved: Lineage) {
    let named: Vec<_> = saved.parents.clone();
    saved.merged = std::mem::take(&mut workspace.lineage.merged);
    saved
        .merged
        .retain(|merged| merged.id.is_none_or(|id| !named.contains(&id)));
    workspace.lineage = saved;
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{Country, RecordId};

    #[test]
    fn undo_and_redo_restore_each_state_and_track_unsaved_changes() {
        let mut session = Session::new(Workspace::new("Test"), None);
        let romania = Country::new("Romania", Utc::now());
        let id = romania.id;
        session.perform(|ws| ws.add(romania, Utc::now())).unwrap();
        assert!(session.is_modified());
        let saved = session.state_id();
        session.mark_saved(PathBuf::from("x.accord.json"), saved);
        assert!(!session.is_modified());

        let mut renamed = session.workspace().countries()[&id].clone();
        renamed.name = "România".to_owned();
        session
            .perform(|ws| ws.update(renamed, Utc::now()))
            .unwrap();
        session
            .perform(|ws| ws.delete(RecordId::Country(id), Utc::now()))
            .unwrap();
        assert!(session.workspace().countries().is_empty());

        assert!(session.undo());
        assert_eq!(session.workspace().countries()[&id].name, "România");
        assert!(session.undo());
        assert_eq!(session.workspace().countries()[&id].name, "Romania");
        assert!(!session.is_modified(), "back at the saved state");
        assert!(session.redo());
        assert_eq!(session.workspace().countries()[&id].name, "România");
        assert!(session.is_modified());
        assert!(session.redo());
        assert!(session.workspace().countries().is_empty());
        assert!(!session.redo());
    }

    #[test]
    fn undo_steps_and_counts_read_in_azerbaijani_and_russian() {
        use crate::i18n::{Language, with_language};
        let mut session = Session::new(Workspace::new("Test"), None);
        let romania = Country::new("Romania", Utc::now());
        let id = romania.id;
        with_language(Language::Russian, || {
            session.perform(|ws| ws.add(romania, Utc::now())).unwrap();
            assert_eq!(
                session.undo_description(),
                Some("Добавление страны Romania")
            );
            for name in ["Moldova", "Georgia"] {
                let country = Country::new(name, Utc::now());
                session.perform(|ws| ws.add(country, Utc::now())).unwrap();
            }
            let counts = session.workspace().counts().to_string();
            assert!(
                counts.starts_with("3 записи: 3 страны, 0 учреждений, 0 лиц,"),
                "{counts}"
            );
            let missing = session
                .perform(|ws| {
                    ws.delete(
                        RecordId::of_kind(crate::model::RecordKind::Country, uuid::Uuid::nil()),
                        Utc::now(),
                    )
                })
                .unwrap_err();
            assert_eq!(
                missing.to_string(),
                "Нет страны с идентификатором 00000000-0000-0000-0000-000000000000"
            );
        });
        with_language(Language::Azerbaijani, || {
            session
                .perform(|ws| ws.delete(RecordId::Country(id), Utc::now()))
                .unwrap();
            assert_eq!(session.undo_description(), Some("Ölkə silindi: Romania"));
        });
        assert_eq!(
            session.workspace().counts().to_string(),
            "2 records: 2 countries, 0 institutions, 0 people, 0 documents, 0 activities, \
             0 commissions, 0 meetings, 0 indicators, 0 sources"
        );
    }

    #[test]
    fn a_copy_made_off_the_ui_thread_is_taken_only_for_the_same_unedited_state() {
        let mut session = Session::new(Workspace::new("Test"), None);
        let add = |session: &mut Session, name: &str| {
            let country = Country::new(name, Utc::now());
            session.perform(|ws| ws.add(country, Utc::now())).unwrap();
        };
        add(&mut session, "Romania");

        // A save thread holds the workspace and sends a copy back.
        let saving = session.shared_workspace();
        let copy = Box::new(Workspace::clone(&saving));
        assert!(session.adopt_copy(&Arc::downgrade(&saving), copy).is_ok());
        add(&mut session, "Moldova");
        assert_eq!(
            saving.countries().len(),
            1,
            "what is being saved is unchanged"
        );
        assert_eq!(session.workspace().countries().len(), 2);

        // Edited before the copy came: the copy is stale and given back.
        let saving = session.shared_workspace();
        let copy = Box::new(Workspace::clone(&saving));
        add(&mut session, "Georgia");
        assert!(session.adopt_copy(&Arc::downgrade(&saving), copy).is_err());
        assert_eq!(session.workspace().countries().len(), 3);

        // The thread is done: nothing to gain, the copy is given back.
        let saving = session.shared_workspace();
        let weak = Arc::downgrade(&saving);
        let copy = Box::new(Workspace::clone(&saving));
        drop(saving);
        assert!(session.adopt_copy(&weak, copy).is_err());
    }

    #[test]
    fn after_a_save_the_next_version_names_the_saved_one_as_its_parent() {
        use crate::storage::format::{lineage_in, to_bytes};
        let mut session = Session::new(Workspace::new("Test"), None);
        let add = |session: &mut Session, name: &str| {
            let country = Country::new(name, Utc::now());
            session.perform(|ws| ws.add(country, Utc::now())).unwrap();
        };
        let save = |session: &mut Session| {
            let saved = lineage_in(&to_bytes(session.workspace())).unwrap();
            let state = session.state_id();
            session.mark_saved(PathBuf::from("x.accord.json"), state);
            session.saved_version(saved.clone());
            saved.id.unwrap()
        };
        add(&mut session, "Romania");
        let first = save(&mut session);
        assert!(session.holds_its_version());
        add(&mut session, "Moldova");
        assert!(!session.holds_its_version());
        let next = lineage_in(&to_bytes(session.workspace())).unwrap();
        assert_eq!(next.parents, [first]);

        // Saved while a thread still holds the workspace: the lineage waits
        // for the next edit, which names the saved version all the same.
        let held = session.shared_workspace();
        let second = save(&mut session);
        assert!(!session.holds_its_version(), "not yet taken in");
        add(&mut session, "Georgia");
        drop(held);
        let next = lineage_in(&to_bytes(session.workspace())).unwrap();
        assert_eq!(next.parents, [second]);
        assert_eq!(next.ancestors, [first]);
    }

    #[test]
    fn keeps_at_least_a_hundred_steps_and_a_new_edit_clears_redo() {
        let mut session = Session::new(Workspace::new("Test"), None);
        for index in 0..150 {
            let country = Country::new(format!("Country {index}"), Utc::now());
            session.perform(|ws| ws.add(country, Utc::now())).unwrap();
        }
        for _ in 0..150 {
            assert!(session.undo());
        }
        assert!(session.workspace().countries().is_empty());
        assert!(session.redo());
        let another = Country::new("Another", Utc::now());
        session.perform(|ws| ws.add(another, Utc::now())).unwrap();
        assert!(!session.redo());
    }
}
