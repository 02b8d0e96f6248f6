"""The CLI's translator: the same .ts catalogue the console compiles for Qt, read directly
so that a command needs no Qt. Only finished translations count, as with lrelease."""

from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from functools import cache
from importlib import resources

from vcdesk.core.words import Language

LANGUAGES = ("id", "en")


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    try:
        data = resources.files("vcdesk.i18n").joinpath(f"vcdesk_{code}.ts").read_bytes()
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    table: dict[tuple[str, str], str] = {}
    root = ET.fromstring(data)  # noqa: S314 (see the import)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if plural or translation is None or translation.get("type") is not None:
                continue  # unfinished, vanished or obsolete (and plurals: the CLI has none)
            source = message.findtext("source") or ""
            if translation.text:
                table[(name, source)] = translation.text
    return table


def language(code: str) -> Language:
    """`code`'s words, read from vcdesk_<code>.ts when the first one is needed (never for
    English, the language the sources are written in; English for a language not shipped)."""
    if code not in LANGUAGES:
        code = "en"
    if code == "en":
        return Language(code)
    return Language(code, lambda context, text: _catalogue(code).get((context, text), text))


def system_language(environ: dict[str, str] | None = None) -> str:
    """The language the CLI speaks: VCDESK_LANG, else the system's (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG as gettext reads them; on Windows, the user's UI language), "id" or
    "en"."""
    env = os.environ if environ is None else environ
    for key in ("VCDESK_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "")
        if value:
            first = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return first if first in LANGUAGES else "en"
    if sys.platform == "win32":
        import ctypes
        import locale

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
        name = locale.windows_locale.get(lcid, "")
        return "id" if name.startswith("id") else "en"
    return "en"
