"""The console in English and in Bahasa Indonesia through a checklist with real faults and a
failed conversion: every text it shows is collected from every page and dialog, and a text
that reads the same in both languages is a word nobody translated (unless it is a name, a
number or a unit: tests/visible_words.py).

Faults, all real: no camera (a device index this machine lacks), no such microphone, a UPS
server that is down (a closed port), a host that refuses and one whose name does not
resolve, a link too slow for the room (20 Mbit/s through tc, where 200 are required), a
recordings disk that is full (a small tmpfs, filled), and a corrupt recording converted."""

from __future__ import annotations

import argparse
import os
import zoneinfo
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fixtures.language import language
from tests.fixtures.nut import _free_port
from tests.fixtures.queue import fill_disk, tmpfs
from tests.visible_words import untranslated, visible_texts
from vcdesk.core import words
from vcdesk.core.logs import log_path
from vcdesk.core.queue.jobs import JobState
from vcdesk.ui.about import AboutDialog, GuideDialog, guide_text
from vcdesk.ui.app import build_window
from vcdesk.ui.main_window import MainWindow
from vcdesk.ui.widgets.meeting_dialog import MeetingDialog

__all__ = ["tmpfs"]  # a fixture used here

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the faults need root (tc, tmpfs)")


@pytest.fixture
def faulty_room(tmp_path: Path, tmpfs, netns_speedtest_url: str) -> Path:  # type: ignore[no-untyped-def]
    disk = tmpfs(4 * 1024 * 1024)
    fill_disk(disk)
    path = tmp_path / "ruang-uji.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room: {name: Ruang Uji, operator: Tim TI, timezone: Asia/Makassar}\n"
        "camera: {source: 9, open_timeout_s: 2, sample_seconds: 0.5}\n"
        "microphone: {device: Mikrofon Meja Pimpinan}\n"
        "cpu: {sample_seconds: 0.3}\n"
        f"disk: {{recordings_dir: '{disk}', min_free_gb: 1}}\n"
        "power:\n"
        "  source: nut\n"
        f"  nut: {{host: 127.0.0.1, port: {_free_port()}, ups: ruangrapat, timeout_s: 2}}\n"
        "network:\n"
        f"  speedtest_url: {netns_speedtest_url}\n"
        "  min_download_mbps: 200\n"
        "  test_seconds: 2\n"
        "  hosts: ['127.0.0.1:1', 'tidak-ada.invalid:443']\n"
        f"conversion: {{output_dir: '{tmp_path / 'arsip'}', preset: h264-720p}}\n"
        "checklist:\n  - Kabel HDMI terpasang\n",
        encoding="utf-8",
    )
    return path


def _console_texts(qtbot, data_dir: Path, profile: Path, corrupt: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    win: MainWindow = build_window(
        argparse.Namespace(data_dir=data_dir, console_profile=str(profile)),
        QApplication.instance(),
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    texts: dict[str, str] = {}
    try:
        with qtbot.waitSignal(win.checklist.finished, timeout=90_000):
            win.checklist_page.run_checklist()
        win.conversions_page.add_files([corrupt])
        model = win.conversions_page.model
        try:
            qtbot.waitUntil(
                lambda: model.rowCount() == 1 and model.job_at(0).state is JobState.FAILED,
                timeout=60_000,
            )
        except qtbot.TimeoutError:  # flaked once under load: say what the queue did
            jobs = [model.job_at(row) for row in range(model.rowCount())]
            log = log_path(data_dir)
            tail = log.read_text(encoding="utf-8")[-6000:] if log.exists() else "(no log)"
            raise AssertionError(f"the corrupt job never failed: {jobs}\n{tail}") from None
        failed = model.job_at(0)
        for page in range(win.sidebar.count()):
            win.sidebar.setCurrentRow(page)
            qtbot.wait(200)
            texts.update({f"page{page}/{k}": v for k, v in visible_texts(win).items()})
        win.sidebar.setCurrentRow(1)
        win.conversions_page.select_job(failed.id)
        win.conversions_page.show_error()
        box = win.conversions_page.error_box
        assert box is not None
        texts.update({f"error/{k}": v for k, v in visible_texts(box).items()})
        box.close()
        for name, dialog in (
            ("about", AboutDialog(data_dir, log_path(data_dir), win)),
            ("meeting", MeetingDialog(win.schedule.now(), "WITA", win)),
            ("guide", GuideDialog("", guide_text(words.current().code), win)),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            texts.update({f"{name}/{k}": v for k, v in visible_texts(dialog).items()})
            dialog.close()
        texts["tray"] = win.tray.tooltip()
    finally:
        win.checklist.cancel()
        win.checklist.wait(10)
        win.tasks.wait(5000)
        win.close()
    return texts


@pytest.fixture
def corrupt(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "rapat rusak.mp4"
    path.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(200_000))
    yield path


def test_every_text_the_console_shows_is_in_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, qapp, tmp_path: Path, faulty_room: Path, corrupt: Path
) -> None:
    seen = {}
    for name in ("en", "id"):
        with language(qapp, name):
            seen[name] = _console_texts(qtbot, tmp_path / f"data-{name}", faulty_room, corrupt)
    english, indonesian = seen["en"], seen["id"]
    # The same window, the same places: a text missing in one language is a layout that
    # depends on the words, and would hide a comparison.
    assert len(set(english) & set(indonesian)) > 100, (len(english), len(indonesian))
    names = frozenset(
        {corrupt.name, faulty_room.name, "Kabel HDMI terpasang", "ruangrapat"}
        | zoneinfo.available_timezones()  # the time zone picker: the database's names
    )
    left = untranslated(english, indonesian, names)
    assert left == [], "\n".join(left)
