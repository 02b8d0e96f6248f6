"""The list of room profile files: room name and file name, and for a file with problems or
with unsaved changes an icon and the words "invalid" / "unsaved changes" in the text and the
tooltip, so neither is ever hidden nor shown by colour alone."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from vcdesk.core.checks.result import Status
from vcdesk.core.words.profile import problem_line
from vcdesk.ui import status
from vcdesk.ui.pages.profile_files import Entry

PATH_ROLE = Qt.ItemDataRole.UserRole


def same_file(a: Path | str | None, b: Path | str | None) -> bool:
    # Compared as text, not resolved on disk: this runs on the UI thread.
    if a is None or b is None:
        return a is b
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def entry_icon(valid: bool, dirty: bool) -> QIcon:
    """The file's verdict (a tick, or a cross in a square), with a star badge in the corner
    while it has unsaved changes: the "*" of an editor's title bar, as a shape."""
    state = Status.PASS if valid else Status.FAIL
    return _unsaved_icon(state) if dirty else status.icon(state)


@functools.cache
def _unsaved_icon(state: str, size: int = 64) -> QIcon:
    s = float(size)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPixmap(0, 0, status.icon(state).pixmap(round(s * 0.8), round(s * 0.8)))
    centre, radius = QPointF(s * 0.74, s * 0.74), s * 0.25
    painter.setPen(QPen(QColor("white"), s * 0.05))
    painter.setBrush(status.colour(status.RUNNING))
    painter.drawEllipse(centre, radius, radius)
    pen = QPen(QColor("white"), s * 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    arm = radius * 0.58
    for dx, dy in ((0.0, 1.0), (0.866, 0.5), (0.866, -0.5)):  # an asterisk: three strokes
        offset = QPointF(dx * arm, dy * arm)
        painter.drawLine(centre - offset, centre + offset)
    painter.end()
    return QIcon(pixmap)


class ProfileList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileList")
        size = self.fontMetrics().height() * 2
        self.setIconSize(QSize(size, size))
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry], current: Path | None) -> None:
        """Replace the items without emitting selection signals; keep `current` selected."""
        self.blockSignals(True)
        self.clear()
        self.entries = list(entries)
        for entry in entries:
            item = QListWidgetItem(self)
            item.setData(PATH_ROLE, str(entry.path))
            self.show_entry(item, entry, dirty=False)
        self.set_current(current)
        self.blockSignals(False)

    def show_entry(self, item: QListWidgetItem, entry: Entry, dirty: bool) -> None:
        name = entry.room or entry.path.stem
        notes = []
        if not entry.valid:
            notes.append(self.tr("invalid"))
        if dirty:
            notes.append(self.tr("unsaved changes"))
        second = entry.path.name
        if notes:
            second = self.tr("%1 (%2)").replace("%1", second).replace("%2", ", ".join(notes))
        item.setText(f"{name}\n{second}")
        item.setIcon(entry_icon(entry.valid, dirty))
        tip = [str(entry.path)]
        if notes:
            tip.append(", ".join(notes))
        if entry.problem is not None:
            tip.append(problem_line(entry.problem))
        item.setToolTip("\n".join(tip))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {second}")

    def update_entry(self, entry: Entry, dirty: bool) -> None:
        self.entries = [entry if same_file(e.path, entry.path) else e for e in self.entries]
        item = self.item_for(entry.path)
        if item is not None:
            self.show_entry(item, entry, dirty)

    def entry_for(self, path: Path | str | None) -> Entry | None:
        return next((e for e in self.entries if same_file(e.path, path)), None)

    def item_for(self, path: Path | str | None) -> QListWidgetItem | None:
        for row in range(self.count()):
            if same_file(self.item(row).data(PATH_ROLE), path):
                return self.item(row)
        return None

    def path_of(self, item: QListWidgetItem | None) -> Path | None:
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def set_current(self, path: Path | None) -> None:
        """Select `path` (or nothing) without asking the page about it."""
        blocked = self.blockSignals(True)
        item = self.item_for(path)
        if item is None:
            self.setCurrentRow(-1)
        else:
            self.setCurrentItem(item)
        self.blockSignals(blocked)
