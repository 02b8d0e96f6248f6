"""The words of the recordings archive: what `vcdesk archive verify` finds wrong with an
archived recording (vcdesk.core.meetings.archive.Problem codes) and its summary.

Templates are str.format() strings marked with QT_TRANSLATE_NOOP("archive", ...), filled
with the problem's values; `what` picks one of "sidecar_mismatch"'s wordings. Paths are
shown as they are, with control characters (a newline in a file name) made visible, so
that each problem stays one line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.meetings.archive import Problem

CONTEXT = "archive"

_PROBLEMS: dict[str, str | Mapping[str, str]] = {
    "missing": QT_TRANSLATE_NOOP("archive", "missing: {path} (meeting #{meeting})"),
    "changed": QT_TRANSLATE_NOOP(
        "archive",
        "changed: {path} (meeting #{meeting}): its SHA-256 is not the one recorded when it "
        "was archived",
    ),
    "sidecar_missing": QT_TRANSLATE_NOOP(
        "archive", "sidecar missing: {sidecar} (beside {path}, meeting #{meeting})"
    ),
    "sidecar_mismatch": {
        "unreadable": QT_TRANSLATE_NOOP(
            "archive", "sidecar unreadable: {sidecar} (meeting #{meeting}) is not a sidecar"
        ),
        "sha256": QT_TRANSLATE_NOOP(
            "archive",
            "sidecar not matching: {sidecar} (meeting #{meeting}) gives another SHA-256 than "
            "the one recorded",
        ),
        "bytes": QT_TRANSLATE_NOOP(
            "archive",
            "sidecar not matching: {sidecar} (meeting #{meeting}) gives another size than the "
            "one recorded",
        ),
        "path": QT_TRANSLATE_NOOP(
            "archive",
            "sidecar not matching: {sidecar} (meeting #{meeting}) names another file than {path}",
        ),
        "meeting": QT_TRANSLATE_NOOP(
            "archive",
            "sidecar not matching: {sidecar} describes another meeting than #{meeting}",
        ),
    },
}

TEMPLATES = Templates(CONTEXT, _PROBLEMS)


def visible(text: str) -> str:
    """A path on one line: control characters shown escaped ("\\n")."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def problem_text(code: str, params: Mapping[str, Any]) -> str:
    """One problem in the current language, on one line."""
    values = {
        key: visible(value) if isinstance(value, str) else value for key, value in params.items()
    }
    text = TEMPLATES.word(code, str(params.get("what", "")), values)
    return text or unworded(code, params)


def archive_problem_text(problem: Problem) -> str:
    return problem_text(
        problem.code,
        {
            "path": problem.path,
            "sidecar": problem.sidecar,
            "meeting": problem.meeting_id,
            "what": problem.what,
        },
    )
