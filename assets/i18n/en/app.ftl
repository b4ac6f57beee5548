# app: the menu bar, the status bar, the window, its dialogs.

## Menus

app-menu-language = Language
app-menu-file = File
app-menu-edit = Edit
app-menu-view = View
app-menu-open-recent = Open recent
app-menu-no-recent = No recent workspaces
app-menu-theme = Theme
app-theme-system = Follow the system
app-theme-light = Light
app-theme-dark = Dark

## Menu commands; "…" marks one that opens a dialog.

app-command-new = New workspace…
app-command-open = Open…
app-command-open-by-path = Open by path…
app-command-open-sample = Open the sample workspace
app-command-save-as = Save as…
app-command-export = Export…
app-command-merge-copy = Merge a copy…
app-command-new-source-from-clipboard = New source from clipboard…
app-command-merge-report = Last merge report…
app-command-encrypt = Encrypt with a passphrase…
app-command-change-passphrase = Change passphrase…
app-command-remove-encryption = Remove encryption…
app-command-restore-backup = Restore from backup…
app-command-recover-unsaved = Recover unsaved work…
app-command-quit = Quit
app-command-undo = Undo
app-command-redo = Redo
app-command-find = Find…
app-command-quick-open = Quick open…
app-command-workspace-settings = Workspace settings…
app-command-duplicates = Likely duplicates…
app-command-forward = Forward

## Sections of the navigation

app-section-countries = Countries
app-section-institutions = Institutions
app-section-people = People
app-section-agreements = Agreements
app-section-commissions = Commissions
app-section-meetings = Meetings
app-section-action-plans = Action plans
app-section-sources = Sources
# Group headings in the navigation.
app-section-group-institutions-people = Institutions & people
app-section-group-commissions-meetings = Commissions & meetings
app-section-add-country = Add country…
app-section-add-institution = Add institution…
app-section-add-person = Add person…
app-section-add-agreement = Add agreement…
app-section-add-commission = Add commission…
app-section-add-meeting = Add meeting…
app-section-add-activity = Add activity…
app-section-add-source = Add source…
app-section-empty-countries = No countries yet.
app-section-empty-institutions = No institutions yet.
app-section-empty-people = No people yet.
app-section-empty-agreements = No agreements yet.
app-section-empty-commissions = No commissions yet.
app-section-empty-meetings = No meetings yet.
app-section-empty-action-plans = No action plans yet.
app-section-empty-sources = No sources yet.
app-section-needs-country = Add a country first: an institution belongs to one.
app-section-needs-action-plan = Add an action plan (an agreement of kind Action plan) first.

## Regions a screen reader lists, and the navigation's buttons

app-region-menu-bar = Menu bar
app-region-status = Status
app-region-navigation = Navigation
app-region-record = Record
app-nav-back = ← Back
app-nav-back-hint = Back (Alt+Left)
app-nav-forward = Forward →
app-nav-forward-hint = Forward (Alt+Right)
# After Discard: the kind of form thrown away ("new country").
app-discarded = Discarded: { $form }
app-reopen-discarded = Reopen discarded draft
app-record-gone = This record no longer exists.

## The window's title and the status bar

app-title-locked = 🔒 Locked — Accord
# In the status bar, where the file's path would be.
app-status-not-saved-yet = not saved yet
app-status-unsaved-changes = unsaved changes
app-status-clipboard-empty = The clipboard holds no text to make a source of.
app-status-discarded = Discarded the changes ({ $form })
app-status-form-open = Save or cancel the form first.
app-read-only = Read-only: { $reason }
app-read-only-refusal = This workspace is read-only: { $reason }
app-read-only-newer =
    { $file } was written by a newer version of Accord (format version { $version }; this one reads up to { $supported }). Update Accord to change it.
