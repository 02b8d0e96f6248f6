"""A checklist run as CSV for the archive: one row per check, the run's facts repeated on
each row so any row stands on its own in a spreadsheet. Times are ISO 8601 in the room's
zone with its offset; `room_time` gives the PDF report the same times with the zone's name."""

from __future__ import annotations

import csv
import datetime
import io
import json
import zoneinfo

from vcdesk.core.history import RunRecord
from vcdesk.core.schedule.zones import zone_label

# Keys only ever added at the end: a spreadsheet or script reading by name keeps working.
# `unit` is the measured value's unit; the room's organisational unit is `institution_unit`.
CSV_COLUMNS = (
    "run_id", "room", "operator", "started", "finished", "overall", "check", "status",
    "value", "unit", "threshold", "message", "code", "duration_s", "details",
    "institution", "institution_unit",
)  # fmt: skip


def csv_text(run: RunRecord) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as Excel expects
    writer.writerow(CSV_COLUMNS)
    started = room_time(run, run.started)[0].isoformat(timespec="seconds")
    finished = room_time(run, run.finished)[0].isoformat(timespec="seconds")
    organisation = [_safe(room_text(run, "institution")), _safe(room_text(run, "unit"))]
    for r in run.results:
        writer.writerow(
            [
                run.id if run.id is not None else "",
                run.room,
                run.operator,
                started,
                finished,
                run.overall.value,
                r.id,
                r.status.value,
                "" if r.value is None else r.value,
                r.unit,
                r.threshold,
                _safe(r.message),
                r.code,
                round(r.duration_s, 3),
                json.dumps(r.details, ensure_ascii=False, default=str),
                *organisation,
            ]
        )
    for item in run.sop_ticked:
        writer.writerow(["", run.room, run.operator, "", "", "", "sop", "ticked", "", "", "",
                         _safe(item), "sop.ticked", "", "", *organisation])  # fmt: skip
    return out.getvalue()


def room_text(run: RunRecord, key: str) -> str:
    """A text option of the room as the profile stood when the run was judged ("" when the
    run predates the option)."""
    room = run.profile.get("room")
    value = room.get(key) if isinstance(room, dict) else None
    return value.strip() if isinstance(value, str) else ""


def room_time(run: RunRecord, moment: datetime.datetime) -> tuple[datetime.datetime, str]:
    """`moment` in the room's zone, and the zone's name for people: WIB, WITA, WIT, another
    zone's abbreviation, or its UTC offset. A run stored before profiles named their zone
    keeps the offset of the PC it ran on ("UTC+7")."""
    name = room_text(run, "timezone")
    try:
        zone = zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a tz folder
        zone = None
    if zone is None:
        local = moment if moment.tzinfo is not None else moment.astimezone()
        return local, _offset_label(local)
    local = moment.astimezone(zone)
    label = zone_label(zone, local)
    # The tz database names some zones only by their offset ("+04"): say whose offset.
    return local, label if label[:1] not in ("", "+", "-") else _offset_label(local)


def _offset_label(moment: datetime.datetime) -> str:
    offset = moment.utcoffset() or datetime.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def _safe(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
