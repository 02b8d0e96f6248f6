"""Renders the app icon's PNGs and the Windows .ico from `vcdesk.svg`, the one source.

Run it after editing the SVG: `.venv/bin/python assets/render_icons.py`. The outputs are
committed (the installed app needs no SVG renderer), and tests/test_assets.py fails when they
no longer match what the SVG renders.

The .ico is assembled here with the stdlib: Qt's "ico" image writer exists in PySide6 but
writes one image per file, and Windows wants every size in one file (the EXE, the installer,
shortcuts, the taskbar each pick theirs). The 256 px entry is PNG-compressed, the smaller ones
are 32-bit BMP with an AND mask: the layout Windows' own icons use, which every Windows
version, resource compiler and installer builder reads."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "vcdesk.svg"
ICO = HERE / "vcdesk.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int, folder: Path = HERE) -> Path:
    return folder / "icons" / f"vcdesk-{size}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn at `size` px, straight (not premultiplied) alpha. Needs a QGuiApplication."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    writer.setQuality(0)  # for PNG: the strongest compression (the files are committed)
    if not writer.write(image):
        raise RuntimeError(f"PNG encoding failed: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as a headerless BMP: BITMAPINFOHEADER (height doubled, as ICO
    wants), 32-bit BGRA rows bottom-up, then the 1-bit AND mask (1 = transparent)."""
    width, height = image.width(), image.height()
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)  # byte order R,G,B,A anywhere
    row, stride = width * 4, rgba.bytesPerLine()
    data = bytes(rgba.constBits())
    pixels = bytearray()
    mask = bytearray()
    mask_row = ((width + 31) // 32) * 4
    for y in reversed(range(height)):
        line = data[y * stride : y * stride + row]
        bgra = bytearray(line)
        bgra[0::4], bgra[2::4] = line[2::4], line[0::4]  # swap red and blue
        pixels += bgra
        bits = bytearray(mask_row)
        for x in range(width):
            if line[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(images: dict[int, QImage], pngs: dict[int, bytes]) -> bytes:
    """One .ico holding every size: ICONDIR, one ICONDIRENTRY per image, then the images."""
    entries = [(size, pngs[size] if size >= 256 else _bmp_entry(images[size])) for size in images]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    blobs = b""
    for size, blob in entries:
        side = 0 if size >= 256 else size  # a 0 byte means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return directory + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, works without a display
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render(SVG, size) for size in SIZES}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    for size, data in pngs.items():
        path = png_path(size)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(HERE.parent)}: {len(data)} bytes")
    ICO.write_bytes(ico_bytes(images, pngs))
    print(f"{ICO.relative_to(HERE.parent)}: {ICO.stat().st_size} bytes, sizes {list(SIZES)}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
