"""Words for people, chosen at the edge: core returns ids, codes and values; this module
turns them into the user's language. A code it does not know falls back to core's English
message, so a new check is never shown blank."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from vcdesk.core.checks.result import CheckResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("checks", text)


def check_name(check_id: str) -> str:
    names = {
        "camera": _tr("Camera"),
        "microphone": _tr("Microphone"),
        "cpu": _tr("Processor"),
        "memory": _tr("Memory"),
        "disk": _tr("Recording disk"),
        "power": _tr("Power / UPS"),
        "network": _tr("Network"),
    }
    return names.get(check_id, check_id)


def measured(result: CheckResult) -> str:
    if result.value is None or not math.isfinite(result.value):
        return "–"
    value = result.value
    text = f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}"
    return f"{text} {result.unit}".strip()


# code -> template in English source text, formatted with the result's details. Each entry
# is the translatable twin of the English message core writes for that code.
_MESSAGES: dict[str, Callable[[], str]] = {
    "cancelled": lambda: _tr("Cancelled."),
    "cpu.ok": lambda: _tr("The processor is {percent:.0f} % busy."),
    "cpu.busy": lambda: _tr(
        "The processor is {percent:.0f} % busy; this room allows {max_percent:g} %. "
        "Busiest: {top_names}. Close what is not needed for the meeting."
    ),
    "memory.ok": lambda: _tr("{free_mb} MB of memory free."),
    "memory.low": lambda: _tr(
        "Only {free_mb} MB of memory free; this room needs {min_free_mb} MB. Close programs "
        "that are not needed for the meeting."
    ),
}


def message(result: CheckResult) -> str:
    """The result's message in the user's language (core's English where no template)."""
    template = _MESSAGES.get(result.code)
    if result.code.endswith(".timeout"):
        return _tr(
            "The check did not finish within {timeout_s:.0f} s: the device or the network is "
            "not answering. Check its connection and run the checklist again."
        ).format(**result.details)
    if result.code.endswith(".internal_error"):
        return _tr(
            "The check stopped on an internal error ({error}). Please report it with the log file."
        ).format(**result.details)
    if template is None:
        return result.message
    try:
        return template().format(**_enriched(result.details))
    except (KeyError, ValueError, IndexError, TypeError):
        return result.message  # details not shaped as the template expects: never blank


def _enriched(details: dict[str, Any]) -> dict[str, Any]:
    extra = dict(details)
    top = details.get("top")
    if isinstance(top, list):
        items = [item for item in top if isinstance(item, dict)]
        extra["top_names"] = ", ".join(f"{i.get('name')} ({i.get('percent')} %)" for i in items)
    return extra
