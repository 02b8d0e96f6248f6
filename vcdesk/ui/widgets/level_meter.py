"""A microphone level meter: the RMS level as a bar from -60 to 0 dBFS over green, yellow and
red zones, a peak-hold line, the level in numbers, and a clipping light that says "CLIP" in
words (colour alone would not reach every operator or a grey-scale projector).

Ballistics live here, not in the monitor: the peak holds PEAK_HOLD_S and then falls at
PEAK_FALL_DB_S; the clipping light stays lit CLIP_HOLD_S after the last clipped block, long
enough to be noticed by someone glancing over from the meeting's other screen.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from vcdesk.core.words import number
from vcdesk.ui.status import mix, readable

FLOOR_DBFS = -60.0
YELLOW_FROM = -18.0  # speech peaking here is healthy; louder risks distortion
RED_FROM = -6.0
PEAK_HOLD_S = 1.5
PEAK_FALL_DB_S = 20.0
CLIP_HOLD_S = 2.0
SCALE = (-60, -48, -36, -24, -18, -12, -6, 0)

ZONES = (  # (from dBFS, to dBFS, colour)
    (FLOOR_DBFS, YELLOW_FROM, QColor("#2e7d32")),
    (YELLOW_FROM, RED_FROM, QColor("#f9a825")),
    (RED_FROM, 0.0, QColor("#c62828")),
)
CLIP_RED = QColor("#c62828")


def _dbfs_text(value: float) -> str:
    # A float input can peak a little over full scale: "+0.1", not a bare "0.1".
    text = number(value, "+.1f" if value >= 0.05 else ".1f")
    return text.replace("-", "\N{MINUS SIGN}")


class LevelMeter(QWidget):
    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # tests pass their own, to step through hold times
        self.rms = -math.inf
        self.peak = -math.inf
        self.active = False
        self._hold = -math.inf
        self._hold_at = -math.inf
        self._clip_at = -math.inf
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(220, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(180, line + 6 + 18 + 2 + self._small_metrics_height() + 2)

    # -- levels ------------------------------------------------------------------------

    def set_level(self, rms: float, peak: float, clipping: bool) -> None:
        now = self._clock()
        self.active = True
        self.rms, self.peak = rms, peak
        if peak >= self.held_peak(now):
            self._hold, self._hold_at = peak, now
        if clipping:
            self._clip_at = now
        self.setAccessibleDescription(self.text())
        self.setToolTip(self.text())
        self.update()

    def clear(self) -> None:
        """No microphone running: an empty meter, nothing held, the light out."""
        self.active = False
        self.rms = self.peak = self._hold = -math.inf
        self._hold_at = self._clip_at = -math.inf
        self.setAccessibleDescription(self.tr("No level: the microphone is not being metered."))
        self.setToolTip("")
        self.update()

    def held_peak(self, now: float | None = None) -> float:
        """The peak-hold line's level: held, then falling."""
        now = self._clock() if now is None else now
        falling_for = now - self._hold_at - PEAK_HOLD_S
        if falling_for <= 0 or self._hold == -math.inf:
            return self._hold
        return self._hold - falling_for * PEAK_FALL_DB_S

    def clip_lit(self, now: float | None = None) -> bool:
        now = self._clock() if now is None else now
        return now - self._clip_at <= CLIP_HOLD_S

    def level_text(self, with_peak: bool = True) -> str:
        if not self.active:
            return self.tr("Level: –")
        if self.rms == -math.inf:
            return self.tr("Silence (no signal)")
        if self.rms < FLOOR_DBFS:
            return self.tr("Below %1 dBFS").replace("%1", _dbfs_text(FLOOR_DBFS))
        text = self.tr("%1 dBFS").replace("%1", _dbfs_text(self.rms))
        if not with_peak:
            return text
        return text + " · " + self.tr("peak %1").replace("%1", _dbfs_text(max(self.peak, -99.9)))

    def clip_text(self) -> str:
        return self.tr("CLIP") if self.clip_lit() else self.tr("no clip")

    def text(self) -> str:
        """The whole reading in words: tooltip and accessible description."""
        words = self.level_text()
        if self.clip_lit():
            words += " · " + self.tr("Clipping: turn the microphone's input gain down.")
        return words

    # -- painting ----------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        return font

    def _small_metrics_height(self) -> int:
        return QFontMetrics(self._small_font()).height()

    def _x(self, bar: QRectF, dbfs: float) -> float:
        share = (min(max(dbfs, FLOOR_DBFS), 0.0) - FLOOR_DBFS) / -FLOOR_DBFS
        return bar.left() + share * bar.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        line = self.fontMetrics().height()
        now = self._clock()
        lit = self.clip_lit(now)

        # Top line: the reading in numbers, and the clipping light with its word.
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        # As wide as the wider of its two words, so it does not jump when it lights.
        words = (self.tr("CLIP"), self.tr("no clip"))
        light_w = max(painter.fontMetrics().horizontalAdvance(w) for w in words) + 14
        light = QRectF(self.width() - light_w - 1, 0.5, light_w, line + 3)
        if lit:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CLIP_RED)
            painter.drawRoundedRect(light, 4, 4)
            painter.setPen(QColor("white"))
        else:
            painter.setPen(QPen(palette.mid().color(), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(light, 4, 4)
            painter.setFont(self.font())
            muted = palette.placeholderText().color()
            painter.setPen(readable(muted, palette.window().color()))
        painter.drawText(light, Qt.AlignmentFlag.AlignCenter, self.clip_text())
        painter.setFont(self.font())
        painter.setPen(palette.windowText().color())
        reading = QRectF(0, 0, light.left() - 6, line + 4)
        text = self.level_text()
        if self.fontMetrics().horizontalAdvance(text) > reading.width():
            text = self.level_text(with_peak=False)  # the peak stays in the tooltip
        elided = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, int(reading.width())
        )
        left_middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(reading, left_middle, elided)

        # The bar: pale zones for the whole scale, full colour up to the level.
        bar = QRectF(0.5, line + 6.5, self.width() - 1.0, 18)
        level = self.rms if self.active else -math.inf
        for low, high, colour in ZONES:
            zone = QRectF(bar)
            zone.setLeft(self._x(bar, low))
            zone.setRight(self._x(bar, high))
            painter.fillRect(zone, mix(palette.window().color(), colour, 0.25))
            if level > low:
                filled = QRectF(zone)
                filled.setRight(self._x(bar, min(level, high)))
                painter.fillRect(filled, colour)
        held = self.held_peak(now) if self.active else -math.inf
        if held > FLOOR_DBFS:
            x = self._x(bar, held)
            painter.setPen(QPen(palette.windowText().color(), 2))
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)

        # The scale underneath.
        small = self._small_font()
        painter.setFont(small)
        painter.setPen(palette.windowText().color())
        metrics = painter.fontMetrics()
        top = bar.bottom() + 2
        taken = self.width() + 4.0  # labels from 0 dBFS leftwards; one that would touch
        for mark in reversed(SCALE):  # its right-hand neighbour is left out
            x = self._x(bar, mark)
            label = str(mark).replace("-", "\N{MINUS SIGN}")
            width = metrics.horizontalAdvance(label)
            left = min(max(x - width / 2, 0), self.width() - width)
            if left + width + 4 > taken:
                continue
            taken = left
            painter.drawLine(QPointF(x, bar.bottom() - 3), QPointF(x, bar.bottom()))
            painter.drawText(QPointF(left, top + metrics.ascent()), label)
