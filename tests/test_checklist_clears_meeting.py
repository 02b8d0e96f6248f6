"""The checklist run that cleared a meeting, and its SOP ticks, kept on the meeting's record;
the checklist's SOP following the next meeting's kind; the operator named in the change
log of what the console's agenda changes. Real runs, a real database, the real window."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.test_page_checklist import profile_file, run_and_wait, window  # noqa: F401 (a fixture)
from vcdesk.core.checks.result import Status
from vcdesk.core.history import RunRecord, list_runs, store
from vcdesk.core.meetings.clearing import link_run, meeting_to_clear, ticks_changed
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.paths import database_path
from vcdesk.core.storage import connect
from vcdesk.ui.main_window import MainWindow

ROOM = "Ruang Uji"
NOW = dt.datetime(2026, 12, 4, 1, 0, tzinfo=dt.UTC)  # 09:00 WITA


def run_at(
    db: Path, finished: dt.datetime, ticks: tuple[str, ...] = (), room: str = ROOM
) -> RunRecord:
    run = RunRecord(
        started=finished - dt.timedelta(minutes=2),
        finished=finished,
        profile_path="room.yaml",
        room=room,
        operator="Sari",
        overall=Status.PASS,
        results=(),
        sop_ticked=ticks,
    )
    return store(db, run)


def booked(db: Path, title: str, start: dt.datetime, **fields: object) -> int:
    meetings = MeetingStore(db)
    try:
        end = start + dt.timedelta(hours=1)
        return meetings.add(ROOM, title, start, end, who="admin", **fields).id
    finally:
        meetings.close()


def record(db: Path, meeting_id: int):  # type: ignore[no-untyped-def]
    meetings = MeetingStore(db)
    try:
        return meetings.get(meeting_id), meetings.changes(meeting_id)
    finally:
        meetings.close()


def test_a_run_clears_the_next_meeting_and_a_later_run_clears_it_again(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    first = booked(db, "Rapat pagi", NOW + dt.timedelta(hours=1))
    second = booked(db, "Rapat siang", NOW + dt.timedelta(hours=4), operator="Budi")
    booked(db, "Rapat besok", NOW + dt.timedelta(hours=20))

    early = run_at(db, NOW, ("Kabel HDMI terpasang",))
    linked = link_run(db, early)
    assert linked is not None and linked.id == first
    assert linked.check_run_id == early.id and linked.sop_ticked == ("Kabel HDMI terpasang",)
    assert linked.operator == "Sari"  # the record named nobody: the run's operator

    again = run_at(db, NOW + dt.timedelta(minutes=40))  # the last run before its start wins
    assert link_run(db, again).check_run_id == again.id  # type: ignore[union-attr]
    meeting, changes = record(db, first)
    assert meeting.sop_ticked == ()  # that run ticked nothing
    assert {c.field for c in changes} >= {"check_run_id", "sop_ticked", "operator"}
    assert all(c.who == "Sari" for c in changes if c.field != "created")

    # A run while the first meeting is on clears the one after it, keeping its operator.
    during = run_at(db, NOW + dt.timedelta(hours=1, minutes=20))
    cleared = link_run(db, during)
    assert cleared is not None and cleared.id == second and cleared.operator == "Budi"
    # Nothing within twelve hours, another room's meeting: nothing is linked.
    assert link_run(db, run_at(db, NOW + dt.timedelta(hours=6))) is None
    assert link_run(db, run_at(db, NOW, room="Ruang Lain")) is None


def test_a_meeting_already_begun_is_not_the_one_cleared(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    begun = booked(db, "Mulai lebih awal", NOW + dt.timedelta(minutes=30))
    meetings = MeetingStore(db)
    meetings.update(begun, actual_start=NOW - dt.timedelta(minutes=5))
    after = booked(db, "Berikutnya", NOW + dt.timedelta(hours=2))
    assert meeting_to_clear(meetings, ROOM, NOW).id == after  # type: ignore[union-attr]
    meetings.close()


def test_ticks_changed_after_the_run_follow_onto_its_meeting(tmp_path: Path) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    meeting_id = booked(db, "Rapat pagi", NOW + dt.timedelta(hours=1))
    run = run_at(db, NOW, ("A",))
    link_run(db, run)
    assert run.id is not None
    ticks_changed(db, run.id, ["A", "B"], "Sari")
    meeting, changes = record(db, meeting_id)
    assert meeting.sop_ticked == ("A", "B")
    assert changes[-1].field == "sop_ticked" and changes[-1].new == ["A", "B"]
    conn = connect(db)
    [kept] = list_runs(conn)
    conn.close()
    assert kept.sop_ticked == ("A", "B")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_database_that_cannot_be_written_leaves_the_run_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    booked(db, "Rapat pagi", NOW + dt.timedelta(hours=1))
    run = run_at(db, NOW)
    db.chmod(0o444)
    try:
        with caplog.at_level(logging.WARNING):
            assert link_run(db, run) is None
    finally:
        db.chmod(0o644)
    assert "not linked to its meeting" in caplog.text


def test_a_locked_database_leaves_the_run_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "vcdesk.sqlite3"
    booked(db, "Rapat pagi", NOW + dt.timedelta(hours=1))
    run = run_at(db, NOW)
    monkeypatch.setenv("VCDESK_DB_BUSY_TIMEOUT_S", "0.2")
    holder = connect(db)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        with caplog.at_level(logging.WARNING):
            assert link_run(db, run) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "not linked to its meeting" in caplog.text


def webinar_profile(tmp_path: Path) -> Path:
    path = profile_file(tmp_path)
    path.write_text(
        path.read_text(encoding="utf-8")
        + "meetings:\n  sop:\n    webinar: [Peserta dibisukan saat masuk]\n",
        encoding="utf-8",
    )
    return path


def test_the_console_shows_the_next_meetings_sop_and_its_run_clears_it(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,  # noqa: F811 (the fixture)
    tmp_path: Path,
) -> None:
    from vcdesk.core.profile.load import load_profile

    path = webinar_profile(tmp_path)
    db = database_path(window.data_dir)
    now = dt.datetime.now(dt.UTC)
    meeting_id = booked(db, "Webinar Literasi Digital", now + dt.timedelta(hours=2), kind="webinar")
    page = window.checklist_page
    page.set_profile(load_profile(path), path)
    qtbot.waitUntil(lambda: page.sop_kind == "webinar", timeout=10_000)
    assert page.sop_meeting.isVisibleTo(page)
    assert "Webinar Literasi Digital" in page.sop_meeting.text()
    items = [page.sop.item(i).text() for i in range(page.sop.count())]
    assert items[-1] == "Peserta dibisukan saat masuk"
    page.sop.item(page.sop.count() - 1).setCheckState(Qt.CheckState.Checked)

    run = run_and_wait(qtbot, window, ["cpu"])
    meeting, _ = record(db, meeting_id)
    assert meeting.check_run_id == run.id
    assert meeting.sop_ticked == ("Peserta dibisukan saat masuk",)
    # Ticked after the run: the record follows, named after the operator at the desk.
    page.operator.setText("Dewi")
    page.sop.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(record(db, meeting_id)[0].sop_ticked) == 2, timeout=10_000)
    assert record(db, meeting_id)[1][-1].who == "Dewi"

    # The meeting's kind changed on the Meetings page: the SOP follows.
    window.meeting_records.save(meeting_id, {"kind": "layanan"}, "Dewi", lambda *_: None)
    qtbot.waitUntil(lambda: page.sop_kind == "layanan", timeout=10_000)
    assert "Peserta dibisukan saat masuk" not in [
        page.sop.item(i).text() for i in range(page.sop.count())
    ]
    window.tasks.wait(5000)


def test_ending_a_meeting_in_the_console_names_the_operator(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,  # noqa: F811
) -> None:
    schedule = window.schedule
    window.checklist_page.operator.setText("Rudi")
    now = schedule.now()
    with qtbot.waitSignal(schedule.agendaChanged, timeout=10_000):
        window.meetings.schedule.add_entry(
            now - dt.timedelta(minutes=10), now + dt.timedelta(minutes=50), "Rapat dadakan", "Rudi"
        )
    qtbot.waitUntil(
        lambda: any(m.title == "Rapat dadakan" for m in schedule.today()), timeout=10_000
    )
    [meeting] = [m for m in schedule.today() if m.title == "Rapat dadakan"]
    window.meetings._ask = lambda *_: True  # type: ignore[method-assign]  # "Yes" to the question
    with qtbot.waitSignal(schedule.agendaChanged, timeout=10_000):
        window.meetings.end_meeting(meeting)
    db = database_path(window.data_dir)
    meetings = MeetingStore(db)
    [kept] = [m for m in meetings.list(ROOM) if m.title == "Rapat dadakan"]
    changes = meetings.changes(kept.id)
    meetings.close()
    assert kept.actual_end is not None
    assert [(c.field, c.who) for c in changes] == [("created", "Rudi"), ("actual_end", "Rudi")]
