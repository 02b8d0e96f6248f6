"""A checklist run as a PDF to print, sign and file, in the user's language: the institution
and unit as its heading, the room, the time in the room's zone (WIB, WITA, WIT), the verdict,
every check, every SOP item ticked or not, lines for the operator's notes, and signature
blocks for the operator and the technical lead. Nothing on it is about this PC (no file
paths, no run numbers), and it reads the same printed in black and white: every status is a
word, its colour only beside it.

The PDF is painted into memory on the UI thread (Qt's text layout wants it there, and it
takes milliseconds); the bytes are written to disk by the caller on a worker thread."""

from __future__ import annotations

import datetime
import html
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QDesktopServices,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vcdesk.core import files, words
from vcdesk.core.checks.result import CheckResult
from vcdesk.core.history import RunRecord
from vcdesk.core.report import csv_text, room_text, room_time
from vcdesk.core.words import checks as wording
from vcdesk.core.words import glossary
from vcdesk.core.words.glossary import term
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import status
from vcdesk.ui.pdf import pdf_from_html


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


# lupdate does not follow _tr(): every text it is given is listed here for it.
_WORDS = (
    QT_TRANSLATE_NOOP("report", "Pre-meeting checklist report"),
    QT_TRANSLATE_NOOP("report", "Location"),
    QT_TRANSLATE_NOOP("report", "Checked on"),
    QT_TRANSLATE_NOOP("report", "Results"),
    QT_TRANSLATE_NOOP("report", "Standard operating procedure"),
    QT_TRANSLATE_NOOP("report", "Done"),
    QT_TRANSLATE_NOOP("report", "Item"),
    QT_TRANSLATE_NOOP("report", "This room's profile lists no SOP items."),
    QT_TRANSLATE_NOOP("report", "Operator's notes"),
    QT_TRANSLATE_NOOP("report", "Place, date:"),
    QT_TRANSLATE_NOOP("report", "Technical lead"),
    QT_TRANSLATE_NOOP("report", "Name:"),
    QT_TRANSLATE_NOOP("report", "Page %1 of %2"),
    QT_TRANSLATE_NOOP("report", "Save checklist report"),
    QT_TRANSLATE_NOOP("report", "PDF report (*.pdf);;CSV table (*.csv)"),
    QT_TRANSLATE_NOOP("report", "Report not saved"),
    QT_TRANSLATE_NOOP("report", "Could not write %1:\n%2"),
    QT_TRANSLATE_NOOP("report", "Report saved"),
    QT_TRANSLATE_NOOP("report", "The report is saved as %1"),
    QT_TRANSLATE_NOOP("report", "Open"),
    QT_TRANSLATE_NOOP("report", "Close"),
)

TICKED, UNTICKED = "☑", "☐"
NOTE_LINES = 4
_GRID = "border='1' width='100%' cellspacing='0' cellpadding='4'"
_GRID_STYLE = "border-collapse: collapse; border-color: #000000"
_MIDDLE = "valign='middle'"
_SHADE = "background-color: #e0e0e0"  # a header row's grey survives a black-and-white print
_RULE = "border-bottom: 1px solid #000000"
_DOTS = "." * 30
_SIGNING_ROOM = "<br>".join(["&nbsp;"] * 5)


def when(run: RunRecord, moment: datetime.datetime) -> str:
    """ "Kamis, 3 Des 2026, 14:05 WITA": the date and the clock as the UI language writes
    them (words.Formats, as the console and the CLI write them), in the room's zone."""
    local, zone = room_time(run, moment)
    formats = words.current().formats
    return f"{formats.date(local.date())}, {formats.clock(local, zone)}"


def verdict(run: RunRecord) -> str:
    return glossary.verdict(run.overall)


def sop_items(run: RunRecord) -> list[tuple[str, bool]]:
    """Every SOP item of the profile as it stood for this run, and whether it was ticked
    (an item ticked but no longer in the profile is kept: the record says it was done)."""
    listed = run.profile.get("checklist")
    items = [item for item in listed if isinstance(item, str)] if isinstance(listed, list) else []
    items += [item for item in run.sop_ticked if item not in items]
    ticked = set(run.sop_ticked)
    return [(item, item in ticked) for item in items]


