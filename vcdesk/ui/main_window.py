"""The console's main window: a sidebar of pages, and a status bar with the active room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.qt.checklist import ChecklistController
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui.pages.checklist import ChecklistPage
from vcdesk.ui.pages.empty import EmptyPage
from vcdesk.ui.pages.history import HistoryPage
from vcdesk.ui.pages.profile_list import same_file
from vcdesk.ui.pages.profiles import ProfilesPage

# Profiles shipped beside the package in a source checkout; absent from an installed wheel.
BUNDLED_PROFILES = Path(__file__).resolve().parent.parent.parent / "profiles"


def profile_folders(data_dir: Path) -> list[Path]:
    """Where the Room profiles page looks; New and Duplicate write into the last one."""
    folders = [BUNDLED_PROFILES] if BUNDLED_PROFILES.is_dir() else []
    return [*folders, data_dir / "profiles"]


def read_profile(path: Path) -> tuple[Profile | None, str]:
    try:
        return load_profile(path), ""
    except ProfileError as exc:
        return None, str(exc.problems[0])


# One small style sheet for the whole window: headings that read at a glance and a sidebar
# with room to click. Status colours live in ui/status.py, always beside an icon and a word.
STYLE = """
#pageTitle { font-size: 15pt; font-weight: bold; }
#sidebar { font-size: 11pt; }
#sidebar::item { padding: 8px 6px; }
"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings,
        data_dir: Path,
        profile: Profile | None,
        profile_path: Path | None,
        profile_error: str = "",
    ) -> None:
        super().__init__()
        self._settings = settings
        self.data_dir = data_dir
        self.tasks = TaskRunner(parent=self)
        self.checklist = ChecklistController(database_path(data_dir), self)
        self.setStyleSheet(STYLE)
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
        self._build_menus()
        self._restore()

    def _build_menus(self) -> None:
        console = self.menuBar().addMenu(self.tr("&Console"))
        quit_action = console.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        language = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self._settings.value("ui/language", "") or ""
        for code, name in (
            ("", self.tr("System language")),
            ("id", "Bahasa Indonesia"),
            ("en", "English"),
        ):
            action = language.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._choose_language)

    def _choose_language(self, action: QAction) -> None:
        self._settings.setValue("ui/language", action.data() or "")
        self.statusBar().showMessage(
            self.tr("The new language is used from the next start of vcdesk."), 10_000
        )

    def _build_pages(self) -> list[tuple[str, QWidget]]:
        self.checklist_page = ChecklistPage(self.checklist, self.tasks, self._settings)
        self.history_page = HistoryPage(database_path(self.data_dir), self.tasks)
        self.profiles_page = ProfilesPage(profile_folders(self.data_dir), self.tasks)
        self.profiles_page.activateRequested.connect(self.activate_profile)
        self.profiles_page.profileSaved.connect(self._profile_saved)
        return [
            (self.tr("Checklist"), self.checklist_page),
            (
                self.tr("Conversions"),
                EmptyPage(
                    self.tr("Recording conversions"),
                    self.tr("The queue of recordings being converted for the archive."),
                ),
            ),
            (self.tr("Room profiles"), self.profiles_page),
            (self.tr("History"), self.history_page),
        ]

    def activate_profile(self, path: str) -> None:
        """Make the profile at `path` the active room (read on the pool, not here)."""
        chosen = Path(path)

        def loaded(result: tuple[Profile | None, str] | None, error: Exception | None) -> None:
            profile, problem = result if result is not None else (None, str(error))
            self.set_room(profile, chosen, problem)
            if profile is not None:
                self._settings.setValue("room/profile", str(chosen))
                self.statusBar().showMessage(
                    self.tr("Active room: %1").replace("%1", profile.room.name), 5000
                )

        self.tasks.run(lambda: read_profile(chosen), loaded)

    def _profile_saved(self, path: str) -> None:
        if self.profile_path is not None and same_file(path, self.profile_path):
            self.activate_profile(path)  # the active room's thresholds changed: use them now

    def set_room(self, profile: Profile | None, path: Path | None, error: str = "") -> None:
        self.profile, self.profile_path = profile, path
        self.checklist_page.set_profile(profile, path, error)
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
        if not self.profiles_page.confirm_leave():
            event.ignore()  # the admin chose to go on editing
            return
        self.checklist.cancel()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.sidebar.currentRow())
        self._settings.sync()
        super().closeEvent(event)
