"""Closing the window while a conversion runs keeps it running in a real system tray.

The test suite's own QApplication is offscreen, where no tray exists, so the console runs in
a child process on a virtual X screen with a real tray host (trayer) beside it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli import ROOT
from tests.fixtures.media import make_video
from vcdesk.core.paths import database_path
from vcdesk.core.queue.jobs import JobState
from vcdesk.core.queue.store import JobStore

CHILD = r"""
import argparse, json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from vcdesk.ui.app import build_window

data, profile, source = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([sys.argv[0]])
window = build_window(argparse.Namespace(data_dir=data, console_profile=profile), app)
window.show()

def say(**what):
    print(json.dumps(what), flush=True)

def answer_keep():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(100, answer_keep)
        return
    say(asked=box.text())
    box.checkBox().setChecked(True)
    keep = next(b for b in box.buttons() if "tray" in b.text())
    keep.click()

def when_running():
    if not window.conversions_page.model.counts()["running"]:
        QTimer.singleShot(100, when_running)
        return
    say(tray=window.tray.available, running=True)
    QTimer.singleShot(200, answer_keep)
    window.close()
    say(hidden=window.isHidden(), notice=window.tray.notices[-1][0])
    QTimer.singleShot(1500, still_there)

def still_there():
    say(alive=True, running=window.conversions_page.model.counts()["running"])
    window.tray.quit_action.trigger()  # the tray menu's Quit

window.conversions_page.add_files([source])
QTimer.singleShot(0, when_running)
QTimer.singleShot(60_000, lambda: app.exit(3))
code = app.exec()
say(exit=code)
"""


def test_closing_with_work_keeps_it_running_in_the_tray(tmp_path: Path) -> None:
    for tool in ("Xvfb", "trayer"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: run .ci/setup")
    # Long enough that it cannot finish in the 1.5 s the window stays closed.
    source = make_video(tmp_path / "rapat panjang.mp4", seconds=90, size=(640, 360))
    profile = tmp_path / "ruang.yaml"
    profile.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Uji\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n  preset: h264-720p\n"
    )
    display = f":{150 + os.getpid() % 100}"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
    tray = None
    try:
        time.sleep(1.0)
        tray = subprocess.Popen(
            ["trayer", "--edge", "bottom"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(profile), str(source)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        for proc in (tray, xvfb):
            if proc is not None:
                proc.terminate()
                proc.wait(10)
    said = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    assert child.returncode == 0, child.stderr[-3000:]
    facts = {key: value for line in said for key, value in line.items()}
    assert facts["tray"] is True, "trayer gave no system tray"
    assert "Keep converting in the background" in facts["asked"]
    assert facts["hidden"] is True and facts["notice"] == "vcdesk is still converting"
    assert facts["alive"] is True and facts["running"] == 1  # converting with no window
    assert facts["exit"] == 0  # Quit in the tray menu ends the app
    # Quitting stopped the conversion cleanly: it waits to run again, nothing half-written.
    (job,) = JobStore(database_path(tmp_path / "data")).jobs()
    assert job.state in (JobState.INTERRUPTED, JobState.DONE)
    if job.state is JobState.INTERRUPTED:
        assert not (tmp_path / "arsip").exists() or not any((tmp_path / "arsip").iterdir())
    settings = (tmp_path / "data" / "settings.ini").read_text()
    assert "keep_running=true" in settings  # "Do not ask again" was ticked