def report_html(run: RunRecord) -> str:
    return "".join(
        (
            "<html><body style='font-family: sans-serif; font-size: 10pt'>",
            _heading(run),
            _title(1, _tr("Pre-meeting checklist report")),
            _facts(run),
            _title(2, _tr("Results")),
            _results(run),
            _title(2, _tr("Standard operating procedure")),
            _sop(run),
            # The last heading opens the closing part, which _print keeps off a page break.
            _title(2, _tr("Operator's notes")),
            _note_lines(),
            _signatures(run),
            "</body></html>",
        )
    )


def _title(level: int, text: str) -> str:
    size, align = ("15pt", " align='center'") if level == 1 else ("12pt", "")
    return f"<h{level}{align} style='font-size: {size}'>{html.escape(text)}</h{level}>"


def _heading(run: RunRecord) -> str:
    """The institution and its unit above a rule, as on the institution's letterhead."""
    lines = [
        f"<span style='font-size: {size}; font-weight: bold'>{html.escape(text)}</span>"
        for text, size in (
            (room_text(run, "institution"), "14pt"),
            (room_text(run, "unit"), "12pt"),
        )
        if text
    ]
    if not lines:
        return ""
    return (
        "<table width='100%' cellspacing='0' cellpadding='4'><tr>"
        f"<td align='center' style='border-bottom: 3px solid #000000'>{'<br>'.join(lines)}</td>"
        "</tr></table>"
    )


def _facts(run: RunRecord) -> str:
    location = room_text(run, "location")
    verdict_words = f"<span style='font-size: 13pt'><b>{html.escape(verdict(run))}</b></span>"
    facts = [
        (term("room"), html.escape(run.room)),
        *([(_tr("Location"), html.escape(location))] if location else []),
        (_tr("Checked on"), html.escape(when(run, run.started))),
        (term("operator"), html.escape(run.operator or "–")),
        (term("verdict"), verdict_words),
    ]
    rows = "".join(
        f"<tr><td width='25%' {_MIDDLE}>{html.escape(label)}</td><td width='2%' {_MIDDLE}>:</td>"
        f"<td {_MIDDLE}>{value}</td></tr>"
        for label, value in facts
    )
    return f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>"


def _results(run: RunRecord) -> str:
    columns = (
        (term("check"), 18),
        (term("status"), 12),
        (term("measured"), 14),
        (term("required"), 20),
        (term("message"), 36),
    )
    head = "".join(
        f"<th align='left' width='{width}%' style='{_SHADE}'>{html.escape(words)}</th>"
        for words, width in columns
    )
    rows = "".join(_result_row(r) for r in run.results)
    table = f"<table {_GRID} style='{_GRID_STYLE}; font-size: 9pt'>"
    return f"{table}<thead><tr>{head}</tr></thead>{rows}</table>"


def _result_row(r: CheckResult) -> str:
    e = html.escape
    # The status word carries the meaning; its colour only repeats it for the screen.
    word = f"<b>{e(status.word(r.status))}</b>"
    return (
        "<tr>"
        f"<td>{e(wording.check_name(r.id))}</td>"
        f"<td style='color: {status.COLOURS[r.status]}; white-space: nowrap'>{word}</td>"
        f"<td>{e(wording.measured(r))}</td>"
        f"<td>{e(wording.required(r) or '–')}</td>"
        f"<td>{e(wording.message(r))}</td>"
        "</tr>"
    )


_SOP_SIZE = "font-size: 12pt"


def _sop(run: RunRecord) -> str:
    items = sop_items(run)
    if not items:
        return "<p>" + html.escape(_tr("This room's profile lists no SOP items.")) + "</p>"
    head = (
        f"<th width='12%' style='{_SHADE}'>{html.escape(_tr('Done'))}</th>"
        f"<th align='left' style='{_SHADE}'>{html.escape(_tr('Item'))}</th>"
    )
    # Box and words in one size: cells of unequal line heights break at a page end on
    # different lines, and a box would part from its item.
    rows = "".join(
        f"<tr><td align='center' style='{_SOP_SIZE}'>{TICKED if done else UNTICKED}</td>"
        f"<td style='{_SOP_SIZE}'>{html.escape(item)}</td></tr>"
        for item, done in items
    )
    return f"<table {_GRID} style='{_GRID_STYLE}'><thead><tr>{head}</tr></thead>{rows}</table>"


def _note_lines() -> str:
    rows = f"<tr><td style='font-size: 16pt; {_RULE}'>&nbsp;</td></tr>" * NOTE_LINES
    return f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>"


