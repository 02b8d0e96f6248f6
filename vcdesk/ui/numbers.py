"""Numbers written the reader's way: "29,8 fps" in Bahasa Indonesia, "29.8 fps" in English.

Python's format specs choose the digits (every template and f-string keeps its own); the
default QLocale, which the console sets from its UI language, chooses the decimal point
and the thousands separator.
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QLocale


def localised(text: str) -> str:
    """A number Python formatted ("1,234.5") with the locale's separators ("1.234,5")."""
    locale = QLocale()
    point, group = locale.decimalPoint(), locale.groupSeparator()
    if (point, group) == (".", ","):
        return text
    return text.translate({ord("."): point, ord(","): group})


def number(value: float, spec: str = "") -> str:
    """format(value, spec), with the locale's separators."""
    return localised(format(value, spec))


class _Formatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        text: str = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return localised(text)
        return text


_FORMATTER = _Formatter()


def fill(template: str, /, **values: Any) -> str:
    """template.format(**values), with the numbers among the values written the locale's way
    (text, such as a host name "10.0.0.5", is left as it is)."""
    return _FORMATTER.format(template, **values)
