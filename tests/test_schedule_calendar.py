"""iCalendar feeds as booking systems export them: recurrence with exceptions, moved and
cancelled instances, all-day events, and Indonesia's three time zones (fixtures in
tests/fixtures/ics/)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from vcdesk.core.schedule.calendar import Calendar, ScheduleError, expand, parse
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.schedule.zones import zone_label

ICS = Path(__file__).parent / "fixtures" / "ics"
WIB, WITA, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura")


def meetings(name: str, zone: ZoneInfo, first: date, days: int = 1) -> list[Meeting]:
    calendar = parse((ICS / name).read_bytes(), name)
    start = datetime.combine(first, datetime.min.time(), zone)
    return expand(calendar, start, start + timedelta(days=days), zone)


def hm(meeting: Meeting) -> tuple[str, str, str]:
    return (f"{meeting.start:%d %H:%M}", f"{meeting.end:%d %H:%M}", meeting.title)


def test_weekly_series_with_exdate_moved_and_cancelled_instances() -> None:
    found = meetings("weekly.ics", WIB, date(2025, 3, 10), days=35)
    assert [hm(m) for m in found if "koordinasi" in m.title] == [
        ("10 09:00", "10 10:30", "Rapat koordinasi mingguan"),
        # 17 March: EXDATE; 24 March: moved to Tuesday 25 at 13:00 (RECURRENCE-ID)
        ("25 13:00", "25 14:30", "Rapat koordinasi mingguan (dipindah)"),
        # 31 March: STATUS:CANCELLED instance
        ("07 09:00", "07 10:30", "Rapat koordinasi mingguan"),  # the 5th (COUNT=5)
    ]


def test_cancelled_single_event_is_left_out() -> None:
    day = meetings("weekly.ics", WIB, date(2025, 3, 10))
    assert [hm(m) for m in day] == [
        ("10 09:00", "10 10:30", "Rapat koordinasi mingguan"),
        ("10 13:00", "10 15:00", "Musrenbang daring dengan Bappenas"),
    ]  # "Sosialisasi SPBE (batal)" at 16:00 is STATUS:CANCELLED
    assert all(m.busy and not m.all_day and m.source == "feed" for m in day)
    assert day[0].uid == "rakor-mingguan@setda.example.go.id"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (WIB, ["09:00 Jakarta", "10:00 Makassar", "13:00 Jayapura", "16:00 Outlook"]),
        (WITA, ["10:00 Jakarta", "11:00 Makassar", "14:00 Jayapura", "17:00 Outlook"]),
        (WIT, ["11:00 Jakarta", "12:00 Makassar", "15:00 Jayapura", "18:00 Outlook"]),
    ],
)
def test_tzids_are_shown_in_the_rooms_zone(zone: ZoneInfo, expected: list[str]) -> None:
    # The feed mixes Asia/Jakarta, Asia/Makassar, Asia/Jayapura and Outlook's Windows name
    # "SE Asia Standard Time" (UTC+7), with no VTIMEZONE for any of them.
    day = meetings("zones.ics", zone, date(2025, 3, 12))
    assert [f"{m.start:%H:%M} {m.title.split()[-1]}" for m in day] == expected
    assert all(m.start.tzinfo == zone and m.end - m.start == timedelta(hours=1) for m in day)


def test_utc_feed_is_shown_in_wita_and_crosses_midnight() -> None:
    wednesday = meetings("utc.ics", WITA, date(2025, 3, 12))
    assert [hm(m) for m in wednesday] == [
        ("12 09:00", "12 10:00", "Rapat pagi (UTC)"),
        ("12 23:30", "13 00:30", "Rapat menjelang tengah malam"),
    ]
    assert zone_label(WITA) == "WITA"
    thursday = meetings("utc.ics", WITA, date(2025, 3, 13))
    assert [hm(m) for m in thursday] == [("12 23:30", "13 00:30", "Rapat menjelang tengah malam")]
    # The same feed in a WIT room: the late meeting is on Thursday only.
    assert [hm(m) for m in meetings("utc.ics", WIT, date(2025, 3, 13))] == [
        ("13 00:30", "13 01:30", "Rapat menjelang tengah malam")
    ]


def test_all_day_events_span_local_days_and_hold_only_when_opaque() -> None:
    week = meetings("allday.ics", WITA, date(2025, 3, 12), days=3)
    rows = [(f"{m.start:%d %H:%M}", f"{m.end:%d %H:%M}", m.title, m.all_day, m.busy) for m in week]
    assert rows == [
        ("12 00:00", "13 00:00", "Cuti bersama", True, False),  # TRANSP:TRANSPARENT
        ("12 10:00", "12 11:00", "Rapat terjadwal", False, True),
        ("13 00:00", "15 00:00", "Bimtek sepanjang hari (ruang dipakai)", True, True),  # OPAQUE
        ("14 00:00", "15 00:00", "Batas laporan triwulan", True, False),  # no DTEND, no TRANSP
    ]
    assert week[0].start.tzinfo == WITA


def test_floating_times_are_the_rooms_clock() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:f\r\n"
        b"SUMMARY:Rapat lokal\r\nDTSTART:20250312T090000\r\nDTEND:20250312T100000\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    for zone in (WIB, WIT):
        start = datetime(2025, 3, 12, tzinfo=zone)
        (m,) = expand(parse(data, "x"), start, start + timedelta(days=1), zone)
        assert (m.start, m.end) == (start.replace(hour=9), start.replace(hour=10))


def test_transparent_timed_event_does_not_hold() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:t\r\n"
        b"SUMMARY:Pengingat\r\nTRANSP:TRANSPARENT\r\nDTSTART:20250312T020000Z\r\n"
        b"DTEND:20250312T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    start = datetime(2025, 3, 12, tzinfo=WIB)
    (m,) = expand(parse(data, "x"), start, start + timedelta(days=1), WIB)
    assert not m.busy and f"{m.start:%H:%M}" == "09:00"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ((ICS / "broken.ics").read_bytes(), "not an iCalendar file"),  # cut off mid-download
        (b"<!DOCTYPE html><html><body>Masuk</body></html>", "a web page, not a calendar"),
        (b"", "not an iCalendar file"),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:rusak\r\n"
            b"DTSTART:2025-03-12 kemarin\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "none of its 1 events has a start time that can be read",
        ),
    ],
)
def test_broken_feed_is_a_clear_error(data: bytes, words: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse(data, "https://booking.example/ruang.ics")
    assert caught.value.code == "broken"
    assert words in caught.value.message
    assert caught.value.message.startswith(
        "The schedule feed https://booking.example/ruang.ics cannot be read: "
    )
    assert "Traceback" not in caught.value.message and "b'" not in caught.value.message


def test_one_broken_event_leaves_the_rest() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:rusak\r\nDTSTART:kemarin\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Baik\r\nDTSTART:20250312T020000Z\r\n"
        b"DTEND:20250312T030000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    start = datetime(2025, 3, 12, tzinfo=WIB)
    assert [m.title for m in expand(parse(data, "x"), start, start + timedelta(1), WIB)] == ["Baik"]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Asia/Jakarta", "WIB"),
        ("Asia/Pontianak", "WIB"),
        ("Asia/Makassar", "WITA"),
        ("Asia/Jayapura", "WIT"),
        ("UTC", "UTC"),
    ],
)
def test_zone_labels(name: str, label: str) -> None:
    assert zone_label(ZoneInfo(name)) == label


def _feed(*events: str, head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{head}{body}END:VCALENDAR\r\n".encode()


GOOD = "UID:good\r\nSUMMARY:Baik\r\nDTSTART:20250312T020000Z\r\nDTEND:20250312T030000Z\r\n"


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=SECONDLY",
        "FREQ=MINUTELY",
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=MONTHLY;BYDAY=99MO",
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",  # never matches: dateutil would run to 9999
        "FREQ=HOURLY;BYMINUTE=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20",
        "FREQ=YEARLY;COUNT=0",
    ],
)
def test_hostile_rules_end_quickly_with_bounded_meetings(rule: str) -> None:
    import time

    hostile = f"UID:bad\r\nSUMMARY:Jahat\r\nDTSTART:20000101T010000Z\r\nRRULE:{rule}\r\n"
    began = time.monotonic()
    calendar = parse(_feed(hostile, GOOD), "x")
    start = datetime(2025, 3, 11, tzinfo=WIB)
    meetings = expand(calendar, start, start + timedelta(days=8), WIB)
    assert time.monotonic() - began < 2
    assert "Baik" in [m.title for m in meetings]
    assert sum(m.title == "Jahat" for m in meetings) <= 500
    assert calendar.warnings, rule
    for warning in calendar.warnings:
        assert warning.code in ("skipped", "limited")
        json.dumps(warning.to_json())  # JSON-ready values
        assert warning.message != warning.code and "{" not in warning.message


@pytest.mark.parametrize(
    ("event", "case"),
    [
        ("UID:a\r\nSUMMARY:Tanpa mulai\r\n", "no_start"),
        ("UID:a\r\nDTSTART:20250312T020000Z\r\nDTSTART:20250312T040000Z\r\n", "two_starts"),
        ("UID:a\r\nDTSTART;TZID=Bulan/Tidak_Ada:20250312T020000\r\n", "bad_zone"),
        ("UID:a\r\nDTSTART:20250312T020000Z\r\nDTEND:kemarin\r\n", "bad_time"),
        ("UID:a\r\nDTSTART:20250312T020000Z\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\n", "bad_rule"),
    ],
)
def test_malformed_events_are_skipped_with_a_warning(event: str, case: str) -> None:
    calendar = parse(_feed(event, GOOD), "x")
    start = datetime(2025, 3, 12, tzinfo=WIB)
    assert [m.title for m in expand(calendar, start, start + timedelta(1), WIB)] == ["Baik"]
    assert calendar.skipped == 1 and calendar.events == 1
    (warning,) = calendar.warnings
    assert (warning.code, warning.params["case"]) == ("skipped", case)
    assert "was left out" in warning.message


def test_bad_calendar_zone_is_ignored_with_a_warning() -> None:
    calendar = parse(_feed(GOOD, head="X-WR-TIMEZONE:Bukan/Zona\r\n"), "x")
    assert [w.code for w in calendar.warnings] == ["zone_ignored"]
    start = datetime(2025, 3, 12, tzinfo=WIB)
    assert len(expand(calendar, start, start + timedelta(1), WIB)) == 1


def test_feed_of_only_unusable_events_is_refused() -> None:
    bad = "UID:a\r\nDTSTART:20250312T020000Z\r\nRRULE:FREQ=SECONDLY\r\n"
    with pytest.raises(ScheduleError) as caught:
        parse(_feed(bad, bad.replace("UID:a", "UID:b")), "x")
    assert caught.value.params["case"] == "no_usable"


def test_same_bytes_are_parsed_once() -> None:
    data = _feed(GOOD)
    assert parse(data, "x") is parse(data, "x")


# A feed is split into its events and only those a window can show are parsed (see
# vcdesk.core.schedule.blocks); what comes out must be what the whole feed gives.

MIXED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//vcdesk tests//mixed//ID
X-WR-TIMEZONE:Asia/Makassar
BEGIN:VTIMEZONE
TZID:Waktu Kantor
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:floating
SUMMARY:Mengambang (X-WR-TIMEZONE)
DTSTART:20250312T090000
DTEND:20250312T100000
END:VEVENT
BEGIN:VEVENT
UID:vtimezone
SUMMARY:Zona dari VTIMEZONE
DTSTART;TZID=Waktu Kantor:20250312T110000
DURATION:PT45M
END:VEVENT
BEGIN:VEVENT
UID:windows
SUMMARY:Zona Windows
DTSTART;TZID="SE Asia Standard Time":20250313T080000
DTEND;TZID="SE Asia Standard Time":20250313T090000
END:VEVENT
BEGIN:VEVENT
UID:hari
SUMMARY:Sepanjang hari\\, dua hari
DTSTART;VALUE=DATE:20250313
DTEND;VALUE=DATE:20250315
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
UID:ganda
SUMMARY:Ganda pertama (jauh)
DTSTART:20250601T020000Z
DTEND:20250601T030000Z
END:VEVENT
BEGIN:VEVENT
UID:ganda
SUMMARY:Ganda kedua (minggu ini)
DTSTART:20250312T020000Z
DTEND:20250312T030000Z
END:VEVENT
BEGIN:VEVENT
UID:seri
SUMMARY:Seri harian
DTSTART:20250301T010000Z
DTEND:20250301T013000Z
RRULE:FREQ=DAILY;COUNT=40
EXDATE:20250313T010000Z
END:VEVENT
BEGIN:VEVENT
UID:seri
RECURRENCE-ID:20250312T010000Z
SUMMARY:Seri harian (dipindah)
DTSTART:20250312T050000Z
DTEND:20250312T053000Z
END:VEVENT
BEGIN:VEVENT
UID:alarm
SUMMARY:Dengan pengingat
DTSTART:20250314T010000Z
DTEND:20250314T020000Z
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:batal
SUMMARY:Batal
STATUS:CANCELLED
DTSTART:20250312T060000Z
DTEND:20250312T070000Z
END:VEVENT
BEGIN:VEVENT
UID:tanpa-akhir
SUMMARY:Tanpa akhir
DTSTART:20250312T070000Z
END:VEVENT
END:VCALENDAR
"""


