"""The Room profiles page: every profile file found (invalid ones too, marked), the editor
for the selected one, and New / Duplicate / Delete / Use for this room. File reads and
writes run on the task pool, never on the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui.pages import profile_files as files
from vcdesk.ui.pages.profile_editor import ProfileEditor, button
from vcdesk.ui.pages.profile_files import Entry
from vcdesk.ui.pages.profile_list import ProfileList, same_file

Buttons = QMessageBox.StandardButton


class ProfilesPage(QWidget):
    profileSaved = Signal(str)  # path of the file just written
    activateRequested = Signal(str)  # path: make this the console's active room

    def __init__(
        self, folders: Sequence[Path], tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folders = [Path(f) for f in folders]  # New and Duplicate write into the last
        self.active_file: Path | None = None  # the console's room, listed wherever it lives
        self.tasks = tasks
        self._pending = 0
        self._want: Path | None = None
        self._shown_once = False

        self.list = ProfileList()
        heading = QLabel(self.tr("Room &profiles"))
        heading.setObjectName("pageTitle")
        heading.setBuddy(self.list)
        self.new_button = button(
            self, self.tr("&New…"), self.new_profile, QKeySequence.StandardKey.New
        )
        self.duplicate_button = button(self, self.tr("D&uplicate…"), self.duplicate, None)
        self.delete_button = button(self, self.tr("&Delete…"), self.delete, None)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.editor = ProfileEditor(self._run)
        self.editor.form.set_runner(self._run)  # device and time-zone lists, off the UI thread
        self.use_button = button(self, self.tr("Use for this r&oom"), self.activate, None)
        self.use_button.setToolTip(self.tr("Make this saved profile the console's active room"))
        self.editor.buttons.addWidget(self.use_button)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(self.list, 1)
        row = QHBoxLayout()
        for widget in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(widget)
        column.addLayout(row)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * 18, 700])
        QVBoxLayout(self).addWidget(splitter)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.activate())
        # Relayed by Qt, not emitted from Python: see profile_fields.Editor.
        self.editor.form.edited.connect(self._show_state)
        self.editor.saved.connect(self._saved)
        self.editor.loaded.connect(self._show_state)
        self._show_state()
        self.refresh()

    # For the main window -----------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.editor.path

    def set_active_file(self, path: Path | None) -> None:
        """List the active room's profile too, even outside the profile folders."""
        if not same_file(path, self.active_file):
            self.active_file = path
            self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        """Look for profile files again; `select` one of them once found."""
        if select is not None:
            self._want = select
        places = [self.active_file] if self.active_file is not None else []
        places += self.folders
        self._run(lambda: files.scan(places), self._scanned)

    def select(self, path: Path | str) -> None:
        """Show this profile (asking first if the open one has unsaved changes)."""
        item = self.list.item_for(path)
        if item is None:
            self._want = Path(path)  # not listed yet: chosen when the scan finishes
        else:
            self.list.setCurrentItem(item)

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def confirm_leave(self) -> bool:
        """Before the window closes: True when nothing unsaved would be lost."""
        if not self.has_unsaved_changes():
            return True
        answer = self._ask_unsaved()
        if answer == Buttons.Discard:
            return True
        if answer != Buttons.Save:
            return False
        loop = QEventLoop()  # the save runs on the pool; the UI keeps painting meanwhile
        saved: list[bool] = []

        def done() -> None:
            saved.append(True)
            loop.quit()

        if not self.editor.save(then=done, failed=loop.quit):
            return False
        loop.exec()
        return bool(saved)

    def is_busy(self) -> bool:
        return self._pending > 0

    # The list ----------------------------------------------------------------------------

    def _run(
        self, func: Callable[[], Any], on_done: Callable[[Any, Exception | None], None]
    ) -> None:
        self._pending += 1

        def done(result: Any, error: Exception | None) -> None:
            self._pending -= 1
            if shiboken6.isValid(self):  # the page may be gone by the time the pool answers
                on_done(result, error)

        self.tasks.run(func, done)

    def _scanned(self, entries: list[Entry] | None, error: Exception | None) -> None:
        if error is not None or entries is None:
            self.editor.show_error(error)
            return
        want, self._want = self._want, None
        self.list.set_entries(entries, self.path)
        gone = self.path is not None and self.list.entry_for(self.path) is None
        if gone and not self.has_unsaved_changes():
            self._open(None)  # deleted by someone else
        target = want or self.path
        if target is None and entries:
            target = entries[0].path
        if target is not None and not same_file(target, self.path):
            self.select(target)
        self._show_state()

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        path = self.list.path_of(current)
        if same_file(path, self.path):
            return
        if not self.has_unsaved_changes():
            self._open(path)
            return
        answer = self._ask_unsaved()
        if answer == Buttons.Discard:
            self._open(path)
        elif answer != Buttons.Save or not self.editor.save(
            then=lambda: self._open(path), failed=lambda: self.list.set_current(self.path)
        ):
            self.list.set_current(self.path)

    def _ask_unsaved(self) -> Buttons:
        name = self.path.name if self.path else ""
        if self.editor.can_save():
            return QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to %1?").replace("%1", name),
                Buttons.Save | Buttons.Discard | Buttons.Cancel,
                Buttons.Save,
            )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changes to %1 have problems and cannot be saved. Discard them?").replace(
                "%1", name
            ),
            Buttons.Discard | Buttons.Cancel,
            Buttons.Cancel,
        )

    def _open(self, path: Path | None) -> None:
        self.list.set_current(path)
        self.editor.open(path)
        self._show_state()

    def _saved(self, path: str) -> None:
        if self.editor.profile is not None:
            self.list.update_entry(Entry(Path(path), self.editor.profile.room.name, None), False)
        self._show_state()
        self.profileSaved.emit(path)

    def _show_state(self) -> None:
        entry = self.list.entry_for(self.path)
        if entry is not None:
            self.list.update_entry(entry, self.has_unsaved_changes())
        self.duplicate_button.setEnabled(self.editor.doc is not None)
        self.delete_button.setEnabled(self.path is not None)
        self.use_button.setEnabled(entry is not None and entry.valid)

    # Files -------------------------------------------------------------------------------

    def new_profile(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New room profile"), self.tr("Room name:"))
        if ok and name.strip():
            folder = self.folders[-1]
            self._run(lambda: files.create(folder, name), self._created)

    def duplicate(self) -> None:
        doc = self.editor.doc
        if doc is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Duplicate room profile"),
            self.tr("Name of the new room:"),
            text=self.tr("%1 (copy)").replace("%1", self.editor.room_name()),
        )
        if ok and name.strip():
            text, folder = doc.dumps(), self.folders[-1]
            self._run(lambda: files.duplicate(text, folder, name), self._created)

    def _created(self, path: Path | None, error: Exception | None) -> None:
        if error is not None or path is None:
            self.editor.show_error(error)
        else:
            self.refresh(select=path)

    def delete(self) -> None:
        path = self.path
        if path is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete room profile"),
            self.tr("Delete the file %1? This cannot be undone.").replace("%1", path.name),
            Buttons.Yes | Buttons.No,
            Buttons.No,
        )
        if answer == Buttons.Yes:
            self._run(lambda: files.delete(path), lambda _r, error: self._deleted(path, error))

    def _deleted(self, path: Path, error: Exception | None) -> None:
        if error is not None:
            self.editor.show_error(error)
            return
        if same_file(path, self.path):
            self._open(None)
        self.refresh()

    def activate(self) -> None:
        entry = self.list.entry_for(self.path)
        if entry is not None and entry.valid:
            self.activateRequested.emit(str(entry.path))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_once and not self.is_busy():
            self.refresh()  # files may have been added or fixed by hand meanwhile
        self._shown_once = True
