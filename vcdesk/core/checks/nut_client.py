"""A small client for the Network UPS Tools (NUT) network protocol, as spoken by upsd.

Plain lines over TCP (networkupstools.org, "Network protocol information"). Every blocking
step (name lookup, connect, each read and write) is bounded by the `timeout` callable, which
the check builds from its cancel token, so a server that stops answering costs at most the
check's time budget. Answers are read defensively: lines and lists are capped, so a broken
or hostile server cannot make us buffer without end.

The password is passed in as a pydantic SecretStr and unwrapped only while the PASSWORD line
is being written or a line is masked (`mask_secret`); it never appears, raw or in the
protocol's escaped form, in a log record or in an exception's text.
"""

from __future__ import annotations

import errno
import re
import socket
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from pydantic import SecretStr

MAX_LINE = 8192  # a VAR line is a few hundred bytes at most (values are capped at 256 in upsd)
MAX_LIST_LINES = 2000  # a large UPS reports ~200 variables
_RECV = 4096

# ERR codes from the protocol documentation; anything else still arrives as NutServerError.
KNOWN_ERRORS = frozenset(
    {
        "ACCESS-DENIED",
        "UNKNOWN-UPS",
        "VAR-NOT-SUPPORTED",
        "CMD-NOT-SUPPORTED",
        "INVALID-ARGUMENT",
        "INSTCMD-FAILED",
        "SET-FAILED",
        "READONLY",
        "TOO-LONG",
        "FEATURE-NOT-SUPPORTED",
        "FEATURE-NOT-CONFIGURED",
        "ALREADY-SSL-MODE",
        "DRIVER-NOT-CONNECTED",
        "DATA-STALE",
        "ALREADY-LOGGED-IN",
        "INVALID-PASSWORD",
        "ALREADY-SET-PASSWORD",
        "INVALID-USERNAME",
        "ALREADY-SET-USERNAME",
        "USERNAME-REQUIRED",
        "PASSWORD-REQUIRED",
        "UNKNOWN-COMMAND",
        "INVALID-VALUE",
    }
)


class NutError(Exception):
    """Base of everything this client raises."""


class NutDnsError(NutError):
    """The host name could not be resolved."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class NutRefused(NutError):
    """Nothing listens on host:port (the connection was refused)."""


class NutUnreachable(NutError):
    """Connecting failed for another reason (no route, network down, ...)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class NutTimeout(NutError):
    """The server did not answer (or accept the connection) in time."""

    def __init__(self, message: str, stage: str) -> None:
        super().__init__(message)
        self.stage = stage  # "lookup", "connect" or "read"


class NutClosed(NutError):
    """The server closed the connection before its answer was complete."""


class NutProtocolError(NutError):
    """The answer is not NUT protocol (wrong service on that port, or a broken server)."""

    def __init__(self, message: str, line: str = "") -> None:
        super().__init__(message)
        self.line = line


class NutServerError(NutError):
    """upsd answered `ERR <CODE> [extra...]`."""

    def __init__(self, code: str, line: str) -> None:
        super().__init__(f"upsd answered {line!r}")
        self.code = code
        self.line = line


Timeout = float | Callable[[], float]
_AddrInfo = tuple[socket.AddressFamily, socket.SocketKind, int, str, tuple[Any, ...]]


def split_words(line: str) -> list[str]:
    """Split a protocol line into words: whitespace separates them, "double quotes" group
    them, and a backslash takes the next character literally (NUT's parseconf rules)."""
    words: list[str] = []
    current: list[str] = []
    in_word = in_quotes = False
    chars = iter(line)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
            in_word = True
        elif char == '"':
            in_quotes = not in_quotes
            in_word = True
        elif char in " \t" and not in_quotes:
            if in_word:
                words.append("".join(current))
                current, in_word = [], False
        else:
            current.append(char)
            in_word = True
    if in_quotes:
        raise NutProtocolError("unterminated quote in the server's answer", line)
    if in_word:
        words.append("".join(current))
    return words


