"""The tray icon: where the console lives while its window is closed and conversions run, and
where it tells the operator that a conversion finished or failed, or a checklist failed.

Desktops without a tray (a bare X server, some Wayland sessions) get the same notices in the
window's status bar, and closing the window then quits (jobs resume at the next start)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

Kind = QSystemTrayIcon.MessageIcon


@functools.cache
def app_icon() -> QIcon:
    """A camera on a blue tile, painted: no image files to ship or lose, sharp at any size."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        s = float(size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1565c0"))
        painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.2, s * 0.2)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(s * 0.16, s * 0.32, s * 0.46, s * 0.36), s * 0.06, s * 0.06)
        painter.drawPolygon(
            [QPointF(s * 0.6, s * 0.5), QPointF(s * 0.86, s * 0.32), QPointF(s * 0.86, s * 0.68)]
        )
        painter.end()
        result.addPixmap(pixmap)
    return result


class Tray(QObject):
    """`available` says whether this desktop has a tray; `notify` works either way."""

    showRequested = Signal()
    quitRequested = Signal()
    # Where notices go when there is no tray: the main window shows them in its status bar.
    fallback = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.notices: list[tuple[str, str]] = []  # what was said, newest last (tests read it)
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(parent)
        self.show_action = QAction(self.tr("&Show the console"), self)
        self.show_action.triggered.connect(self.showRequested)
        self.quit_action = QAction(self.tr("&Quit vcdesk"), self)
        self.quit_action.triggered.connect(self.quitRequested)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if self.available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.showRequested)
            self.icon.setToolTip("vcdesk")
            self.icon.show()

    def add_action(self, action: QAction) -> None:
        """An extra entry above Quit (the main window adds its meeting-mode toggle)."""
        self.menu.insertAction(self.quit_action, action)

    def set_tooltip(self, text: str) -> None:
        if self.icon is not None:
            self.icon.setToolTip(text)

    def notify(self, title: str, text: str, kind: Kind = Kind.Information) -> None:
        self.notices.append((title, text))
        del self.notices[:-50]
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, kind, 15_000)
        else:
            self.fallback.emit(f"{title}: {text}")

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showRequested.emit()
