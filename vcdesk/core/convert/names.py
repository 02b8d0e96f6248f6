"""Output names: never overwrite, never half-written under the final name.

The output is written to a hidden ".part" file beside the target, then published under the
first free name ("rapat.mp4", "rapat (2).mp4", ...) by a rename that cannot replace an
existing file, even one that appeared while the conversion ran.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Iterator
from pathlib import Path

TEMP_SUFFIX = ".part"
# Room under NAME_MAX (255 bytes) for " (9999)", a hidden temp's dot and token, and ".part".
MAX_STEM_BYTES = 200
_MAX_NUMBER = 9999
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<base>.*) \((?P<n>\d+)\)$")


def safe_stem(stem: str, windows: bool = os.name == "nt") -> str:
    """The stem with no control characters (newlines) and no path separators.

    Quotes, spaces, a leading dash and any letters are kept: paths reach ffmpeg as
    absolute "file:" URLs, so they are just names. On Windows its forbidden characters go too.
    """
    chars = []
    for ch in stem:
        bad = (
            ch in "/\\"
            or unicodedata.category(ch) == "Cc"
            or (windows and ch in _WINDOWS_FORBIDDEN)
        )
        chars.append("_" if bad else ch)
    clean = "".join(chars)
    if windows:
        clean = clean.rstrip(". ")
        if _WINDOWS_RESERVED.match(clean):
            clean = "_" + clean
    clean = _cut(clean, MAX_STEM_BYTES)
    return clean if clean.strip() else "recording"


def output_path(output_dir: Path, source: Path, suffix: str) -> Path:
    """The first free name for source's output in output_dir (the source itself counts)."""
    for candidate in _numbered(Path(output_dir) / (safe_stem(source.stem) + suffix)):
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(errno.EEXIST, "no free numbered name", str(output_dir))


def temp_path(target: Path) -> Path:
    """A hidden, unique, not yet existing ".part" name beside target."""
    stem = _cut(safe_stem(target.stem), MAX_STEM_BYTES - 20)
    while True:
        candidate = target.with_name(f".{stem}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        if not os.path.lexists(candidate):
            return candidate


def is_temp_name(path: Path) -> bool:
    """A conversion in progress (for watch folders and clean-up to leave alone or remove)."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)


def publish(temp: Path, target: Path) -> Path:
    """Move a verified temp file to target, or to the next free numbered name; return it.

    Never replaces an existing file, even one created since target was chosen.
    """
    for candidate in _numbered(target):
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in (
                errno.EPERM,
                errno.ENOTSUP,
                errno.EOPNOTSUPP,
                errno.EXDEV,
                errno.EMLINK,
            ):
                raise
            if _move_without_link(temp, candidate):
                return candidate
            continue
        os.unlink(temp)
        return candidate
    raise FileExistsError(errno.EEXIST, "no free numbered name", str(target))


def _move_without_link(temp: Path, candidate: Path) -> bool:
    # Filesystems without hard links (FAT/exFAT sticks, some shares): claim the name with an
    # exclusive create, then replace our own empty claim.
    try:
        fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    os.close(fd)
    try:
        os.replace(temp, candidate)
    except OSError:
        os.unlink(candidate)
        raise
    return True


def _numbered(target: Path) -> Iterator[Path]:
    yield target
    stem, n = target.stem, 1
    match = _NUMBERED.match(stem)
    if match:
        stem, n = match["base"], int(match["n"])
    for i in range(n + 1, _MAX_NUMBER + 1):
        yield target.with_name(f"{stem} ({i}){target.suffix}")


def _cut(text: str, max_bytes: int) -> str:
    data = text.encode("utf-8", "surrogateescape")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")
