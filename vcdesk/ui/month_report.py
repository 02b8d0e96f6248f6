"""The monthly meeting report as a PDF for the room's leaders, in the current language
(Indonesian for them): the institution and unit as its heading, the room and the month, the
totals (meetings, hours, participants, estimated savings in rupiah), the meetings by kind
and by organiser, the checklists that cleared them and the recordings kept, then one row
per meeting. Nothing on it is about this PC (no file paths, no record or run numbers), and
it reads the same printed in black and white.

Painted like the checklist report (vcdesk.ui.report): a QTextDocument laid out on a
QPdfWriter page by page with a footer; on A4 landscape, since a meeting's row has eight
columns and Qt's table layout cuts a name or a figure rather than overflow a narrow page.
It needs a QGuiApplication, no widget: the CLI makes one offscreen. The words are the core
catalogue's (vcdesk.core.words.month), so the CLI and the console word it alike."""

from __future__ import annotations

import html

from PySide6.QtGui import QPageLayout

from vcdesk.core import words
from vcdesk.core.meetings.report import MeetingRow, MonthReport, Tally
from vcdesk.core.words import month as wording
from vcdesk.core.words.month import word
from vcdesk.ui.pdf import pdf_from_html

_GRID = "border='1' width='100%' cellspacing='0' cellpadding='3'"
_GRID_STYLE = "border-collapse: collapse; border-color: #000000"
_SHADE = "background-color: #e0e0e0"  # a header row's grey survives a black-and-white print
_E = html.escape


def _rupiah(amount: int) -> str:
    return words.current().formats.rupiah(amount)


def _count(value: int) -> str:
    return words.number(value)


def report_html(report: MonthReport) -> str:
    return "".join(
        (
            "<html><body style='font-family: sans-serif; font-size: 10pt'>",
            _heading(report),
            _title(1, word(wording.TITLE)),
            _facts(report),
            _title(2, word(wording.SUMMARY)),
            _totals(report),
            _savings_note(report),
            _title(2, word(wording.BY_KIND)),
            _groups(report.by_kind, "kind", wording.KIND),
            _title(2, word(wording.BY_ORGANISER)),
            _groups(report.by_organiser, "organiser", wording.ORGANISER),
            _title(2, word(wording.CHECKLISTS)),
            _checklists(report),
            _title(2, word(wording.RECORDINGS)),
            _recordings(report),
            _title(2, word(wording.EVERY_MEETING)),
            _meetings(report),
            "</body></html>",
        )
    )


def _title(level: int, text: str) -> str:
    size, align = ("15pt", " align='center'") if level == 1 else ("12pt", "")
    return f"<h{level}{align} style='font-size: {size}'>{_E(text)}</h{level}>"


def _heading(report: MonthReport) -> str:
    """The institution and its unit above a rule, as on the institution's letterhead."""
    lines = [
        f"<span style='font-size: {size}; font-weight: bold'>{_E(text)}</span>"
        for text, size in ((report.institution, "14pt"), (report.unit, "12pt"))
        if text
    ]
    if not lines:
        return ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        f"<td align='center' style='border-bottom: 3px solid #000000'>{'<br>'.join(lines)}</td>"
        "</tr></table>"
    )


def _pairs(pairs: list[tuple[str, str]], *, bold: bool = False) -> str:
    weight = "font-weight: bold; " if bold else ""
    rows = "".join(
        f"<tr><td width='35%'>{_E(label)}</td><td width='2%'>:</td>"
        f"<td style='{weight}'>{_E(value)}</td></tr>"
        for label, value in pairs
    )
    return f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>"


def _facts(report: MonthReport) -> str:
    month = wording.month_name(report.year, report.month_number)
    return _pairs(
        [
            (word(wording.ROOM), report.room),
            *([(word(wording.LOCATION), report.location)] if report.location else []),
            (word(wording.MONTH), month),
            (word(wording.TIMES_IN), report.zone_label),
        ]
    )


def _totals(report: MonthReport) -> str:
    totals = report.totals
    return _pairs(
        [
            (word(wording.MEETINGS_HELD), _count(totals.meetings)),
            (word(wording.HOURS_OF_MEETINGS), wording.hours_text(totals.hours)),
            (word(wording.PARTICIPANTS), _count(totals.participants)),
            (word(wording.SAVINGS_ESTIMATED), _rupiah(totals.savings_idr)),
        ],
        bold=True,
    )


def _savings_note(report: MonthReport) -> str:
    model = report.savings
    if not (model.travel_cost_per_meeting or model.meal_cost_per_participant):
        text = word(wording.SAVINGS_UNSET)
    else:
        text = words.fill(
            word(wording.SAVINGS_MODEL),
            travel=_rupiah(model.travel_cost_per_meeting),
            meal=_rupiah(model.meal_cost_per_participant),
        )
    return f"<p style='font-size: 9pt'>{_E(text)}</p>"


