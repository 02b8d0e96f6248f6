"""Screenshots of every page as the room's screens show it, from a real window on a
virtual screen, in both languages and in light and dark palettes.

    .venv/bin/python -m tests.screenshots [--out shots] [--screens 1366x768,...]
        [--languages id,en] [--palettes light,dark]

Screens (the window is maximised above a 40 px taskbar, at the screen's scaling):
  1366x768      100 %: a 1366x728 window
  1366x768@125  125 %: 1093x582 logical pixels
  1920x1080@150 150 %: 1280x693 logical pixels
For each, one console per language and palette on a throw-away data dir with the example
room and a few meeting records; a short checklist runs so the pages have content; saves
shots/<screen>-<language>-<palette>-<page>.png (and -meeting-editor.png, the record of a
meeting opened from the Meetings page) and prints each page's minimum size. The pictures
are for people to look at: never committed."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("checklist", "conversions", "meetings", "profiles", "history")
TASKBAR = 40  # physical pixels, as Windows' own
SCREENS = {"1366x768": (1366, 768, 1.0), "1366x768@125": (1366, 768, 1.25),
           "1920x1080@150": (1920, 1080, 1.5)}  # fmt: skip


def window_size(screen: str) -> tuple[int, int]:
    """The logical size of a window maximised above the taskbar on `screen`."""
    width, height, scale = SCREENS[screen]
    return int(width / scale), int((height - TASKBAR) / scale)


@contextlib.contextmanager
def virtual_screen(width: int = 1366, height: int = 800) -> Iterator[str]:
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        time.sleep(0.2)
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def dark_palette() -> QPalette:
    """What Windows' dark mode gives Qt 6.5+ under the Fusion style (Xvfb has no desktop
    theme to ask for a dark scheme, so it is set by hand; the colours are Windows 11's)."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, "#202020"), (role.WindowText, "#ffffff"), (role.Base, "#1c1c1c"),
        (role.AlternateBase, "#2b2b2b"), (role.Text, "#ffffff"), (role.Button, "#2d2d2d"),
        (role.ButtonText, "#ffffff"), (role.ToolTipBase, "#2b2b2b"),
        (role.ToolTipText, "#ffffff"), (role.Highlight, "#0078d4"),
        (role.HighlightedText, "#ffffff"), (role.Link, "#4cc2ff"),
        (role.PlaceholderText, "#a0a0a0"), (role.Light, "#5a5a5a"), (role.Midlight, "#474747"),
        (role.Mid, "#3a3a3a"), (role.Dark, "#141414"), (role.Shadow, "#000000"),
    ):  # fmt: skip
        palette.setColor(name, QColor(colour))
    for name in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor("#7a7a7a"))
    return palette


def seed_meetings(data: Path, room: str) -> None:
    """A few records this month, one with a recording and a cleared checklist, so the
    Meetings page and the editor show what an operator sees after a few meetings."""
    import datetime as dt

    from vcdesk.core.meetings.recordings import RecordingStore
    from vcdesk.core.meetings.store import MeetingStore
    from vcdesk.core.paths import database_path

    db = database_path(data)
    today = dt.datetime.now(dt.UTC).replace(hour=1, minute=0, second=0, microsecond=0)
    meetings = MeetingStore(db)
    first = meetings.add(
        room, "Rapat Koordinasi SPBE", today, today + dt.timedelta(hours=2), who="Budi",
        organiser="Dinas Kominfo", kind="webinar", platform="Zoom",
        expected_participants=120, actual_participants=97, operator="Budi",
        sop_ticked=("Kamera menyala",), notes="Dihadiri 12 OPD.",
    )  # fmt: skip
    meetings.add(
        room, "Layanan Konsultasi Perizinan", today + dt.timedelta(hours=3),
        today + dt.timedelta(hours=4), who="Budi", organiser="DPMPTSP", kind="layanan",
    )  # fmt: skip
    meetings.update(first.id, who="Sari", actual_start=today + dt.timedelta(minutes=5))
    meetings.close()
    recording = data / "rekaman" / "zoom_rapat_koordinasi.mp4"
    recording.parent.mkdir(parents=True, exist_ok=True)
    recording.write_bytes(b"\0" * 1_500_000)
    recordings = RecordingStore(db)
    recordings.attach(first.id, recording, by="watch", size=1_500_000)
    recordings.close()


def shoot(screen: str, language: str, palette: str, out: Path) -> None:
    """Runs inside the child process: one console, every page, saved as PNG."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from vcdesk.ui.app import build_window, install_translators, settings_for

    data = Path(tempfile.mkdtemp(prefix="vcdesk-shots-"))
    app = QApplication([sys.argv[0]])
    if palette == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    install_translators(app, language)
    settings_for(data).setValue("ui/language", language)
    seed_meetings(data, "Ruang Contoh")  # the example profile's room
    args = argparse.Namespace(
        data_dir=data, console_profile=str(ROOT / "profiles" / "example.yaml")
    )
    window = build_window(args, app)
    window.resize(*window_size(screen))
    window.move(0, 0)
    window.show()
    window.checklist_page.run_checklist()  # every check: the missing devices say so
    stem = f"{screen}-{language}-{palette}"

    def take(index: int) -> None:
        if index == len(PAGES):
            window.sidebar.setCurrentRow(PAGES.index("meetings"))
            editor = window.meetings_page.open_editor(window.meetings_page.model.meetings()[0])
            assert editor is not None
            QTimer.singleShot(600, lambda: grab_editor(editor))
            return
        window.sidebar.setCurrentRow(index)
        QTimer.singleShot(600, lambda: grab(index))

    def grab(index: int) -> None:
        hint = window.minimumSizeHint()
        print(f"{stem}-{PAGES[index]}: window {window.width()}x{window.height()}, "
              f"minimum {hint.width()}x{hint.height()}", flush=True)  # fmt: skip
        window.grab().save(str(out / f"{stem}-{PAGES[index]}.png"))
        take(index + 1)

    def grab_editor(editor: QWidget) -> None:
        print(f"{stem}-meeting-editor: {editor.width()}x{editor.height()}", flush=True)
        editor.grab().save(str(out / f"{stem}-meeting-editor.png"))
        editor.close()
        window.checklist.wait(10)
        app.quit()

    # Let the checklist finish so the first page shows a verdict, not a half-run.
    window.checklist.finished.connect(lambda _: QTimer.singleShot(300, lambda: take(0)))
    app.exec()
    shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "shots"))
    parser.add_argument("--screens", default=",".join(SCREENS))
    parser.add_argument("--languages", default="id,en")
    parser.add_argument("--palettes", default="light,dark")
    parser.add_argument("--child", nargs=3, help="internal: screen language palette")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.child:
        shoot(*args.child, out)
        return 0
    for screen in args.screens.split(","):
        width, height, scale = SCREENS[screen]
        with virtual_screen(width, height) as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
                   "QT_SCALE_FACTOR": str(scale)}  # fmt: skip
            for language in args.languages.split(","):
                for palette in args.palettes.split(","):
                    subprocess.run(
                        [sys.executable, "-m", "tests.screenshots", "--out", str(out),
                         "--child", screen, language, palette],
                        cwd=ROOT, env=env, check=True, timeout=120,
                    )  # fmt: skip
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
