"""The Meetings page on a real database (a throw-away data dir) and a real room profile in
WITA (UTC+8): records added through MeetingStore appear in their month on the room's clock
and nowhere else, an edit through the dialog is saved with who made it, a bad edit is
refused in the operator's language and writes nothing, and the Indonesian page carries no
English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from tests.visible_words import untranslated, visible_texts
from vcdesk.core.meetings.store import MeetingStore, default_who
from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.qt.meetings import MeetingsController
from vcdesk.ui import meetings_model
from vcdesk.ui.pages.meetings import MeetingsPage, report_available
from vcdesk.ui.widgets.meeting_editor import MeetingEditor

WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"
NAMES = frozenset(
    {ROOM, "Rapat Koordinasi", "Sosialisasi SPBE", "Evaluasi", "Rapat Lain", "Bappeda",
     "webinar", "webmeeting", "layanan", "Zoom Webinar 500", "Zoom", "Budi", "Kominfo"}
)  # fmt: skip


def wita(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=WITA)


@pytest.fixture
def room(tmp_path: Path) -> Path:
    path = tmp_path / "setda.yaml"
    path.write_text(
        "schema_version: 1\n"
        f"room: {{name: {ROOM}, operator: Budi, timezone: Asia/Makassar}}\n"
        "licences:\n"
        "  - {name: Zoom Webinar 500, kind: webinar, capacity: 500}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def store(data_dir: Path) -> Iterator[MeetingStore]:
    kept = MeetingStore(database_path(data_dir))
    yield kept
    kept.close()


def make_page(qtbot: QtBot, data_dir: Path, room: Path) -> MeetingsPage:
    controller = MeetingsController(database_path(data_dir))
    widget = MeetingsPage(controller, lambda: "Budi")
    controller.setParent(widget)  # as in the main window
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        widget.set_profile(load_profile(room), room)
    return widget


@pytest.fixture
def page(qtbot: QtBot, data_dir: Path, room: Path) -> Iterator[MeetingsPage]:
    widget = make_page(qtbot, data_dir, room)
    yield widget
    widget._controller.close(5000)


def show(qtbot: QtBot, page: MeetingsPage, year: int, month: int) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_month(year, month)


def titles(page: MeetingsPage) -> list[str]:
    return [m.title for m in page.model.meetings()]


def cell(page: MeetingsPage, row: int, column: int) -> str:
    return str(page.model.index(row, column).data())


def test_records_appear_in_their_month_on_the_rooms_clock(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore
) -> None:
    # 00:30 WITA on 1 December is still 30 November in UTC: the room's month decides.
    store.add(ROOM, "Evaluasi", wita(2026, 11, 30, 23, 0), wita(2026, 11, 30, 23, 45))
    store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 0, 30), wita(2026, 12, 1, 1, 30),
              expected_participants=40, actual_participants=35, organiser="Bappeda")  # fmt: skip
    store.add(ROOM, "Sosialisasi SPBE", wita(2026, 12, 15, 9), wita(2026, 12, 15, 11, 30),
              expected_participants=120, kind="webinar")  # fmt: skip
    store.add(ROOM, "Rapat Januari", wita(2027, 1, 2, 9), wita(2027, 1, 2, 10))
    store.add("Ruang Lain", "Rapat Lain", wita(2026, 12, 10, 9), wita(2026, 12, 10, 10))

    show(qtbot, page, 2026, 12)
    assert titles(page) == ["Rapat Koordinasi", "Sosialisasi SPBE"]
    assert cell(page, 0, meetings_model.TIME) == "00:30–01:30 WITA"
    assert cell(page, 0, meetings_model.PARTICIPANTS) == "40 / 35"
    assert cell(page, 1, meetings_model.PARTICIPANTS) == "120 / –"
    # 1 h + 2.5 h; 35 actual + 120 expected
    assert page.totals.text() == "Meetings: 2 · Hours: 3.5 · Participants: 155"
    assert page.month_label.text() == "December 2026"

    page.previous.click()
    qtbot.waitUntil(lambda: titles(page) == ["Evaluasi"], timeout=5000)
    assert page.month_label.text() == "November 2026"
    page.next.click()
    page.next.click()
    qtbot.waitUntil(lambda: titles(page) == ["Rapat Januari"], timeout=5000)
    assert page.month_label.text() == "January 2027"

    show(qtbot, page, 2027, 2)
    assert titles(page) == []
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "No meetings recorded in this month" in page.empty.text()


def test_sorting_by_a_column_and_enter_opens_the_editor(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore
) -> None:
    store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 9), wita(2026, 12, 1, 10),
              expected_participants=40)  # fmt: skip
    store.add(ROOM, "Evaluasi", wita(2026, 12, 2, 9), wita(2026, 12, 2, 10),
              expected_participants=300)  # fmt: skip
    show(qtbot, page, 2026, 12)
    page.table.sortByColumn(meetings_model.PARTICIPANTS, Qt.SortOrder.DescendingOrder)
    assert titles(page) == ["Evaluasi", "Rapat Koordinasi"]
    page.table.setFocus()
    page.table.selectRow(1)
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    editor = page.editor
    assert editor is not None and editor.isVisible()
    assert editor.meeting is not None and editor.meeting.title == "Rapat Koordinasi"
    editor.reject()


def test_editing_the_participants_saves_and_logs_who(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore
) -> None:
    kept = store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 9), wita(2026, 12, 1, 10),
                     expected_participants=40, who="admin")  # fmt: skip
    show(qtbot, page, 2026, 12)
    editor = page.open_editor(page.model.meetings()[0])
    assert editor is not None
    qtbot.waitUntil(lambda: editor.history.rowCount() == 1, timeout=5000)
    editor.actual.setValue(35)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.result() == MeetingEditor.DialogCode.Accepted
    assert store.get(kept.id).actual_participants == 35
    last = store.changes(kept.id)[-1]
    assert (last.field, last.who, last.old, last.new) == ("actual_participants", "Budi", None, 35)
    assert len(store.changes(kept.id)) == 2  # created, and only the field changed
    assert cell(page, 0, meetings_model.PARTICIPANTS) == "40 / 35"

    again = page.open_editor(page.model.meetings()[0])
    assert again is not None
    qtbot.waitUntil(lambda: again.history.rowCount() == 2, timeout=5000)
    newest = [str(again.history.model().index(0, c).data()) for c in range(4)]
    assert newest[1:] == ["Budi", "actual participants", "– → 35"]
    assert newest[0].endswith("WITA")
    again.reject()


def test_an_end_before_the_start_is_refused_in_indonesian(
    indonesian: None, qtbot: QtBot, page: MeetingsPage, store: MeetingStore
) -> None:
    kept = store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 9), wita(2026, 12, 1, 10))
    show(qtbot, page, 2026, 12)
    editor = page.open_editor(page.model.meetings()[0])
    assert editor is not None
    editor.booked_end.set_moment(wita(2026, 12, 1, 8))
    editor.actual.setValue(12)  # would be saved too, were the times right
    before = store.changes(kept.id)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: editor.problem.isVisible(), timeout=5000)
    assert "rapat harus berakhir setelah dimulai" in editor.problem.text()
    assert editor.isVisible()
    assert store.changes(kept.id) == before
    assert store.get(kept.id) == kept
    editor.reject()


def test_adding_a_record_from_the_page(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore
) -> None:
    show(qtbot, page, 2026, 12)
    editor = page.open_editor(None)
    assert editor is not None
    editor.title.setText("Sosialisasi SPBE")
    editor.kind.setCurrentIndex(editor.kind.findData("webinar"))
    editor.licence.setCurrentIndex(editor.licence.findData("Zoom Webinar 500"))
    editor.booked_start.set_moment(wita(2026, 12, 20, 13))
    editor.booked_end.set_moment(wita(2026, 12, 20, 15))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    (added,) = store.list(ROOM)
    assert (added.kind, added.licence, added.source) == ("webinar", "Zoom Webinar 500", "console")
    assert added.booked_start == wita(2026, 12, 20, 13)
    assert store.changes(added.id)[0].who == "Budi"
    assert titles(page) == ["Sosialisasi SPBE"]


def _texts(qtbot: QtBot, page: MeetingsPage) -> dict[str, str]:
    show(qtbot, page, 2026, 12)
    texts = {f"page/{k}": v for k, v in visible_texts(page).items()}
    editor = page.open_editor(page.model.meetings()[0])
    assert editor is not None
    qtbot.waitUntil(lambda: editor.history.rowCount() == 2, timeout=5000)
    texts.update({f"editor/{k}": v for k, v in visible_texts(editor).items()})
    editor.reject()
    show(qtbot, page, 2027, 3)
    texts.update({f"empty/{k}": v for k, v in visible_texts(page).items()})
    return texts


def test_no_english_on_the_indonesian_page(  # type: ignore[no-untyped-def]
    qapp, qtbot: QtBot, data_dir: Path, store: MeetingStore, room: Path
) -> None:
    from tests.fixtures.language import language

    kept = store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 9), wita(2026, 12, 1, 10),
                     organiser="Kominfo", kind="webinar", platform="Zoom")  # fmt: skip
    store.update(kept.id, who="Budi", actual_participants=20)
    seen = {}
    for name in ("en", "id"):
        with language(qapp, name):
            page = make_page(qtbot, data_dir, room)  # its words are made in `name`
            try:
                seen[name] = _texts(qtbot, page)
            finally:
                page._controller.close(5000)
                page.close()
    assert len(seen["en"]) > 30 and set(seen["en"]) == set(seen["id"])
    left = untranslated(seen["en"], seen["id"], NAMES | {default_who()})  # who created it
    assert left == [], "\n".join(left)


@pytest.mark.skipif(not report_available(), reason="this build has no monthly report")
def test_the_months_report_is_saved_as_pdf_and_xlsx(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore, tmp_path: Path
) -> None:
    store.add(ROOM, "Rapat Koordinasi", wita(2026, 12, 1, 9), wita(2026, 12, 1, 10),
              expected_participants=40)  # fmt: skip
    show(qtbot, page, 2026, 12)
    assert page.report_button.isEnabled()
    for name, magic in (("desember.pdf", b"%PDF"), ("desember.xlsx", b"PK")):
        target = tmp_path / name
        with qtbot.waitSignal(page.reportSaved, timeout=10_000) as saved:
            page.save_month_report(target)
        assert saved.args == [target, None]
        assert target.read_bytes().startswith(magic)
    for box in page.findChildren(QMessageBox):
        box.close()


def test_the_editor_lists_recordings_and_attaches_one_by_hand(
    qtbot: QtBot, page: MeetingsPage, store: MeetingStore, data_dir: Path, tmp_path: Path
) -> None:
    """A recording made on another PC is attached in the editor: the row names the file
    and who attached it; a file the archive wrote, or none at all, is refused in words."""
    from vcdesk.core.checks.result import Status
    from vcdesk.core.history import RunRecord
    from vcdesk.core.history import store as keep_run
    from vcdesk.core.meetings.recordings import RecordingStore

    kept = store.add(ROOM, "Sosialisasi SPBE", wita(2026, 12, 2, 9), wita(2026, 12, 2, 11),
                     who="admin")  # fmt: skip
    run = keep_run(database_path(data_dir), RunRecord(
        started=wita(2026, 12, 2, 8), finished=wita(2026, 12, 2, 8, 5), profile_path="",
        room=ROOM, operator="Budi", overall=Status.PASS, results=(),
    ))  # fmt: skip
    store.update(kept.id, who="Budi", check_run_id=run.id, sop_ticked=("Kamera menyala",))
    show(qtbot, page, 2026, 12)
    editor = page.open_editor(page.model.meetings()[0])
    assert editor is not None
    qtbot.waitUntil(lambda: editor.tabs.tabText(0) == "Recordings (0)", timeout=5000)
    assert editor.checklist.text() == f"GO (run #{run.id}) · 1 SOP item(s) ticked"
    assert editor.operator.text() == ""

    made = tmp_path / "rekaman dari laptop\n-y.mp4"  # a hostile name is just a name
    made.write_bytes(b"\x00" * 3000)
    with qtbot.waitSignal(editor.recordingsShown, timeout=5000):
        editor.attach(made)
    assert editor.tabs.tabText(0) == "Recordings (1)"
    assert editor.recordings.item(0, 0).text() == made.name
    assert "Budi" in editor.recordings.item(0, 3).text()
    recordings = RecordingStore(database_path(data_dir))
    [row] = recordings.of_meeting(kept.id)
    recordings.close()
    assert (row.path, row.bytes, row.attached_by) == (str(made), 3000, "Budi")

    editor.attach(tmp_path / "tidak ada.mp4")
    qtbot.waitUntil(lambda: editor.problem.isVisibleTo(editor), timeout=5000)
    assert editor.problem.text().startswith("Not attached: there is no file")
    partial = tmp_path / ".rapat.1a2b3c4d.part"
    partial.write_bytes(b"half")
    editor.attach(partial)
    qtbot.waitUntil(lambda: "partial file" in editor.problem.text(), timeout=5000)
    editor.operator.setText("Dewi")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert store.get(kept.id).operator == "Dewi"
