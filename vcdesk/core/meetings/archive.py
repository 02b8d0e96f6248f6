"""The archive of meeting recordings: where a meeting's converted recording goes, the JSON
sidecar beside it (the meeting's record and the output's SHA-256) and the check that
`vcdesk archive verify` runs on both.

    <output_dir>/archive/2026/12/2026-12-03 0900 Rapat koordinasi.mp4
    <output_dir>/archive/2026/12/2026-12-03 0900 Rapat koordinasi.mp4.json

The date and time are the meeting's booked start on the room's clock (what the people who
look for it remember); the name is safe on Windows even when written elsewhere, since an
archive is shared and copied. The sidecar is named after the whole output name, so that two
outputs of one meeting (video and audio-only) each keep their own. Problems are codes with
values, worded by vcdesk.core.words.archive."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vcdesk.core.convert.names import safe_stem
from vcdesk.core.files import write_atomic
from vcdesk.core.meetings.model import Change, Meeting
from vcdesk.core.meetings.recordings import Recording

ARCHIVE = "archive"
CHUNK = 1 << 20  # bytes read at a time: a 4 GB recording never sits in memory
SIDECAR_SUFFIX = ".json"
SIDECAR_VERSION = 1


def archive_target(output_dir: Path, meeting: Meeting, zone: dt.tzinfo, suffix: str) -> Path:
    """The archive name of `meeting`'s recording converted to `suffix` (".mp4"), before
    publish() numbers it when taken: archive/YYYY/MM/YYYY-MM-DD HHMM title.ext."""
    start = meeting.booked_start.astimezone(zone)
    folder = Path(output_dir) / ARCHIVE / f"{start:%Y}" / f"{start:%m}"
    stem = safe_stem(f"{start:%Y-%m-%d %H%M} {meeting.title}".strip(), windows=True)
    return folder / f"{stem}{suffix}"


def sidecar_of(output: Path) -> Path:
    return output.with_name(output.name + SIDECAR_SUFFIX)


def sha256_file(path: Path, on_chunk: Callable[[int], None] | None = None) -> str:
    """The file's SHA-256 (hex), read in CHUNK pieces; `on_chunk(n)` after each piece of n
    bytes (progress; it may raise to stop early, as a cancelled conversion does)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if on_chunk is not None:
                on_chunk(len(chunk))
    return digest.hexdigest()


def relative_name(output: Path, output_dir: Path) -> str:
    """The output's name under the conversion's output_dir, with "/" on every system."""
    try:
        return output.relative_to(output_dir).as_posix()
    except ValueError:
        return output.name


def sidecar_record(
    meeting: Meeting,
    changes: Sequence[Change],
    zone: dt.tzinfo,
    recording: Recording,
    output: dict[str, Any],
) -> dict[str, Any]:
    """The sidecar's content: the meeting's record and change log as `vcdesk meeting show
    --json` gives them (nothing secret is in a meeting record), the original recording (with
    its id, so that a restore gives it back its number) and the output ({"path": relative
    name, "bytes", "sha256"}).

    The recording's "id" came after version 1's first sidecars and did not change the version:
    readers take the keys they know (an older vcdesk ignores it), and a sidecar without it is
    still read (its recording comes back with a new id)."""
    return {
        "sidecar_version": SIDECAR_VERSION,
        "meeting": meeting.to_json(zone),
        "changes": [change.to_json(zone) for change in changes],
        "recording": {
            "id": recording.id,
            "path": recording.path,
            "bytes": recording.bytes,
            "duration_s": recording.duration_s,
            "attached_at": recording.attached_at.isoformat(timespec="seconds"),
            "attached_by": recording.attached_by,
        },
        "output": output,
    }


def write_sidecar(path: Path, record: dict[str, Any]) -> None:
    """Written whole or not at all (write_atomic): a reader never meets half a sidecar."""
    write_atomic(path, json.dumps(record, indent=2, ensure_ascii=False) + "\n")


# --- verify -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one archived recording: `code` is "missing" (the output is
    gone), "changed" (its bytes are not those hashed when archived), "sidecar_missing" or
    "sidecar_mismatch" (`what`: "unreadable", "sha256", "bytes", "path", "meeting")."""

    code: str
    recording_id: int
    meeting_id: int
    path: str
    sidecar: str
    what: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "problem": self.code,
            "what": self.what or None,
            "recording_id": self.recording_id,
            "meeting_id": self.meeting_id,
            "path": self.path,
            "sidecar": self.sidecar,
        }


@dataclass
class Verified:
    checked: int = 0
    bytes: int = 0
    problems: list[Problem] = field(default_factory=list)


# progress(files done, files in all, bytes read, bytes in all)
Progress = Callable[[int, int, int, int], None]


def verify_archive(rows: Sequence[Recording], progress: Progress | None = None) -> Verified:
    """Recompute each archived output's SHA-256 and read its sidecar; every problem found."""
    sizes = [_size(Path(row.archive_path or "")) for row in rows]
    total = sum(size or 0 for size in sizes)
    result = Verified()
    read = 0

    def counted(n: int) -> None:
        nonlocal read
        read += n
        if progress is not None:
            progress(result.checked, len(rows), read, total)

    for row, size in zip(rows, sizes, strict=True):
        result.problems.extend(_check(row, size, counted))
        result.checked += 1
        result.bytes += size or 0
        if progress is not None:
            progress(result.checked, len(rows), read, total)
    return result


def _check(row: Recording, size: int | None, counted: Callable[[int], None]) -> list[Problem]:
    output = Path(row.archive_path or "")
    # No sidecar recorded (it could not be written): the one expected is named.
    sidecar = Path(row.sidecar_path) if row.sidecar_path else sidecar_of(output)
    problems: list[Problem] = []

    def problem(code: str, what: str = "") -> None:
        problems.append(Problem(code, row.id, row.meeting_id, str(output), str(sidecar), what))

    if size is None:
        problem("missing")
    else:
        try:
            digest = sha256_file(output, counted)
        except OSError:
            problem("missing")
        else:
            if size != row.archive_bytes or digest != row.archive_sha256:
                problem("changed")
    if row.sidecar_path is None or not sidecar.is_file():
        problem("sidecar_missing")
        return problems
    what = _sidecar_mismatch(sidecar, row, output)
    if what:
        problem("sidecar_mismatch", what)
    return problems


def _sidecar_mismatch(sidecar: Path, row: Recording, output: Path) -> str:
    """Empty when the sidecar says what the database says, else the first thing that differs."""
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        said = record["output"]
        meeting_id = record["meeting"]["id"]
    except (OSError, ValueError, KeyError, TypeError):
        return "unreadable"
    if not isinstance(said, dict):
        return "unreadable"
    if said.get("sha256") != row.archive_sha256:
        return "sha256"
    if said.get("bytes") != row.archive_bytes:
        return "bytes"
    if Path(str(said.get("path", ""))).name != output.name:
        return "path"
    if meeting_id != row.meeting_id:
        return "meeting"
    return ""


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None
