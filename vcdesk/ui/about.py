"""The Help menu's windows: About (what is installed and where its files are, for the
person on the phone to the technical team), the operator's guide in the UI's language, and
the README for the technical team, read from the package's own metadata. All of it ships
inside the package, so it is there offline, in a wheel install and in the one-folder app."""

from __future__ import annotations

import html
import platform
from importlib import metadata, resources
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vcdesk import __version__
from vcdesk.ui.tray import app_icon


def guide_text(language: str) -> str:
    """The operator's guide in `language` ("id", "en"; English when there is none), as
    Markdown (read on the task pool: it is a file)."""
    folder = resources.files("vcdesk.help")
    for name in (f"guide_{language}.md", "guide_en.md"):
        if folder.joinpath(name).is_file():
            return folder.joinpath(name).read_text(encoding="utf-8")
    return ""


def readme_text() -> str:
    """The README as Markdown (read on the task pool: it is a file)."""
    try:
        return str(metadata.metadata("vcdesk").get_payload() or "")
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About vcdesk"))
        self.log_folder = log_file.parent
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Data folder"), str(data_dir)),
            (self.tr("Log file"), str(log_file)),
            (
                self.tr("Built with"),
                f"Python {platform.python_version()}, Qt {pyside_version}, {platform.system()}",
            ),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(name)}</b>&nbsp;&nbsp;</td><td>{html.escape(value)}</td></tr>"
            for name, value in rows
        )
        self.details = QLabel(
            "<h2>vcdesk</h2><p>"
            + html.escape(
                self.tr(
                    "The console of a video-conference room: checks before each meeting, "
                    "recordings converted after."
                )
            )
            + f"</p><table>{table}</table>"
        )
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.open_logs = QPushButton(self.tr("Open &log folder"))
        buttons.addButton(self.open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_logs.clicked.connect(self.show_log_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def log_folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.log_folder))

    def show_log_folder(self) -> None:
        QDesktopServices.openUrl(self.log_folder_url())


class GuideDialog(QDialog):
    """A Markdown text, rendered; its links open in the browser."""

    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        if markdown:
            self.browser.setMarkdown(markdown)
        else:
            self.browser.setPlainText(
                self.tr("This text is missing from this installation of vcdesk.")
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 560)
