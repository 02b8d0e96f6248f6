"""The monthly report as files for the admin: CSV (one row per meeting, English keys as
column names like the checklist's CSV, for scripts) and XLSX (openpyxl: a sheet of the
meetings with real dates and numbers the admin can sort, filter and sum, and a sheet of
the totals), headings in the current language. Qt-free; the caller writes the bytes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from vcdesk.core.meetings.report import MeetingRow, MonthReport, Tally
from vcdesk.core.words import month as wording
from vcdesk.core.words.month import word

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Keys only ever added at the end: a spreadsheet or script reading by name keeps working.
CSV_COLUMNS = (
    "month", "room", "id", "booked_start", "booked_end", "actual_start", "actual_end",
    "title", "organiser", "kind", "platform", "licence", "operator",
    "expected_participants", "actual_participants", "participants", "hours", "saving_idr",
    "checklist", "check_run_id", "recordings", "recording_hours", "recording_bytes",
)  # fmt: skip

_DATE_TIME = "yyyy-mm-dd hh:mm"
_RUPIAH = '"Rp"#,##0'  # an integer to the spreadsheet; grouped as the admin's Excel groups
_WHOLE = "#,##0"
_HOURS = "0.00"
# XML 1.0 refuses these in a cell; openpyxl would raise on them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_text(report: MonthReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as Excel expects
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        data = row.to_json()
        recordings = data.pop("recordings")
        data.update(
            month=report.month,
            room=report.room,
            recordings=recordings["count"],
            recording_hours=recordings["hours"],
            recording_bytes=recordings["bytes"],
        )
        writer.writerow([_csv_cell(data[key]) for key in CSV_COLUMNS])
    return out.getvalue()


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value  # a spreadsheet would run it as a formula (CSV injection)
    return value


# --- XLSX ---------------------------------------------------------------------------------


def xlsx_bytes(report: MonthReport) -> bytes:
    """The workbook: "Meetings" (one row per meeting) and "Summary", in the current
    language. openpyxl is imported here only: JSON and CSV need none of it."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)  # streams rows: 10,000 meetings stay quick and small
    book.properties.creator = "vcdesk"
    book.properties.title = f"{word(wording.TITLE)}: {report.room}, {report.month}"
    _meetings_sheet(book.create_sheet(_sheet_name(word(wording.SHEET_MEETINGS))), report)
    _summary_sheet(book.create_sheet(_sheet_name(word(wording.SHEET_SUMMARY))), report)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_name(name: str) -> str:
    # Excel's rules: at most 31 characters, none of []:*?/\
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31] or "Sheet"


_MEETING_COLUMNS: tuple[tuple[str, int, str | None], ...] = (  # heading, width, number format
    ("ID", 7, None),
    (wording.START, 17, _DATE_TIME),
    (wording.END, 17, _DATE_TIME),
    (wording.TITLE_COLUMN, 40, None),
    (wording.ORGANISER, 28, None),
    (wording.KIND, 13, None),
    (wording.PLATFORM, 12, None),
    (wording.LICENCE, 18, None),
    (wording.OPERATOR, 18, None),
    (wording.EXPECTED, 11, _WHOLE),
    (wording.ACTUAL, 11, _WHOLE),
    (wording.PARTICIPANTS, 11, _WHOLE),
    (wording.HOURS, 8, _HOURS),
    (wording.SAVING_IDR, 16, _RUPIAH),
    (wording.CHECKLIST, 20, None),
    (wording.RECORDINGS, 10, _WHOLE),
    (wording.RECORDED_HOURS, 10, _HOURS),
    (wording.RECORDED_BYTES, 16, _WHOLE),
)


