"""The words of vcdesk's database (the codes of vcdesk.core.storage's DatabaseError): held by
another program, damaged (and where the copy of it was saved), on a full disk, newer than
this vcdesk, or unusable for a reason the system gives.

Templates are str.format() strings marked with QT_TRANSLATE_NOOP("storage", ...), filled
with the error's values (`params["case"]` picks one of a code's wordings). What SQLite or
the system said (`detail`, `reason`) is shown as it was said, inside a translated sentence.
A lock held elsewhere never advises moving the file: the queue and history in it are sound.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.conversions import duration
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
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
            "nothing was deleted. To go on with an empty queue and history, move {path} aside: "
            "the copy keeps what may still be recovered",
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