def _table(headings: list[tuple[str, int, str]], rows: list[str], size: str = "9pt") -> str:
    head = "".join(
        f"<th align='{align}' width='{width}%' style='{_SHADE}; white-space: nowrap'>"
        f"{_E(text)}</th>"
        for text, width, align in headings
    )
    table = f"<table {_GRID} style='{_GRID_STYLE}; font-size: {size}'>"
    return f"{table}<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"


def _cells(values: list[tuple[str, str]], *, bold: bool = False, wrap: tuple[int, ...] = ()) -> str:
    """A row of (text, align) cells. Only the cells numbered in `wrap` (names, titles) may
    wrap: a figure, a date or a clock split over two lines misreads."""
    weight = "font-weight: bold; " if bold else ""
    return (
        "<tr>"
        + "".join(
            f"<td align='{align}' style='{weight}"
            f"{'' if index in wrap else 'white-space: nowrap'}'>{_E(text)}</td>"
            for index, (text, align) in enumerate(values)
        )
        + "</tr>"
    )


def _tally_cells(name: str, tally: Tally) -> list[tuple[str, str]]:
    return [
        (name, "left"),
        (_count(tally.meetings), "right"),
        (wording.hours_text(tally.hours), "right"),
        (_count(tally.participants), "right"),
        (_rupiah(tally.savings_idr), "right"),
    ]


def _groups(groups: dict[str, Tally], key: str, heading: str) -> str:
    headings = [
        (word(heading), 40, "left"),
        (word(wording.MEETINGS), 12, "right"),
        (word(wording.HOURS), 12, "right"),
        (word(wording.PARTICIPANTS), 14, "right"),
        (word(wording.SAVINGS), 22, "right"),
    ]
    rows = [
        _cells(_tally_cells(wording.group_name(key, name), t), wrap=(0,))
        for name, t in groups.items()
    ]
    return _table(headings, rows)


def _checklists(report: MonthReport) -> str:
    return _pairs([(wording.checklist_word(v), _count(n)) for v, n in report.checklists.items()])


def _recordings(report: MonthReport) -> str:
    kept = report.recordings
    formats = words.current().formats
    return _pairs(
        [
            (word(wording.RECORDINGS_COUNT), _count(kept.count)),
            (word(wording.RECORDED_HOURS), wording.hours_text(kept.hours)),
            (word(wording.RECORDED_SIZE), formats.size(kept.bytes)),
        ]
    )


def _meetings(report: MonthReport) -> str:
    if not report.rows:
        return f"<p>{_E(word(wording.NO_MEETINGS))}</p>"
    headings = [
        (word(wording.DATE), 11, "left"),
        (word(wording.TIME), 11, "left"),
        (word(wording.TITLE_COLUMN), 24, "left"),
        (word(wording.ORGANISER), 18, "left"),
        (word(wording.KIND), 9, "left"),
        (word(wording.PARTICIPANTS), 8, "right"),
        (word(wording.HOURS), 6, "right"),
        (word(wording.SAVING), 13, "right"),
    ]
    rows = [_meeting_row(row) for row in report.rows]
    totals = report.totals
    rows.append(
        _cells(
            [
                (word(wording.TOTAL), "left"),
                ("", "left"),
                ("", "left"),
                ("", "left"),
                ("", "left"),
                (_count(totals.participants), "right"),
                (wording.hours_text(totals.hours), "right"),
                (_rupiah(totals.savings_idr), "right"),
            ],
            bold=True,
        )
    )
    return _table(headings, rows, "8pt")


def _meeting_row(row: MeetingRow) -> str:
    m = row.meeting
    clock = words.current().formats.clock
    return _cells(
        [
            (wording.day_text(row.start), "left"),
            (f"{clock(row.start)}–{clock(row.end)}", "left"),
            (m.title or word(wording.UNTITLED), "left"),
            (m.organiser or "–", "left"),
            (m.kind or "–", "left"),
            (_count(row.participants), "right"),
            (wording.hours_text(row.hours), "right"),
            (_rupiah(row.saving_idr), "right"),
        ],
        wrap=(2, 3),  # the title and the organiser
    )


def pdf_bytes(report: MonthReport) -> bytes:
    """The PDF in memory, on the thread that owns the QGuiApplication."""
    month = wording.month_name(report.year, report.month_number)
    return pdf_from_html(
        report_html(report),
        title=f"{word(wording.TITLE)}: {report.room}, {month}",
        footer=f"{report.room} · {month}",
        page_label=lambda page, pages: words.fill(word(wording.PAGE), page=page, pages=pages),
        # Landscape: eight columns of a meeting each, none of them cut.
        orientation=QPageLayout.Orientation.Landscape,
    )
