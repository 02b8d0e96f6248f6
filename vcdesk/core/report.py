"""A checklist run as CSV for the archive: one row per check, the run's facts repeated on
each row so any row stands on its own in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

from vcdesk.core.history import RunRecord

CSV_COLUMNS = (
    "run_id", "room", "operator", "started", "finished", "overall", "check", "status",
    "value", "unit", "threshold", "message", "code", "duration_s", "details",
)  # fmt: skip


def csv_text(run: RunRecord) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as Excel expects
    writer.writerow(CSV_COLUMNS)
    for r in run.results:
        writer.writerow(
            [
                run.id if run.id is not None else "",
                run.room,
                run.operator,
                run.started.isoformat(timespec="seconds"),
                run.finished.isoformat(timespec="seconds"),
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
            ]
        )
    for item in run.sop_ticked:
        writer.writerow(["", run.room, run.operator, "", "", "", "sop", "ticked", "", "", "",
                         _safe(item), "sop.ticked", "", ""])  # fmt: skip
    return out.getvalue()


def _safe(text: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
