"""Reading the room's iCalendar feed: a file, or an http(s) URL exported from the booking
system, Outlook or Google, and keeping the last good copy.

A feed that cannot be read now (network down, server gone, a half-written or broken file)
must not empty the room's day: the last copy that parsed is kept in the data folder and
used instead, and the result says so (with when that copy was read and why the feed
could not be read). Only a feed never read at all leaves the schedule without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from vcdesk import __version__
from vcdesk.core.files import write_atomic
from vcdesk.core.schedule.calendar import ScheduleError, parse

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0  # for the whole download, redirects included, not per read
MAX_BYTES = 20_000_000  # a room's calendar is kilobytes; more is not a calendar

FeedState = Literal["none", "fresh", "cached", "unavailable"]


@dataclass(frozen=True)
class FeedStatus:
    """What the schedule knows of its feed.

    state: "none" (the profile names no feed), "fresh" (read just now), "cached" (the feed
    could not be read: the last good copy is used), "unavailable" (could not be read, and no
    copy was ever kept: the day shows console entries only).
    """

    source: str | None
    state: FeedState
    read_at: datetime | None = None  # when the copy in use was read from the source (UTC)
    problem_code: str | None = None  # why the feed could not be read now
    # the values its words need (ScheduleError.params); vcdesk.core.words.schedule words
    # them in the reader's language
    problem_params: dict[str, Any] = field(default_factory=dict)
    skipped: int = 0  # events in the copy in use that could not be read and were left out
    # why each was left out (and where a repeat was cut short): ScheduleError codes + values
    warnings: tuple[ScheduleError, ...] = ()

    @classmethod
    def failed(
        cls, source: str, state: FeedState, read_at: datetime | None, error: ScheduleError
    ) -> FeedStatus:
        return cls(source, state, read_at, error.code, dict(error.params))

    @property
    def problem(self) -> str | None:
        """Why the feed could not be read, in English (logs, JSON); None when it was."""
        if self.problem_code is None:
            return None
        return ScheduleError(self.problem_code, **self.problem_params).message

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "state": self.state,
            "read_at": None if self.read_at is None else self.read_at.isoformat("T", "seconds"),
            "problem_code": self.problem_code,
            "problem_params": self.problem_params if self.problem_code else None,
            "problem": self.problem,
            "skipped": self.skipped,
            "warnings": [warning.to_json() for warning in self.warnings],
        }


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://", "webcal://", "webcals://"))


def resolve(source: str, base_dir: Path | None) -> str:
    """A URL as given (webcal:// is https://, as calendar apps mean it); a relative path from
    the profile's folder, where an admin keeps the exported file beside the profile."""
    lowered = source.lower()
    if lowered.startswith(("webcal://", "webcals://")):
        return "https://" + source.split("://", 1)[1]
    if is_url(source):
        return source
    path = Path(source).expanduser()
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return str(path)


def fetch(source: str, timeout_s: float = DEFAULT_TIMEOUT_S) -> bytes:
    """The feed's bytes, or ScheduleError with what went wrong (its words say what to do)."""
    if is_url(source):
        return _fetch_url(source, timeout_s)
    try:
        with open(source, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ScheduleError("not_found", source=source) from None
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise ScheduleError("unreadable", source=source, detail=detail) from None
    return _limited(data, source)


class _Deadline:
    """The whole download's deadline: when it passes, every socket the download opened is
    shut down, so a read blocked on a server that drips one byte at a time ends too."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _guarded(base: type[http.client.HTTPConnection], deadline: _Deadline) -> Any:
    class Guarded(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            super().connect()
            deadline.add(self.sock)

    return Guarded


class _Http(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_guarded(http.client.HTTPConnection, self.deadline), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(
            _guarded(http.client.HTTPSConnection, self.deadline),
            req,
            context=getattr(self, "_context", None),
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows http(s) redirects only: a feed sent on to ftp:// or file:// is refused."""

    max_redirections = 5

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("location") or headers.get("uri")
        if location:
            target = urllib.parse.urljoin(req.full_url, location)
            if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
                raise ScheduleError("redirect", source=req.full_url, target=target[:200])
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _fetch_url(url: str, timeout_s: float) -> bytes:
    request = urllib.request.Request(  # noqa: S310 (only http and https reach here)
        url, headers={"User-Agent": f"vcdesk/{__version__}", "Accept": "text/calendar, */*"}
    )
    began = time.monotonic()
    with _Deadline(timeout_s) as deadline:
        opener = urllib.request.build_opener(_Http(deadline), _Https(deadline), _Redirects())
        try:
            with opener.open(request, timeout=timeout_s) as response:
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > MAX_BYTES:
                    raise ScheduleError("too_large", source=url, limit=MAX_BYTES)
                chunks: list[bytes] = []
                size = 0
                while size <= MAX_BYTES:
                    chunk = response.read1(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                    if deadline.expired or time.monotonic() - began > timeout_s:
                        raise TimeoutError
                if deadline.expired:  # the shut socket reads as the end: not the feed's end
                    raise TimeoutError
                data = b"".join(chunks)
        except urllib.error.HTTPError as exc:
            raise ScheduleError(
                "http", source=url, status=exc.code, detail=str(exc.reason)
            ) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            reason = getattr(exc, "reason", exc)
            timed_out = isinstance(exc, TimeoutError) or isinstance(reason, TimeoutError)
            if timed_out or deadline.expired:
                raise ScheduleError("timeout", source=url, seconds=timeout_s) from None
            raise ScheduleError("unreachable", source=url, detail=str(reason)) from None
    return _limited(data, url)


def _limited(data: bytes, source: str) -> bytes:
    if len(data) > MAX_BYTES:
        raise ScheduleError("too_large", source=source, limit=MAX_BYTES)
    return data


class FeedCache:
    """The last good copy of each feed, in `<data dir>/schedule/`, with when it was read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, source: str) -> tuple[Path, Path]:
        key = hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]
        return self.folder / f"{key}.ics", self.folder / f"{key}.json"

    def save(self, source: str, data: bytes, read_at: datetime) -> None:
        ics, meta = self._paths(source)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(ics, data)
        info = {"source": source, "read_at": read_at.isoformat()}
        write_atomic(meta, json.dumps(info).encode("utf-8"))

    def load(self, source: str) -> tuple[bytes, datetime] | None:
        ics, meta = self._paths(source)
        try:
            data = ics.read_bytes()
            info = json.loads(meta.read_text(encoding="utf-8"))
            read_at = datetime.fromisoformat(info["read_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return data, read_at


def read_feed(
    source: str,
    cache: FeedCache,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    now: datetime | None = None,
) -> tuple[bytes | None, FeedStatus]:
    """The feed's bytes (parsed once to be sure it is a calendar) and its status; the last
    good copy when the feed cannot be read or does not parse; None with state
    "unavailable" when there is no copy either. Never raises for a bad feed."""
    read_at = now or datetime.now(UTC)
    try:
        data = fetch(source, timeout_s)
        parse(data, source)
    except ScheduleError as exc:
        kept = cache.load(source)
        if kept is None:
            return None, FeedStatus.failed(source, "unavailable", None, exc)
        return kept[0], FeedStatus.failed(source, "cached", kept[1], exc)
    try:
        cache.save(source, data, read_at)
    except OSError as exc:  # a full disk costs only the fallback copy; the feed was read
        log.warning("schedule: could not keep a copy of %s: %s", source, exc)
    return data, FeedStatus(source, "fresh", read_at)
