"""The UI's words for a power check judged against a meeting: every variant fills in its
values (the meeting's name and end in the room's zone, the runtime it needs), and the
results the real check gives are worded from their details."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from vcdesk.core.checks import power
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import RunContext
from vcdesk.core.profile.model import Power, Profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.words import checks as wording

MEETING = {"meeting_title": "Rapat Pimpinan", "meeting_start": "2025-03-04T13:30:00+08:00",
           "meeting_end": "2025-03-04T16:00:00+08:00", "meeting_zone": "WITA",
           "meeting_left_min": 120.0, "needed_min": 130.0}  # fmt: skip


# the details the power check gives (as in tests/test_wording.py)
BATTERY = {"plugged": True, "charge_pct": 87.0, "runtime_min": 134.0, "min_charge_pct": 50.0,
           "min_runtime_min": 10.0}  # fmt: skip
NUT = {"host": "ups.local", "port": 3493, "ups": "rapat1", "target": "rapat1@ups.local:3493",
       "timeout_s": 3.0, "min_charge_pct": 50.0, "min_runtime_min": 10.0}  # fmt: skip
UPS = {**NUT, "status": "OL", "flags": ["OL"], "charge_pct": 100.0, "runtime_min": 30.0,
       "model": "Acme Smart-UPS 1500", "ups_mfr": "Acme", "ups_model": "Smart-UPS 1500",
       "device_model": None, "problems": []}  # fmt: skip
# what an older record was stored with: shown only where the catalogue cannot word a result
SENTINEL = "the words of an old record"


def result_for(code: str, details: dict[str, Any]) -> CheckResult:
    status = Status.PASS if code.endswith(".ok") else Status.FAIL
    return CheckResult("power", status, code, details=details, recorded={"message": SENTINEL})


def ups(status: str, **values: Any) -> dict[str, Any]:
    return {**UPS, "status": status, "flags": status.split(), **MEETING, **values}


SAMPLES: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    ("power.ups_runtime_low", ups("OB DISCHRG"),
     ("“Rapat Pimpinan”", "16:00 WITA", "130 min", "120 min", "10 min", "30 min", "OB DISCHRG",
      "Restore mains")),
    ("power.ups_runtime_low", ups("OL"),
     ("“Rapat Pimpinan”", "16:00 WITA", "130 min", "power cut", "(status OL)")),
    ("power.ups_runtime_low", ups("OL", meeting_title=""), ("the meeting runs until 16:00",)),
    ("power.ups_short_for_meeting", ups("OL"),
     ("“Rapat Pimpinan”", "16:00 WITA", "130 min", "power cut", "(status OL)")),
    ("power.ups_ok", ups("OL", runtime_min=180.0),
     ("enough for “Rapat Pimpinan” until 16:00 WITA", "130 min", "180 min")),
    ("power.ups_ok", ups("OL", runtime_min=None), ("Acme",)),  # unknown runtime: no claim
    ("power.ups_on_battery", ups("OB", runtime_min=180.0),
     ("lasts through “Rapat Pimpinan” until 16:00 WITA",)),
    ("power.ups_on_battery", ups("OB", runtime_min=20.0), ("will stop",)),
    ("power.battery_runtime_low", {**BATTERY, **MEETING, "plugged": False, "runtime_min": 45.0},
     ("45 min", "“Rapat Pimpinan” runs until 16:00 WITA", "130 min", "charger")),
    ("power.ups_ok", ups("OL", runtime_min=900.0, meeting_end="2025-03-05T01:00:00+08:00"),
     ("5 Mar 01:00 WITA",)),
]  # fmt: skip


@pytest.mark.parametrize(("code", "details", "shows"), SAMPLES)
def test_meeting_variants_fill_in_their_values(
    code: str, details: dict[str, Any], shows: tuple[str, ...]
) -> None:
    text = wording.message(result_for(code, details))
    assert text != SENTINEL and "{" not in text and "None" not in text, text
    for value in shows:
        assert value in text, (value, text)
    if details.get("runtime_min") is None or details["runtime_min"] < details["needed_min"]:
        assert "enough for" not in text and "lasts through" not in text


def test_without_a_meeting_the_words_are_as_before() -> None:
    plain = {k: v for k, v in ups("OL").items() if k not in MEETING}
    assert "this room needs 10 min" in wording.message(result_for("power.ups_runtime_low", plain))
    ok = wording.message(result_for("power.ups_ok", plain))
    assert (
        ok == "The UPS Acme Smart-UPS 1500 (rapat1@ups.local:3493) is on mains power "
        "(battery 100 %, about 30 min of runtime)."
    )


def test_the_requirement_shows_the_runtime_the_meeting_needs() -> None:
    result = CheckResult("power", Status.FAIL, "power.ups_runtime_low", 90.0, "%", ups("OL"))
    assert wording.required(result) == (
        "≥ 50 % charge, ≥ 130 min of runtime (to the meeting's end + 10 min)"
    )
    plain = dataclasses.replace(result, details=UPS)
    assert wording.required(plain) == "≥ 50 % charge, ≥ 10 min of runtime"
    assert plain.threshold == "≥ 50 % charge, ≥ 10 min of runtime"  # the English of JSON


def test_an_unreadable_calendar_is_said() -> None:
    problem = {"code": "timeout", "source": "https://kalender.example/r.ics", "seconds": 10}
    text = wording.message(result_for("power.ups_ok", {**UPS, "schedule_problem": problem}))
    assert "The room's calendar could not be read, so this was judged without its meetings: " in (
        text
    )
    assert "https://kalender.example/r.ics" in text and "{" not in text, text
    # an older record stored the reason in English words: still shown, never lost
    old = {**UPS, "schedule_problem": "the file /srv/jadwal.ics is missing"}
    assert wording.message(result_for("power.ups_ok", old)).endswith(
        "without its meetings: the file /srv/jadwal.ics is missing."
    )
    assert "calendar" not in wording.message(result_for("power.ups_ok", UPS))


def test_real_results_are_worded_from_their_details() -> None:
    """The power check itself, with a meeting, on a battery-less PC and a UPS reading."""
    zone = ZoneInfo("Asia/Makassar")
    now = datetime.now(zone)
    profile = Profile.model_validate(
        {"schema_version": 1, "room": {"name": "R", "timezone": "Asia/Makassar"}}
    )
    rapat = Meeting(now - timedelta(minutes=5), now + timedelta(hours=2), "Rapat")
    context = RunContext.for_meetings(profile, now, [rapat])
    section = Power(source="nut")
    base = {"host": "h", "port": 1, "ups": "u", "target": "u@h:1", "timeout_s": 3.0}
    for status, runtime in (("OL", 1800), ("OB", 1800), ("OL", 4 * 3600), ("OB", 4 * 3600)):
        values = {"ups.status": status, "battery.charge": "90", "battery.runtime": str(runtime)}
        cover = power._Cover.of(section, context)
        result = power._judge_ups(section, values, dict(base), cover)
        assert not {"message", "threshold"} & set(result.details)  # core gives no words
        text = wording.message(dataclasses.replace(result, recorded={"message": SENTINEL}))
        assert text != SENTINEL and "“Rapat”" in text, (result.code, text)
        assert "{" not in text and "None" not in text, text
        # the English of JSON and the log is the same catalogue's
        assert text == result.message, (text, result.message)
        assert result.threshold.startswith("≥ 50 % charge, ≥ "), result.threshold
        assert "(to the meeting's end + 10 min)" in result.threshold
    missing = power.run(Power(source="battery", optional=True), CancelToken(time.monotonic() + 5),
                        RunContext.for_meetings(profile, now, [], "x.ics is missing"))  # fmt: skip
    assert missing.code.startswith("power.battery"), missing.code
    assert wording.message(dataclasses.replace(missing, recorded={"message": SENTINEL})) != (
        SENTINEL
    )
