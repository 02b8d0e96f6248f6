"""The console's main window: a sidebar of pages, and a status bar with the active room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from vcdesk.core.profile.model import Profile
from vcdesk.ui.pages.empty import EmptyPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        profile: Profile | None,
        profile_path: Path | None,
        profile_error: str = "",
    ) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("vcdesk: video-conference room console"))
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.pages = QStackedWidget()
        for title, page in self._build_pages():
            QListWidgetItem(title, self.sidebar)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.room_label = QLabel()
        self.statusBar().addWidget(self.room_label)
        self.set_room(profile, profile_path, profile_error)

        for index in range(self.pages.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.sidebar.setCurrentRow(i))
        self._restore()

    def _build_pages(self) -> list[tuple[str, QWidget]]:
        return [
            (
                self.tr("Checklist"),
                EmptyPage(
                    self.tr("Pre-meeting checklist"),
                    self.tr(
                        "Camera, microphone, power, disk and network, judged against the "
                        "room profile."
                    ),
                ),
            ),
            (
                self.tr("Conversions"),
                EmptyPage(
                    self.tr("Recording conversions"),
                    self.tr("The queue of recordings being converted for the archive."),
                ),
            ),
            (
                self.tr("Room profiles"),
                EmptyPage(
                    self.tr("Room profiles"),
                    self.tr("One YAML profile per room: its devices and thresholds."),
                ),
            ),
            (
                self.tr("History"),
                EmptyPage(self.tr("History"), self.tr("Past checklist runs, for the record.")),
            ),
        ]

    def set_room(self, profile: Profile | None, path: Path | None, error: str = "") -> None:
        if profile is not None:
            self.room_label.setText(self.tr("Room: %1").replace("%1", profile.room.name))
            self.room_label.setToolTip(str(path))
        elif error:
            self.room_label.setText(self.tr("Room profile has problems: %1").replace("%1", error))
        else:
            self.room_label.setText(self.tr("No room profile chosen"))

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        page = self._settings.value("window/page", 0, type=int)
        self.sidebar.setCurrentRow(page if 0 <= page < self.pages.count() else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.sidebar.currentRow())
        self._settings.sync()
        super().closeEvent(event)
