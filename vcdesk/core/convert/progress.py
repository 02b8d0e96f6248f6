"""ffmpeg's `-progress pipe:1` output, read line by line as it arrives.

ffmpeg writes blocks of key=value lines, each closed by `progress=continue` or
`progress=end`. Facts that bite: `out_time_ms` is in microseconds like `out_time_us`;
early blocks say `speed=N/A` and may carry `out_time_us=N/A` or a huge negative value
before the first packet; speed can be padded (`speed= 513x`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    fraction: float  # 0..1, never decreases
    out_time_s: float
    speed: float | None  # x realtime; None while ffmpeg says N/A
    eta_s: float | None
    done: bool  # ffmpeg's final report; whether it succeeded is its exit code's business
    out_size_bytes: int | None = None


class ProgressParser:
    def __init__(self, duration_s: float) -> None:
        self.duration_s = duration_s if duration_s > 0 else 0.0
        self._block: dict[str, str] = {}
        self._fraction = 0.0
        self._out_time_s = 0.0
        self.last: Progress | None = None

    def feed(self, line: str) -> Progress | None:
        """Take one line; return a Progress when it closes a block, else None."""
        key, sep, value = line.strip().partition("=")
        if not sep:
            return None
        key, value = key.strip(), value.strip()
        if key != "progress":
            self._block[key] = value
            return None
        block, self._block = self._block, {}
        return self._report(block, done=value == "end")

    def _report(self, block: dict[str, str], done: bool) -> Progress:
        out_time = _out_time_s(block)
        if out_time is not None:
            self._out_time_s = max(self._out_time_s, out_time)
        if self.duration_s:
            self._fraction = max(self._fraction, min(1.0, self._out_time_s / self.duration_s))
        if done:
            self._fraction = 1.0
        speed = _speed(block.get("speed", ""))
        eta: float | None = None
        if done:
            eta = 0.0
        elif speed and self.duration_s:
            eta = max(0.0, self.duration_s - self._out_time_s) / speed
        self.last = Progress(
            fraction=self._fraction,
            out_time_s=self._out_time_s,
            speed=speed,
            eta_s=eta,
            done=done,
            out_size_bytes=_int(block.get("total_size", "")),
        )
        return self.last


def _out_time_s(block: dict[str, str]) -> float | None:
    for key in ("out_time_us", "out_time_ms"):
        micros = _int(block.get(key, ""))
        if micros is not None:
            return micros / 1e6 if micros >= 0 else None
    return _clock_s(block.get("out_time", ""))


def _clock_s(text: str) -> float | None:
    parts = text.split(":")
    if len(parts) != 3 or text.startswith("-"):
        return None
    try:
        hours, minutes, seconds = int(parts[0]), int(parts[1]), float(parts[2])
    except ValueError:
        return None
    return hours * 3600 + minutes * 60 + seconds


def _speed(text: str) -> float | None:
    text = text.strip().removesuffix("x").strip()
    try:
        speed = float(text)
    except ValueError:
        return None
    return speed if speed > 0 else None


def _int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None