def _meetings_sheet(sheet: WriteOnlyWorksheet, report: MonthReport) -> None:
    from openpyxl.utils import get_column_letter

    for number, (_heading, width, _format) in enumerate(_MEETING_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "B2"
    last = get_column_letter(len(_MEETING_COLUMNS))
    sheet.auto_filter.ref = f"A1:{last}{len(report.rows) + 1}"
    sheet.append(_cells(sheet, [word(h) for h, _w, _f in _MEETING_COLUMNS], bold=True))
    formats = [number_format for _h, _w, number_format in _MEETING_COLUMNS]
    for row in report.rows:
        sheet.append(_cells(sheet, _meeting_values(row), formats))


def _meeting_values(row: MeetingRow) -> list[Any]:
    m = row.meeting
    return [
        m.id,
        _naive(row.start),
        _naive(row.end),
        m.title,
        m.organiser,
        m.kind,
        m.platform,
        m.licence,
        m.operator,
        m.expected_participants,
        m.actual_participants,
        row.participants,
        round(row.hours, 2),
        row.saving_idr,
        wording.checklist_word(row.checklist),
        row.recordings.count,
        round(row.recordings.hours, 2),
        row.recordings.bytes,
    ]


def _naive(moment: dt.datetime) -> dt.datetime:
    """The room's clock reading: a spreadsheet's dates carry no zone."""
    return moment.replace(tzinfo=None)


def _summary_sheet(sheet: WriteOnlyWorksheet, report: MonthReport) -> None:
    for column, width in (("A", 34), ("B", 18), ("C", 10), ("D", 12), ("E", 18)):
        sheet.column_dimensions[column].width = width
    totals = report.totals
    facts: list[tuple[str, Any, str | None]] = [  # label (in words), value, number format
        (word(wording.ROOM), report.room, None),
        (word(wording.MONTH), wording.month_name(report.year, report.month_number), None),
        (word(wording.MEETINGS_HELD), totals.meetings, _WHOLE),
        (word(wording.HOURS_OF_MEETINGS), round(totals.hours, 2), _HOURS),
        (word(wording.PARTICIPANTS), totals.participants, _WHOLE),
        (word(wording.SAVINGS_ESTIMATED), totals.savings_idr, _RUPIAH),
        *(
            (wording.checklist_word(verdict), count, _WHOLE)
            for verdict, count in report.checklists.items()
        ),
        (word(wording.RECORDINGS_COUNT), report.recordings.count, _WHOLE),
        (word(wording.RECORDED_HOURS), round(report.recordings.hours, 2), _HOURS),
        (word(wording.RECORDED_BYTES), report.recordings.bytes, _WHOLE),
    ]
    for label, value, number_format in facts:
        sheet.append(_cells(sheet, [label, value], [None, number_format]))
    for key, heading, groups in (
        ("kind", wording.KIND, report.by_kind),
        ("organiser", wording.ORGANISER, report.by_organiser),
    ):
        sheet.append([])
        sheet.append(_group_heading(sheet, heading))
        for name, tally in groups.items():
            sheet.append(_group_row(sheet, wording.group_name(key, name), tally))


def _group_heading(sheet: WriteOnlyWorksheet, heading: str) -> list[Any]:
    titles = (heading, wording.MEETINGS, wording.HOURS, wording.PARTICIPANTS, wording.SAVING_IDR)
    return _cells(sheet, [word(title) for title in titles], bold=True)


def _group_row(sheet: WriteOnlyWorksheet, name: str, tally: Tally) -> list[Any]:
    values = [name, tally.meetings, round(tally.hours, 2), tally.participants, tally.savings_idr]
    return _cells(sheet, values, [None, _WHOLE, _HOURS, _WHOLE, _RUPIAH])


def _cells(
    sheet: WriteOnlyWorksheet,
    values: Iterable[Any],
    formats: Iterable[str | None] | None = None,
    *,
    bold: bool = False,
) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cells = []
    shown = list(formats) if formats is not None else []
    for index, value in enumerate(values):
        if isinstance(value, str):
            value = _ILLEGAL.sub(" ", value)
        cell = WriteOnlyCell(sheet, value=value)
        if cell.data_type == "f":  # text of ours or an organiser's, never a formula
            cell.data_type = "s"
        number_format = shown[index] if index < len(shown) else None
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = Font(bold=True)
        cells.append(cell)
    return cells
