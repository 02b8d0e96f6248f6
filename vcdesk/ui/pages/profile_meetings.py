"""Editors for the profile options about meetings (issue 15) that a plain field cannot
hold: the licences as a table, the SOP items per meeting kind, rupiah amounts past a C int
and the shared licences file with a Browse button.

Each keeps what it was given that it does not show (an option of a licence the table has
no column for, an SOP entry that is not a list), so editing one cell never drops what an
admin wrote elsewhere; the schema's problems then say what is wrong with it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core.profile.model import LICENCE_KINDS, MAX_RUPIAH, Licence
from vcdesk.ui.pages import profile_labels as labels
from vcdesk.ui.pages.profile_fields import Editor, Spec, typed

VALUE = Qt.ItemDataRole.UserRole  # the kind and capacity cells: the value as the file holds it
COLUMNS = ("name", "kind", "capacity", "hosts")
CAPACITY_DIGITS = 7  # the schema allows 100 000; more digits is a problem worth showing


# --- licences ----------------------------------------------------------------------------


class _LicenceCells(QStyledItemDelegate):
    """The kind cell edits as a choice of the two licence kinds, the capacity cell as digits;
    name and hosts as plain text."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        if COLUMNS[index.column()] == "kind":
            combo = QComboBox(parent)
            for kind in LICENCE_KINDS:
                combo.addItem(labels.choice("licences.kind", kind), kind)
            return combo
        editor = super().createEditor(parent, option, index)
        if COLUMNS[index.column()] == "capacity" and isinstance(editor, QLineEdit):
            pattern = QRegularExpression(rf"\d{{0,{CAPACITY_DIGITS}}}")
            editor.setValidator(QRegularExpressionValidator(pattern, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(VALUE)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            kind = editor.currentData()
            model.setData(index, kind, VALUE)
            model.setData(index, labels.choice("licences.kind", kind), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class LicencesEditor(Editor):
    """The room's own licences, a row each: name, kind, capacity, host accounts (separated
    by commas). Arrow keys move between cells, F2 or typing edits one, Tab leaves the
    table for Add and Remove; Delete removes the current row."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName(spec.dotted)
        self.table.setAccessibleName(labels.field(spec.dotted))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons, as in any form
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(_LicenceCells(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        header = self.table.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            title = QTableWidgetItem(labels.field(f"{spec.dotted}.{name}"))
            title.setToolTip(_column_tip(name))
            self.table.setHorizontalHeaderItem(column, title)
            mode = (
                QHeaderView.ResizeMode.Stretch
                if name in ("name", "hosts")
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        self.table.itemChanged.connect(self.changed)  # relayed by Qt (see Editor)
        self.add_button = QPushButton(QCoreApplication.translate("ProfileFields", "&Add licence"))
        self.add_button.setObjectName(f"add:{spec.dotted}")
        self.add_button.clicked.connect(self._add_row)
        self.add_button.clicked.connect(self.changed)  # after _add_row
        self.remove_button = QPushButton(
            QCoreApplication.translate("ProfileFields", "Remo&ve licence")
        )
        self.remove_button.setObjectName(f"remove:{spec.dotted}")
        self.remove_button.clicked.connect(self._remove_row)
        self.remove_button.clicked.connect(self.changed)  # after _remove_row
        self.table.installEventFilter(self)  # Delete on a row removes it
        self.table.currentCellChanged.connect(lambda *_a: self._show_buttons())
        self._had: list[dict[str, Any]] = []  # per row: what the file had (all its options)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._add(body, 1)
        self._show_buttons()

    def focus_target(self) -> QWidget:
        return self.table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The table's own key (a cell being edited has the focus itself, so its Delete
        # deletes a character).
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self.remove_button.isEnabled()
        ):
            self.remove_button.click()
            return True
        return super().eventFilter(watched, event)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell of a row is filled when the row is put
        return item

    def _show_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def _add_row(self) -> None:
        """A new row for the admin to fill in: its blank name and capacity are problems the
        form shows until they are filled."""
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self._put_row(row, {"name": "", "kind": "webmeeting", "capacity": None})
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.editItem(self.cell(row, 0))
        self._show_buttons()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._had[row]
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self._show_buttons()

    def _put_row(self, row: int, licence: Any) -> None:
        data = dict(licence) if isinstance(licence, Mapping) else {"name": licence}
        self.table.insertRow(row)
        self._had.insert(row, data)  # so a row left alone goes back exactly as it was
        for column, name in enumerate(COLUMNS):
            value = data.get(name)
            if name == "hosts" and isinstance(value, list | tuple):
                text = ", ".join(str(host) for host in value)
            elif name == "kind" and isinstance(value, str):
                text = labels.choice("licences.kind", value)
            else:
                text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if name in ("kind", "capacity") and isinstance(value, str | int):
                item.setData(VALUE, value)
            self.table.setItem(row, column, item)

    def value(self) -> tuple[dict[str, Any], ...]:
        rows = []
        for row in range(self.table.rowCount()):
            had = self._had[row]
            licence: dict[str, Any] = {}
            for column, name in enumerate(COLUMNS):
                item = self.cell(row, column)
                text = item.text().strip()
                if name == "name":
                    licence[name] = text
                elif name == "kind":
                    licence[name] = item.data(VALUE)
                elif name == "capacity":
                    if text:
                        licence[name] = int(text) if text.isdigit() else text
                    elif item.data(VALUE) is not None:
                        licence[name] = None  # emptied: the schema says a number is needed
                elif name == "hosts":
                    hosts = [host.strip() for host in text.split(",") if host.strip()]
                    if hosts or "hosts" in had:
                        licence[name] = hosts
            # An option the table has no column for (a typo the schema names) is kept.
            licence.update({key: v for key, v in had.items() if key not in COLUMNS})
            # Each option in the order the file wrote it, new ones after.
            ordered = {key: licence[key] for key in had if key in licence}
            ordered.update({key: v for key, v in licence.items() if key not in ordered})
            rows.append(ordered)
        return tuple(rows)

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list | tuple) else ()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._had = []
        for row, licence in enumerate(items):
            self._put_row(row, licence)
        self.table.blockSignals(False)
        self._show_buttons()


def _column_tip(name: str) -> str:
    info = Licence.model_fields[name]
    return labels.description(info.description or "")


# --- SOP items per meeting kind ----------------------------------------------------------


class SopEditor(Editor):
    """Pick a meeting kind (from meetings.kinds), then write its SOP items, one a line.
    Items of a kind that is not in meetings.kinds stay listed (marked) until moved: the
    schema says so."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.kinds = QComboBox()
        self.kinds.setObjectName(f"kind:{spec.dotted}")
        self.kinds.setAccessibleName(QCoreApplication.translate("ProfileFields", "Meeting kind"))
        self.kinds.setToolTip(
            QCoreApplication.translate(
                "ProfileFields", "The meeting kind whose SOP items are shown below"
            )
        )
        self.kinds.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(spec.dotted)
        self.edit.setTabChangesFocus(True)
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "ProfileFields", "One item per line, ticked before a meeting of this kind"
            )
        )
        self.edit.textChanged.connect(self._keep_text)
        self.edit.textChanged.connect(self.changed)  # after _keep_text; relayed by Qt
        self._items: dict[str, Any] = {}  # kind -> its items (a list), or what the file had
        self._order: list[str] = []  # kinds in the file's order, then as they were added
        self._known: tuple[str, ...] = ()
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        kind_label = QLabel(QCoreApplication.translate("ProfileFields", "Meeting &kind:"))
        kind_label.setBuddy(self.kinds)
        row.addWidget(kind_label)
        row.addWidget(self.kinds)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.edit)
        self._add(column, 1)

    def focus_target(self) -> QWidget:
        return self.kinds

    def current_kind(self) -> str | None:
        kind = self.kinds.currentData()
        return kind if isinstance(kind, str) else None

    def choose(self, kind: str) -> None:
        self.kinds.setCurrentIndex(self.kinds.findData(kind))

    def set_kinds(self, kinds: Any) -> None:
        """The kinds meetings.kinds lists now; the one being edited stays chosen."""
        known = tuple(str(k) for k in kinds) if isinstance(kinds, list | tuple) else ()
        self._known = known
        current = self.current_kind()
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for kind in known:
            self.kinds.addItem(kind, kind)
        for kind in self._order:
            if kind not in known:
                self.kinds.addItem(
                    QCoreApplication.translate("ProfileFields", "%1 (not a meeting kind)").replace(
                        "%1", kind
                    ),
                    kind,
                )
        index = self.kinds.findData(current) if current is not None else -1
        self.kinds.setCurrentIndex(index if index >= 0 else min(0, self.kinds.count() - 1))
        self.kinds.blockSignals(False)
        self._show_kind()

    def _show_kind(self) -> None:
        kind = self.current_kind()
        items = self._items.get(kind, []) if kind is not None else []
        self.edit.blockSignals(True)
        if isinstance(items, list | tuple):
            self.edit.setPlainText("\n".join(str(item) for item in items))
            self.edit.setReadOnly(kind is None)
        else:  # not a list in the file: shown, left as it is (its problem says why)
            self.edit.setPlainText(str(items))
            self.edit.setReadOnly(True)
        self.edit.blockSignals(False)

    def _keep_text(self) -> None:
        kind = self.current_kind()
        if kind is None:
            return
        lines = [line.strip() for line in self.edit.toPlainText().splitlines()]
        self._items[kind] = [line for line in lines if line]
        if kind not in self._order:
            self._order.append(kind)

    def value(self) -> dict[str, Any]:
        # A kind whose items were all taken out goes from the file too.
        return {k: self._items[k] for k in self._order if self._items.get(k) not in ([], None)}

    def set_value(self, value: Any) -> None:
        given = dict(value) if isinstance(value, Mapping) else {}
        self._items = {
            str(k): list(v) if isinstance(v, list | tuple) else v for k, v in given.items()
        }
        self._order = list(self._items)
        self.set_kinds(self._known)
        if not self._items.get(self.current_kind() or ""):
            # Opened on the first kind that has items, so what the profile holds is in view.
            with_items = [k for k in self._order if self._items[k]]
            if with_items:
                self.choose(with_items[0])


