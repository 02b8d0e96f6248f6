"""Checklist runs kept for accountability: every result, the profile as judged, the time,
the operator and the SOP items ticked."""

from __future__ import annotations

import dataclasses
import datetime
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.storage import connect

if TYPE_CHECKING:
    from vcdesk.core.profile.model import Profile


@dataclass(frozen=True)
class RunRecord:
    started: datetime.datetime
    finished: datetime.datetime
    profile_path: str
    room: str
    operator: str
    overall: Status
    results: tuple[CheckResult, ...]
    profile: dict[str, Any] = field(default_factory=dict)
    sop_ticked: tuple[str, ...] = ()
    id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "profile": self.profile_path,
            "room": self.room,
            "operator": self.operator,
            "overall": self.overall.value,
            "started": self.started.isoformat(timespec="seconds"),
            "finished": self.finished.isoformat(timespec="seconds"),
            "sop_ticked": list(self.sop_ticked),
            "results": [r.to_json() for r in self.results],
        }


def record_for(
    profile: Profile,
    profile_path: str,
    started: datetime.datetime,
    results: Sequence[CheckResult],
    overall: Status,
    operator: str | None = None,
    sop_ticked: Sequence[str] = (),
) -> RunRecord:
    return RunRecord(
        started=started,
        finished=datetime.datetime.now().astimezone(),
        profile_path=profile_path,
        room=profile.room.name,
        operator=operator if operator is not None else profile.room.operator,
        overall=overall,
        results=tuple(results),
        profile=profile.model_dump(mode="json"),  # secrets masked by the model
        sop_ticked=tuple(sop_ticked),
    )


def save_run(conn: sqlite3.Connection, run: RunRecord) -> int:
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(
            "INSERT INTO check_run (started, finished, profile_path, room, operator, overall,"
            " profile_json, sop_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                run.started.isoformat(),
                run.finished.isoformat(),
                run.profile_path,
                run.room,
                run.operator,
                run.overall.value,
                json.dumps(run.profile, ensure_ascii=False),
                json.dumps(list(run.sop_ticked), ensure_ascii=False),
            ),
        )
        run_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO check_result (run_id, check_id, status, code, value, unit, threshold,"
            " message, details_json, duration_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    run_id,
                    r.id,
                    r.status.value,
                    r.code,
                    r.value,
                    r.unit,
                    r.threshold,
                    r.message,
                    json.dumps(r.details, ensure_ascii=False, default=str),
                    r.duration_s,
                )
                for r in run.results
            ],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return run_id


def store(database: Path, run: RunRecord) -> RunRecord:
    """Open the database, save the run, and return it with its id (raises DatabaseError)."""
    conn = connect(database)
    try:
        return dataclasses.replace(run, id=save_run(conn, run))
    finally:
        conn.close()


def list_runs(
    conn: sqlite3.Connection,
    limit: int = 50,
    room: str | None = None,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
) -> list[RunRecord]:
    """Newest first. `since`/`until` are inclusive local dates of the run's start."""
    clauses: list[str] = []
    params: list[Any] = []
    if room:
        clauses.append("room = ?")
        params.append(room)
    # `started` is ISO 8601 with the room PC's offset: its first 10 characters are the
    # local date, which is what an operator means by "runs on 3 March".
    if since is not None:
        clauses.append("substr(started, 1, 10) >= ?")
        params.append(since.isoformat())
    if until is not None:
        clauses.append("substr(started, 1, 10) <= ?")
        params.append(until.isoformat())
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        f"SELECT * FROM check_run {where} ORDER BY started DESC, id DESC LIMIT ?",  # noqa: S608
        [*params, limit],
    ).fetchall()
    return [_record(conn, row) for row in rows]


def rooms(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT DISTINCT room FROM check_run ORDER BY room")]


def _record(conn: sqlite3.Connection, row: sqlite3.Row) -> RunRecord:
    results = tuple(
        CheckResult(
            id=r["check_id"],
            status=Status(r["status"]),
            code=r["code"],
            value=r["value"],
            unit=r["unit"],
            details=json.loads(r["details_json"]),
            duration_s=r["duration_s"],
            recorded={"message": r["message"], "threshold": r["threshold"]},
        )
        for r in conn.execute(
            "SELECT * FROM check_result WHERE run_id = ? ORDER BY rowid", (row["id"],)
        )
    )
    return RunRecord(
        id=row["id"],
        started=datetime.datetime.fromisoformat(row["started"]),
        finished=datetime.datetime.fromisoformat(row["finished"]),
        profile_path=row["profile_path"],
        room=row["room"],
        operator=row["operator"],
        overall=Status(row["overall"]),
        results=results,
        profile=json.loads(row["profile_json"]),
        sop_ticked=tuple(json.loads(row["sop_json"])),
    )


def set_sop_ticked(database: Path, run_id: int, ticked: Sequence[str]) -> None:
    """The operator ticks SOP items while and after the checks run: keep the run's record
    in step with what was ticked."""
    conn = connect(database)
    try:
        conn.execute(
            "UPDATE check_run SET sop_json = ? WHERE id = ?",
            (json.dumps(list(ticked), ensure_ascii=False), run_id),
        )
    finally:
        conn.close()
