"""One row per check: status (icon + word), what was measured against what the room needs,
and what to do. Shared by the Checklist page (live) and the History page (stored runs)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from vcdesk.core.checks.result import CheckResult
from vcdesk.ui import status, wording


class ResultsTable(QTableWidget):
    COLUMNS = 5

    def __init__(self) -> None:
        super().__init__(0, self.COLUMNS)
        self.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Status"), self.tr("Measured"), self.tr("Required"),
             self.tr("What it means")]
        )  # fmt: skip
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Measured and Required can be long ("↓ 87.3 / ↑ 12.0 Mbps", ">= 1280x720, >= 25 fps,
        # a live, sharp picture"): sized to their contents they squeezed the message, the
        # column that says what to do, to nothing. They wrap within a fixed share instead.
        em = self.fontMetrics().horizontalAdvance("M")
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, 11 * em)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(4 * em)
        self._rows: dict[str, int] = {}

    def reset_rows(self, check_ids: Iterable[str], state: str = status.WAITING) -> None:
        self.setRowCount(0)
        self._rows.clear()
        for check_id in check_ids:
            row = self.rowCount()
            self.insertRow(row)
            self._rows[check_id] = row
            self.setItem(row, 0, QTableWidgetItem(wording.check_name(check_id)))
            self._set_state(row, state)
            for column in (2, 3, 4):
                self.setItem(row, column, QTableWidgetItem(""))
        self.resizeRowsToContents()

    def set_running(self) -> None:
        for row in self._rows.values():
            self._set_state(row, status.RUNNING)

    def show_result(self, result: CheckResult) -> None:
        row = self._rows.get(result.id)
        if row is None:
            self.reset_rows([*self._rows, result.id], status.WAITING)
            row = self._rows[result.id]
        self._set_state(row, result.status)
        self.item(row, 2).setText(wording.measured(result))
        self.item(row, 3).setText(wording.required(result) or "–")
        text = wording.message(result)
        self.item(row, 4).setText(text)
        self.item(row, 4).setToolTip(text)
        self.resizeRowToContents(row)

    def show_results(self, results: Iterable[CheckResult]) -> None:
        results = list(results)
        self.reset_rows([r.id for r in results])
        for result in results:
            self.show_result(result)

    def state_of(self, check_id: str) -> str:
        """The status word shown for a check (tests and accessibility read this)."""
        return self.item(self._rows[check_id], 1).text()

    def _set_state(self, row: int, state: str) -> None:
        item = QTableWidgetItem(status.icon(state), status.word(state))
        item.setForeground(status.colour(state))
        item.setData(Qt.ItemDataRole.UserRole, str(state))
        self.setItem(row, 1, item)
