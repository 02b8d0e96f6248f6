"""Words for people, in one catalogue that the console, the tray, the reports and the CLI
all read.

Core hands out codes and values; the templates that word them live in this package, each
marked with QT_TRANSLATE_NOOP where it is written so that Qt's `lupdate` collects it into
the one pair of translation files (vcdesk/i18n/vcdesk_{id,en}.ts). Which language speaks is
one process-wide `Language`: the console installs one that translates through Qt, the CLI
one that reads the .ts file itself (vcdesk.core.words.ts), and anything else (logs, JSON's
"message", tests) gets English, the language the templates are written in.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

from vcdesk.core.words.formats import Formats, formats_for

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; translated when shown, through `tr`."""
    return text


def _untranslated(context: str, text: str) -> str:
    return text


class Language:
    """One language's words and its way of writing numbers, sizes, dates and durations."""

    def __init__(self, code: str = "en", translate: Translate | None = None) -> None:
        self.code = code
        self.formats: Formats = formats_for(code)
        self._translate = translate or _untranslated

    def tr(self, context: str, text: str) -> str:
        return self._translate(context, text) or text

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


ENGLISH = Language("en")
_current = ENGLISH
_thread = threading.local()  # `speaking` overrides, for one thread only


def use(language: Language) -> None:
    """Make `language` the one every word is chosen in from now on, in every thread."""
    global _current
    _current = language


def current() -> Language:
    language: Language | None = getattr(_thread, "language", None)
    return language or _current


@contextlib.contextmanager
def speaking(language: Language) -> Iterator[None]:
    """Words in `language` within the block, in this thread only (JSON's English "message"
    is worded this way while the console speaks Indonesian)."""
    before = getattr(_thread, "language", None)
    _thread.language = language
    try:
        yield
    finally:
        _thread.language = before


def tr(context: str, text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in `context`) in the current language."""
    return current().tr(context, text)


def fill(template: str, /, **values: object) -> str:
    """template.format(**values) with numbers written the current language's way."""
    return current().formats.fill(template, **values)


def number(value: float, spec: str = "") -> str:
    return current().formats.number(value, spec)
