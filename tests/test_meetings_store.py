"""Meeting records in a real SQLite file: kept, listed by booked start, changed with every
change logged (who, when, old and new), refused with a code when a value cannot be kept
(and then nothing written), calendar occurrences made once, and a database made at
schema version 5 migrated with its data kept."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from vcdesk.core.meetings import Meeting, MeetingError, MeetingStore, Rules, room_rules
from vcdesk.core.meetings.model import EDITABLE
from vcdesk.core.meetings.parse import parse_count, parse_day, parse_moment
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import KINDS as DEFAULT_KINDS
from vcdesk.core.storage import MIGRATIONS, DatabaseError, connect
from vcdesk.core.words import ENGLISH, speaking
from vcdesk.core.words.meetings import FIELDS, TEMPLATES, field_name, meeting_error_text

WITA = ZoneInfo("Asia/Makassar")
ROOM = "Ruang Vicon Setda"
RULES = Rules(kinds=("webmeeting", "webinar", "layanan"), licences=("Zoom Webinar 500",))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=WITA)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "vcdesk.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[MeetingStore]:
    meetings = MeetingStore(db, RULES)
    yield meetings
    meetings.close()


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_record_is_kept_as_given_and_read_back_in_utc(store: MeetingStore, db: Path) -> None:
    made = store.add(
        ROOM,
        "  Rapat   koordinasi  ",
        at(3, 9),
        at(3, 10, 30),
        kind="webinar",
        organiser="Bappeda",
        licence="Zoom Webinar 500",
        expected_participants=120,
        platform="Zoom",
        operator="Budi",
        sop_ticked=("Peserta dibisukan",),
        who="Sari",
    )
    assert made.title == "Rapat koordinasi"  # one line, as typed in a form
    assert made.booked_start == dt.datetime(2026, 12, 3, 1, 0, tzinfo=dt.UTC)
    assert made.booked_start.utcoffset() == dt.timedelta(0)
    again = MeetingStore(db).get(made.id)
    assert again == made
    assert (again.kind, again.licence, again.participants) == ("webinar", "Zoom Webinar 500", 120)
    assert again.to_json(WITA)["booked_start"] == "2026-12-03T09:00:00+08:00"
    assert again.to_json()["booked_end"] == "2026-12-03T02:30:00+00:00"
    [created] = store.changes(made.id)
    assert (created.field, created.who, created.old) == ("created", "Sari", None)
    assert created.new["expected_participants"] == 120
    stored = sqlite3.connect(db).execute("SELECT booked_start, source FROM meeting").fetchone()
    assert stored == ("2026-12-03T01:00:00+00:00", "cli")


def test_list_is_by_booked_start_within_room_and_range(store: MeetingStore) -> None:
    late = store.add(ROOM, "Sore", at(3, 15), at(3, 16))
    early = store.add(ROOM, "Pagi", at(3, 8), at(3, 9))
    other = store.add("Ruang Lain", "Lain", at(3, 9), at(3, 10))
    next_day = store.add(ROOM, "Besok", at(4, 0, 30), at(4, 1))
    assert [m.id for m in store.list(ROOM)] == [early.id, late.id, next_day.id]
    assert [m.id for m in store.list()] == [early.id, other.id, late.id, next_day.id]
    # [start, end): the 4th on the room's clock starts at 16:00 UTC on the 3rd.
    day = [m.id for m in store.list(ROOM, at(4, 0), at(5, 0))]
    assert day == [next_day.id]
    assert [m.id for m in store.list(ROOM, at(3, 0), at(3, 15))] == [early.id]


def test_two_changes_are_logged_with_who_when_old_and_new(store: MeetingStore) -> None:
    made = store.add(ROOM, "Rapat", at(3, 9), at(3, 10), expected_participants=100)
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    first = store.update(made.id, who="Sari", actual_participants=95, notes="Kamera 2 mati")
    second = store.update(
        made.id, who="Budi", actual_participants=97, actual_start=at(3, 9, 5), notes="Kamera 2 mati"
    )
    after = dt.datetime.now(dt.UTC)
    assert (first.actual_participants, second.actual_participants) == (95, 97)
    assert second.actual_start == at(3, 9, 5)
    assert second.updated >= made.updated
    log = store.changes(made.id)
    assert [(c.who, c.field, c.old, c.new) for c in log[1:]] == [
        ("Sari", "actual_participants", None, 95),
        ("Sari", "notes", "", "Kamera 2 mati"),
        ("Budi", "actual_participants", 95, 97),
        ("Budi", "actual_start", None, "2026-12-03T01:05:00+00:00"),
    ]  # the notes given again unchanged are not logged a second time
    assert all(before <= c.at <= after for c in log[1:])
    # The first values are still in the record's history.
    assert log[0].field == "created" and log[0].new["actual_participants"] is None


def test_an_unchanged_value_logs_and_writes_nothing(store: MeetingStore, db: Path) -> None:
    made = store.add(ROOM, "Rapat", at(3, 9), at(3, 10), kind="webinar", organiser="Bappeda")
    before = dump(db)
    same = store.update(made.id, who="Sari", kind="webinar", organiser=" Bappeda ")
    assert same == made
    assert dump(db) == before
    assert len(store.changes(made.id)) == 1


def test_a_change_without_a_name_is_the_system_user(store: MeetingStore) -> None:
    made = store.add(ROOM, "Rapat", at(3, 9), at(3, 10))
    store.update(made.id, notes="x")
    import getpass

    assert store.changes(made.id)[-1].who == getpass.getuser()


@pytest.mark.parametrize(
    ("fields", "code", "case"),
    [
        ({"title": "   "}, "no_title", ""),
        ({"title": "x" * 201}, "text_too_long", ""),
        ({"notes": "x" * 5001}, "text_too_long", ""),
        ({"booked_end": at(3, 9)}, "ends_first", "booked"),
        ({"booked_end": at(3, 8)}, "ends_first", "booked"),
        ({"booked_end": at(11, 9)}, "too_long", "booked"),
        ({"actual_start": at(3, 10), "actual_end": at(3, 9, 59)}, "ends_first", "actual"),
        ({"actual_participants": -1}, "count_range", ""),
        ({"expected_participants": 100_001}, "count_range", ""),
        ({"kind": "rapat"}, "unknown_kind", ""),
        ({"licence": "Zoom Pro"}, "unknown_licence", ""),
    ],
)
def test_a_value_that_cannot_be_kept_is_refused_and_nothing_is_written(
    store: MeetingStore, db: Path, fields: dict[str, object], code: str, case: str
) -> None:
    made = store.add(ROOM, "Rapat", at(3, 9), at(3, 10))
    before = dump(db)
    with pytest.raises(MeetingError) as refused:
        store.update(made.id, who="Sari", **fields)
    assert (refused.value.code, refused.value.params.get("case", "")) == (code, case)
    assert TEMPLATES.has_words(code, case)
    assert dump(db) == before
    with pytest.raises(MeetingError) as refused_new:
        values = {"title": "Rapat", "start": at(3, 9), "end": at(3, 10)}
        moved = {"title": "title", "booked_start": "start", "booked_end": "end"}
        extra = {k: v for k, v in fields.items() if k not in moved}
        values.update({moved[k]: v for k, v in fields.items() if k in moved})
        store.add(ROOM, **values, **extra)  # type: ignore[arg-type]
    assert refused_new.value.code == code
    assert dump(db) == before


def test_unknown_fields_and_ids_are_refused(store: MeetingStore, db: Path) -> None:
    made = store.add(ROOM, "Rapat", at(3, 9), at(3, 10))
    before = dump(db)
    for field in ("id", "room", "source", "created", "calendar_uid", "colour"):
        with pytest.raises(MeetingError) as refused:
            store.update(made.id, who="Sari", **{field: "x"})
        assert refused.value.params == {"field": field}
    with pytest.raises(MeetingError, match="there is no meeting #99"):
        store.update(99, who="Sari", notes="x")
    with pytest.raises(MeetingError) as missing:
        store.get(99)
    assert missing.value.code == "not_found"
    with pytest.raises(MeetingError):
        store.changes(99)
    assert dump(db) == before


def test_no_licences_says_so_and_a_dropped_licence_stays_on_its_meetings(db: Path) -> None:
    with MeetingStoreClosing(db, RULES) as store:
        made = store.add(ROOM, "Webinar", at(3, 9), at(3, 10), licence="Zoom Webinar 500")
    with MeetingStoreClosing(db, Rules()) as store:  # the profile no longer lists it
        with pytest.raises(MeetingError) as refused:
            store.add(ROOM, "Lain", at(3, 9), at(3, 10), licence="Zoom Webinar 500")
        assert refused.value.params == {"case": "none", "licence": "Zoom Webinar 500"}
        changed = store.update(made.id, who="Sari", notes="selesai", kind="webinar")
        assert changed.licence == "Zoom Webinar 500"
        assert changed.kind == "webinar"


class MeetingStoreClosing(MeetingStore):
    def __enter__(self) -> MeetingStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def test_a_calendar_occurrence_is_one_record_however_often_it_is_seen(
    store: MeetingStore, db: Path
) -> None:
    first = store.from_occurrence(ROOM, "abc@bkd", at(3, 9), "Rapat mingguan", at(3, 9), at(3, 10))
    before = dump(db)
    again = store.from_occurrence(ROOM, "abc@bkd", at(3, 9), "Rapat mingguan", at(3, 9), at(3, 10))
    assert again == first
    assert dump(db) == before
    assert (first.source, first.calendar_uid, first.occurrence) == (
        "calendar",
        "abc@bkd",
        at(3, 9),
    )
    # The next week's instance of the same event, and the same event in another room.
    week = store.from_occurrence(
        ROOM, "abc@bkd", at(10, 9), "Rapat mingguan", at(10, 9), at(10, 10)
    )
    other = store.from_occurrence(
        "Lain", "abc@bkd", at(3, 9), "Rapat mingguan", at(3, 9), at(3, 10)
    )
    assert len({first.id, week.id, other.id}) == 3
    assert [c.who for c in store.changes(first.id)] == ["calendar"]


def test_a_moved_booking_updates_the_booked_times_and_logs_it(store: MeetingStore) -> None:
    first = store.from_occurrence(ROOM, "abc@bkd", at(3, 9), "Rapat", at(3, 9), at(3, 10))
    store.update(first.id, who="Sari", title="Rapat koordinasi", actual_participants=40)
    moved = store.from_occurrence(ROOM, "abc@bkd", at(3, 9), "Rapat", at(3, 13), at(3, 14, 30))
    assert moved.id == first.id
    assert (moved.booked_start, moved.booked_end) == (at(3, 13), at(3, 14, 30))
    # What the operator corrected is not undone by the calendar's older words.
    assert (moved.title, moved.actual_participants) == ("Rapat koordinasi", 40)
    assert moved.occurrence == at(3, 9)
    log = [(c.who, c.field, c.old, c.new) for c in store.changes(first.id)]
    assert log[-2:] == [
        ("calendar", "booked_end", "2026-12-03T02:00:00+00:00", "2026-12-03T06:30:00+00:00"),
        ("calendar", "booked_start", "2026-12-03T01:00:00+00:00", "2026-12-03T05:00:00+00:00"),
    ]


def test_an_untitled_calendar_event_is_kept_and_stays_editable(store: MeetingStore) -> None:
    made = store.from_occurrence(ROOM, "x@bkd", at(3, 9), "  ", at(3, 9), at(3, 10))
    assert made.title == ""
    assert store.update(made.id, who="Sari", actual_participants=12).actual_participants == 12
    titled = store.update(made.id, who="Sari", title="Rapat dinas")
    with pytest.raises(MeetingError) as refused:  # once titled, a title it keeps
        store.update(titled.id, who="Sari", title=" ")
    assert refused.value.code == "no_title"
    long = store.from_occurrence(ROOM, "y@bkd", at(3, 9), "x" * 300, at(3, 9), at(3, 10))
    assert len(long.title) == 200


def test_two_stores_on_one_file_keep_each_others_changes(db: Path) -> None:
    with MeetingStoreClosing(db) as setup:
        made = setup.add(ROOM, "Rapat", at(3, 9), at(3, 10))
    stores = [MeetingStore(db) for _ in range(2)]
    fields = [("notes", f"catatan {n}") for n in range(20)]

    def work(store: MeetingStore, items: list[tuple[str, str]], who: str) -> None:
        for field, value in items:
            store.update(made.id, who=who, **{field: value})

    threads = [
        threading.Thread(target=work, args=(stores[0], fields[0::2], "A")),
        threading.Thread(target=work, args=(stores[1], fields[1::2], "B")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log = stores[0].changes(made.id)[1:]
    for store in stores:
        store.close()
    assert len(log) == 20
    # Each change's old value is the one the change before it left: none was lost.
    assert log[0].old == ""
    assert all(log[i].old == log[i - 1].new for i in range(1, len(log)))


def test_a_v5_database_is_migrated_with_its_data_kept(db: Path) -> None:
    old = connect(db, MIGRATIONS[:5])  # the database as this vcdesk made it before meetings
    assert old.execute("PRAGMA user_version").fetchone()[0] == 5
    old.execute(
        "INSERT INTO schedule_entry (room, start_utc, end_utc, title, created)"
        " VALUES ('r', '2026-12-03T01:00:00+00:00', '2026-12-03T02:00:00+00:00', 'Lama', 'x')"
    )
    old.execute(
        "INSERT INTO queue_job (input, output_dir, preset, state, position, created, error_params)"
        " VALUES ('/rekaman/a.mp4', '/arsip', 'h264-720p', 'done', 1, 'x', '{}')"
    )
    old.execute(
        "INSERT INTO check_run (started, profile_path, room, overall, profile_json)"
        " VALUES ('2026-12-03T08:00:00+08:00', 'p.yaml', 'r', 'pass', '{}')"
    )
    old.close()
    before = dump(db)

    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) >= 6
    assert conn.execute("SELECT title FROM schedule_entry").fetchall()[0][0] == "Lama"
    assert conn.execute("SELECT input FROM queue_job").fetchone()[0] == "/rekaman/a.mp4"
    assert conn.execute("SELECT count(*) FROM check_run").fetchone()[0] == 1
    indexes = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name LIKE 'meeting%'")
    }
    assert {"meeting_room_start", "meeting_occurrence", "meeting_change_meeting"} <= indexes
    conn.close()
    # Every row that was there is there still, as it was.
    after = dump(db)
    assert [line for line in before if line.startswith("INSERT")] == [
        line for line in after if line.startswith("INSERT")
    ]
    with MeetingStoreClosing(db) as store:
        made = store.add("r", "Baru", at(3, 9), at(3, 10))
        assert store.get(made.id).title == "Baru"


def test_the_database_refuses_a_second_record_of_one_occurrence(db: Path) -> None:
    with MeetingStoreClosing(db) as store:
        store.from_occurrence(ROOM, "abc@bkd", at(3, 9), "Rapat", at(3, 9), at(3, 10))
    conn = connect(db)
    row = dict(conn.execute("SELECT * FROM meeting").fetchone())
    del row["id"]
    columns = ", ".join(row)
    with pytest.raises(DatabaseError, match="UNIQUE"):
        conn.execute(
            f"INSERT INTO meeting ({columns}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
    conn.close()


def test_a_profile_without_meeting_settings_has_the_default_kinds(tmp_path: Path) -> None:
    path = tmp_path / "ruang.yaml"
    path.write_text("schema_version: 1\nroom:\n  name: Ruang\n", encoding="utf-8")
    rules = room_rules(load_profile(path), path)
    assert rules.kinds == DEFAULT_KINDS
    assert rules.licences == ()


def test_typed_values_are_read_on_the_rooms_clock_or_refused_with_a_code() -> None:
    assert parse_moment("2026-12-03 09:05", WITA) == at(3, 9, 5)
    assert parse_moment("2026-12-03T9:05", WITA) == at(3, 9, 5)
    assert parse_day("2026-12-03") == dt.date(2026, 12, 3)
    assert parse_count(" 120 ") == 120
    for text in ("03-12-2026 09:00", "2026-12-03", "2026-02-30 09:00", "2026-12-03 25:00", ""):
        with pytest.raises(MeetingError) as bad:
            parse_moment(text, WITA)
        assert bad.value.params == {"text": text}
    for text in ("2026-12-3", "2026-13-01", "kemarin"):
        with pytest.raises(MeetingError, match="expected a date as YYYY-MM-DD"):
            parse_day(text)
    for text, code in (("abc", "bad_count"), ("1.5", "bad_count"), ("-3", "count_range")):
        with pytest.raises(MeetingError) as bad:
            parse_count(text)
        assert bad.value.code == code


def test_every_field_and_problem_has_words() -> None:
    with speaking(ENGLISH):
        assert set(EDITABLE) <= set(FIELDS)
        assert field_name("expected_participants") == "expected participants"
        error = MeetingError("count_range", value=-1, limit=100_000)
        assert meeting_error_text(error) == (
            "the number of participants must be from 0 to 100,000, not -1"
        )
        assert str(MeetingError("text_too_long", field="title", limit=200)) == (
            "the title is longer than 200 characters"
        )
    codes = {code for code, _ in TEMPLATES.worded()}
    assert {"no_title", "bad_time", "bad_date", "not_found", "other_room"} <= codes


def test_vcdesks_own_names_in_the_change_log_are_words(indonesian) -> None:  # type: ignore[no-untyped-def]
    """ "calendar", "watch", "meeting mode" are markers, not people: said in the reader's
    language; a person's name stays as typed."""
    from vcdesk.core.meetings.actual import MEETING_MODE
    from vcdesk.core.meetings.recordings import WATCH
    from vcdesk.core.meetings.store import CALENDAR
    from vcdesk.core.words.meetings import WHO, who_name

    assert set(WHO) == {CALENDAR, WATCH, MEETING_MODE}
    assert [who_name(w) for w in (CALENDAR, WATCH, MEETING_MODE, "Budi")] == [
        "kalender",
        "folder ruangan",
        "mode rapat",
        "Budi",
    ]


def test_meeting_is_plain_data() -> None:
    fields = set(Meeting.__dataclass_fields__)
    assert set(EDITABLE) <= fields
    assert {"id", "room", "source", "calendar_uid", "occurrence", "created", "updated"} <= fields
