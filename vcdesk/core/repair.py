"""Checking the database, and rebuilding a damaged one from what can still be read (issue 14).

`repair(path)` keeps a copy of the damaged file (the one saved when the damage was first met,
else a new one), builds a new database with the current schema, copies into it every row the
damaged file still yields, then puts the new file in the old one's place. Python's sqlite3
has no `.recover`, so rows are read through the table's own b-tree in rowid order; where a
page cannot be read, the reading starts again at the first rowid past it that can be. How
many rows were lost is known from an index that can still be read (indexes hold every row's
rowid); without one, only that some were.

Jobs that were running come back `interrupted` and keep their owner, process and partial
output fields, so the next engine's recovery stops a leftover ffmpeg and removes the partial
output, as after a crash. Recordings and outputs on disk are never touched.

What the damage lost of the meetings and their recordings is then put back from the
archive's sidecars, where there are some (vcdesk.core.meetings.restore).

While it works, the damaged file is held with an exclusive lock: a vcdesk program that has
it open makes the repair wait, then stop ("busy"), never swap the file under it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from vcdesk.core.convert.errors import Reason
from vcdesk.core.meetings.restore import RestoreReport, restore_from_sidecars, roots_in_database
from vcdesk.core.queue.store import failure
from vcdesk.core.storage import (
    MIGRATIONS,
    DatabaseError,
    busy_timeout,
    connect,
    damaged,
    error_from_sqlite,
    mark_sound,
    save_copy,
)

MIN_ROWID = -(2**63)
MAX_ROWID = 2**63 - 1
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class TableSalvage:
    """One table of the damaged file: rows copied into the new database, and rows lost
    (None: some could not be read, and how many is not known)."""

    table: str
    saved: int
    lost: int | None


@dataclass(frozen=True)
class RepairReport:
    path: Path
    backup: Path
    tables: tuple[TableSalvage, ...]
    interrupted: int  # running jobs that will run again
    readable: bool  # False: not even the list of tables could be read
    # What the archive's sidecars gave back (vcdesk.core.meetings.restore), or why they
    # could not be read into the new database.
    restored: RestoreReport | None = None
    restore_problem: DatabaseError | None = None


def check(path: Path) -> DatabaseError | None:
    """None when `path` passes PRAGMA quick_check or does not exist yet; else what is wrong
    ("damaged", with a copy of the file saved beside it, or "busy", "unusable"...)."""
    if not path.exists():
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, timeout=busy_timeout(), isolation_level=None)
        found = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
        if found == ["ok"]:
            mark_sound(path)
            return None
        # The copy is taken while this connection is open: closing it may checkpoint.
        return damaged(path, "; ".join(found))
    except sqlite3.Error as exc:
        return error_from_sqlite(exc, path)
    finally:
        if conn is not None:
            conn.close()


def repair(path: Path, archive_roots: Sequence[Path] = ()) -> RepairReport:
    """Rebuild the database at `path` (see the module's docstring), then put back from the
    archive's sidecars what it lost: under `archive_roots` and the output folders the new
    database still names. Raises DatabaseError when it cannot rebuild: "busy", "newer",
    "full", "not_repaired"... and then changes nothing but the copy it may have kept."""
    path = path.absolute()
    if not path.is_file():
        raise DatabaseError("not_repaired", case="missing", path=str(path))
    held = _hold(path)
    try:
        backup = _keep_copy(path)
        _refuse_newer(held, path)
        old = _old_tables(held)
        fresh = path.with_name(path.name + ".repairing")
        _remove_with_side_files(fresh)
        try:
            tables, interrupted = _rebuild(held, fresh, old, path)
        except BaseException:
            _remove_with_side_files(fresh)
            raise
    finally:
        held.close()  # before the swap: closing may checkpoint into the file it held
    _swap(fresh, path)
    report = RepairReport(path, backup, tables, interrupted, readable=old is not None)
    return _restore(report, archive_roots)


def _restore(report: RepairReport, archive_roots: Sequence[Path]) -> RepairReport:
    """The sidecars' part, after the swap: the rebuilt database stands whatever happens here,
    so a problem (another program took the lock meanwhile) is reported, not raised."""
    roots = [*archive_roots, *roots_in_database(report.path)]
    try:
        return replace(report, restored=restore_from_sidecars(report.path, roots))
    except DatabaseError as exc:
        return replace(report, restore_problem=exc)


# --- the damaged file ------------------------------------------------------------------------


def _hold(path: Path) -> sqlite3.Connection:
    """A connection to `path` that holds it exclusively (nobody else reads or writes it)
    until it is closed. A file too damaged to lock is one nobody can be using."""
    conn = sqlite3.connect(
        path, timeout=busy_timeout(), isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        error = error_from_sqlite(exc, path)
        if error.code != "damaged":
            conn.close()
            raise error from exc
    return conn


def _keep_copy(path: Path) -> Path:
    try:
        return save_copy(path)
    except OSError as exc:
        raise DatabaseError(
            "not_repaired", case="not_saved", path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def _refuse_newer(held: sqlite3.Connection, path: Path) -> None:
    try:
        version = int(held.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return  # its header cannot be read: the tables cannot be either
    if version > len(MIGRATIONS):
        raise DatabaseError("newer", path=str(path), version=version, known=len(MIGRATIONS))


def _old_tables(held: sqlite3.Connection) -> dict[str, list[str]] | None:
    """The damaged file's tables and their columns; None when they cannot be read."""
    try:
        names = [
            str(row[0])
            for row in held.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            )
        ]
        return {name: _columns(held, name) for name in names}
    except sqlite3.DatabaseError:
        return None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({_quote(table)})")]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str]
) -> tuple[dict[int, tuple[object, ...]], bool]:
    """Every row of `table` that can be read, by rowid (in rowid order), and whether some
    part of the table could not be read."""
    select = (
        f"SELECT rowid, {', '.join(map(_quote, columns))} FROM {_quote(table)}"  # noqa: S608
        " WHERE rowid >= ? ORDER BY rowid"
    )
    rows: dict[int, tuple[object, ...]] = {}
    start: int | None = MIN_ROWID
    gaps = False
    while start is not None:
        try:
            _read_from(conn, select, start, rows)
            break
        except sqlite3.DatabaseError:
            gaps = True
        start, failed = _read_singly(
            conn, select, max(start, max(rows, default=start - 1) + 1), rows
        )
        if failed and start is not None:
            start = _next_readable(conn, select, start)
    return rows, gaps


