"""Starting the console: one QApplication, the translation for the user's language, the
settings file in the data dir, and the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from vcdesk import __version__
from vcdesk.core import words
from vcdesk.core.profile.model import Profile
from vcdesk.qt.single_instance import SingleInstance
from vcdesk.ui.main_window import MainWindow, read_profile
from vcdesk.ui.tray import app_icon

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"


def settings_for(data_dir: Path) -> QSettings:
    # An ini file in the data dir, not the registry or ~/.config: --data-dir isolates it too.
    return QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """The UI in `language` (None: the system's): its words, and its numbers ("29,8" in
    Bahasa Indonesia) through the default QLocale."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (
        ("vcdesk", str(I18N_DIR)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    # The catalogue's words (checks, conversions, schedule) through the same translators.
    code = "id" if locale.language() == QLocale.Language.Indonesian else "en"
    words.use(words.Language(code, QCoreApplication.translate))
    return installed


def open_profile(path: str | None) -> tuple[Profile | None, Path | None, str]:
    if not path:
        return None, None, ""
    profile, problem = read_profile(Path(path))
    return profile, Path(path), problem


def build_window(args: argparse.Namespace, app: QApplication) -> MainWindow:
    settings = settings_for(args.data_dir)
    path = args.console_profile or settings.value("room/profile", None)
    profile, profile_path, error = open_profile(path)
    if profile is not None:
        settings.setValue("room/profile", str(profile_path))
    return MainWindow(settings, args.data_dir, profile, profile_path, error)


def run_console(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("vcdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("id.vcdesk.Console")  # ties the window to its desktop entry
    settings = settings_for(args.data_dir)
    install_translators(app, settings.value("ui/language", None) or None)
    app.setWindowIcon(app_icon())
    instance = SingleInstance(args.data_dir, app)
    if not instance.claim():
        return already_running(instance, args.data_dir)
    window = build_window(args, app)
    instance.activated.connect(window.show_console)
    window.show()
    code = app.exec()
    instance.release()
    return code


def already_running(instance: SingleInstance, data_dir: Path) -> int:
    """A console for this data folder is open: it was asked to come to the front. One that
    does not answer is stuck, and the person starting vcdesk needs to know what to do."""
    if instance.answered:
        print(f"vcdesk is already open for {data_dir}: its window was brought to the front.")
        return 0
    text = (
        QCoreApplication.translate(
            "Console",
            "vcdesk is already running for the data folder %1 (process %2), but it does not "
            "answer. Close it, or end that process in the task manager, then start vcdesk "
            "again.",
        )
        .replace("%1", str(data_dir))
        .replace("%2", str(instance.owner_pid))
    )
    print(text, file=sys.stderr)
    QMessageBox.warning(None, "vcdesk", text)
    return 1
