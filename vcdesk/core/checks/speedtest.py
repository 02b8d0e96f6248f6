"""A LibreSpeed client: ping, jitter, download and upload against a LibreSpeed-compatible
server (LibreSpeed's PHP backend or speedtest-go), measured the way LibreSpeed's own
browser client (speedtest_worker.js) measures them:

- paths: `backend/garbage.php?r=<random>&ckSize=<MiB>` for the download,
  `backend/empty.php` for the ping (GET) and the upload (POST);
- ping: HTTP round trips on one kept-alive connection, the first one (connection set-up)
  discarded. LibreSpeed reports the minimum and an asymmetrically smoothed jitter; we report
  the median (what a call mostly sees, robust to one spike) and the plain mean absolute
  difference of consecutive samples, the quantity LibreSpeed smooths;
- download / upload: several parallel streams for a fixed time; the first quarter of it is
  warm-up and thrown away (LibreSpeed: 1.5 s of 15 s down, 3 s of 15 s up) so TCP's slow
  start and filling buffers do not pull the figure down or up; bytes x 8 x 1.06 / seconds.
  1.06 is LibreSpeed's overheadCompensationFactor, "a decent estimate for all overhead"
  (HTTP, TCP, IP and Ethernet headers), so the figure is comparable with the line's rate;
- the upload counts bytes the server has acknowledged (bytes written minus the socket's
  unacknowledged queue, SIOCOUTQ) where the OS tells us (Linux): a send buffer of a few MB
  would otherwise count as sent in a test of a second or two. Elsewhere: bytes written.

Unlike LibreSpeed (which restarts a failed stream) a failed stream ends the test: a reset
mid-transfer is exactly what the room needs to hear about. Everything is bounded by the
cancel token: socket timeouts run out before the deadline, and a watcher shuts every open
socket down the moment the check is cancelled, so no call can hang.
"""

from __future__ import annotations

import contextlib
import http.client
import itertools
import math
import os
import random
import socket
import ssl
import statistics
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from vcdesk.core.checks.result import Cancelled, CancelToken

OVERHEAD_FACTOR = 1.06
WARMUP_SHARE = 0.25
DOWNLOAD_CHUNK_MIB = 100  # LibreSpeed's garbagePhp_chunkSize
UPLOAD_BODY_MIB = 20  # LibreSpeed's xhr_ul_blob_megabytes
PING_COUNT = 10
PING_BUDGET_S = 2.0
IO_TIMEOUT_S = 5.0
DNS_TIMEOUT_S = 3.0
SAFETY_S = 0.5  # stop this long before the deadline, to leave time to answer
_SLICE = 64 * 1024

Addrs = list[tuple[Any, ...]]

if sys.platform == "linux":
    import fcntl
    import termios

    def unacked_bytes(sock: socket.socket) -> int:
        """Bytes written but not yet acknowledged by the peer (TIOCOUTQ == SIOCOUTQ)."""
        raw = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
        return int(struct.unpack("i", raw)[0])

else:

    def unacked_bytes(sock: socket.socket) -> int:
        return 0  # no portable way to ask: count written bytes, as LibreSpeed does