app-status-saved-record = Saved { $record } (not yet to disk)
app-status-cannot-save = Cannot save: { $error }
app-status-cannot-create = Could not create the record: { $error }
# The step's name in Edit > Undo.
app-undo-add-records = Add { $count } records from “{ $source }”
app-status-added-records = Added { $count } records from “{ $source }” (Undo takes them back)
app-status-deleted = Deleted “{ $record }” (Undo brings it back)
# $done says what was done ("Combine X into Y").
app-status-combined = { $done } (Undo takes it back)
app-status-undone = Undone
app-status-undone-step = Undone: { $step }
app-status-redone = Redone
app-status-redone-step = Redone: { $step }
app-status-exporting-to = Exporting to { $path }…
app-status-exporting = Exporting { $path }…
# The default name of a new workspace.
app-new-workspace-name = New workspace
app-status-new-workspace = New workspace: add a country to begin.
app-status-sample = The sample workspace: Save as… to keep a copy.
app-error-sample-damaged = The sample workspace is damaged: { $error }
app-status-saving = Saving { $path }…
app-status-opened-with-problems = Opened { $path } with problems; it has not been changed.
app-status-opened = Opened { $path }
app-status-not-saved = Not saved
app-save-failed-unchanged = Your changes are still here, unsaved; the file on disk is unchanged.
app-open-failed = { $path } could not be opened; it has not been changed.
app-status-background-failed = Background work failed
app-error-background-bug = Accord hit a bug while working in the background ({ $message }). The open workspace is as you left it; if it has unsaved changes, save them.
app-status-could-not-open = Could not open { $path }
app-status-saved-file = Saved { $path }
app-status-exported = Exported to { $path }
app-status-not-exported = Not exported
app-error-export = Could not export to { $path }: { $error }
app-status-recovery-write-failed = Could not write the recovery file: { $error }
app-status-recovery-folder-unusable = The recovery folder cannot be used: { $error }
app-status-nothing-to-recover = No unsaved work to recover.
app-status-restored = { $count ->
    [one] Restored { $count } unsaved change from { $time }
   *[other] Restored { $count } unsaved changes from { $time }
}
app-status-backup-opened = The backup of { $file } from { $time } is open as a new, unsaved document.
app-status-file-gone = { $path } is no longer there; Save will write it again.
app-status-kept-version = Your version is kept: File > Recover unsaved work… brings it back.
app-error-keep-failed = Your version could not be kept as a recovery file, so the file was not reloaded: { $error }
app-status-no-recovery-folder = No recovery folder is set.
app-status-backups-need-file = Backups are kept for saved workspaces; this one has no file yet.
app-status-no-backups-folder = No backups folder is set.

## Merging and duplicates

app-merge-report-merged = Merged { $name } into this workspace.
app-merge-report-by = Merged by { $officer }.
app-merge-report-heading = Last merge report
app-merge-report-kept-in = Kept with the backups in { $path }
app-merge-report-not-kept = It could not be kept with the backups: { $error }
app-status-looking-for-duplicates = Looking for likely duplicates…
app-status-duplicates-stale = The workspace changed meanwhile: look for duplicates again
app-status-duplicate-pairs = { $count ->
    [one] { $count } likely duplicate pair
   *[other] { $count } likely duplicate pairs
}
app-status-reading = Reading { $path }…
app-status-recorded-conflicts = { $count ->
    [one] { $path } holds { $count } conflict to resolve: choose, then Apply merge
   *[other] { $path } holds { $count } conflicts to resolve: choose, then Apply merge
}
app-status-merge-nothing = { $path } holds nothing this workspace does not already have
app-status-merging = Merging { $path }: choose, then Apply merge
app-status-could-not-read = Could not read { $path }
app-status-merge-stale = This workspace changed while the merge was prepared: merge { $name } again
app-status-resolved = { $count ->
    [one] Resolved { $count } conflict in { $name } (not yet saved; Undo takes it back)
   *[other] Resolved { $count } conflicts in { $name } (not yet saved; Undo takes it back)
}
app-status-merged = { $count ->
    [one] Merged { $name }: { $count } record (not yet saved; Undo takes it back)
   *[other] Merged { $name }: { $count } records (not yet saved; Undo takes it back)
}
# Added to the status after a merge: $status is what it said.
app-status-merge-kept = { $status }; { $count } kept for references
app-merge-kept-deleted = The merge kept records that one copy deleted, because the result still refers to them:
app-error-merge-not-applied = The merge was not applied: { $error }

## A damaged file

app-repair-banner = { $count ->
    [one] This file has { $count } problem. Nothing is written until you save, and Save asks for a new name.
   *[other] This file has { $count } problems. Nothing is written until you save, and Save asks for a new name.
}
app-repair-hide = Hide the problems
app-repair-show = Show the problems
app-repair-window = Problems in this file
app-repair-intro = Records that could not be read are left out; the rest are as in the file.
app-repair-go-to-record = Go to record

## The system's file dialogs

app-file-dialog-open = Open workspace
app-file-dialog-workspace-files = Accord workspace
app-file-dialog-all-files = All files

## Dialogs

