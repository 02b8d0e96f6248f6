"""The words of vcdesk's database (the codes of vcdesk.core.storage's DatabaseError): held by
another program, damaged (and where the copy of it was saved), on a full disk, newer than
this vcdesk, or unusable for a reason the system gives.

Templates are str.format() strings marked with QT_TRANSLATE_NOOP("storage", ...), filled
with the error's values (`params["case"]` picks one of a code's wordings). What SQLite or
the system said (`detail`, `reason`) is shown as it was said, inside a translated sentence.
A lock held elsewhere never advises moving the file: the queue and history in it are sound.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, fill, tr
from vcdesk.core.words.conversions import duration
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.meetings.restore import RestoreReport
    from vcdesk.core.repair import RepairReport, TableSalvage
    from vcdesk.core.storage import DatabaseError

CONTEXT = "storage"

_PROBLEMS: dict[str, str | Mapping[str, str]] = {
    "busy": QT_TRANSLATE_NOOP(
        "storage",
        "another vcdesk program is using the database {path} (waited {seconds}); try again "
        "when it is done",
    ),
    "damaged": {
        "saved": QT_TRANSLATE_NOOP(
            "storage",
            "the database {path} is damaged ({detail}); a copy of it was saved as {backup} and "
            "nothing was deleted. Run `vcdesk database repair` to save what can still be read "
            "into a new database",
        ),
        "not_saved": QT_TRANSLATE_NOOP(
            "storage",
            "the database {path} is damaged ({detail}) and no copy of it could be saved "
            "({reason}); nothing was deleted. Copy the file somewhere safe before anything else",
        ),
    },
    "full": QT_TRANSLATE_NOOP(
        "storage",
        "the disk that holds the database {path} is full: free some space and try again",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "storage",
        "the database {path} is at schema version {version}, newer than this vcdesk knows "
        "({known}): update vcdesk",
    ),
    "unusable": QT_TRANSLATE_NOOP("storage", "the database {path} cannot be used: {detail}"),
    "not_repaired": {
        "missing": QT_TRANSLATE_NOOP(
            "storage", "there is no database at {path}: nothing to repair"
        ),
        "not_saved": QT_TRANSLATE_NOOP(
            "storage",
            "the database {path} was not repaired: no copy of it could be saved ({reason}). "
            "Nothing was changed; free some space or copy the file somewhere safe first",
        ),
        "unsound": QT_TRANSLATE_NOOP(
            "storage",
            "the database {path} was not repaired: the new database failed its check "
            "({detail}). Nothing was changed",
        ),
    },
}

TEMPLATES = Templates(CONTEXT, _PROBLEMS)


def problem_text(code: str, params: Mapping[str, Any]) -> str:
    """The words for a database problem in the current language, on one line."""
    values = dict(params)
    if isinstance(values.get("seconds"), int | float):
        values["seconds"] = duration(float(values["seconds"]))
    text = TEMPLATES.word(code, str(params.get("case", "")), values) or unworded(code, params)
    # What SQLite or the system said (or a file's name) may hold a newline: one line, always.
    return "".join(c if c.isprintable() else " " for c in text)


def database_text(error: DatabaseError) -> str:
    """`error` in the current language (str(error) is the English words)."""
    return problem_text(error.code, error.params)


# --- a repair's outcome (vcdesk.core.repair) ---------------------------------------------

SOUND = QT_TRANSLATE_NOOP("storage", "the database {path} is sound")
NOTHING_TO_REPAIR = QT_TRANSLATE_NOOP("storage", "the database {path} is sound: nothing to repair")
REPAIRED = QT_TRANSLATE_NOOP(
    "storage",
    "The database {path} was rebuilt from what could still be read; the damaged file is kept "
    "as {backup}.",
)
NOTHING_READ = QT_TRANSLATE_NOOP(
    "storage",
    "Nothing could be read from the damaged file: the new database is empty. Recordings and "
    "converted files on disk are untouched.",
)
SAVED = QT_TRANSLATE_NOOP("storage", "{table}: {saved} saved")
SAVED_LOST = QT_TRANSLATE_NOOP("storage", "{table}: {saved} saved, {lost} lost")
SAVED_SOME_LOST = QT_TRANSLATE_NOOP("storage", "{table}: {saved} saved, some could not be read")
INTERRUPTED = QT_TRANSLATE_NOOP(
    "storage", "Conversions that were running and will run again: {count}"
)
# What the archive's sidecars gave back (vcdesk.core.meetings.restore).
RESTORED = QT_TRANSLATE_NOOP(
    "storage",
    "Restored from the archive's sidecars. Meeting records: {meetings}; changes to them: "
    "{changes}; recordings: {recordings}; finished conversions: {jobs}",
)
NOTHING_RESTORED = QT_TRANSLATE_NOOP(
    "storage", "The archive's sidecars hold nothing the database lacks (sidecars read: {count})"
)
RENUMBERED = QT_TRANSLATE_NOOP(
    "storage", "Meeting #{old} came back as #{new}: its number now belongs to another meeting"
)
RECORDING_RENUMBERED = QT_TRANSLATE_NOOP(
    "storage",
    "Recording #{old} came back as #{new}: its number now belongs to another recording",
)
OUTPUTS_MISSING = QT_TRANSLATE_NOOP(
    "storage",
    "Restored recordings whose archived file is missing or changed: {count} (`vcdesk archive "
    "verify` names them)",
)
SKIPPED = QT_TRANSLATE_NOOP("storage", "Sidecars that could not be read and were skipped: {count}")
NO_SIDECARS = QT_TRANSLATE_NOOP("storage", "No archive sidecars were found in: {folders}")
NOT_RESTORED = QT_TRANSLATE_NOOP(
    "storage", "Nothing was restored from the archive's sidecars: {problem}"
)

TABLES = {
    "queue_job": QT_TRANSLATE_NOOP("storage", "conversion jobs"),
    "queue_setting": QT_TRANSLATE_NOOP("storage", "queue settings"),
    "queue_watch_seen": QT_TRANSLATE_NOOP("storage", "files seen in watch folders"),
    "check_run": QT_TRANSLATE_NOOP("storage", "checklist runs (history)"),
    "check_result": QT_TRANSLATE_NOOP("storage", "checklist results"),
    "schedule_entry": QT_TRANSLATE_NOOP("storage", "meetings added in the console"),
    "conversion_speed": QT_TRANSLATE_NOOP("storage", "conversion speed records"),
    "schedule_ended": QT_TRANSLATE_NOOP("storage", "meetings ended early"),
    "meeting": QT_TRANSLATE_NOOP("storage", "meeting records"),
    "meeting_change": QT_TRANSLATE_NOOP("storage", "changes to meeting records"),
    "meeting_recording": QT_TRANSLATE_NOOP("storage", "meeting recordings"),
}


def _say(template: str, **values: object) -> str:
    return fill(tr(CONTEXT, template), **values)


def sound_text(path: str, repairing: bool = False) -> str:
    return _say(NOTHING_TO_REPAIR if repairing else SOUND, path=path)


def table_line(salvage: TableSalvage) -> str:
    label = tr(CONTEXT, TABLES[salvage.table]) if salvage.table in TABLES else salvage.table
    if salvage.lost is None:
        return _say(SAVED_SOME_LOST, table=label, saved=salvage.saved)
    if salvage.lost:
        return _say(SAVED_LOST, table=label, saved=salvage.saved, lost=salvage.lost)
    return _say(SAVED, table=label, saved=salvage.saved)


def repair_lines(report: RepairReport, looked_in: Sequence[str] = ()) -> list[str]:
    """What a repair saved and lost, one line each: the tables that held anything.
    `looked_in`: the archive folders a person asked for (see restore_lines)."""
    lines = [_say(REPAIRED, path=str(report.path), backup=str(report.backup))]
    if not report.readable:
        return [*lines, _say(NOTHING_READ)]
    lines += [table_line(t) for t in report.tables if t.saved or t.lost != 0]
    if report.interrupted:
        lines.append(_say(INTERRUPTED, count=report.interrupted))
    if report.restore_problem is not None:
        lines.append(_say(NOT_RESTORED, problem=database_text(report.restore_problem)))
    if report.restored is not None:
        lines += restore_lines(report.restored, looked_in)
    return lines


def restore_lines(report: RestoreReport, looked_in: Sequence[str] = ()) -> list[str]:
    """What the archive's sidecars gave back. When no sidecar was found: nothing, or, if a
    person named where to look (`looked_in`), that none was found there."""
    if not report.sidecars and not report.skipped:
        return [_say(NO_SIDECARS, folders=", ".join(looked_in))] if looked_in else []
    if report.restored:
        lines = [
            _say(
                RESTORED,
                meetings=report.meetings,
                changes=report.changes,
                recordings=report.recordings,
                jobs=report.jobs,
            )
        ]
    else:
        lines = [_say(NOTHING_RESTORED, count=report.sidecars)] if report.sidecars else []
    lines += [_say(RENUMBERED, old=old, new=new) for old, new in report.renumbered]
    lines += [
        _say(RECORDING_RENUMBERED, old=old, new=new) for old, new in report.recordings_renumbered
    ]
    if report.outputs_missing:
        lines.append(_say(OUTPUTS_MISSING, count=report.outputs_missing))
    if report.skipped:
        lines.append(_say(SKIPPED, count=len(report.skipped)))
    return lines
