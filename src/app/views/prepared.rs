//! Something a view derives from the whole workspace (the calendar's date
//! index, the search index), rebuilt when the workspace changes: within the
//! frame while the workspace is small, on a worker thread from the
//! session's shared snapshot when it is large, the previous one staying in
//! use meanwhile so that no frame waits for it.

use std::fmt;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use crate::model::Workspace;

/// Up to this many records a rebuild takes a few milliseconds and is done
/// within the frame (which also keeps the GUI tests deterministic).
const BUILD_IN_FRAME_UP_TO: usize = 5_000;

/// The latest `T` built, and the one being built for a newer revision.
pub struct Prepared<T> {
    ready: Option<(u64, T)>,
    building: Option<(u64, Receiver<T>)>,
}

impl<T> Default for Prepared<T> {
    fn default() -> Self {
        Self {
            ready: None,
            building: None,
        }
    }
}

impl<T> fmt::Debug for Prepared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("ready", &self.ready.as_ref().map(|(revision, _)| revision))
            .field(
                "building",
                &self.building.as_ref().map(|(revision, _)| revision),
            )
            .finish()
    }
}

impl<T: Send + 'static> Prepared<T> {
    /// Makes sure a `T` of `revision` is ready or on its way; returns the
    /// revision of the one that can be used now, if any.
    pub fn refresh(
        &mut self,
        ctx: &egui::Context,
        workspace: &Arc<Workspace>,
        revision: u64,
        build: fn(&Workspace) -> T,
    ) -> Option<u64> {
        if let Some((built, receiver)) = &self.building {
            match receiver.try_recv() {
                Ok(prepared) => {
                    self.ready = Some((*built, prepared));
                    self.building = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.building = None,
            }
        }
        let ready = self.ready.as_ref().map(|(built, _)| *built);
        let coming = self.building.as_ref().map(|(built, _)| *built);
        if ready != Some(revision) && coming != Some(revision) {
            if workspace.counts().total() <= BUILD_IN_FRAME_UP_TO {
                self.ready = Some((revision, build(workspace)));
                self.building = None;
            } else {
                let (sender, receiver) = std::sync::mpsc::channel();
                let workspace = Arc::clone(workspace);
                let ctx = ctx.clone();
                std::thread::spawn(move || {
                    let _ = sender.send(build(&workspace));
                    ctx.request_repaint();
                });
                self.building = Some((revision, receiver));
            }
        }
        self.ready.as_ref().map(|(built, _)| *built)
    }

    /// The latest one built, whatever its revision.
    pub fn get(&self) -> Option<&T> {
        self.ready.as_ref().map(|(_, prepared)| prepared)
    }
}
