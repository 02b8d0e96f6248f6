"""The tray icon: where the console lives while its window is closed and conversions run, and
where it tells the operator that a conversion finished or failed, or a checklist failed.

Desktops without a tray (a bare X server, some Wayland sessions) get the same notices in the
window's status bar, and closing the window then quits (jobs resume at the next start)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from vcdesk.core.resources import asset

Kind = QSystemTrayIcon.MessageIcon


@functools.cache
def app_icon() -> QIcon:
    """The camera on a blue tile, from the PNGs rendered out of assets/vcdesk.svg: the same
    pixels the window, the tray, the Windows EXE and the Linux desktop entry show, each size
    drawn for its size rather than scaled by Qt."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):  # the sizes assets/render_icons.py renders
        result.addFile(str(asset(f"icons/vcdesk-{size}.png")), QSize(size, size))
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
        self._tooltip = ""
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
        self._tooltip = text
        if self.icon is not None:
            self.icon.setToolTip(text)

    def tooltip(self) -> str:
        """What the tray icon says on hover (kept where no tray shows it: tests read it)."""
        return self._tooltip

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
