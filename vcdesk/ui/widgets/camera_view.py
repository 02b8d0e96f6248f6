"""The camera's live picture, letterboxed to keep its shape, with its real size and measured
rate underneath; or, when there is no picture, a sentence saying why."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from vcdesk.core.checks.result import Status
from vcdesk.core.words import number
from vcdesk.ui import status

# The picture area stays dark whatever the theme: a camera picture reads best on black, and
# a light frame around it would look like part of the picture.
SCREEN = QColor("#1f2124")
SCREEN_TEXT = QColor("#e8eaed")
CALM_TEXT = QColor("#bdc1c6")


class CameraView(QWidget):
    INFO, ERROR, CALM = "info", "error", "calm"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.caption = ""
        self.message = ""
        self.kind = self.INFO
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 120)
        self.setAccessibleName(self.tr("Camera preview"))
        self.show_message(self.tr("No picture yet."))

    def sizeHint(self) -> QSize:
        return QSize(320, 180 + self._caption_height())

    # -- what to show ------------------------------------------------------------------

    def set_frame(self, image: QImage) -> None:
        self.image = image
        self.message = ""
        self.update()

    def set_info(self, width: int, height: int, fps: float) -> None:
        self.caption = (
            self.tr("%1×%2 · %3 fps")
            .replace("%1", str(width))
            .replace("%2", str(height))
            .replace("%3", number(fps, ".1f"))
        )
        self.setAccessibleDescription(self.caption)
        self.update()

    def show_message(self, text: str, kind: str = INFO) -> None:
        """No picture: drop the last one (a stale picture would look live) and say why."""
        self.image = None
        self.caption = ""
        self.message = text
        self.kind = kind
        self.setAccessibleDescription(text)
        self.setToolTip(text if kind == self.ERROR else "")
        self.update()

    # -- painting ----------------------------------------------------------------------

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + 4

    def screen_rect(self) -> QRect:
        return self.rect().adjusted(0, 0, 0, -self._caption_height())

    def picture_rect(self) -> QRectF:
        """Where the picture goes: as large as fits, its shape kept, centred."""
        area = QRectF(self.screen_rect())
        if self.image is None or self.image.isNull():
            return area
        scaled = QSize(self.image.size()).scaled(
            area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
        )
        left = area.left() + (area.width() - scaled.width()) / 2
        top = area.top() + (area.height() - scaled.height()) / 2
        return QRectF(left, top, scaled.width(), scaled.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        screen = self.screen_rect()
        painter.fillRect(screen, SCREEN)
        if self.image is not None and not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.picture_rect(), self.image)
        else:
            self._paint_message(painter, screen)
        if self.caption:
            painter.setPen(self.palette().windowText().color())
            caption = self.rect().adjusted(2, screen.height() + 2, -2, 0)
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft, self.caption)

    def _paint_message(self, painter: QPainter, screen: QRect) -> None:
        box = screen.adjusted(16, 12, -16, -12)
        if self.kind == self.ERROR:
            # An icon with its own shape beside the words: not colour alone.
            side = 32
            icon = status.icon(Status.FAIL).pixmap(side, side)
            painter.drawPixmap(box.center().x() - side // 2, box.top() + 4, icon)
            box.setTop(box.top() + side + 12)
        painter.setPen(CALM_TEXT if self.kind == self.CALM else SCREEN_TEXT)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        if self.kind != self.ERROR:
            flags |= Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, int(flags), self.message)