class NetError(Exception):
    """A network failure, classified: `kind` is dns, refused, unreachable, timeout, reset,
    tls, http or protocol; `phase` is what was going on (connect, ping, download, upload).

    `reason` is the OS's or the server's own text ("Connection refused", "HTTP 500 Internal
    Server Error (garbage.php)"), shown as it is inside the worded message. Where the reason
    is ours, `cause` names it and `values` holds its figures, and the catalogue words it
    (vcdesk.core.words.checks); `reason` is then an English note for the log only."""

    def __init__(
        self,
        kind: str,
        reason: str,
        phase: str = "",
        status: int | None = None,
        *,
        cause: str = "",
        values: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{kind}: {reason}")
        self.kind = kind
        self.reason = reason
        self.phase = phase
        self.status = status
        self.cause = cause
        self.values = dict(values or {})

    def details(self) -> dict[str, Any]:
        """The keys a result's details carry for this error: error, and cause with its
        values where the reason is ours."""
        if not self.cause:
            return {"error": self.reason}
        return {"error": self.reason, "cause": self.cause, **self.values}


class BadUrl(ValueError):
    """A speed test address that is not usable; `cause` is not_http, bad_port or
    unreadable (worded by the catalogue), str() the English detail for the log."""

    def __init__(self, cause: str, reason: str) -> None:
        super().__init__(reason)
        self.cause = cause


def classify(exc: BaseException, phase: str = "", timeout_s: float = IO_TIMEOUT_S) -> NetError:
    if isinstance(exc, NetError):
        exc.phase = exc.phase or phase
        return exc
    if isinstance(exc, socket.gaierror):
        return NetError("dns", exc.strerror or str(exc), phase)
    if isinstance(exc, ConnectionRefusedError):
        return NetError("refused", exc.strerror or "connection refused", phase)
    if isinstance(exc, TimeoutError):
        return NetError(
            "timeout",
            f"no answer within {timeout_s:.1f} s",
            phase,
            cause="no_answer",
            values={"wait_s": round(timeout_s, 1)},
        )
    if isinstance(exc, http.client.IncompleteRead):
        return NetError(
            "reset",
            "the server closed the connection mid-transfer",
            phase,
            cause="closed_mid_transfer",
        )
    if isinstance(exc, ConnectionError):  # reset, aborted, broken pipe, remote disconnected
        return NetError("reset", exc.strerror or str(exc) or type(exc).__name__, phase)
    if isinstance(exc, ssl.SSLError):
        return NetError("tls", exc.reason or str(exc), phase)
    if isinstance(exc, OSError):  # EHOSTUNREACH, ENETUNREACH and the like
        return NetError("unreachable", exc.strerror or str(exc), phase)
    return NetError("protocol", f"{type(exc).__name__}: {exc}", phase)


class SocketWatch:
    """Shuts every registered socket down when the token is cancelled or its deadline
    passes (a blocked recv or connect then returns at once), or on `close_all`."""

    def __init__(self, cancel: CancelToken) -> None:
        self.cancel = cancel
        self.timeout_s = IO_TIMEOUT_S  # the socket timeout last handed out, for messages
        self._lock = threading.Lock()
        self._socks: set[socket.socket] = set()
        self._fired = False
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True, name="net-watch")
        self._thread.start()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.add(sock)
            fired = self._fired
        if fired:
            _shut(sock)

    def discard(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.discard(sock)

    def close_all(self, socks: set[socket.socket] | None = None) -> None:
        """Abort: wake whoever is blocked on these sockets, and make their close() send a
        reset that drops unsent data, so a finished test leaves no tail on the line to
        delay the next measurement."""
        with self._lock:
            chosen = set(self._socks) if socks is None else socks & self._socks
        for sock in chosen:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            _shut(sock)

    def stop(self) -> None:
        self._done.set()
        self._thread.join(1)

    def io_timeout(self) -> float:
        """A socket timeout that runs out SAFETY_S before the deadline, so a silent server
        gives a classified timeout in time rather than a late answer."""
        self.timeout_s = max(0.05, self.cancel.remaining(IO_TIMEOUT_S + SAFETY_S) - SAFETY_S)
        return self.timeout_s

    def _watch(self) -> None:
        while not self._done.is_set():
            if self.cancel.wait(0.05):
                with self._lock:
                    self._fired = True
                self.close_all()
                return


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def resolve(host: str, port: int, cancel: CancelToken) -> Addrs:
    """getaddrinfo with a time limit: the OS call has none, so it runs on its own thread."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["addrs"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            box["error"] = exc

    thread = threading.Thread(target=work, daemon=True, name="dns")
    thread.start()
    limit = cancel.remaining(DNS_TIMEOUT_S)
    give_up = time.monotonic() + limit
    while thread.is_alive() and time.monotonic() < give_up and not cancel.cancelled:
        thread.join(0.05)
    if "error" in box:
        raise classify(box["error"], "connect")
    if "addrs" not in box:
        raise NetError(
            "dns",
            f"no answer from the name server within {limit:.1f} s",
            "connect",
            cause="name_server_silent",
            values={"wait_s": round(limit, 1)},
        )
    if not box["addrs"]:
        raise NetError("dns", "the name has no address", "connect", cause="no_address")
    return list(box["addrs"])


def open_socket(addrs: Addrs, watch: SocketWatch) -> socket.socket:
    """Connect to the first address that answers; every attempt is under the watch."""
    last: OSError | None = None
    for family, kind, proto, _, sockaddr in addrs:
        sock = socket.socket(family, kind, proto)
        watch.add(sock)
        sock.settimeout(watch.io_timeout())
        try:
            sock.connect(sockaddr)
        except OSError as exc:
            watch.discard(sock)
            sock.close()
            last = exc
            if watch.cancel.cancelled:
                break
            continue
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock
    if last is None:
        raise NetError("unreachable", "no address to connect to", "connect", cause="no_address")
    raise last


@dataclass(frozen=True)
class Server:
    url: str
    host: str
    port: int
    tls: bool
    base: str  # path prefix, ending in "backend/"

    @classmethod
    def parse(cls, url: str) -> Server:
        """Raises BadUrl (a ValueError) for what is not an http(s) URL with a valid port."""
        try:
            parts = urlsplit(url)
            hostname = parts.hostname
        except ValueError as exc:  # "Invalid IPv6 URL" and the like
            raise BadUrl("unreadable", str(exc)) from exc
        if parts.scheme not in ("http", "https") or not hostname:
            raise BadUrl("not_http", f"not an http:// or https:// URL: {url!r}")
        tls = parts.scheme == "https"
        try:
            port = parts.port or (443 if tls else 80)
        except ValueError as exc:  # "Port out of range 0-65535"
            raise BadUrl("bad_port", str(exc)) from exc
        base = parts.path if parts.path.endswith("/") else parts.path + "/"
        # Both http://host/ and http://host/backend/ are given as "the server" in the wild.
        if not base.endswith("/backend/"):
            base += "backend/"
        return cls(url, hostname, port, tls, base)

    def path(self, name: str) -> str:
        return f"{self.base}{name}?r={random.random()}"  # noqa: S311 (a cache-buster)

    @property
    def where(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"


class _Connection(http.client.HTTPConnection):
    """HTTP(S) to already-resolved addresses (no unbounded DNS), its socket under the watch."""

    def __init__(self, server: Server, addrs: Addrs, watch: SocketWatch) -> None:
        super().__init__(server.host, server.port)
        self._server = server
        self._addrs = addrs
        self._watch = watch

    def connect(self) -> None:
        sock = open_socket(self._addrs, self._watch)
        if self._server.tls:
            context = ssl.create_default_context()
            sock = context.wrap_socket(sock, server_hostname=self._server.host)
            self._watch.add(sock)
        self.sock = sock

    def close(self) -> None:
        if self.sock is not None:
            self._watch.discard(self.sock)
        super().close()


@dataclass
class Measurement:
    latency_ms: float | None = None
    jitter_ms: float | None = None
    ping_samples: list[float] = field(default_factory=list)
    download_mbps: float | None = None
    upload_mbps: float | None = None
    download_bytes: int = 0
    upload_bytes: int = 0
    error: NetError | None = None


def run_speedtest(
    server: Server, streams: int, test_seconds: float, cancel: CancelToken
) -> Measurement:
    """Ping, then download, then upload, each test_seconds / 2; stops at the first failure
    (kept in `.error`). Raises Cancelled if the token is cancelled or its deadline passes."""
    result = Measurement()
    watch = SocketWatch(cancel)
    end = time.monotonic() + cancel.remaining(math.inf) - SAFETY_S
    phase = "connect"
    try:
        addrs = resolve(server.host, server.port, cancel)
        phase = "ping"
        result.ping_samples = _ping(server, addrs, watch, end)
        result.latency_ms, result.jitter_ms = latency_and_jitter(result.ping_samples)
        for phase in ("download", "upload"):
            cancel.raise_if_cancelled()
            left = (end - time.monotonic()) / (2 if phase == "download" else 1)
            span = min(test_seconds / 2, left)
            if span < 0.4:
                raise NetError(
                    "timeout", "too little time was left to measure", phase, cause="no_time_left"
                )
            mbps, count = _transfer(server, addrs, watch, phase, streams, span)
            if phase == "download":
                result.download_mbps, result.download_bytes = mbps, count
            else:
                result.upload_mbps, result.upload_bytes = mbps, count
    except (OSError, http.client.HTTPException, NetError) as exc:
        if cancel.cancelled:  # the watch shut the sockets: not the network's fault
            raise Cancelled from exc
        result.error = classify(exc, phase, watch.timeout_s)
    finally:
        watch.close_all()
        watch.stop()
    return result


def latency_and_jitter(samples: list[float]) -> tuple[float | None, float | None]:
    if not samples:
        return None, None
    steps = [abs(b - a) for a, b in itertools.pairwise(samples)]
    return statistics.median(samples), (statistics.fmean(steps) if steps else 0.0)


def _ping(server: Server, addrs: Addrs, watch: SocketWatch, end: float) -> list[float]:
    conn = _Connection(server, addrs, watch)
    budget = min(end, time.monotonic() + PING_BUDGET_S)
    samples: list[float] = []
    try:
        for i in range(PING_COUNT + 1):
            timeout = watch.io_timeout()
            conn.timeout = timeout
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            began = time.perf_counter()
            conn.request("GET", server.path("empty.php"), headers={"Cache-Control": "no-store"})
            response = conn.getresponse()
            response.read()
            _check_status(response, "empty.php", "ping")
            if i > 0:  # the first includes the TCP (and TLS) set-up: LibreSpeed drops it too
                samples.append((time.perf_counter() - began) * 1000)
            if len(samples) >= 3 and time.monotonic() > budget:
                break
            watch.cancel.raise_if_cancelled()
    finally:
        conn.close()
    return samples


def _check_status(response: http.client.HTTPResponse, name: str, phase: str) -> None:
    if response.status != 200:
        reason = f"HTTP {response.status} {response.reason} ({name})"
        raise NetError("http", reason, phase, response.status)


class _Stream:
    """One transfer stream; `count()` is read by the measuring thread while it runs."""

    def __init__(self) -> None:
        self.done_bytes = 0  # bytes on connections already finished
        self.sock_bytes = 0  # bytes written to / read from the current socket
        self.sock: socket.socket | None = None
        self.error: BaseException | None = None

    def count(self, upload: bool) -> int:
        unacked = 0
        sock = self.sock
        if upload and sock is not None:
            with contextlib.suppress(OSError, ValueError):  # closed meanwhile: count it all
                unacked = unacked_bytes(sock)
        return self.done_bytes + max(0, self.sock_bytes - unacked)

    def track(self, conn: _Connection) -> None:
        if conn.sock is not self.sock:
            self.done_bytes += self.sock_bytes
            self.sock_bytes = 0
            self.sock = conn.sock


def _transfer(
    server: Server, addrs: Addrs, watch: SocketWatch, phase: str, n_streams: int, seconds: float
) -> tuple[float | None, int]:
    """Run n_streams streams for `seconds`: Mbit/s over all but the warm-up, and bytes."""
    upload = phase == "upload"
    stop = threading.Event()
    streams = [_Stream() for _ in range(n_streams)]
    body = os.urandom(1 << 20) * UPLOAD_BODY_MIB if upload else b""

    def work(conn: _Connection, stream: _Stream) -> None:
        if upload:
            _upload(conn, stream, server, body, stop)
        else:
            _download(conn, stream, server, stop)

    threads = [
        threading.Thread(
            target=_run_stream,
            args=(work, _Connection(server, addrs, watch), s, stop),
            daemon=True,
            name=f"{phase}-{i}",
        )
        for i, s in enumerate(streams)
    ]
    start = time.monotonic()
    for thread in threads:
        thread.start()

    def total() -> int:
        return sum(s.count(upload) for s in streams)

    def wait_until(moment: float) -> None:
        while (now := time.monotonic()) < moment:
            failed = next((s.error for s in streams if s.error is not None), None)
            if failed is not None:
                raise classify(failed, phase, watch.timeout_s)
            if watch.cancel.wait(min(0.05, moment - now)):
                watch.cancel.raise_if_cancelled()

    try:
        wait_until(start + seconds * WARMUP_SHARE)
        t0, b0 = time.monotonic(), total()
        if b0 == 0:  # nothing arrived yet: LibreSpeed then keeps measuring from the start
            t0 = start
        wait_until(start + seconds)
        t1, b1 = time.monotonic(), total()
    finally:
        stop.set()
        watch.close_all({s.sock for s in streams if s.sock is not None})
        for thread in threads:
            thread.join(1)
    if t1 <= t0:
        return None, b1
    if b1 == b0:
        raise NetError(
            "timeout",
            f"the server sent nothing for {t1 - t0:.1f} s",
            phase,
            cause="server_silent",
            values={"wait_s": round(t1 - t0, 1)},
        )
    return (b1 - b0) * 8 * OVERHEAD_FACTOR / (t1 - t0) / 1e6, b1


def _run_stream(
    work: Callable[[_Connection, _Stream], None],
    conn: _Connection,
    stream: _Stream,
    stop: threading.Event,
) -> None:
    try:
        while not stop.is_set():
            work(conn, stream)
    except BaseException as exc:  # handed to the measuring thread, unless we were stopped
        if not stop.is_set():
            stream.error = exc
    finally:
        conn.close()


def _download(conn: _Connection, stream: _Stream, server: Server, stop: threading.Event) -> None:
    conn.request("GET", f"{server.path('garbage.php')}&ckSize={DOWNLOAD_CHUNK_MIB}")
    stream.track(conn)
    response = conn.getresponse()
    _check_status(response, "garbage.php", "download")
    buffer = bytearray(_SLICE)
    while not stop.is_set():
        n = response.readinto(buffer)
        if n == 0:
            break
        stream.sock_bytes += n
    response.close()


def _upload(
    conn: _Connection, stream: _Stream, server: Server, body: bytes, stop: threading.Event
) -> None:
    conn.putrequest("POST", server.path("empty.php"))
    conn.putheader("Content-Type", "application/octet-stream")
    conn.putheader("Content-Length", str(len(body)))
    conn.endheaders()
    stream.track(conn)
    view = memoryview(body)
    for offset in range(0, len(view), _SLICE):
        if stop.is_set():
            return
        piece = view[offset : offset + _SLICE]
        conn.send(piece)
        stream.sock_bytes += len(piece)
    response = conn.getresponse()
    response.read()
    _check_status(response, "empty.php", "upload")
