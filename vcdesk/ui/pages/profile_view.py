"""The read-only parts of the profile editor: the file path, the state badge, the YAML view
and the list of problems."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontDatabase, QPixmap, QResizeEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core.checks.result import Status
from vcdesk.core.profile.problems import Problem
from vcdesk.core.words.profile import problem_line, problem_message
from vcdesk.ui import status

TARGET_ROLE = Qt.ItemDataRole.UserRole


def describe(problem: Problem) -> str:
    """`file.yaml:LINE: field: what is wrong`, in the UI's language; the full path goes in
    a tooltip (`problem_line`), so a long folder name never widens the page."""
    return problem.located(problem_message(problem), Path(problem.path).name)


class ElidedLabel(QLabel):
    """A path that shortens in the middle instead of widening the page."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setMinimumWidth(40)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())


class StateBadge(QWidget):
    """Icon + word (never colour alone): Valid, Invalid, Loading…"""

    def __init__(self) -> None:
        super().__init__()
        self.icon = QLabel()
        self.word = QLabel()
        self.word.setObjectName("profileState")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.word)

    def show_state(self, state: str | None, word: str) -> None:
        size = self.fontMetrics().height()
        self.icon.setPixmap(status.icon(state).pixmap(size, size) if state else QPixmap())
        self.word.setText(word)


class YamlView(QPlainTextEdit):
    """The profile as it will be written; for a file that cannot be opened, the file as it
    is with the bad line marked, to fix it by hand."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("profileYaml")
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

    def show_text(self, text: str) -> None:
        bar = self.verticalScrollBar()
        position = bar.value()  # stay where the admin was reading
        self.setExtraSelections([])
        self.setPlainText(text)
        bar.setValue(position)

    def show_raw(self, text: str, line: int) -> None:
        self.setExtraSelections([])
        self.setPlainText(text)
        block = self.document().findBlockByNumber(max(line - 1, 0))
        if not text or not block.isValid():
            return
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(block)
        mark.format.setBackground(status.colour(Status.FAIL).lighter(185))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.setExtraSelections([mark])
        self.setTextCursor(QTextCursor(block))
        self.centerCursor()


class ProblemSummary(QWidget):
    """Every problem of the open profile; activating one shows its option in the form."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.items = QListWidget()
        self.items.setObjectName("profileProblems")
        self.items.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setIconSize(QSize(16, 16))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items)
        self.hide()

    def show_problems(self, problems: list[tuple[Problem, str]]) -> None:
        """(problem, dotted name of the option it belongs to, or "")."""
        self.items.clear()
        for problem, target in problems:
            item = QListWidgetItem(status.icon(Status.FAIL), describe(problem), self.items)
            item.setToolTip(problem_line(problem))
            item.setData(TARGET_ROLE, target)
        self.title.setText(
            self.tr("Problems in this profile: %1").replace("%1", str(len(problems)))
        )
        self.setVisible(bool(problems))

    def count(self) -> int:
        return self.items.count()

    def text(self, row: int) -> str:
        return self.items.item(row).text()
