"""iCalendar feeds as booking systems export them: recurrence with exceptions, moved and
cancelled instances, all-day events, and Indonesia's three time zones (fixtures in
tests/fixtures/ics/)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from vcdesk.core.schedule.calendar import ScheduleError, expand, parse
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
