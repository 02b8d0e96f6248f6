"""How a status looks: an icon with its own shape, a colour and a word, so it reads the same
to a colour-blind operator, on a grey-scale printout and on a projector."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from vcdesk.core.checks.result import Status
from vcdesk.core.words import glossary

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
    """The status word in the user's language (the glossary's, as the report writes it)."""
    if state == WAITING:
        return QCoreApplication.translate("status", "Waiting")
    if state == RUNNING:
        return QCoreApplication.translate("status", "Checking…")
    return glossary.status(state)


def colour(state: str) -> QColor:
    return QColor(COLOURS[state])


def text_colour(state: str, palette: QPalette, role: QPalette.ColorRole | None = None) -> QColor:
    """The state's colour for text on the palette's background (`role`; by default a table's
    rows, Base and AlternateBase): the same hue, made lighter on a dark palette or darker on
    a light one until it reads."""
    roles = (
        [role] if role is not None else [QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase]
    )
    return readable(colour(state), *(palette.color(r) for r in roles))


MIN_CONTRAST = 4.5  # WCAG AA for normal text


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in c.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(fg: QColor, *backgrounds: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`fg` moved towards white or black, whichever the (first) background is further from,
    until it reaches `minimum` contrast against every background."""
    target = QColor("white") if luminance(backgrounds[0]) < 0.18 else QColor("black")
    for step in range(21):
        mixed = mix(fg, target, step / 20)
        if all(contrast(mixed, bg) >= minimum for bg in backgrounds):
            return mixed
    return target


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    ra, ga, ba = a.getRgbF()[:3]
    rb, gb, bb = b.getRgbF()[:3]
    t = share_of_b
    return QColor.fromRgbF(ra + (rb - ra) * t, ga + (gb - ga) * t, ba + (bb - ba) * t)


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
