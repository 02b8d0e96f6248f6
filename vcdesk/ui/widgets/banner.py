"""A state said big, at the top of a page: icon + title + one line of explanation, framed in
the state's colour over a pale wash of it (calm enough to sit behind text all day, and never
the only sign: the icon's shape and the words say it too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout


def tint(colour: QColor, share: float = 0.12) -> QColor:
    """The colour as a pale wash over white."""
    return QColor.fromRgbF(*(1 - share + share * c for c in colour.getRgbF()[:3]))


class Banner(QFrame):
    def __init__(self, name: str, title_scale: float = 1.8, icon_size: int = 48) -> None:
        """`name`: the object name its style sheet is keyed on (one per page)."""
        super().__init__()
        self._name = name
        self._icon_size = icon_size
        self.setObjectName(name)
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * title_scale)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def say(self, icon: QIcon, colour: QColor, title: str, detail: str) -> None:
        self.icon.setPixmap(icon.pixmap(self._icon_size, self._icon_size))
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setStyleSheet(
            f"#{self._name} {{ border: 2px solid {colour.name()}; border-radius: 6px;"
            f" background: {tint(colour).name()}; }}"
            f" #{self._name}Title {{ color: {colour.darker(130).name()}; }}"
        )
