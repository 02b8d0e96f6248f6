"""Numbers, sizes, dates, times and durations written the way each UI language writes them:
"23.431" (MB free), "1,2 GB", "Kamis, 3 Des 2026", "1 jam 20 mnt" in Bahasa Indonesia.

The separators and the day and month names are CLDR's, the same that Qt's QLocale uses in
the console (tests/test_words_formats.py holds the two side by side), written out here so
the CLI and the reports speak the same way without Qt. Two languages do not need Babel's
30 MB of locale data in the room PC's one-folder app.
"""

from __future__ import annotations

import datetime as dt
import math
import string
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class _Rules:
    point: str
    group: str
    days: tuple[str, ...]  # Monday first, as date.weekday() counts
    days_short: tuple[str, ...]
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    units: dict[str, str]  # duration units
    date_long: str  # {day} {d} {month} {y}
    date_short: str


_RULES = {
    "id": _Rules(
        point=",",
        group=".",
        days=("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
        days_short=("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
        months=(
            "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember",
        ),
        months_short=(
            "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
        ),
        units={"d": "hari", "h": "jam", "min": "mnt", "s": "dtk"},
        date_long="{day}, {d} {month} {y}",
        date_short="{d} {month} {y}",
    ),
    "en": _Rules(
        point=".",
        group=",",
        days=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        days_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        months=(
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ),
        months_short=(
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ),
        units={"d": "d", "h": "h", "min": "min", "s": "s"},
        date_long="{day}, {d} {month} {y}",
        date_short="{d} {month} {y}",
    ),
}  # fmt: skip


class _Filler(string.Formatter):
    def __init__(self, formats: Formats) -> None:
        self._formats = formats

    def format_field(self, value: Any, format_spec: str) -> str:
        text: str = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return self._formats.localised(text)
        return text


class Formats:
    """One language's way of writing figures; see the module's docstring."""

    def __init__(self, code: str) -> None:
        self.code = code if code in _RULES else "en"
        self._rules = _RULES[self.code]
        self._filler = _Filler(self)

    # --- numbers --------------------------------------------------------------------------

    def localised(self, text: str) -> str:
        """A number Python formatted ("1,234.5") with this language's separators."""
        rules = self._rules
        if (rules.point, rules.group) == (".", ","):
            return text
        return text.translate({ord("."): rules.point, ord(","): rules.group})

    def number(self, value: float, spec: str = "") -> str:
        """format(value, spec) with this language's separators; "" spec groups integers."""
        if not spec and isinstance(value, int) and not isinstance(value, bool):
            spec = ","
        return self.localised(format(value, spec))

    def rupiah(self, amount: int) -> str:
        """ "Rp8.492.500.000": whole rupiah, grouped the language's way, no space after Rp."""
        return f"Rp{self.number(int(amount))}"

    def fill(self, template: str, /, **values: Any) -> str:
        """template.format(**values), numbers among the values written this language's way
        (text, such as a host name "10.0.0.5", is left as it is)."""
        return self._filler.format(template, **values)

    def size(self, n_bytes: float) -> str:
        """A file or disk size in decimal units, as disks are sold: "23.431 MB", "1,2 GB"."""
        if not math.isfinite(n_bytes):
            return "–"
        for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
            if abs(n_bytes) >= scale:
                value = n_bytes / scale
                # Three figures where they mean something: 1,2 GB, 23,4 GB, 234 GB.
                spec = ",.1f" if value < 100 and unit != "MB" else ",.0f"
                return f"{self.number(value, spec)} {unit}"
        return f"{self.number(int(n_bytes))} B"

    # --- dates and times ------------------------------------------------------------------

    def date(self, day: dt.date, *, weekday: bool = True) -> str:
        """ "Kamis, 3 Des 2026" (or "3 Des 2026" without the weekday)."""
        rules = self._rules
        template = rules.date_long if weekday else rules.date_short
        return template.format(
            day=rules.days[day.weekday()],
            d=day.day,
            month=rules.months_short[day.month - 1],
            y=day.year,
        )

    def day(self, day: dt.date) -> str:
        """ "24 Des": a day this year, near enough that the year goes without saying."""
        return f"{day.day} {self._rules.months_short[day.month - 1]}"

    def weekday(self, day: dt.date, *, short: bool = False) -> str:
        names = self._rules.days_short if short else self._rules.days
        return names[day.weekday()]

    def month(self, month: int, *, short: bool = False) -> str:
        names = self._rules.months_short if short else self._rules.months
        return names[month - 1]

    @staticmethod
    def clock(moment: dt.datetime | dt.time, zone: str = "") -> str:
        """ "15:04 WITA": 24-hour, as both languages write it in Indonesia."""
        return f"{moment:%H:%M} {zone}".strip()

    def moment(self, moment: dt.datetime, zone: str = "", *, weekday: bool = False) -> str:
        """ "3 Des 2026 15:04 WITA": a date and a clock reading, for lists and reports."""
        return f"{self.date(moment.date(), weekday=weekday)} {self.clock(moment, zone)}"

    # --- durations ------------------------------------------------------------------------

    def duration(self, seconds: float) -> str:
        """ "1 jam 20 mnt", "45 dtk", "2 hari 3 jam": the two largest units that matter."""
        if not math.isfinite(seconds):
            return "–"
        units = self._rules.units
        total = max(0, round(seconds))
        if total < 60:
            return f"{total} {units['s']}"
        minutes = round(total / 60) if total >= 3600 else total // 60
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        if days:
            parts = [(days, "d"), (hours, "h")]
        elif hours:
            parts = [(hours, "h"), (mins, "min")]
        else:
            secs = total - minutes * 60
            parts = [(mins, "min"), (secs, "s")] if minutes < 10 else [(mins, "min")]
        shown = [f"{value} {units[unit]}" for value, unit in parts if value] or [
            f"0 {units['min']}"
        ]
        return " ".join(shown)


_CACHE: dict[str, Formats] = {}


def formats_for(code: str) -> Formats:
    if code not in _CACHE:
        _CACHE[code] = Formats(code)
    return _CACHE[code]
