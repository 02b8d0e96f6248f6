"""How a path is handed to ffmpeg so that any file name is just a file."""

from __future__ import annotations

import os
from pathlib import Path


def file_url(path: Path) -> str:
    # Absolute, so a name starting with "-" is never an option; "file:" so a name with a
    # colon ("rapat:1.mp4", "http:x") is never another protocol. ffmpeg's file protocol
    # takes the rest verbatim: spaces, quotes, newlines and non-ASCII need no escaping.
    return "file:" + os.path.abspath(path)
