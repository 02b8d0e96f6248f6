"""HTML laid out by Qt into an A4 PDF in memory, each page with a footer that names what it
belongs to and its page number: the one printing routine of the checklist report and the
monthly report. Call it on the UI thread or a QThreadPool worker once the QGuiApplication
exists (Qt's text layout and PDF painting are reentrant on Qt threads; a plain Python
thread has no event dispatcher for the document's timers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

PageLabel = Callable[[int, int], str]  # (page, pages) -> "Page 1 of 2" in the user's words
MARGINS_MM = (20.0, 15.0, 20.0, 12.0)  # left, top, right, bottom


def pdf_from_html(
    html: str,
    *,
    title: str,
    footer: str,
    page_label: PageLabel,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    margins_mm: tuple[float, float, float, float] = MARGINS_MM,
    before_paging: Callable[[QTextDocument], None] | None = None,
) -> bytes:
    """`before_paging(document)` runs once the page size is known (e.g. to keep a closing
    part off a page break)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("vcdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(*margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    if hasattr(QFont, "Tag"):  # Qt 6.7: "fi" stays two letters, so a search finds "profil"
        font = QFont(document.defaultFont())
        font.setFeature(QFont.Tag("liga"), 0)
        document.setDefaultFont(font)
    document.setHtml(html)
    _print(document, writer, footer, page_label, before_paging)
    del document  # its layout paints on the writer: gone first
    buffer.close()
    return bytes(data.data())


def _print(
    document: QTextDocument,
    writer: QPdfWriter,
    footer: str,
    page_label: PageLabel,
    before_paging: Callable[[QTextDocument], None] | None,
) -> None:
    """Page by page, each with its footer: a page that comes loose from the others still says
    what it belongs to."""
    painter = QPainter(writer)
    font = QFont(document.defaultFont())
    font.setPointSizeF(8)
    painter.setFont(font)
    area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    area.moveTo(0, 0)
    footer_height = painter.fontMetrics().height() * 2.5
    page = QSizeF(area.width(), area.height() - footer_height)
    document.setPageSize(page)
    if before_paging is not None:
        before_paging(document)
    count = document.pageCount()
    for number in range(count):
        if number:
            writer.newPage()
        body = QRectF(0, number * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -body.top())
        document.drawContents(painter, body)
        painter.restore()
        line = QRectF(
            0, area.height() - painter.fontMetrics().height(), area.width(), footer_height
        )
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft), footer)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight), page_label(number + 1, count))
    painter.end()