# --- rupiah ------------------------------------------------------------------------------

_RUPIAH = re.compile(r"\s*(?:Rp\.?\s*)?(?P<digits>[0-9][0-9.\s]*)?(?:,-|,0{1,2})?\s*", re.I)


def rupiah_text(amount: int) -> str:
    """15000000 as 15.000.000: rupiah are grouped with dots, whatever the UI language."""
    return f"{amount:,}".replace(",", ".")


class RupiahEditor(Editor):
    """Whole rupiah, shown grouped (15.000.000; the label says Rp) and typed with or without
    the dots. A QSpinBox stops at 2 147 483 647; an amount here may reach the schema's
    10^12."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.edit = QLineEdit()
        self.edit.setObjectName(spec.dotted)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaxLength(24)
        pattern = QRegularExpression(r"\s*(Rp\.?\s*)?[0-9][0-9.\s]*(,-|,0{0,2})?\s*|\s*")
        pattern.setPatternOptions(QRegularExpression.PatternOption.CaseInsensitiveOption)
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 20))
        self.edit.textEdited.connect(self.changed)  # relayed by Qt (see Editor)
        self.edit.editingFinished.connect(self._regroup)
        self._add(self.edit)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> Any:
        text = self.edit.text()
        match = _RUPIAH.fullmatch(text)
        if match is None:
            return text  # the validator keeps this from happening; the schema would say so
        digits = re.sub(r"\D", "", match["digits"] or "")
        return int(digits) if digits else 0

    def set_value(self, value: Any) -> None:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            self.edit.setText(rupiah_text(value))
        else:  # a value the schema refuses ("15.000.000" as text): shown as written
            self.edit.setText("" if value is None else str(value))

    def _regroup(self) -> None:
        value = self.value()
        if isinstance(value, int) and value <= MAX_RUPIAH * 1000:
            cursor_at_end = self.edit.cursorPosition() == len(self.edit.text())
            self.edit.setText(rupiah_text(value))  # no textEdited: the value is the same
            if cursor_at_end:
                self.edit.end(False)

    def range_tip(self) -> str:
        return labels.range_text(f"Rp{rupiah_text(0)}", f"Rp{rupiah_text(MAX_RUPIAH)}")


# --- a file the profile names ------------------------------------------------------------


class PathEditor(Editor):
    """A file path, typed or picked with Browse. A picked file inside or beside the
    profile's folder is written relative to it, so the folder can move as a whole."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.base: Path | None = None  # the profile's folder
        self.edit = QLineEdit()
        self.edit.setObjectName(spec.dotted)
        self.edit.setPlaceholderText(QCoreApplication.translate("ProfileFields", "not set"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.changed)
        self.browse = QPushButton(QCoreApplication.translate("ProfileFields", "&Browse…"))
        self.browse.setObjectName(f"browse:{spec.dotted}")
        self.browse.setToolTip(QCoreApplication.translate("ProfileFields", "Choose the file"))
        self.browse.clicked.connect(self._browse)
        self.browse.clicked.connect(self.changed)  # after _browse; no change if cancelled
        self._add(self.edit, 1)
        self.layout_.addWidget(self.browse)

    def focus_target(self) -> QWidget:
        return self.edit

    def set_base(self, profile_path: Path | None) -> None:
        self.base = profile_path.parent if profile_path is not None else None

    def _browse(self) -> None:
        start = str(self.base or Path.home())
        current = self.value()
        if isinstance(current, str):
            start = str(Path(start) / os.path.expanduser(current))
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ProfileFields", "Shared licences file"),
            start,
            QCoreApplication.translate("ProfileFields", "YAML files (*.yaml *.yml)"),
        )
        if chosen:
            self.edit.setText(self._relative(Path(chosen)))

    def _relative(self, chosen: Path) -> str:
        if self.base is None:
            return str(chosen)
        try:
            relative = os.path.relpath(chosen, self.base)
        except ValueError:  # another drive (Windows): only the full path names it
            return str(chosen)
        # One folder up is "beside the profiles"; further is someone else's folder.
        if relative.startswith(os.pardir + os.sep + os.pardir):
            return str(chosen)
        return Path(relative).as_posix()

    def value(self) -> Any:
        return typed(self.spec, self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)


# Options with an editor of their own, by their dotted name.
OWN: dict[str, type[Editor]] = {
    "licences": LicencesEditor,
    "meetings.sop": SopEditor,
    "savings.travel_cost_per_meeting": RupiahEditor,
    "savings.meal_cost_per_participant": RupiahEditor,
    "licences_file": PathEditor,
}
