"""The form for one room profile: a section list and, per section, an editor per option,
with the validator's problems shown beside the options they name.

Edits go straight into the ProfileDocument (the round-trip YAML tree). An option set back
to what the file had is put back exactly as written (`1.0` stays `1.0`), and an option the
file left out that is set back to its default is left out again, so "unchanged" means the
file would be saved byte for byte as it is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vcdesk.core.checks.result import Status
from vcdesk.core.profile.document import ProfileDocument
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import Problem
from vcdesk.core.words.profile import problem_message
from vcdesk.ui import status
from vcdesk.ui.pages import profile_labels as labels
from vcdesk.ui.pages.profile_fields import (
    KEEP,
    Editor,
    Kind,
    Run,
    Spec,
    editor_for,
    specs,
)
from vcdesk.ui.pages.profile_lists import ListEditor
from vcdesk.ui.pages.profile_meetings import PathEditor, SopEditor
from vcdesk.ui.pages.profile_view import describe

Loc = tuple[str, ...]
MISSING = object()
# A top-level option shown on another option's page: the licences file under the licences.
JOINED = {"licences_file": "licences"}


class InlineError(QWidget):
    """A problem under its option: an icon and the validator's words (never colour alone)."""

    def __init__(self) -> None:
        super().__init__()
        self.icon = QLabel()
        size = self.fontMetrics().height()
        self.icon.setPixmap(status.icon(Status.FAIL).pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The failure colour, made readable on this palette (light or dark).
        fail = status.text_colour(Status.FAIL, self.palette(), QPalette.ColorRole.Window)
        self.text.setStyleSheet(f"color: {fail.name()};")
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.text.setText("\n".join(messages))
        self.setVisible(bool(messages))


class ProfileForm(QWidget):
    edited = Signal()  # the document changed by a person's edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc: ProfileDocument | None = None
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, InlineError] = {}
        self._scrolls: dict[str, QScrollArea] = {}
        self._bodies: dict[str, QVBoxLayout] = {}
        self._originals: dict[Loc, tuple[bool, Any, Any]] = {}
        self._present: set[Loc] = set()
        self.sections = QListWidget()
        self.sections.setObjectName("profileSections")
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for spec in specs(Profile):
            if spec.kind is not Kind.FIXED:
                self._add_section(spec)
        width = max(
            self.sections.sizeHintForColumn(0), self.fontMetrics().horizontalAdvance("M" * 9)
        )
        self.sections.setFixedWidth(width + 40)
        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)

    # Building ----------------------------------------------------------------------------

    def _add_section(self, spec: Spec) -> None:
        if spec.dotted in JOINED:  # a row under the page it belongs with
            self._bodies[JOINED[spec.dotted]].addLayout(self._rows([spec]))
            return
        body = QWidget()
        column = QVBoxLayout(body)
        if spec.kind is Kind.SECTION:
            column.addLayout(self._rows([s for s in spec.children if s.kind is not Kind.SECTION]))
            for child in (s for s in spec.children if s.kind is Kind.SECTION):
                group = QGroupBox(labels.section(child.dotted))
                group.setLayout(self._rows(list(child.children)))
                column.addWidget(group)
        else:  # a list at the top level (the SOP checklist): a label above a wide editor
            title = QLabel(labels.field(spec.dotted))
            editor = self._editor(spec)
            title.setBuddy(editor.focus_target())
            column.addWidget(title)
            if spec.description:
                hint = QLabel(labels.description(spec.description))
                hint.setWordWrap(True)
                column.addWidget(hint)
            column.addWidget(editor, 1)
            column.addWidget(self.errors[spec.dotted])
        self._bodies[spec.dotted] = column
        if spec.kind is Kind.SECTION:
            column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self._scrolls[spec.dotted] = scroll
        self.stack.addWidget(scroll)
        item = QListWidgetItem(labels.section(spec.dotted), self.sections)
        item.setData(Qt.ItemDataRole.UserRole, spec.dotted)

    def _rows(self, fields: list[Spec]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for spec in fields:
            editor = self._editor(spec)
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            stack.addWidget(editor)
            stack.addWidget(self.errors[spec.dotted])
            label = QLabel(labels.field(spec.dotted))
            label.setBuddy(editor.focus_target())
            label.setToolTip(editor.focus_target().toolTip())
            form.addRow(label, cell)
        return form

    def _editor(self, spec: Spec) -> Editor:
        editor = editor_for(spec)
        editor.changed.connect(lambda e=editor: self._on_changed(e))
        # Connected second, so it fires after the document has the new value; relayed by Qt,
        # not emitted from Python (see Editor).
        editor.changed.connect(self.edited)
        self.editors[spec.dotted] = editor
        self.errors[spec.dotted] = InlineError()
        if isinstance(editor, SopEditor) and "meetings.kinds" in self.editors:
            # The SOP's kinds are the kinds listed just above it, as they are typed.
            kinds = self.editors["meetings.kinds"]
            kinds.changed.connect(lambda: editor.set_kinds(kinds.value()))
        return editor

    def set_runner(self, run: Run) -> None:
        """The fields offering this computer's devices and the time zones make their lists
        with `run`, on the task pool, once each is first shown."""
        for editor in self.editors.values():
            if isinstance(editor, ListEditor):
                editor.set_runner(run)

    # The document ------------------------------------------------------------------------

    def set_document(self, doc: ProfileDocument | None) -> None:
        self.doc = doc
        self.rebaseline()
        for editor in self.editors.values():
            if isinstance(editor, PathEditor):
                editor.set_base(doc.path if doc is not None else None)
            value = doc.get(editor.spec.loc, MISSING) if doc is not None else MISSING
            editor.set_value(editor.spec.default if value is MISSING else value)
            if isinstance(editor, SopEditor) and "meetings.kinds" in self.editors:
                editor.set_kinds(self.editors["meetings.kinds"].value())
        self.show_problems([])
        self.setEnabled(doc is not None)

    def rebaseline(self) -> None:
        """What the document holds now is what the file holds (after open or save)."""
        self._originals.clear()
        self._present = _mapping_keys(self.doc.tree, ()) if self.doc is not None else set()

    def is_dirty(self) -> bool:
        if self.doc is None:
            return False
        for loc, (present, plain, _node) in self._originals.items():
            now = self.doc.get(loc, MISSING)
            if (now is not MISSING) != present or (present and not _same(_plain(now), plain)):
                return True
        return False

    def _on_changed(self, editor: Editor) -> None:
        if self.doc is None:
            return
        loc, value = editor.spec.loc, editor.value()
        if loc not in self._originals:
            node = self.doc.get(loc, MISSING)
            self._originals[loc] = (loc in self._present, _plain(node), node)
        present, plain, node = self._originals[loc]
        if value is KEEP or (present and _same(value, plain)):
            if isinstance(node, CommentedSeq | CommentedMap):
                self._put(loc, plain)  # merged back in place: its comments never left
            else:
                self._restore(loc, node)
        elif not present and _same(value, editor.spec.default):
            self._remove(loc)
        else:
            self._put(loc, value)

    def _restore(self, loc: Loc, node: Any) -> None:
        if node is MISSING:
            self._remove(loc)
        else:
            self._put(loc, None)  # recreates a section if it was removed meanwhile
            self.doc.get(loc[:-1])[loc[-1]] = node  # type: ignore[union-attr]

    def _put(self, loc: Loc, value: Any) -> None:
        assert self.doc is not None
        current = self.doc.get(loc)
        if _fits(current, value):
            # In place, so each item keeps its comment and a [flow, list] stays one.
            _merge(current, value)
        else:
            new_section = len(loc) > 1 and loc[0] not in self.doc.tree
            self.doc.set(loc, _fresh(value))
            if new_section:  # set apart by a blank line, as the sections an admin wrote are
                self.doc.tree.yaml_set_comment_before_after_key(loc[0], before="\n")

    def _remove(self, loc: Loc) -> None:
        """Take out an option the file did not have, and the sections made for it."""
        assert self.doc is not None
        for depth in range(len(loc), 0, -1):
            here = loc[:depth]
            if depth < len(loc) and (here in self._present or self.doc.get(here)):
                break
            parent = self.doc.get(here[:-1])
            self.doc.remove(here)
            if isinstance(parent, CommentedMap):
                parent.ca.items.pop(here[-1], None)  # the blank line _put set before it

    # Problems ----------------------------------------------------------------------------

    def target(self, problem: Problem) -> str | None:
        """The option or section a problem belongs to, as a dotted name in this form. A
        problem in another file (the shared licences file) belongs to the option naming it."""
        if self.doc is not None and problem.path and Path(problem.path) != Path(self.doc.path):
            return "licences_file" if "licences_file" in self.editors else None
        parts = re.sub(r"\[\d+\]", "", problem.field).split(".")
        for depth in range(len(parts), 0, -1):
            dotted = ".".join(parts[:depth])
            if dotted in self.editors or dotted in self._scrolls:
                return dotted
        return None

    def show_problems(self, problems: list[Problem]) -> None:
        inline: dict[str, list[str]] = {}
        bad_sections: dict[str, int] = {}
        for problem in problems:
            dotted = self.target(problem)
            if dotted is None:
                continue
            page = _page(dotted)
            bad_sections[page] = bad_sections.get(page, 0) + 1
            if dotted in self.editors:
                inline.setdefault(dotted, []).append(self._inline(dotted, problem))
        for dotted, error in self.errors.items():
            error.show_messages(inline.get(dotted, []))
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            count = bad_sections.get(name, 0)
            if count:
                item.setIcon(status.icon(Status.FAIL))
                item.setToolTip(self.tr("Problems: %1").replace("%1", str(count)))
            elif self.doc is not None:
                item.setIcon(status.icon(Status.PASS))
                item.setToolTip(self.tr("No problems"))
            else:  # nothing loaded: no verdict to show
                item.setIcon(QIcon())
                item.setToolTip("")

    def _inline(self, dotted: str, problem: Problem) -> str:
        """The words under an option: which item of a list (and which of its options, for a
        licence), or which file and line for a problem in the shared file."""
        if self.doc is not None and Path(problem.path) != Path(self.doc.path):
            return describe(problem)
        index = re.search(r"\[(\d+)\]((?:\.\w+)*)$", problem.field)
        if index is None:
            return problem_message(problem)
        number = str(int(index[1]) + 1)
        if index[2]:  # an option inside the item: licences[1].capacity
            option = labels.field(dotted + index[2])
            prefix = self.tr("Item %1, %2: ").replace("%1", number).replace("%2", option)
        else:
            prefix = self.tr("Item %1: ").replace("%1", number)
        return prefix + problem_message(problem)

    def reveal(self, dotted: str) -> None:
        """Show the section holding `dotted` and put the cursor in its option."""
        section = _page(dotted)
        for row in range(self.sections.count()):
            if self.sections.item(row).data(Qt.ItemDataRole.UserRole) == section:
                self.sections.setCurrentRow(row)
        editor = self.editors.get(dotted)
        if editor is not None:
            self._scrolls[section].ensureWidgetVisible(editor)
            editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def editor(self, dotted: str) -> Editor:
        return self.editors[dotted]


def _page(dotted: str) -> str:
    top = dotted.split(".")[0]
    return JOINED.get(top, top)


def _fits(current: Any, value: Any) -> bool:
    """Whether `value` can be written into the node the file has, in place."""
    if isinstance(current, CommentedSeq):
        return isinstance(value, list | tuple)
    return isinstance(current, CommentedMap) and isinstance(value, dict)


def _merge(current: Any, value: Any) -> None:
    """Write `value` into the file's list or mapping in place: an item or option that is
    equal stays the very node it was (its comment and style with it); a nested list or
    mapping is merged the same way (a licence's hosts, an SOP kind's items)."""
    if isinstance(current, CommentedSeq):
        del current[len(value) :]
        for index, item in enumerate(value):
            if index >= len(current):
                current.append(_fresh(item))
            elif _fits(current[index], item):
                _merge(current[index], item)
            elif not _same(current[index], item):
                current[index] = _fresh(item)
        return
    for key in [key for key in current if key not in value]:
        del current[key]
    for key, item in value.items():
        if key in current and _fits(current[key], item):
            _merge(current[key], item)
        elif key not in current or not _same(current[key], item):
            current[key] = _fresh(item)


def _fresh(value: Any) -> Any:
    """A new value for the file: lists and mappings as YAML nodes (a tuple is no YAML)."""
    if isinstance(value, list | tuple):
        return CommentedSeq(_fresh(item) for item in value)
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        node = CommentedMap()
        for key, item in value.items():
            node[key] = _fresh(item)
        return node
    return value


def _mapping_keys(node: Any, loc: Loc) -> set[Loc]:
    found: set[Loc] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str):
                found.add((*loc, key))
                found |= _mapping_keys(value, (*loc, key))
    return found


def _plain(node: Any) -> Any:
    """A copy of the node as plain values: the file's nodes are merged into in place, so the
    baseline must not be those very nodes."""
    if isinstance(node, list | tuple):
        return tuple(_plain(item) for item in node)
    if isinstance(node, dict):
        return {key: _plain(item) for key, item in node.items()}
    return node


def _same(a: Any, b: Any) -> bool:
    """Equal as the profile means it: 30 == 30.0, but 1 != true and 0 != "0"."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list | tuple) or isinstance(b, list | tuple):
        return (
            isinstance(a, list | tuple)
            and isinstance(b, list | tuple)
            and len(a) == len(b)
            and all(_same(x, y) for x, y in zip(a, b, strict=True))
        )
    if isinstance(a, dict) or isinstance(b, dict):
        return (
            isinstance(a, dict)
            and isinstance(b, dict)
            and list(a) == list(b)  # the order is the file's: a reordered mapping is a change
            and all(_same(a[key], b[key]) for key in a)
        )
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    if a is None or b is None or a is MISSING or b is MISSING:
        return a is b
    return isinstance(a, str) == isinstance(b, str) and a == b
