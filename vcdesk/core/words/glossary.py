"""The terms every page, the report and the CLI share, declared once: a check's status, the
verdict, the results' columns, the conversion's words. A page that writes "Measured" itself
soon reads "Hasil ukur" beside a report that says "Terukur"."""

from __future__ import annotations

from vcdesk.core.checks.result import Status
from vcdesk.core.words import QT_TRANSLATE_NOOP, tr

CONTEXT = "glossary"

_STATUS = {
    Status.PASS: QT_TRANSLATE_NOOP("glossary", "Pass"),
    Status.WARN: QT_TRANSLATE_NOOP("glossary", "Warning"),
    Status.FAIL: QT_TRANSLATE_NOOP("glossary", "Fail"),
    Status.ERROR: QT_TRANSLATE_NOOP("glossary", "Error"),
    Status.SKIP: QT_TRANSLATE_NOOP("glossary", "Skipped"),
}

_VERDICT = {
    Status.PASS: QT_TRANSLATE_NOOP("glossary", "GO"),
    Status.SKIP: QT_TRANSLATE_NOOP("glossary", "GO"),
    Status.WARN: QT_TRANSLATE_NOOP("glossary", "GO, with warnings"),
    Status.FAIL: QT_TRANSLATE_NOOP("glossary", "NO-GO"),
    Status.ERROR: QT_TRANSLATE_NOOP("glossary", "NO-GO"),
}

TERMS = {
    "check": QT_TRANSLATE_NOOP("glossary", "Check"),
    "status": QT_TRANSLATE_NOOP("glossary", "Status"),
    "measured": QT_TRANSLATE_NOOP("glossary", "Measured"),
    "required": QT_TRANSLATE_NOOP("glossary", "Required"),
    "message": QT_TRANSLATE_NOOP("glossary", "What it means"),
    "verdict": QT_TRANSLATE_NOOP("glossary", "Verdict"),
    "room": QT_TRANSLATE_NOOP("glossary", "Room"),
    "operator": QT_TRANSLATE_NOOP("glossary", "Operator"),
    "started": QT_TRANSLATE_NOOP("glossary", "Started"),
    "conversion": QT_TRANSLATE_NOOP("glossary", "Conversion"),
    "recording": QT_TRANSLATE_NOOP("glossary", "Recording"),
    "preset": QT_TRANSLATE_NOOP("glossary", "Preset"),
    "output_folder": QT_TRANSLATE_NOOP("glossary", "Output folder"),
    "meeting": QT_TRANSLATE_NOOP("glossary", "Meeting"),
}


def status(value: Status | str) -> str:
    """ "Pass", "Fail"... in the current language."""
    return tr(CONTEXT, _STATUS[Status(value)])


def verdict(overall: Status | str) -> str:
    """GO, GO with warnings or NO-GO for a run's overall status."""
    return tr(CONTEXT, _VERDICT[Status(overall)])


def term(key: str) -> str:
    return tr(CONTEXT, TERMS[key])
