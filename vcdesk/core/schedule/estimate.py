"""How long a conversion will take here: the input's duration over the speed this machine
has shown for that preset.

The engine records, for every job that ends `done`, the input's seconds and the wall
seconds it took from claim to done (probe, convert, verify), less any time it was held by
a pause or a meeting (store.record_speed). The estimate uses the recent runs of the same
preset; with none yet, a cautious default measured on a 2-core room PC (bench/convert_presets:
a 720p recording transcodes at about 1.7x real time there, remux plus verify at about 60x).

A transcode in segments (vcdesk.core.convert.segments) can stop between two and go on
later: its estimate covers what its progress has not, and one segment's is its piece.
"""

from __future__ import annotations

import logging
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from vcdesk.core.convert import segments
from vcdesk.core.convert.errors import ConvertError
from vcdesk.core.convert.presets import BY_NAME, plan
from vcdesk.core.convert.probe import MediaInfo, probe
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.store import JobStore

log = logging.getLogger(__name__)

# When this machine has no history yet, each preset's own speed (presets.CATALOGUE: on the
# slow side, so a first estimate errs towards waiting for a bigger gap).
UNKNOWN_PRESET_SPEED = 1.0
RECENT_RUNS = 10  # runs of a preset the speed is taken from
MARGIN = 0.15  # a share added to every estimate: speed varies with the content
OVERHEAD_S = 15.0  # probe, free-space check, rename: per job, whatever its length
# An input that cannot be probed fails at the conversion's first step: a short job.
UNREADABLE_S = 60.0


def preset_speed(preset: str, samples: Sequence[tuple[float, float]]) -> float:
    """Times real time from recent (media seconds, wall seconds) runs: their totals'
    ratio, so one tiny test file does not outweigh an hour-long recording."""
    media = sum(m for m, _ in samples)
    wall = sum(w for _, w in samples)
    if media > 0 and wall > 0:
        return media / wall
    known = BY_NAME.get(preset)
    return known.speed if known is not None else UNKNOWN_PRESET_SPEED


def estimate_s(media_s: float, speed: float) -> float:
    """Wall seconds a conversion of `media_s` seconds takes at `speed`, with the margin."""
    return media_s / speed * (1 + MARGIN) + OVERHEAD_S


def left_s(job: Job, estimate: float) -> float:
    """A waiting job's estimate less what it has kept of an earlier run (segments)."""
    return OVERHEAD_S + max(0.0, estimate - OVERHEAD_S) * _not_done(job)


def remaining_s(job: Job, estimate: float) -> float:
    """Time left of a running job: ffmpeg's own figure while it converts, else the share of
    the estimate its progress has not covered."""
    if job.state is JobState.RUNNING and job.eta_s is not None:
        return job.eta_s * (1 + MARGIN) + OVERHEAD_S
    return estimate * _not_done(job)


def _not_done(job: Job) -> float:
    """The share of the job its progress has not covered (0 to 1)."""
    return 1 - min(100.0, job.progress) / 100


class JobEstimator:
    """Estimates for the queue's jobs: probes each input once (cached by path, size and
    modification time, so a file that changes is probed again) and reads the speed
    history at most every `speeds_ttl_s`. Safe to call from several threads."""

    def __init__(
        self, store: JobStore, ffmpeg: str | None = None, speeds_ttl_s: float = 60.0
    ) -> None:
        self.store = store
        self.ffmpeg = ffmpeg
        self.speeds_ttl_s = speeds_ttl_s
        # (path, size, mtime) -> (duration, whether it goes through segments), or None
        self._probed: dict[tuple[str, int, int], tuple[float, bool] | None] = {}
        self._speeds: dict[str, tuple[float, float]] = {}  # preset -> (speed, read at)
        self._lock = threading.Lock()

    def speed(self, preset: str) -> float:
        now = time.monotonic()
        with self._lock:
            cached = self._speeds.get(preset)
            if cached is not None and now - cached[1] < self.speeds_ttl_s:
                return cached[0]
        speed = preset_speed(preset, self.store.speed_samples(preset, RECENT_RUNS))
        with self._lock:
            self._speeds[preset] = (speed, now)
        return speed

    def _probe(self, job: Job) -> tuple[float, bool] | None:
        """The input's duration and whether its conversion goes through segments: probed
        once per file version; None when it cannot be read."""
        path = Path(job.input)
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (job.input, stat.st_size, stat.st_mtime_ns)
        with self._lock:
            if key in self._probed:
                return self._probed[key]
        found: tuple[float, bool] | None
        try:
            info = probe(path, ffmpeg=self.ffmpeg)
            found = (info.duration_s, _in_segments(info, job.preset)) if info.duration_s else None
        except (ConvertError, OSError, subprocess.SubprocessError) as exc:
            log.info("job #%d: cannot estimate, the input does not probe: %s", job.id, exc)
            found = None
        with self._lock:
            self._probed[key] = found
        return found

    def duration_s(self, job: Job) -> float | None:
        """The input's duration: the job's own record once probed, else a probe now."""
        if job.duration_s:
            return job.duration_s
        found = self._probe(job)
        return None if found is None else found[0]

    def whole_s(self, job: Job) -> float:
        """Wall seconds the whole job is expected to take here."""
        media = self.duration_s(job)
        if media is None:
            return UNREADABLE_S
        return estimate_s(media, self.speed(job.preset))

    def estimate_s(self, job: Job) -> float:
        """Wall seconds what is left of a waiting job is expected to take here."""
        return left_s(job, self.whole_s(job))

    def piece_s(self, job: Job) -> float | None:
        """Wall seconds of one segment, when the job goes through segments (it may stop
        between two); None when it runs all or nothing."""
        found = self._probe(job)
        if found is None or not found[1]:
            return None
        media = found[0] * _not_done(job)
        # A job given back ahead of a meeting keeps the pace its segments went at: judged
        # by the preset's history instead, it could be taken again for the same gap.
        given_back = job.state is not JobState.RUNNING and job.progress > 0
        speed = job.speed if given_back and job.speed else self.speed(job.preset)
        return estimate_s(min(segments.target_s(), media), speed)

    def remaining_s(self, job: Job) -> float:
        return remaining_s(job, self.whole_s(job))


def _in_segments(info: MediaInfo, preset: str) -> bool:
    try:
        return segments.in_segments(plan(info, preset), info.duration_s)
    except (ConvertError, ValueError):  # no stream the preset keeps, an unknown preset
        return False
