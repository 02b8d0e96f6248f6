"""A small live graph of one figure over the last minute or so, with its current value in
words beside it (the line alone would not say what it measures)."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vcdesk.core.words import number


class Sparkline(QWidget):
    def __init__(
        self, title: str, unit: str, points: int = 60, ceiling: float | None = None
    ) -> None:
        super().__init__()
        self.title = title
        self.unit = unit
        self.ceiling = ceiling  # fixed top of the scale (100 for percent); else the maximum seen
        self.values: deque[float] = deque(maxlen=points)
        self.limit: float | None = None  # the profile's threshold, drawn as a dashed line
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(44)
        self.setAccessibleName(title)

    def sizeHint(self) -> QSize:
        return QSize(160, 52)

    def add(self, value: float) -> None:
        self.values.append(value)
        self.setToolTip(self.current_text())
        self.update()

    def current_text(self) -> str:
        if not self.values:
            return f"{self.title}: –"
        return f"{self.title}: {number(self.values[-1], '.1f')} {self.unit}"

    def header(self, width: int) -> tuple[str, str]:
        """The title (left) and the reading with its unit (right) in `width` pixels: the
        reading always shows whole; on a narrow column the title gives way."""
        value = self.current_text()[len(self.title) + 2 :]
        metrics = self.fontMetrics()
        room = max(width - metrics.horizontalAdvance(f"  {value}"), 0)
        return metrics.elidedText(f"{self.title}:", Qt.TextElideMode.ElideRight, room), value

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_height = self.fontMetrics().height()
        painter.setPen(palette.windowText().color())
        title, value = self.header(self.width())
        line = QRectF(0, 0, self.width(), text_height)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft), title)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignRight), value)
        plot = QRectF(0, text_height + 2, self.width() - 1, self.height() - text_height - 3)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.drawRect(plot)
        if not self.values:
            return
        top = self.ceiling or max(max(self.values), self.limit or 0.0, 1e-9) * 1.15
        slots = max(self.values.maxlen or len(self.values), 2) - 1

        def point(i: int, v: float) -> QPointF:
            x = plot.right() - (len(self.values) - 1 - i) * plot.width() / slots
            y = plot.bottom() - min(max(v / top, 0.0), 1.0) * plot.height()
            return QPointF(x, y)

        if self.limit is not None and 0 < self.limit <= top:
            pen = QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = point(0, self.limit).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        path = QPainterPath(point(0, self.values[0]))
        for i, v in enumerate(self.values):
            path.lineTo(point(i, v))
        painter.setPen(QPen(palette.highlight().color(), 1.6))
        painter.drawPath(path)
