"""Starting the console: one QApplication, the translation for the user's language, the
settings file in the data dir, and the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QThreadPool,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from vcdesk import __version__
from vcdesk.core import words
from vcdesk.core.paths import database_path
from vcdesk.core.profile.model import Profile
from vcdesk.core.queue.process import close_spawners
from vcdesk.core.repair import check
from vcdesk.qt.signals import QuitSignals, SignalCatcher
from vcdesk.qt.single_instance import SingleInstance
from vcdesk.ui.database_dialog import active_output_dirs, offer_repair
from vcdesk.ui.main_window import MainWindow, read_profile
from vcdesk.ui.tray import app_icon

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
SETTLE_S = 10.0  # at quit, how long the workers get to end before the process goes anyway

log = logging.getLogger(__name__)


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


def run_console(args: argparse.Namespace, catcher: SignalCatcher | None = None) -> int:
    """`catcher`: quit signals already caught since the process started (see cli.main)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    quit_signals = QuitSignals(catcher, app)  # before anything that takes time
    app.setApplicationName("vcdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("id.vcdesk.Console")  # ties the window to its desktop entry
    settings = settings_for(args.data_dir)
    install_translators(app, settings.value("ui/language", None) or None)
    app.setWindowIcon(app_icon())
    instance = SingleInstance(args.data_dir, app)
    if not instance.claim():
        quit_signals.received.connect(lambda _signum: QApplication.exit(0))  # ends the dialog
        asked_to_quit = quit_signals.catcher.pending()
        code = 0 if asked_to_quit else already_running(instance, args.data_dir)
        quit_signals.close()
        return code
    if not database_usable(args.data_dir):
        instance.release()
        quit_signals.close()
        return 1
    window = build_window(args, app)
    instance.activated.connect(window.show_console)
    quit_signals.received.connect(window.quit_for_signal)
    window.show()
    code = app.exec()
    window.stop_background()
    close_spawners()  # the queue has stopped: its ffmpeg spawner threads need not wait
    settled = settle(SETTLE_S, [QThreadPool.globalInstance(), *window.findChildren(QThreadPool)])
    instance.release()
    quit_signals.close()
    if not settled:
        leave_now(code)
    # Deleted here, on this thread, now that no worker reports to it: left to the garbage
    # collector, the window could be freed on whatever thread it happens to run on.
    shiboken6.delete(window)
    gc.collect()
    return code


def database_usable(data_dir: Path) -> bool:
    """Checked once before the window opens (a sound result is remembered for the rest of the
    run): a damaged database is offered for repair, else the console quits; any other trouble
    (busy, a full disk) is shown where it is met, as before."""
    problem = check(database_path(data_dir))
    roots = active_output_dirs(settings_for(data_dir)) if problem is not None else []
    return problem is None or problem.code != "damaged" or offer_repair(problem, None, roots)


def settle(timeout: float, pools: list[QThreadPool]) -> bool:
    """Wait up to `timeout` s for every worker: the tasks of `pools` and Python's threads
    (the checklist, the live view, a device scan). True when all have ended."""
    deadline = time.monotonic() + timeout
    for pool in pools:
        pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))
    for thread in _workers():
        thread.join(max(0.0, deadline - time.monotonic()))
    left = [thread.name for thread in _workers() if thread.is_alive()]
    busy = sum(pool.activeThreadCount() for pool in pools)
    if left or busy:
        log.warning("still busy %.0f s after quitting: %s", timeout, ", ".join(left) or busy)
    return not left and not busy


def _workers() -> list[threading.Thread]:
    # A dummy is a Qt pool thread Python has met: the pools were waited for already.
    return [
        thread
        for thread in threading.enumerate()
        if thread is not threading.main_thread() and not isinstance(thread, threading._DummyThread)
    ]


def leave_now(code: int) -> None:
    """A worker stuck in a driver call (a camera, a sound server) would still be running
    while Python and the libraries it is in are torn down, and crash the process there.
    Everything that matters is done (settings, the queue, the lock): end without it."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


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
