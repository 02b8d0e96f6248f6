"""One room profile being edited: its form, the validator's verdict, the YAML it will
write, and Save / Revert. Reading and writing the file go through the page's task runner;
validating and dumping the YAML tree are in-memory work of a few milliseconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core.checks.result import Status
from vcdesk.core.profile import shared
from vcdesk.core.profile.document import ProfileDocument, write_atomic
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import Problem, ProfileError
from vcdesk.core.words.profile import problem_line
from vcdesk.ui import status
from vcdesk.ui.pages import profile_files as files
from vcdesk.ui.pages.profile_form import InlineError, ProfileForm
from vcdesk.ui.pages.profile_view import (
    TARGET_ROLE,
    ElidedLabel,
    ProblemSummary,
    StateBadge,
    YamlView,
    describe,
)

Run = Callable[[Callable[[], Any], Callable[[Any, Exception | None], None]], None]


def button(
    owner: QWidget, text: str, slot: Callable[[], object], key: QKeySequence.StandardKey | None
) -> QPushButton:
    """A button with a mnemonic in `text` and, optionally, a standard shortcut that works
    while the focus is anywhere in `owner` (so another page's Ctrl+S is left alone)."""
    widget = QPushButton(text)
    widget.clicked.connect(lambda: slot())
    if key is not None:
        shortcut = QShortcut(QKeySequence(key), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: slot() if widget.isEnabled() else None)
        sequence = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        widget.setToolTip(f"{text.replace('&', '')} ({sequence})")
    return widget


class ProfileEditor(QWidget):
    saved = Signal(str)  # path; once per save, never per keystroke (see Editor)
    loaded = Signal()  # the file asked for by open() has been read (or failed to be)

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.path: Path | None = None
        self.doc: ProfileDocument | None = None
        self.profile: Profile | None = None
        self.problems: list[Problem] = []
        self._loads = 0
        self._loading = False
        self._saving = False
        self._raw_shown = False
        # The shared licences file's verdict, for the file the profile names now: checked on
        # the pool when that name changes (or the profile is opened), kept between edits.
        self._shared_key: str | None = None
        self._shared_problems: list[Problem] = []
        self._yaml_timer = QTimer(self, singleShot=True, interval=120)
        self._yaml_timer.timeout.connect(self._show_yaml)

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.state = StateBadge()
        self.file_label = ElidedLabel()
        self.notice = InlineError()
        self.form = ProfileForm()
        self.form.edited.connect(self.revalidate)
        self.yaml_view = YamlView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("&Form"))
        self.tabs.addTab(self.yaml_view, self.tr("&YAML file"))
        self.tabs.currentChanged.connect(lambda _i: self._schedule_yaml())
        self.summary = ProblemSummary()
        self.summary.items.itemActivated.connect(self._reveal)
        self.summary.items.itemClicked.connect(self._reveal)
        self.save_button = button(self, self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.revert_button = button(self, self.tr("&Revert"), self.revert, None)
        self.revert_button.setToolTip(self.tr("Read the file again, dropping unsaved changes"))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.state)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addWidget(self.revert_button)
        self.buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.file_label)
        column.addWidget(self.notice)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.summary)
        column.addLayout(self.buttons)
        self.show_state()

    # Opening -----------------------------------------------------------------------------

    def open(self, path: Path | None) -> None:
        """Show `path` (None: nothing). Unsaved changes are the caller's question."""
        self._loads += 1
        ticket = self._loads
        self.path, self.doc, self.profile, self.problems = path, None, None, []
        self._shared_key, self._shared_problems = None, []
        self.form.set_document(None)
        self.notice.show_messages([])
        self.yaml_view.clear()
        self._loading = path is not None
        self._show_problems()
        self.show_state()
        if path is not None:
            self._run(
                lambda: files.open_document(path),
                lambda result, error: self._opened(ticket, result, error),
            )

    def _opened(self, ticket: int, result: Any, error: Exception | None) -> None:
        if ticket != self._loads:
            return  # the admin has moved on to another profile
        self._loading = False
        if error is not None:
            self.show_error(error)
            self.loaded.emit()
            return
        doc, text, problems = result
        self.doc = doc
        self.form.set_document(doc)
        self.tabs.setTabEnabled(0, doc is not None)
        if doc is None:
            self.problems = problems
            self.notice.show_messages([describe(problems[0])])
            self.notice.setToolTip(problem_line(problems[0]))
            self._raw_shown = True
            self.yaml_view.show_raw(text, problems[0].line)
            self.tabs.setCurrentWidget(self.yaml_view)
            self._show_problems()
            self.show_state()
        else:
            if self._raw_shown:
                self.tabs.setCurrentWidget(self.form)
            self._raw_shown = False
            self.revalidate()
        self.loaded.emit()

    def revert(self) -> None:
        if self.path is not None:
            self.open(self.path)

    # Editing and saving ------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.form.is_dirty()

    def can_save(self) -> bool:
        return self.doc is not None and not self.problems and not self._saving and self.is_dirty()

    def revalidate(self) -> None:
        if self.doc is None:
            return
        try:
            self.profile, self.problems = self.doc.validate(), []
        except ProfileError as exc:
            self.profile, self.problems = None, exc.problems
        if self.profile is not None:
            self.problems = self.problems + self._shared_verdict(self.profile)
        self.form.show_problems(self.problems)
        self._show_problems()
        self.show_state()
        self._schedule_yaml()

    def _shared_verdict(self, profile: Profile) -> list[Problem]:
        """The shared licences file's problems as last found; a new name is checked on the
        pool (its verdict then revalidates). A broken shared file is the room's problem, as
        `vcdesk profile validate` says: the room cannot tell its licences or savings."""
        assert self.doc is not None
        path = self.doc.path
        named = shared.shared_path(profile, path)
        key = None if named is None else str(named)
        if key != self._shared_key:
            self._shared_key, self._shared_problems = key, []
            if key is not None:
                self._run(
                    lambda: files.shared_problems(profile, path),
                    lambda result, error: self._shared_checked(key, result, error),
                )
        return self._shared_problems

    def _shared_checked(self, key: str, result: Any, error: Exception | None) -> None:
        if key != self._shared_key:
            return  # the profile names another file by now
        if error is not None:
            self.show_error(error)
            return
        self._shared_problems = list(result)
        self.revalidate()

    def save(
        self, then: Callable[[], object] | None = None, failed: Callable[[], object] | None = None
    ) -> bool:
        """Write the profile atomically, comments kept. False when there is nothing valid to
        save; otherwise `then` runs once it is on disk, or `failed` if writing failed."""
        if not self.can_save() or self.doc is None:
            return False
        doc, path = self.doc, self.doc.path
        text = doc.dumps()  # taken here: the tree belongs to this thread
        self._saving = True
        self.show_state()

        def done(_result: object, error: Exception | None) -> None:
            self._saving = False
            if error is not None:
                self.show_error(error)
                if failed is not None:
                    failed()
                return
            if self.doc is doc and doc.dumps() == text:  # no edit while it was writing
                self.form.rebaseline()
            self.notice.show_messages([])
            self.show_state()
            self.saved.emit(str(path))
            if then is not None:
                then()

        self._run(lambda: write_atomic(path, text), done)
        return True

    # Showing -----------------------------------------------------------------------------

    def room_name(self) -> str:
        if self.profile is not None:
            return self.profile.room.name
        name = self.doc.get(("room", "name")) if self.doc is not None else None
        if isinstance(name, str) and name.strip():
            return name
        return self.path.stem if self.path is not None else ""

    def show_state(self) -> None:
        dirty = self.is_dirty()
        state: str | None = None
        word = ""
        if self.path is None:
            self.title.setText(self.tr("No profile selected"))
        else:
            self.title.setText(self.room_name())
            if self._loading:
                state, word = status.RUNNING, self.tr("Loading…")
            elif self._saving:
                state, word = status.RUNNING, self.tr("Saving…")
            elif self.problems:
                state, word = Status.FAIL, self.tr("Invalid")
            else:
                state, word = Status.PASS, self.tr("Valid")
            if dirty and not self._loading:
                word = self.tr("%1, unsaved changes").replace("%1", word)
        self.file_label.set_full_text(str(self.path) if self.path else "")
        self.state.show_state(state, word)
        self.save_button.setEnabled(self.can_save())
        self.revert_button.setEnabled(self.path is not None and (dirty or self.doc is None))

    def show_error(self, error: Exception | None) -> None:
        if isinstance(error, ProfileError) and error.problems:
            self.notice.show_messages([describe(p) for p in error.problems])
        else:
            self.notice.show_messages(
                [self.tr("Something went wrong: %1").replace("%1", str(error))]
            )
        self.show_state()

    def _show_problems(self) -> None:
        # An unreadable file has no form to point into: its error is in the notice above.
        problems = self.problems if self.doc is not None else []
        self.summary.show_problems([(p, self.form.target(p) or "") for p in problems])

    def _reveal(self, item: QListWidgetItem) -> None:
        dotted = item.data(TARGET_ROLE)
        if dotted:
            self.tabs.setCurrentWidget(self.form)
            self.form.reveal(dotted)

    def _schedule_yaml(self) -> None:
        if self.tabs.currentWidget() is self.yaml_view and self.doc is not None:
            self._yaml_timer.start()  # dumping takes ms: once after a burst of typing

    def _show_yaml(self) -> None:
        if self.doc is not None:
            self.yaml_view.show_text(self.doc.dumps())