def _whole(data: bytes) -> Calendar:
    return Calendar(icalendar.Calendar.from_ical(data), "x")


@pytest.mark.parametrize(
    "data",
    [*(path.read_bytes() for path in sorted(ICS.glob("*.ics")) if path.name != "broken.ics"),
     MIXED.encode(), MIXED.replace("X-WR-TIMEZONE:Asia/Makassar\n", "").encode()],
)  # fmt: skip
def test_the_split_feed_gives_what_the_whole_feed_gives(data: bytes) -> None:
    split = parse(data, "x")
    assert split.feed is not None  # split, not parsed whole
    whole = _whole(data)
    assert (split.events, split.skipped, split.warnings) == (
        whole.events,
        whole.skipped,
        whole.warnings,
    )
    for first in (date(2025, 3, 1), date(2025, 3, 10), date(2025, 3, 13), date(2025, 6, 1)):
        for zone in (WIB, WIT, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Pago_Pago")):
            start = datetime.combine(first, datetime.min.time(), zone)
            for days in (1, 3, 10):
                end = start + timedelta(days=days)
                assert expand(split, start, end, zone) == expand(whole, start, end, zone)


def test_the_mixed_feed_reads_as_written() -> None:
    start = datetime(2025, 3, 12, tzinfo=WITA)
    day = [hm(m) for m in expand(parse(MIXED.encode(), "x"), start, start + timedelta(1), WITA)]
    assert day == [
        ("12 09:00", "12 10:00", "Mengambang (X-WR-TIMEZONE)"),
        # "Ganda kedua" is not: the recurrence library keeps the first event of a UID, here
        # one in June, far from the window
        ("12 11:00", "12 11:45", "Zona dari VTIMEZONE"),
        ("12 13:00", "12 13:30", "Seri harian (dipindah)"),  # 01:00Z moved to 05:00Z
        ("12 15:00", "12 15:00", "Tanpa akhir"),
    ]
    june = datetime(2025, 6, 1, tzinfo=WITA)
    found = expand(parse(MIXED.encode(), "x"), june, june + timedelta(1), WITA)
    assert [m.title for m in found] == ["Ganda pertama (jauh)"]


def test_events_far_from_the_window_are_no_warning_but_broken_ones_are() -> None:
    plain = "".join(
        f"UID:e{i}\r\nSUMMARY:Rapat {i}\r\nDTSTART:2025{1 + i % 12:02d}{1 + i % 28:02d}T020000Z"
        f"\r\nDTEND:2025{1 + i % 12:02d}{1 + i % 28:02d}T030000Z\r\n|"
        for i in range(300)
    ).split("|")[:-1]
    far = [
        "UID:rusak\r\nSUMMARY:Rusak\r\nDTSTART:20251201T020000Z\r\nDTEND:kemarin\r\n",
        "UID:zona\r\nSUMMARY:Zona\r\nDTSTART;TZID=Bulan/Tidak_Ada:20251201T090000\r\n",
    ]
    calendar = parse(_feed(*plain, *far), "x")
    assert calendar.feed is not None
    assert calendar.events == 300 and calendar.skipped == 2
    assert sorted(w.params["case"] for w in calendar.warnings) == ["bad_time", "bad_zone"]
    start = datetime(2025, 3, 12, tzinfo=WIB)
    found = expand(calendar, start, start + timedelta(days=1), WIB)
    assert sorted(m.title for m in found) == sorted(
        f"Rapat {i}" for i in range(300) if (1 + i % 12, 1 + i % 28) == (3, 12)
    )
    assert len(calendar.warnings) == 2  # reading a window adds none


def test_an_odd_structure_is_parsed_whole() -> None:
    odd = (ICS / "weekly.ics").read_bytes().replace(b"BEGIN:VEVENT", b"BEGIN;X-A=1:VEVENT", 1)
    calendar = parse(odd, "x")
    assert calendar.feed is None and calendar.events == _whole(odd).events