def _read_from(
    conn: sqlite3.Connection, select: str, start: int, rows: dict[int, tuple[object, ...]]
) -> None:
    last = start - 1
    for row in conn.execute(select, (start,)):
        rowid = int(row[0])
        if rowid <= last:  # a damaged page can point backwards: never read a row twice
            raise sqlite3.DatabaseError("rowids out of order")
        rows[rowid] = tuple(row[1:])
        last = rowid


def _read_singly(
    conn: sqlite3.Connection,
    select: str,
    start: int,
    rows: dict[int, tuple[object, ...]],
    most: int = 64,
) -> tuple[int | None, bool]:
    """Rows one query each from `start` (sqlite3 reads a row ahead: the row before a
    damaged page fails with it in one long read), until one fails (its rowid, True), the
    table ends (None, False) or `most` were read (where to go on, False)."""
    for _ in range(most):
        try:
            found = conn.execute(select + " LIMIT 1", (start,)).fetchall()
        except sqlite3.DatabaseError:
            return start, True
        if not found:
            return None, False
        rowid = int(found[0][0])
        rows[rowid] = tuple(found[0][1:])
        if rowid >= MAX_ROWID:
            return None, False
        start = rowid + 1
    return start, False


def _readable(conn: sqlite3.Connection, select: str, start: int) -> bool:
    try:
        conn.execute(select + " LIMIT 1", (start,)).fetchall()
    except sqlite3.DatabaseError:
        return False
    return True


def _next_readable(conn: sqlite3.Connection, select: str, failed: int) -> int | None:
    """The smallest rowid past `failed` from which the first row can be read (probing in
    growing steps, then halving back), or None when nothing past it can be."""
    if failed >= MAX_ROWID:
        return None
    bad, step = failed, 1
    while True:
        probe = min(failed + step, MAX_ROWID)
        if _readable(conn, select, probe):
            break
        if probe == MAX_ROWID:
            return None
        bad, step = probe, step * 2
    good = probe
    while good - bad > 1:
        middle = bad + (good - bad) // 2
        if _readable(conn, select, middle):
            good = middle
        else:
            bad = middle
    return good


