"""A checklist run as a PDF for the archive, in the user's language. The PDF is painted into
memory on the UI thread (Qt's text layout wants it there, and it takes milliseconds); the
bytes are written to disk by the caller on a worker thread."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vcdesk.core import files
from vcdesk.core.history import RunRecord
from vcdesk.core.report import csv_text
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import status, wording


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


# lupdate does not follow _tr(): every text it is given is listed here for it.
_WORDS = (
    QT_TRANSLATE_NOOP("report", "GO"),
    QT_TRANSLATE_NOOP("report", "NO-GO"),
    QT_TRANSLATE_NOOP("report", "None ticked"),
    QT_TRANSLATE_NOOP("report", "Room"),
    QT_TRANSLATE_NOOP("report", "Operator"),
    QT_TRANSLATE_NOOP("report", "Started"),
    QT_TRANSLATE_NOOP("report", "Profile"),
    QT_TRANSLATE_NOOP("report", "Run number"),
    QT_TRANSLATE_NOOP("report", "Check"),
    QT_TRANSLATE_NOOP("report", "Status"),
    QT_TRANSLATE_NOOP("report", "Measured"),
    QT_TRANSLATE_NOOP("report", "Required"),
    QT_TRANSLATE_NOOP("report", "Notes"),
    QT_TRANSLATE_NOOP("report", "Pre-meeting checklist"),
    QT_TRANSLATE_NOOP("report", "Results"),
    QT_TRANSLATE_NOOP("report", "Standard operating procedure"),
    QT_TRANSLATE_NOOP("report", "Save checklist report"),
    QT_TRANSLATE_NOOP("report", "PDF report (*.pdf);;CSV table (*.csv)"),
    QT_TRANSLATE_NOOP("report", "Report not saved"),
    QT_TRANSLATE_NOOP("report", "Could not write %1:\n%2"),
)


def report_html(run: RunRecord) -> str:
    verdict = _tr("GO") if run.overall.value != "fail" else _tr("NO-GO")
    rows = []
    for r in run.results:
        rows.append(
            "<tr>"
            f"<td>{html.escape(wording.check_name(r.id))}</td>"
            f"<td style='color:{status.COLOURS[r.status]}'><b>"
            f"{html.escape(status.word(r.status))}</b></td>"
            f"<td>{html.escape(wording.measured(r))}</td>"
            f"<td>{html.escape(wording.required(r) or '–')}</td>"
            f"<td>{html.escape(wording.message(r))}</td>"
            "</tr>"
        )
    sop = "".join(f"<li>☑ {html.escape(item)}</li>" for item in run.sop_ticked) or (
        f"<li>{html.escape(_tr('None ticked'))}</li>"
    )
    facts = [
        (_tr("Room"), run.room),
        (_tr("Operator"), run.operator or "–"),
        (_tr("Started"), run.started.strftime("%Y-%m-%d %H:%M:%S %Z")),
        (_tr("Profile"), run.profile_path),
        (_tr("Run number"), str(run.id) if run.id is not None else "–"),
    ]
    fact_rows = "".join(
        f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in facts
    )
    head = "".join(
        f"<th align='left'>{html.escape(h)}</th>"
        for h in (_tr("Check"), _tr("Status"), _tr("Measured"), _tr("Required"), _tr("Notes"))
    )
    return (
        "<html><body style='font-family: sans-serif'>"
        f"<h1>{html.escape(_tr('Pre-meeting checklist'))}: {html.escape(verdict)}</h1>"
        f"<table cellspacing='0' cellpadding='3'>{fact_rows}</table>"
        f"<h2>{html.escape(_tr('Results'))}</h2>"
        f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
        f"<h2>{html.escape(_tr('Standard operating procedure'))}</h2><ul>{sop}</ul>"
        "</body></html>"
    )


def pdf_bytes(run: RunRecord) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"{run.room} {run.started:%Y-%m-%d %H:%M}")
    writer.setCreator("vcdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    document = QTextDocument()
    document.setHtml(report_html(run))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def ask_and_save(parent: QWidget, run: RunRecord, tasks: TaskRunner) -> None:
    """Ask where (PDF or CSV by the chosen name or filter), then write it off the UI thread."""
    default = f"checklist-{run.room}-{run.started:%Y%m%d-%H%M}.pdf".replace("/", "-")
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
    data: bytes | str = csv_text(run) if path.suffix.lower() == ".csv" else pdf_bytes(run)

    def finished(_: object, error: Exception | None) -> None:
        if error is not None:
            QMessageBox.warning(
                parent,
                _tr("Report not saved"),
                _tr("Could not write %1:\n%2").replace("%1", str(path)).replace("%2", str(error)),
            )
        if on_done is not None:
            on_done(error)

    tasks.run(lambda: files.write_atomic(path, data), finished)
