"""ffmpeg's stderr turned into a code and plain words.

The table holds fragments of lines that ffmpeg 5.1 (Debian 12) and 9.0 (imageio-ffmpeg)
really print; tests/test_convert_reasons.py provokes each one with a real run. Codes:
missing, permission, disk_full, read_only, name_too_long, truncated, not_media, no_streams,
exists, corrupt, unsupported, encoder_missing, io_error, no_memory, interrupted, unknown.
For disk_full the caller adds which disk and how much space the job needs.
"""

from __future__ import annotations

import re

_TRUNCATED = "The file is incomplete: the recording was probably cut off before it was saved"
_NOT_MEDIA = (
    "This file is not a recording that can be read: it is damaged, or not a video or "
    "audio file at all"
)

# First match wins, so the specific causes come before the generic wrap-up lines that
# ffmpeg prints after them ("Invalid data found" follows "moov atom not found").
_TABLE: tuple[tuple[str, str, str], ...] = (
    ("no space left on device", "disk_full", "The disk is full: the converted file did not fit"),
    (
        "disk quota exceeded",
        "disk_full",
        "The disk quota is used up: the converted file did not fit",
    ),
    (
        "permission denied",
        "permission",
        "vcdesk is not allowed to open this file or write into its folder: check the "
        "permissions of the file and the folder",
    ),
    (
        "operation not permitted",
        "permission",
        "vcdesk is not allowed to open this file or write into its folder: check the "
        "permissions of the file and the folder",
    ),
    (
        "read-only file system",
        "read_only",
        "The output folder is on a read-only disk: choose another output folder",
    ),
    (
        "file name too long",
        "name_too_long",
        "The file name is too long for this disk: rename the recording to something shorter",
    ),
    (
        "no such file or directory",
        "missing",
        "A file or folder is not there any more: the recording or the output folder was "
        "moved, renamed or deleted",
    ),
    ("is a directory", "not_media", "This is a folder, not a recording"),
    (
        "already exists",
        "exists",
        "A file with the output's name already exists; it was left as it was",
    ),
    (
        "does not contain any stream",
        "no_streams",
        "The recording has no picture or sound that could be converted",
    ),
    (
        "could not find tag for codec",
        "unsupported",
        "The output format cannot hold one of the recording's streams",
    ),
    (
        "codec not currently supported in container",
        "unsupported",
        "The output format cannot hold one of the recording's streams",
    ),
    (
        "unknown encoder",
        "encoder_missing",
        "This ffmpeg lacks an encoder the preset needs: install the full ffmpeg",
    ),
    (
        "encoder not found",
        "encoder_missing",
        "This ffmpeg lacks an encoder the preset needs: install the full ffmpeg",
    ),
    ("moov atom not found", "truncated", _TRUNCATED),
    (
        "corrupt input packet",
        "corrupt",
        "The recording is damaged part-way through: some of its data is broken or missing",
    ),
    (
        "error while decoding stream",
        "corrupt",
        "The recording is damaged part-way through: some of its data is broken or missing",
    ),
    (
        "invalid nal unit size",
        "corrupt",
        "The recording is damaged part-way through: some of its data is broken or missing",
    ),
    ("invalid data found when processing input", "not_media", _NOT_MEDIA),
    (
        "input/output error",
        "io_error",
        "The disk reported a read or write error: check the drive, cable or network share",
    ),
    (
        "stale file handle",
        "io_error",
        "The network share went away during the conversion: check the connection",
    ),
    (
        "cannot allocate memory",
        "no_memory",
        "The computer ran out of memory: close other programs and try again",
    ),
)

_STOPPED = "The conversion was stopped before it finished"

# Wrap-up lines that repeat or summarise an earlier, more telling line.
_NOISE = re.compile(
    r"^(conversion failed!?"
    r"|\s*last message repeated \d+ times?"
    r"|exiting normally.*"
    r"|error opening (input|output) files?\b.*"
    r"|error initializing output stream .*--\s*"
    r"|error muxing a packet"
    r"|task finished with error code.*"
    r"|terminating thread with return code.*"
    r"|at least one output file must be specified"
    r"|error reinitializing filters!?"
    r"|failed to inject frame into filter network.*"
    r"|error while processing the decoded data for stream.*)$",
    re.IGNORECASE,
)
_PREFIX = re.compile(r"^(\[[^\]]*@ ?0x[0-9a-f]+\]\s*)+", re.IGNORECASE)


def plain_reason(stderr_tail: str, returncode: int) -> tuple[str, str]:
    """(code, message) for a failed ffmpeg/ffprobe run."""
    text = stderr_tail.lower()
    if returncode < 0 or "received signal" in text:
        return "interrupted", _STOPPED
    for fragment, code, message in _TABLE:
        if fragment in text:
            if code == "truncated" and "misdetection possible" in text:
                # Random bytes and empty files also lack a moov atom, but ffmpeg only
                # guessed MP4 from the name: the file never was a recording.
                return "not_media", _NOT_MEDIA
            return code, message
    line = last_meaningful_line(stderr_tail)
    if returncode == 255 and not line:
        # ffmpeg's exit status after SIGTERM/SIGINT; at -v error it says nothing.
        return "interrupted", _STOPPED
    if line:
        return "unknown", f"ffmpeg stopped: {line}"
    return "unknown", f"ffmpeg stopped with exit code {returncode} and gave no reason"


def last_meaningful_line(stderr_tail: str) -> str:
    for raw in reversed(stderr_tail.splitlines()):
        line = _PREFIX.sub("", raw.strip()).strip()
        if line and not _NOISE.match(line):
            return line
    return ""
