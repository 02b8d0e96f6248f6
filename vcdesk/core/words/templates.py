"""A catalogue's table of templates by code: one wording per code, or several chosen by the
values' "case" (disk_full: "quota", "during"...). Conversions, schedule problems and profile
problems each keep one such table; this is how every one of them is read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vcdesk.core.words import fill, tr

Table = Mapping[str, str | Mapping[str, str]]


class Templates:
    def __init__(self, context: str, table: Table) -> None:
        self.context = context
        self._table = table

    def template(self, code: str, case: str = "") -> str | None:
        words = self._table.get(code)
        if words is None or isinstance(words, str):
            return words
        return words.get(case)

    def has_words(self, code: str, case: str = "") -> bool:
        """True where the table words `code` (in its `case`)."""
        return self.template(code, case) is not None

    def worded(self) -> frozenset[tuple[str, str]]:
        """Every (code, case) with words; case "" where a code has one wording."""
        pairs: set[tuple[str, str]] = set()
        for code, words in self._table.items():
            if isinstance(words, str):
                pairs.add((code, ""))
            else:
                pairs.update((code, case) for case in words)
        return frozenset(pairs)

    def word(self, code: str, case: str, values: Mapping[str, Any]) -> str | None:
        """The words in the current language, or None where there are none or the values
        do not fit the template (the caller then shows what it has: never a blank)."""
        template = self.template(code, case)
        if template is None:
            return None
        try:
            return fill(tr(self.context, template), **values)
        except (KeyError, ValueError, IndexError, TypeError, AttributeError):
            return None


def unworded(code: str, params: Mapping[str, Any]) -> str:
    """What a code without words shows: itself, with what the tool or the system said."""
    detail = params.get("detail")
    return f"{code}: {detail}" if detail else code
