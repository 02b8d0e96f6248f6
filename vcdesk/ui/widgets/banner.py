"""A state said big, at the top of a page: icon + title + one line of explanation, framed in
the state's colour over a wash of it on the window's own background (pale on a light
palette, dark on a dark one: calm enough to sit behind text all day, and never the only
sign: the icon's shape and the words say it too). The text colours are chosen against that
wash for a contrast of at least 4.5:1, whatever the palette."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout

from vcdesk.ui.status import mix, readable


def tint(colour: QColor, background: QColor, share: float = 0.12) -> QColor:
    """The colour as a wash over the background."""
    return mix(background, colour, share)


class Banner(QFrame):
    def __init__(self, name: str, title_scale: float = 1.8, icon_size: int = 48) -> None:
        """`name`: the object name its style sheet is keyed on (one per page)."""
        super().__init__()
        self._name = name
        self._icon_size = icon_size
        self._colour: QColor | None = None
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
        self._colour = colour
        self._style()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        """(background, title, detail text) as painted: the contrast test reads these."""
        palette = QApplication.palette(self)  # the desktop's, not our style sheet's
        assert self._colour is not None
        wash = tint(self._colour, palette.color(QPalette.ColorRole.Window))
        text = readable(palette.color(QPalette.ColorRole.WindowText), wash)
        return wash, readable(self._colour, wash), text

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange and self._colour is not None:
            self._style()  # light to dark or back: the wash follows

    def _style(self) -> None:
        wash, title, text = self.colours()
        self.setStyleSheet(
            f"#{self._name} {{ border: 2px solid {self._colour.name()}; border-radius: 6px;"
            f" background: {wash.name()}; }}"
            f" #{self._name} QLabel {{ color: {text.name()}; background: transparent; }}"
            f" #{self._name}Title {{ color: {title.name()}; }}"
        )
