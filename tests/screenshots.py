"""Screenshots of every page in every language, from a real window on a virtual screen.

    .venv/bin/python -m tests.screenshots [--out shots]

Starts Xvfb (unless $DISPLAY is set), then one console per language on a throw-away data
dir with the example rooms; runs a short checklist so the pages have content; saves
shots/<language>-<page>.png. The pictures are for people to look at: never committed."""

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

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("checklist", "conversions", "profiles", "history")


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    display = f":{90 + os.getpid() % 100}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x800x24", "-nolisten", "tcp"])
    try:
        time.sleep(1.0)
        yield display
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def shoot(language: str, out: Path) -> None:
    """Runs inside the child process: one console, every page, saved as PNG."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vcdesk.ui.app import build_window, install_translators, settings_for

    data = Path(tempfile.mkdtemp(prefix="vcdesk-shots-"))
    app = QApplication([sys.argv[0]])
    install_translators(app, language)
    settings_for(data).setValue("ui/language", language)
    args = argparse.Namespace(
        data_dir=data, console_profile=str(ROOT / "profiles" / "example.yaml")
    )
    window = build_window(args, app)
    window.resize(1280, 760)
    window.show()
    window.checklist_page.run_checklist(["cpu", "memory", "disk"])

    def take(index: int) -> None:
        if index == len(PAGES):
            window.checklist.wait(10)
            app.quit()
            return
        window.sidebar.setCurrentRow(index)
        QTimer.singleShot(600, lambda: grab(index))

    def grab(index: int) -> None:
        window.grab().save(str(out / f"{language}-{PAGES[index]}.png"))
        take(index + 1)

    # Let the checklist finish so the first page shows a verdict, not a half-run.
    window.checklist.finished.connect(lambda _: QTimer.singleShot(300, lambda: take(0)))
    app.exec()
    shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "shots"))
    parser.add_argument("--language", help="internal: shoot this language in this process")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.language:
        shoot(args.language, out)
        return 0
    with virtual_screen() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        for language in ("id", "en"):
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tests.screenshots",
                    "--out",
                    str(out),
                    "--language",
                    language,
                ],
                cwd=ROOT,
                env=env,
                check=True,
                timeout=120,
            )
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
