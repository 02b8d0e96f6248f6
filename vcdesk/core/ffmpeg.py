"""Where ffmpeg is: the system's if present (it has ffprobe and more codecs), else the static
build that imageio-ffmpeg ships, so a Windows room PC needs no separate install."""

from __future__ import annotations

import functools
import os
import shutil


class FfmpegMissing(RuntimeError):
    pass


@functools.cache
def find_ffmpeg() -> str:
    override = os.environ.get("VCDESK_FFMPEG")
    if override:
        return override
    system = shutil.which("ffmpeg")
    if system:
        return system
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except (ImportError, RuntimeError) as exc:
        raise FfmpegMissing(
            "ffmpeg was not found: install it (Debian: apt-get install ffmpeg) "
            "or the Python package imageio-ffmpeg"
        ) from exc
