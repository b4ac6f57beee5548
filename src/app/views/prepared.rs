//! Something a view derives from the whole workspace (the calendar's date
//! index, the search index, a section's rows, a record's page), rebuilt
//! when what it is made from changes: within the frame while the workspace
//! is small, on a worker thread from the session's shared snapshot when it
//! is large, the previous one staying in use meanwhile so that no frame
//! waits for it.

use std::fmt;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::i18n::Language;
use crate::model::Workspace;

/// A rebuild that reads up to this many records takes a few milliseconds
/// and is done within the frame (which also keeps the GUI tests
/// deterministic).
const BUILD_IN_FRAME_UP_TO: usize = 5_000;

/// The latest `T` built, with the key it was built for (by default the
/// session's revision), and the one being built for a newer key.
pub struct Prepared<T, K = u64> {
    ready: Option<(K, T)>,
    building: Option<(K, Receiver<T>)>,
    /// The language its words were built in; another throws it away.
    language: Language,
}

impl<T, K> Default for Prepared<T, K> {
    fn default() -> Self {
        Self {
            ready: None,
            building: None,
            language: crate::i18n::current(),
        }
    }
}

impl<T, K: fmt::Debug> fmt::Debug for Prepared<T, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("ready", &self.ready.as_ref().map(|(key, _)| key))
            .field("building", &self.building.as_ref().map(|(key, _)| key))
            .field("language", &self.language)
            .finish()
    }
}

impl<T: Send + 'static, K: Clone + PartialEq> Prepared<T, K> {
    /// Makes sure a `T` of `key`, built from every record of `workspace`,
    /// is ready or on its way; returns the key of the one that can be used
    /// now, if any.
    pub fn refresh(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        key: K,
        build: impl FnOnce(&Workspace) -> T + Send + 'static,
    ) -> Option<&K> {
        let records = workspace.counts().total();
        self.refresh_reading(ctx, workspace, key, records, build)
    }

    /// [`Self::refresh`] for a build that reads only `records` records
    /// (one section's), which decides whether it is done within the frame.
    pub fn refresh_reading(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        key: K,
        records: usize,
        build: impl FnOnce(&Workspace) -> T + Send + 'static,
    ) -> Option<&K> {
        let language = crate::i18n::current();
        if language != self.language {
            self.ready = None;
            self.building = None;
            self.language = language;
        }
        if let Some((_, receiver)) = &self.building {
            match receiver.try_recv() {
                Ok(prepared) => {
                    if let Some((built, _)) = self.building.take() {
                        self.ready = Some((built, prepared));
                    }
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.building = None,
            }
        }
        let ready = self.ready.as_ref().map(|(built, _)| built);
        let coming = self.building.as_ref().map(|(built, _)| built);
        if ready != Some(&key) && coming != Some(&key) {
            if records <= BUILD_IN_FRAME_UP_TO {
                self.ready = Some((key, build(workspace)));
                self.building = None;
            } else {
                let (sender, receiver) = std::sync::mpsc::channel();
                let workspace = Arc::clone(workspace);
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    crate::i18n::set_current(language);
                    let _ = sender.send(build(&workspace));
                    ctx.request_repaint();
                });
                self.building = Some((key, receiver));
            }
        }
        self.ready.as_ref().map(|(built, _)| built)
    }

    /// The latest one built, whatever its key.
    pub fn get(&self) -> Option<&T> {
        self.ready.as_ref().map(|(_, prepared)| prepared)
    }

    /// The latest one built, with the key it was built for.
    pub fn get_with_key(&self) -> Option<(&K, &T)> {
        self.ready.as_ref().map(|(key, prepared)| (key, prepared))
    }
}