def indexed_rowids(conn: sqlite3.Connection, table: str) -> set[int] | None:
    """Every rowid of `table`, from the first of its indexes that can be read whole; None
    when none can."""
    try:
        indexes = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
        ).fetchall()
    except sqlite3.DatabaseError:
        return None
    for (index,) in indexes:
        try:
            found = _rowids_by(conn, table, str(index))
        except sqlite3.DatabaseError:
            continue
        if found is not None:
            return found
    return None


def _rowids_by(conn: sqlite3.Connection, table: str, index: str) -> set[int] | None:
    columns = [row[2] for row in conn.execute(f"PRAGMA index_info({_quote(index)})")]
    if not columns or None in columns:
        return None  # an index on expressions cannot be scanned in its own order
    order = ", ".join(_quote(str(c)) for c in columns)
    select = (
        f"SELECT rowid FROM {_quote(table)} INDEXED BY {_quote(index)}"  # noqa: S608
        f" ORDER BY {order}"
    )
    return {int(row[0]) for row in conn.execute(select)}


# --- the new database ----------------------------------------------------------------------


def _rebuild(
    held: sqlite3.Connection, fresh: Path, old: dict[str, list[str]] | None, path: Path
) -> tuple[tuple[TableSalvage, ...], int]:
    connect(fresh).close()  # the current schema, by the migrations every database runs
    new = sqlite3.connect(fresh, isolation_level=None)
    try:
        new.execute("PRAGMA foreign_keys=ON")
        new.execute("BEGIN IMMEDIATE")
        tables = tuple(_salvage(held, new, name, old) for name in _new_tables(new))
        interrupted = _interrupt_running(new)
        new.execute("COMMIT")
        new.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to move in place
        found = [str(row[0]) for row in new.execute("PRAGMA quick_check(3)")]
    except sqlite3.Error as exc:
        raise error_from_sqlite(exc, path) from exc
    finally:
        new.close()
    if found != ["ok"]:
        raise DatabaseError("not_repaired", case="unsound", path=str(path), detail="; ".join(found))
    return tuple(t for t in tables if t is not None), interrupted


def _new_tables(new: sqlite3.Connection) -> list[str]:
    # In the order the migrations made them: a table before the ones that refer to it.
    return [
        str(row[0])
        for row in new.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
    ]


def _salvage(
    held: sqlite3.Connection,
    new: sqlite3.Connection,
    table: str,
    old: dict[str, list[str]] | None,
) -> TableSalvage | None:
    if old is None:
        return TableSalvage(table, 0, None)
    if table not in old:
        return None  # made by a migration the damaged file had not run yet
    columns = [c for c in _columns(new, table) if c in old[table]]
    rows, gaps = read_rows(held, table, columns)
    refused = _insert(new, table, columns, rows.values())
    known = indexed_rowids(held, table)
    if known is not None:
        lost: int | None = len(known - rows.keys()) + refused
    else:
        lost = None if gaps else refused
    return TableSalvage(table, len(rows) - refused, lost)


def _insert(
    new: sqlite3.Connection,
    table: str,
    columns: Sequence[str],
    rows: Iterable[tuple[object, ...]],
) -> int:
    """Insert the rows; the number refused (a damaged value, or a result whose checklist
    run was lost)."""
    insert = (
        f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, columns))})"  # noqa: S608
        f" VALUES ({', '.join('?' for _ in columns)})"
    )
    refused = 0
    for row in rows:
        try:
            new.execute(insert, row)
        except sqlite3.IntegrityError:
            refused += 1
    return refused


def _interrupt_running(new: sqlite3.Connection) -> int:
    """Running jobs wait to run again. Their owner, process and partial output stay, so the
    next engine's recovery stops a leftover ffmpeg and removes the partial output."""
    fields = failure(Reason("interrupted", case="crash"))
    cursor = new.execute(
        "UPDATE queue_job SET state = 'interrupted', progress = 0, speed = NULL, eta_s = NULL,"
        " error_code = ?, error_params = ?, error = ? WHERE state = 'running'",
        (fields["error_code"], fields["error_params"], fields["error"]),
    )
    return int(cursor.rowcount)


# --- putting it in place -------------------------------------------------------------------


def _swap(fresh: Path, path: Path) -> None:
    """`fresh` in the place of `path`, in one rename. The damaged file's WAL goes first (the
    copy kept has it): left beside the new file, SQLite would apply it to the new one."""
    _fsync(fresh)
    for suffix in _SIDE_FILES:
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(fresh, path)
    _fsync_folder(path.parent)


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # a folder cannot be opened for fsync there; the rename is already durable
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
