"""How a status looks: an icon with its own shape, a colour and a word, so it reads the same
to a colour-blind operator, on a grey-scale printout and on a projector."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from vcdesk.core.checks.result import Status

# Row states before a result exists.
WAITING = "waiting"
RUNNING = "running"

COLOURS = {
    Status.PASS: "#1e7d32",
    Status.WARN: "#b26a00",
    Status.FAIL: "#c62828",
    Status.ERROR: "#6a1b9a",
    Status.SKIP: "#616161",
    WAITING: "#9e9e9e",
    RUNNING: "#1565c0",
}


def word(state: str) -> str:
    """The status word in the user's language."""
    # Spelled out each time: lupdate reads only QCoreApplication.translate(...) calls.
    return {
        Status.PASS: QCoreApplication.translate("status", "Pass"),
        Status.WARN: QCoreApplication.translate("status", "Warning"),
        Status.FAIL: QCoreApplication.translate("status", "Fail"),
        Status.ERROR: QCoreApplication.translate("status", "Error"),
        Status.SKIP: QCoreApplication.translate("status", "Skipped"),
        WAITING: QCoreApplication.translate("status", "Waiting"),
        RUNNING: QCoreApplication.translate("status", "Checking…"),
    }[state]


def colour(state: str) -> QColor:
    return QColor(COLOURS[state])


@functools.cache
def icon(state: str, size: int = 64) -> QIcon:
    return QIcon(_paint(state, size))


def _paint(state: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = colour(state)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    if state == Status.WARN:
        # A triangle, not a circle: the shape alone already says "warning".
        triangle = QPainterPath()
        triangle.moveTo(s / 2, s * 0.06)
        triangle.lineTo(s * 0.97, s * 0.92)
        triangle.lineTo(s * 0.03, s * 0.92)
        triangle.closeSubpath()
        painter.drawPath(triangle)
    elif state == Status.FAIL:
        painter.drawRoundedRect(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88), s * 0.12, s * 0.12)
    else:
        painter.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))
    pen = QPen(QColor("white"), s * 0.11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if state == Status.PASS:
        painter.drawPolyline(
            [QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.35)]
        )
    elif state == Status.WARN:
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    elif state in (Status.FAIL, Status.ERROR):
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif state == Status.SKIP:
        painter.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2))
    elif state == RUNNING:
        for x in (0.3, 0.5, 0.7):
            painter.drawPoint(QPointF(s * x, s / 2))
    painter.end()
    return pixmap