def quote(word: str) -> str:
    """One command argument, quoted and escaped where upsd would otherwise split it."""
    if not word or any(c in word for c in "\r\n\0"):
        raise ValueError("a NUT command argument must be non-empty and on one line")
    if all(c.isprintable() and c not in ' \t"\\' for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


MASK = "***"
# A secret this long is masked wherever it appears; a shorter one (a single letter would
# garble every word holding it) only where the protocol carries it: the PASSWORD command's
# argument, and the words of the server's answer to that command.
MASK_ANYWHERE = 4
_PASSWORD_ARGUMENT = re.compile(
    r'((?<![\w-])PASSWORD[ \t]+)("(?:[^"\\]|\\.)*"?|(?:\\.|[^\s"\\])+)', re.IGNORECASE
)


def _secret_forms(secret: str) -> list[str]:
    """The secret as it may come back: raw, escaped as in a quoted argument, and quoted;
    longest first, so the longest form is masked whole."""
    escaped = secret.replace("\\", "\\\\").replace('"', '\\"')
    forms = {secret, escaped, f'"{escaped}"'}
    return sorted((f for f in forms if f), key=len, reverse=True)


def mask_secret(text: str, secret: SecretStr | str | None, *, answer: bool = False) -> str:
    """`text` with the password masked, in every form NUT may write it (raw, escaped,
    quoted). The argument of a PASSWORD command is always masked; a secret of at least
    MASK_ANYWHERE characters wherever it appears; a shorter one also as a whole word of
    `text` when `answer` (the server's answer to the PASSWORD command, which may echo it)."""
    raw = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    if not raw or not text:
        return text
    text = _PASSWORD_ARGUMENT.sub(lambda m: m[1] + MASK, text)
    forms = _secret_forms(raw)
    if len(raw) >= MASK_ANYWHERE:
        for form in forms:
            text = text.replace(form, MASK)
    elif answer:
        words = "|".join(re.escape(form) for form in forms)
        text = re.sub(rf'(?<![^\s"])(?:{words})(?![^\s"])', MASK, text)
    return text


class NutClient:
    """One connection to upsd. Use as a context manager: leaving it sends LOGOUT and closes."""

    def __init__(self, host: str, port: int, timeout: Timeout) -> None:
        self.host = host
        self.port = port
        self._timeout = timeout
        self._sock: socket.socket | None = None
        self._buffer = b""
        self._secret: SecretStr | None = None  # once sent: masked in every error's line

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    # -- connection ---------------------------------------------------------------

    def connect(self) -> NutClient:
        addresses = self._resolve()
        last: OSError | None = None
        for family, kind, proto, _, sockaddr in addresses:
            seconds = self._seconds("connect")
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(seconds)
                sock.connect(sockaddr)
            except TimeoutError as exc:
                sock.close()
                raise NutTimeout(
                    f"{self.address} did not accept the connection in time", "connect"
                ) from exc
            except OSError as exc:
                sock.close()
                last = exc
                continue
            self._sock = sock
            return self
        if last is not None and last.errno == errno.ECONNREFUSED:
            raise NutRefused(f"{self.address} refused the connection") from last
        reason = (last.strerror or str(last)) if last is not None else "no address"
        raise NutUnreachable(f"cannot connect to {self.address}: {reason}", reason) from last

    def _resolve(self) -> list[_AddrInfo]:
        # getaddrinfo has no timeout of its own: run it on a daemon thread and stop waiting
        # when the budget is spent (the thread finishes on its own later).
        found: list[_AddrInfo] = []
        failed: list[Exception] = []

        def lookup() -> None:
            try:
                found.extend(
                    socket.getaddrinfo(
                        self.host, self.port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
                    )
                )
            except (OSError, UnicodeError) as exc:
                failed.append(exc)

        worker = threading.Thread(target=lookup, name="nut-getaddrinfo", daemon=True)
        worker.start()
        worker.join(self._seconds("lookup"))
        if worker.is_alive():
            raise NutTimeout(f"looking up {self.host!r} took too long", "lookup")
        if failed or not found:
            reason = (getattr(failed[0], "strerror", None) or str(failed[0])) if failed else ""
            reason = reason or "no address"
            raise NutDnsError(f"cannot resolve {self.host!r}: {reason}", reason)
        return found

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> NutClient:
        if self._sock is None:
            self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                # Say goodbye without waiting for "OK Goodbye": the answers are in hand,
                # and a server slow to reply must not add a timeout to the check.
                self._send("LOGOUT")
        except NutError:
            pass
        finally:
            self.close()

    # -- commands -----------------------------------------------------------------

    def login(self, username: str | None, password: SecretStr | None) -> None:
        """Send USERNAME / PASSWORD. upsd accepts both without checking them: it judges
        them only at a command that needs rights (see `attach`)."""
        if username is not None:
            self._expect_ok(f"USERNAME {quote(username)}")
        if password is not None:
            self._send_secret(password)
            line = self._read_line()
            answer = mask_secret(line, password, answer=True)
            if self._words(answer)[0] != "OK":
                raise NutProtocolError("expected OK", answer)

    def attach(self, ups: str) -> None:
        """LOGIN <ups>: the one read-only command upsd checks credentials for. It needs
        `upsmon secondary` (or primary) for the user in upsd.users; a wrong password or a
        user without that role gets ERR ACCESS-DENIED."""
        self._expect_ok(f"LOGIN {quote(ups)}")

    def list_vars(self, ups: str) -> dict[str, str]:
        """LIST VAR <ups>: every variable of the UPS, name -> value."""
        rows = self._list("VAR", f"LIST VAR {quote(ups)}", 4)
        return {words[2]: words[3] for words in rows}

    def list_ups(self) -> list[str]:
        """LIST UPS: the names of the UPSes this upsd serves."""
        return [words[1] for words in self._list("UPS", "LIST UPS", 3)]

    def _list(self, kind: str, command: str, width: int) -> list[list[str]]:
        # BEGIN LIST <kind> ... / <kind> <fields...> / END LIST <kind> ...
        self._send(command)
        first = self._read_line()
        if self._words(first)[:3] != ["BEGIN", "LIST", kind]:
            raise NutProtocolError(f"expected BEGIN LIST {kind}", self._mask(first))
        rows: list[list[str]] = []
        for _ in range(MAX_LIST_LINES):
            line = self._read_line()
            words = self._words(line)
            if words[:3] == ["END", "LIST", kind]:
                return rows
            if len(words) != width or words[0] != kind:
                raise NutProtocolError(f"unexpected line in LIST {kind}", self._mask(line))
            rows.append(words)
        raise NutProtocolError(f"LIST {kind} went on for more than {MAX_LIST_LINES} lines")

    def get_var(self, ups: str, name: str) -> str:
        """GET VAR <ups> <name>: one variable's value."""
        self._send(f"GET VAR {quote(ups)} {quote(name)}")
        line = self._read_line()
        words = self._words(line)
        if len(words) != 4 or words[0] != "VAR" or words[2] != name:
            raise NutProtocolError("expected VAR <ups> <name> <value>", self._mask(line))
        return words[3]

    def logout(self) -> None:
        if self._sock is None:
            return
        self._send("LOGOUT")
        self._read_line()  # "OK Goodbye" (older servers: "Goodbye...")

    # -- plumbing -----------------------------------------------------------------

    def _seconds(self, stage: str) -> float:
        seconds = self._timeout() if callable(self._timeout) else self._timeout
        # settimeout(0) would make the socket non-blocking, not "no time left"
        if seconds <= 0:
            raise NutTimeout(f"no time left to {stage} {self.address}", stage)
        return seconds

    def _socket(self) -> socket.socket:
        if self._sock is None:
            raise NutClosed(f"not connected to {self.address}")
        return self._sock

    def _send(self, line: str) -> None:
        self._send_bytes(line.encode() + b"\n")

    def _send_secret(self, password: SecretStr) -> None:
        # Unwrapped here (and in mask_secret); an error below names no part of it.
        self._secret = password
        self._send_bytes(b"PASSWORD " + quote(password.get_secret_value()).encode() + b"\n")

    def _send_bytes(self, data: bytes) -> None:
        sock = self._socket()
        try:
            sock.settimeout(self._seconds("read"))
            sock.sendall(data)
        except TimeoutError as exc:
            raise NutTimeout(f"{self.address} stopped taking our requests", "read") from exc
        except OSError as exc:
            raise NutClosed(f"{self.address} closed the connection ({exc.strerror})") from None

    def _read_line(self) -> str:
        sock = self._socket()
        while b"\n" not in self._buffer:
            if len(self._buffer) > MAX_LINE:
                raise NutProtocolError(f"an answer line is longer than {MAX_LINE} bytes")
            try:
                sock.settimeout(self._seconds("read"))
                chunk = sock.recv(_RECV)
            except TimeoutError as exc:
                raise NutTimeout(f"{self.address} did not answer in time", "read") from exc
            except OSError as exc:
                raise NutClosed(f"{self.address} broke the connection ({exc.strerror})") from None
            if not chunk:
                raise NutClosed(f"{self.address} closed the connection before answering")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\n")
        if len(raw) > MAX_LINE:
            raise NutProtocolError(f"an answer line is longer than {MAX_LINE} bytes")
        return raw.rstrip(b"\r").decode("utf-8", errors="replace")

    def _mask(self, line: str) -> str:
        return mask_secret(line, self._secret)

    def _words(self, line: str) -> list[str]:
        try:
            words = split_words(line)
        except NutProtocolError as exc:
            raise NutProtocolError(str(exc), self._mask(exc.line)) from None
        if words[:1] == ["ERR"]:
            code = words[1] if len(words) > 1 else ""
            raise NutServerError(code, self._mask(line))
        if not words:
            raise NutProtocolError("empty answer line", self._mask(line))
        return words

    def _expect_ok(self, command: str | None) -> None:
        if command is not None:
            self._send(command)
        line = self._read_line()
        if self._words(line)[0] != "OK":
            raise NutProtocolError("expected OK", self._mask(line))