def _signatures(run: RunRecord) -> str:
    """Two blocks side by side: the operator, named, and the technical lead, a name to be
    written in; each with a line for the place and date."""
    e = html.escape
    place = f"{e(_tr('Place, date:'))} {_DOTS}"
    blank_name = f"{e(_tr('Name:'))} {_DOTS}"
    operator = f"<b>{e(run.operator)}</b>" if run.operator else blank_name
    gap = "<td width='10%'></td>"
    sign = f"<td style='{_RULE}'>{_SIGNING_ROOM}</td>"
    return (
        "<p>&nbsp;</p><table width='100%' cellspacing='0' cellpadding='3'>"
        f"<tr><td width='45%'>{place}</td>{gap}<td width='45%'>{place}</td></tr>"
        f"<tr><td><b>{e(_tr('Operator'))}</b></td>{gap}"
        f"<td><b>{e(_tr('Technical lead'))}</b></td></tr>"
        f"<tr>{sign}{gap}{sign}</tr>"
        f"<tr><td>{operator}</td>{gap}<td>{blank_name}</td></tr>"
        "</table>"
    )


def pdf_bytes(run: RunRecord) -> bytes:
    return pdf_from_html(
        report_html(run),
        title=f"{_tr('Pre-meeting checklist report')}: {run.room}, {when(run, run.started)}",
        footer=f"{run.room} · {when(run, run.started)}",
        page_label=lambda page, pages: (
            _tr("Page %1 of %2")
            .replace("%1", words.number(page))
            .replace("%2", words.number(pages))
        ),
        margins_mm=(25, 15, 20, 12),  # the wider left margin is for the binder
        before_paging=_keep_closing_together,
    )


def _keep_closing_together(document: QTextDocument) -> None:
    """The notes and the signatures below them start a new page rather than break across
    two: a signature sits on the page it signs, under the notes it vouches for."""
    heading = document.lastBlock()
    while heading.isValid() and heading.blockFormat().headingLevel() == 0:
        heading = heading.previous()
    if not heading.isValid():
        return
    layout = document.documentLayout()
    height = document.pageSize().height()
    top = layout.blockBoundingRect(heading).top()
    bottom = layout.blockBoundingRect(document.lastBlock()).bottom()
    if bottom - top < height and math.floor(top / height) != math.floor((bottom - 1) / height):
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).mergeBlockFormat(fmt)


def ask_and_save(parent: QWidget, run: RunRecord, tasks: TaskRunner) -> None:
    """Ask where (PDF or CSV by the chosen name or filter), then write it off the UI thread."""
    local = room_time(run, run.started)[0]
    default = f"checklist-{run.room}-{local:%Y%m%d-%H%M}.pdf".replace("/", "-")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Save checklist report"),
        str(Path.home() / default),
        _tr("PDF report (*.pdf);;CSV table (*.csv)"),
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".csv"):
        target = target.with_name(target.name + (".csv" if "csv" in chosen else ".pdf"))
    save(parent, run, target, tasks)


def save(
    parent: QWidget,
    run: RunRecord,
    path: Path,
    tasks: TaskRunner,
    on_done: Callable[[Exception | None], None] | None = None,
) -> None:
    """`run` written to `path` (CSV or PDF by its suffix), made and written on the pool: a
    PDF's layout takes a while (see vcdesk.ui.pdf on threads)."""
    as_csv = path.suffix.lower() == ".csv"

    def make() -> None:
        files.write_atomic(path, csv_text(run) if as_csv else pdf_bytes(run))

    def finished(_: object, error: Exception | None) -> None:
        if error is not None:
            QMessageBox.warning(
                parent,
                _tr("Report not saved"),
                _tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", str(error)),
            )
        else:
            confirm_saved(parent, path)
        if on_done is not None:
            on_done(error)

    tasks.run(make, finished)


def confirm_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Where the report went, with Open beside Close: the operator prints or sends it next.
    Shown without blocking (open(), not exec()): a meeting may start meanwhile."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Report saved"),
        _tr("The report is saved as %1").replace("%1", str(path)),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("reportSaved")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.button(QMessageBox.StandardButton.Close).setText(_tr("Close"))
    opener = box.addButton(_tr("Open"), QMessageBox.ButtonRole.ActionRole)
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.setDefaultButton(opener)
    box.open()
    return box
