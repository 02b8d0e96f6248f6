"""One row per check: status (icon + word), what was measured against what the room needs,
and what to do. Shared by the Checklist page (live) and the History page (stored runs).

Made to be read at a glance on a 1366x768 room screen: every row is two lines high, so all
seven checks fit without scrolling; a longer text is cut at the end of its second line with
"…", and the whole of it stands in the details pane under the table (ResultDetails) for the
selected row (a click or the arrow keys) and in the row's tooltip. Column widths are set
from the words they can hold, once, so they do not jump from one run to the next."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vcdesk.core.checks.result import CheckResult
from vcdesk.core.checks.runner import CHECK_IDS
from vcdesk.core.words import checks as wording
from vcdesk.core.words.glossary import term
from vcdesk.ui import status

LINES = 2  # text lines a row shows
PADDING = 4


class WrappedText(QStyledItemDelegate):
    """A cell's text wrapped to at most LINES lines, the last cut with "…" if need be."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(opt.font)
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lines = _wrapped(text, opt.font, rect.width(), LINES)
        # Centred in the row, as the name and status beside it are.
        top = rect.top() + (rect.height() - len(lines) * QFontMetrics(opt.font).lineSpacing()) / 2
        for y, line in lines:
            painter.drawText(QRectF(rect.left(), top + y, rect.width(), rect.height()), align, line)
        painter.restore()


def _wrapped(text: str, font: QFont, width: int, lines: int) -> list[tuple[float, str]]:
    """(y offset, text) of each shown line; the last shown line elided if text remains."""
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    shown: list[tuple[float, str]] = []
    layout.beginLayout()
    y = 0.0
    while len(shown) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(shown) == lines - 1 and start + length < len(text):
            rest = " ".join(text[start:].split())
            shown.append((y, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)))
        else:
            shown.append((y, text[start : start + length].rstrip()))
        y += metrics.lineSpacing()
    layout.endLayout()
    return shown


class ResultsTable(QTableWidget):
    COLUMNS = 5
    NAME, STATUS, MEASURED, REQUIRED, MESSAGE = range(COLUMNS)

    def __init__(self) -> None:
        super().__init__(0, self.COLUMNS)
        self.setHorizontalHeaderLabels(
            [term(key) for key in ("check", "status", "measured", "required", "message")]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)  # the delegate wraps, to LINES lines
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wrapped = WrappedText(self)
        for column in (self.MEASURED, self.REQUIRED, self.MESSAGE):
            self.setItemDelegateForColumn(column, wrapped)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.row_height())
        header = self.horizontalHeader()
        for column in range(self.MESSAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, self._column_width(column))
        header.setSectionResizeMode(self.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self._rows: dict[str, int] = {}

    def row_height(self) -> int:
        return LINES * self.fontMetrics().lineSpacing() + PADDING + 4

    def _column_width(self, column: int) -> int:
        """Wide enough for the longest word the column can hold in this language."""
        metrics = self.fontMetrics()
        em = metrics.horizontalAdvance("M")
        heading = metrics.horizontalAdvance(self.horizontalHeaderItem(column).text()) + 2 * em
        if column == self.NAME:
            texts = [wording.check_name(check) for check in CHECK_IDS]
            return max(heading, *(metrics.horizontalAdvance(t) + em for t in texts))
        if column == self.STATUS:
            words = [status.word(state) for state in status.COLOURS]
            icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            return max(heading, *(metrics.horizontalAdvance(w) + icon + 2 * em for w in words))
        # Measured and Required wrap on two lines: "↓ 87,3 / ↑ 12,0 Mbit/s" fits one.
        return max(heading, 11 * em)

    def minimumSizeHint(self) -> QSize:
        fixed = sum(self.columnWidth(c) for c in range(self.MESSAGE))
        em = self.fontMetrics().horizontalAdvance("M")
        rows = self.horizontalHeader().sizeHint().height() + 3 * self.row_height()
        return QSize(fixed + 14 * em, rows)

    def sizeHint(self) -> QSize:
        """All seven checks, without scrolling."""
        hint = self.minimumSizeHint()
        rows = len(CHECK_IDS) * self.row_height() + self.horizontalHeader().sizeHint().height()
        return QSize(hint.width(), rows + 2 * self.frameWidth())

    def reset_rows(self, check_ids: Iterable[str], state: str = status.WAITING) -> None:
        self.setRowCount(0)
        self._rows.clear()
        for check_id in check_ids:
            row = self.rowCount()
            self.insertRow(row)
            self._rows[check_id] = row
            name = QTableWidgetItem(wording.check_name(check_id))
            name.setData(Qt.ItemDataRole.UserRole, check_id)
            self.setItem(row, self.NAME, name)
            self._set_state(row, state)
            for column in (self.MEASURED, self.REQUIRED, self.MESSAGE):
                self.setItem(row, column, QTableWidgetItem(""))

    def set_running(self) -> None:
        for row in self._rows.values():
            self._set_state(row, status.RUNNING)

    def show_result(self, result: CheckResult) -> None:
        row = self._rows.get(result.id)
        if row is None:
            self.reset_rows([*self._rows, result.id], status.WAITING)
            row = self._rows[result.id]
        self._set_state(row, result.status)
        texts = {
            self.MEASURED: wording.measured(result),
            self.REQUIRED: wording.required(result) or "–",
            self.MESSAGE: wording.message(result),
        }
        for column, text in texts.items():
            self.item(row, column).setText(text)
            self.item(row, column).setToolTip(text)
        self.item(row, self.NAME).setData(Qt.ItemDataRole.UserRole + 1, result)
        if self.currentRow() == row:
            self.currentCellChanged.emit(row, 0, row, 0)  # the details pane shows the news

    def show_results(self, results: Iterable[CheckResult]) -> None:
        results = list(results)
        self.reset_rows([r.id for r in results])
        for result in results:
            self.show_result(result)

    def state_of(self, check_id: str) -> str:
        """The status word shown for a check (tests and accessibility read this)."""
        return self.item(self._rows[check_id], self.STATUS).text()

    def result_at(self, row: int) -> CheckResult | None:
        item = self.item(row, self.NAME) if 0 <= row < self.rowCount() else None
        result = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        return result if isinstance(result, CheckResult) else None

    def _set_state(self, row: int, state: str) -> None:
        item = QTableWidgetItem(status.icon(state), status.word(state))
        item.setForeground(status.text_colour(state, self.palette()))
        item.setData(Qt.ItemDataRole.UserRole, str(state))
        self.setItem(row, self.STATUS, item)


class ResultDetails(QLabel):
    """The whole of the selected check's result, under the table: what was found, what the
    room requires and what to do, never cut."""

    def __init__(self, table: ResultsTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultDetails")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 8)
        self._table = table
        self._hint = self.tr("Select a check (click, or the arrow keys) to read all of it here.")
        table.currentCellChanged.connect(lambda row, *_: self.show_row(row))
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        result = self._table.result_at(row)
        if result is None:
            self.setText(html.escape(self._hint))
            return
        name = html.escape(wording.check_name(result.id))
        word = html.escape(status.word(result.status))
        measured = html.escape(wording.measured(result))
        required = html.escape(wording.required(result) or "–")
        self.setText(
            f"<b>{name}: {word}.</b> "
            + html.escape(wording.message(result))
            + "<br>"
            + f"{html.escape(term('measured'))}: {measured} · "
            + f"{html.escape(term('required'))}: {required}"
        )