app-error-heading = Something went wrong
app-settings-heading = Workspace settings
app-settings-name = Workspace name
app-settings-home-country = Home country
app-settings-officer = Your name
app-settings-officer-hint = recorded with each change you make
app-unsaved-heading = Unsaved changes
app-unsaved-new = Save the changes to { $name } before starting a new workspace?
app-unsaved-open = Save the changes to { $name } before opening another workspace?
app-unsaved-quit = Save the changes to { $name } before quitting?
app-unsaved-new-unnamed = Save the changes to this workspace before starting a new workspace?
app-unsaved-open-unnamed = Save the changes to this workspace before opening another workspace?
app-unsaved-quit-unnamed = Save the changes to this workspace before quitting?
app-unsaved-discard = Discard changes
# $kind is the kind of record ("country"), $record its name.
app-delete-heading = Delete { $kind } “{ $record }”?
app-delete-nothing-refers = Nothing refers to it.
app-delete-references-removed = These refer to it; the references will be removed:
app-delete-blocked = It cannot be deleted while these depend on it. Change or delete them first:
# A record that refers to the one being deleted, and through which field.
app-delete-referrer-needs = { $kind } “{ $record }” — { $field } (needs it)
app-delete-referrer-removed = { $kind } “{ $record }” — { $field } (reference removed)
app-path-label = File path
app-path-title-open = Open workspace
app-path-title-save-as = Save workspace as
app-path-title-export = Export
app-path-title-export-calendar = Export the calendar to ICS
app-path-title-merge-copy = Merge a copy into this workspace
app-path-button-export = Export
app-path-button-merge = Merge

## Passphrases and the lock

# Stands for the file's name when unsaved work never had one.
app-passphrase-unsaved-workspace = the unsaved workspace
app-passphrase-wrong = Wrong passphrase for { $file }. Check Caps Lock and the keyboard layout, and try again.
app-status-encrypted = { $file } is encrypted
app-status-opening = Opening { $path }…
app-passphrase-heading = Encrypted workspace
app-passphrase-ask = { $file } is encrypted. Type its passphrase to open it.
app-passphrase-label = Passphrase
app-status-not-opened = { $file } was not opened
app-passphrase-encrypt-heading = Encrypt with a passphrase
app-passphrase-change-heading = Change passphrase
app-passphrase-covers = The file, its .bak, its backups and the unsaved-work files will be readable only with this passphrase.
app-passphrase-again = Type it again
app-passphrase-strength = Strength
app-passphrase-lock-after = Lock after
# After the number of minutes the user types.
app-passphrase-lock-minutes = { $count ->
    [one] minutes without use (0: never)
   *[other] minutes without use (0: never)
}
app-passphrase-advice = Best: four or five unrelated words, with a digit or a sign between them, that you do not use anywhere else.
app-passphrase-differ = The two passphrases differ.
app-passphrase-encrypt = Encrypt
app-status-making-key = Making the workspace's key…
app-status-passphrase-changed = The passphrase is changed; saving with the new key…
app-status-encrypting = Encrypting: saving the workspace encrypted…
app-error-key-failed = The workspace's key could not be made, so nothing was encrypted: { $error }
app-remove-encryption-heading = Remove encryption?
app-remove-encryption-text = The workspace will be saved in clear: anyone who has the laptop or a copy of the file can read it. The backups kept so far stay encrypted with the passphrase they were saved under.
app-remove-encryption = Remove encryption
app-status-saving-in-clear = Saving the workspace in clear…
app-status-locked-idle = Locked after a while without use
app-lock-heading = Locked
app-lock-text = { $count ->
    [one] The workspace is hidden after { $count } minute without use. Type its passphrase to go on.
   *[other] The workspace is hidden after { $count } minutes without use. Type its passphrase to go on.
}
app-lock-unlock = Unlock
app-status-unlocked = Unlocked
app-lock-failed = Not unlocked: { $error }. Try again.

## Keeping work safe

app-recover-heading = Unsaved work was found
app-recover-intro = Accord closed before these changes were saved. Restore them, or discard them for good.
app-recover-encrypted-unnamed = An encrypted workspace (never saved)
app-recover-unnamed = “{ $name }” (never saved)
# The folder of the file the unsaved work belongs to.
app-recover-folder = in { $folder }
app-recover-details = { $changes ->
    [one] { $changes } unsaved change
   *[other] { $changes } unsaved changes
}, written { $time } — { $records ->
    [one] { $records } record
   *[other] { $records } records
}
app-recover-restore = Restore
app-recover-later = Decide later
app-status-settle-open-first = Save or discard the open workspace's changes first.
app-backups-heading = Restore from backup
app-backups-intro = The last { $count } saved versions of { $file } are kept. One opens as a new, unsaved document; the file itself is not changed.
app-backups-reading = Reading the backups…
app-backups-none = No backups yet: one is kept each time the file is saved over.
app-backups-open = Open backup { $number }
app-changed-heading = Changed by someone else
app-changed-text = { $path } was changed on disk since you opened or saved it. Nothing has been written over it.
app-changed-reload = Reload their version (yours is kept as a recovery file)
app-changed-save-as = Save yours as a new file…
app-changed-overwrite = Overwrite with yours (theirs is kept as a backup)
