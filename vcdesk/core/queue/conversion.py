"""One claimed job, run on its own thread: probe, plan, check free space, ffmpeg into a
temporary name, verify, then move into place under a name that overwrites nothing.

Whatever happens, the job ends in a known state with a reason a person can act on (a
Reason: its code and values, worded by vcdesk.core.words.conversions), its partial output
removed, and the recording itself untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psutil

from vcdesk.core.convert import hardware, segments
from vcdesk.core.convert.errors import ConvertError, Reason
from vcdesk.core.convert.names import is_temp_name, output_path, publish, temp_path
from vcdesk.core.convert.presets import (
    PRESETS,
    Plan,
    allows_hardware,
    build_argv,
    estimate_output_bytes,
    plan,
)
from vcdesk.core.convert.probe import MediaInfo, probe
from vcdesk.core.convert.progress import Progress, ProgressParser
from vcdesk.core.convert.reasons import plain_reason
from vcdesk.core.convert.segments import SegmentError, SegmentWork
from vcdesk.core.convert.verify import verify
from vcdesk.core.meetings.archive import (
    archive_target,
    relative_name,
    sha256_file,
    sidecar_of,
    sidecar_record,
    write_sidecar,
)
from vcdesk.core.meetings.model import Change, Meeting
from vcdesk.core.meetings.recordings import Recording, RecordingStore, attach_found, set_fields
from vcdesk.core.meetings.store import MeetingStore
from vcdesk.core.queue.disk import describe_disk, free_bytes
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState
from vcdesk.core.queue.owner import process_matches
from vcdesk.core.queue.process import FfmpegProcess, lower_process
from vcdesk.core.queue.store import failure
from vcdesk.core.schedule.estimate import MARGIN

if TYPE_CHECKING:
    from vcdesk.core.meetings.recordings import RoomRecordings
    from vcdesk.core.queue.store import JobStore

log = logging.getLogger(__name__)

# Besides the estimate, leave this much so the disk is not filled to the last byte.
FREE_SPACE_RESERVE = 1 << 20


def sweep_segment_work(store: JobStore) -> list[Path]:
    """Remove the work folders of segmented transcodes no run will resume (their job was
    cancelled, removed or ended while no engine ran it); return those removed. A job that
    was interrupted keeps its folder: its next run encodes only what is missing."""
    removed = []
    for job_id, folder in store.finished_segment_works().items():
        if not segments.is_work_folder(folder):
            log.error("not removing %s: not a segments work folder's name", folder)
        else:
            SegmentWork(folder, [0.0]).discard()
            if folder.exists():
                continue  # read-only for now: tried again at the next recovery
            removed.append(folder)
        store.forget_segment_work(job_id)
    return removed


class _Timing:
    """A run's wall time less the time it was held (paused, meeting): what it really took,
    for the speed history the schedule's estimates come from, and a segment's pace."""

    def __init__(self, now: float) -> None:
        self.started = now
        self.held_s = 0.0
        self.held_since: float | None = None

    def update(self, held: bool, now: float) -> None:
        if held and self.held_since is None:
            self.held_since = now
        elif not held and self.held_since is not None:
            self.held_s += now - self.held_since
            self.held_since = None

    def active_s(self, now: float) -> float:
        held = self.held_s + (0.0 if self.held_since is None else now - self.held_since)
        return now - self.started - held


class _GiveBack(Exception):
    """A segmented transcode's next segment would not end before the room's next hold: the
    job goes back to the queue with its finished segments, to go on in the next gap.
    `kept`: the share of the input they cover; `pace`: how fast they went (times real
    time)."""

    def __init__(self, kept: float, pace: float | None) -> None:
        super().__init__(kept, pace)
        self.kept, self.pace = kept, pace


class _Stop(Exception):
    """The job stops here without a failure of its own (cancelled, engine stopping)."""


@dataclass
class _Archive:
    """The recording being converted belongs to a meeting: its output goes to the archive
    under the meeting's name, with a sidecar (vcdesk.core.meetings.archive)."""

    recording: Recording
    meeting: Meeting
    zone: dt.tzinfo
    sha256: str = ""
    sidecar_written: bool = False


def clean_up_after(job: Job) -> Path | None:
    """What a dead engine left: its ffmpeg (if still running, maybe suspended: it dies with
    its engine now, but an engine of an older version may have left one) and the partial
    output. Returns the partial if it could not be removed."""
    if job.pid is not None and process_matches(job.pid, job.pid_created):
        try:
            proc = psutil.Process(job.pid)
            proc.kill()
            proc.wait(5)
        except (psutil.Error, OSError) as exc:
            log.warning("job #%d: could not stop the leftover ffmpeg %d: %s", job.id, job.pid, exc)
    if job.temp_path and not remove_partial(Path(job.temp_path)):
        return Path(job.temp_path)
    return None


def remove_partial(path: Path) -> bool:
    """Remove a partial output by the exact name a conversion wrote; True when it is gone.
    Anything not named like one (is_temp_name) is never touched, whatever the database
    says."""
    if not is_temp_name(path):
        log.error("not removing %s: not a partial output's name", path)
        return True
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("could not remove the partial output %s: %s", path, exc)
        return False
    return True


def _disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


@dataclass(frozen=True)
class Context:
    """What a conversion needs of whoever runs it (the engine), and nothing more: the queue,
    who owns the job, the ffmpeg to use, the settings the job starts with (a room change
    while it runs does not alter them), where to report, and whom to tell it has ended."""

    store: JobStore
    owner: str
    ffmpeg: Callable[[], str]  # found when the job needs it: a missing ffmpeg fails the job
    low_priority: bool
    threads: int | None
    stop_grace_s: float
    recordings: RoomRecordings | None
    report: Callable[[QueueEvent], None]
    ended: Callable[[int, Job | None], None]  # the worker's last act: (job id, the job)
    hardware: str = "off"  # "auto": an H.264 preset tries this PC's hardware encoder
    # When the room next needs the PC back (the start of the schedule's next hold), or None.
    until: Callable[[], dt.datetime | None] = lambda: None


class Conversion:
    def __init__(self, context: Context, job: Job) -> None:
        self.context = context
        self.job = job
        self.store = context.store
        self.owner = context.owner
        self.low_priority = context.low_priority
        self.threads = context.threads
        self._lock = threading.Lock()
        self._proc: FfmpegProcess | None = None
        self._paused = False
        self._meeting = False
        self._cancelled = False
        self._stopping = False
        self._abandoned = False
        self._ended = False  # this run ended its job's row itself (done, failed, let go)
        self._force: threading.Timer | None = None  # kills ffmpeg if asking did not stop it
        self._checker: psutil.Process | None = None  # verify's ffmpeg, the keyframe scan
        self._last_percent = 0.0
        self._speed: float | None = None
        self._archive: _Archive | None = None
        self._work: SegmentWork | None = None  # a segmented transcode's work folder
        self._timing = _Timing(time.monotonic())
        # Media seconds this run converts (a resumed transcode: those its finished segments
        # did not), for the speed history; None until the input is probed.
        self.media_s: float | None = None
        self._thread = threading.Thread(target=self._run, name=f"vcdesk-job-{job.id}", daemon=True)

    # control, called from the scheduler thread

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def process(self) -> psutil.Process | None:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return None
        try:
            return psutil.Process(proc.pid)
        except psutil.NoSuchProcess:
            return None

    @property
    def held(self) -> bool:
        return self._paused or self._meeting

    def active_s(self) -> float:
        """Seconds this run has worked, less the time it was held."""
        with self._lock:
            return self._timing.active_s(time.monotonic())

    def hold(self, *, paused: bool, meeting: bool) -> None:
        with self._lock:
            self._timing.update(paused or meeting, time.monotonic())
            if (paused, meeting) == (self._paused, self._meeting):
                return
            self._paused, self._meeting = paused, meeting
            self._apply_hold()

    def cancel(self) -> None:
        with self._lock:
            if not self._cancelled:
                self._cancelled = True
                self._ask_stop()

    def stop(self) -> None:
        """The engine is stopping: end ffmpeg; the job will be interrupted, not failed."""
        with self._lock:
            self._stopping = True
            self._ask_stop()

    def abandon(self) -> None:
        """The job is no longer ours (recovered elsewhere, removed): stop without touching
        its row or files, which may now be another engine's."""
        with self._lock:
            if self._ended:  # no longer owned because this run just ended it: nothing to stop
                return
            if not self._abandoned:
                log.warning("job #%d was taken from this engine; stopping its ffmpeg", self.job.id)
                self._abandoned = True
                self._ask_stop()

    def _ask_stop(self) -> None:
        if self._force is None:
            self._force = threading.Timer(self.context.stop_grace_s, self._kill)
            self._force.daemon = True
            self._force.start()
        if self._checker is not None:
            with contextlib.suppress(psutil.Error):
                self._checker.kill()
        if self._proc is not None:
            self._proc.request_stop()
        self._apply_hold()

    def _kill(self) -> None:
        with self._lock:
            if self._proc is not None:
                self._proc.kill()

    def _apply_hold(self) -> None:
        held = self.held and not self._should_stop
        if self._proc is not None:
            if held:
                self._proc.suspend()
            else:
                self._proc.resume()
        if self._checker is not None:
            with contextlib.suppress(psutil.Error):
                self._checker.suspend() if held else self._checker.resume()

    @property
    def _should_stop(self) -> bool:
        return self._cancelled or self._stopping or self._abandoned

    # the worker thread

    def _run(self) -> None:
        final: Job | None = None
        try:
            final = self._convert()
        except _Stop:
            final = self._stopped()
        except _GiveBack as back:
            final = self._given_back(back)
        except Exception as exc:
            log.exception("job #%d: unexpected error", self.job.id)
            try:
                final = self._fail(Reason("internal", detail=f"{type(exc).__name__}: {exc}"))
            except Exception:  # the database itself failed: a restart recovers the job
                log.exception("job #%d: could not record the failure", self.job.id)
        finally:
            if self._force is not None:
                self._force.cancel()
            self.context.ended(self.job.id, final)

    def _convert(self) -> Job | None:
        job = self.job
        src = Path(job.input)
        ffmpeg = self.context.ffmpeg()
        if job.preset not in PRESETS:
            return self._fail(Reason("preset", preset=job.preset, known=list(PRESETS)))
        try:
            info = probe(src, ffmpeg=ffmpeg)
            the_plan = plan(info, job.preset)
        except ConvertError as exc:
            return self._fail(exc.reason)
        self._check_stop()
        out_dir = Path(job.output_dir)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._fail(
                Reason("output_dir", folder=str(out_dir), detail=exc.strerror or str(exc))
            )
        estimate = estimate_output_bytes(info, the_plan)
        # Pictures encoded in segments, so that a stop loses one segment at most.
        segmented = segments.in_segments(the_plan, info.duration_s)
        # Segmented, the segments and the joined output are on the disk at once.
        need = estimate * (2 if segmented else 1) + FREE_SPACE_RESERVE
        free = free_bytes(out_dir)
        if free < need:
            return self._fail(self._space(out_dir, need, free, during=False))
        self._archive = self._meeting_of(src, info)
        target = self._target(out_dir, src, the_plan.suffix)
        if self._archive is not None:
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                folder = str(target.parent)
                return self._fail(
                    Reason("output_dir", folder=folder, detail=exc.strerror or str(exc))
                )
        tmp = temp_path(target)
        if not self.store.set_fields(
            job.id, self.owner, temp_path=str(tmp), duration_s=info.duration_s
        ):
            raise _Stop
        self.media_s = info.duration_s
        self._wait_while_held()
        encoder = self._hardware_encoder(ffmpeg, the_plan)
        encode = self._encode
        if segmented:
            encode = self._encode_segments
            try:
                encoder = self._open_work(segments.work_folder(target), src, ffmpeg, encoder)
            except (SegmentError, OSError, subprocess.TimeoutExpired) as exc:
                return self._fail(self._work_failed(exc, target.parent))
        reason = encode(ffmpeg, src, tmp, info, the_plan, encoder)
        # A full disk or a corrupt input is no fault of the encoder: x264 would fail too.
        if reason is not None and encoder is not None and reason.blames_encoder:
            log.warning(
                "job #%d: hardware encoder %s failed (%s); converting again with the "
                "software encoder",
                job.id,
                encoder,
                reason.message,
            )
            said = str(reason.params.get("detail") or reason.message)
            cache = hardware.cache_file(Path(self.store.db_path).parent)
            hardware.failed(ffmpeg, cache, encoder, said, job=job.id)  # later jobs: x264
            self._wait_while_held()
            reason = None
            if segmented:  # the failed encoder's segments are gone: all again, in software
                try:
                    self._open_work(segments.work_folder(target), src, ffmpeg, None)
                except (SegmentError, OSError, subprocess.TimeoutExpired) as exc:
                    reason = self._work_failed(exc, target.parent)
            if reason is None:
                reason = encode(ffmpeg, src, tmp, info, the_plan, None)
        if reason is not None:
            if reason.code == "disk_full":
                reason = self._space(out_dir, need, free_bytes(out_dir), during=True)
            return self._fail(reason)
        if self._archive is not None:
            # Hashed here, on the worker, before the job is done: what the sidecar and
            # `vcdesk archive verify` hold is the verified file, read once more, in pieces;
            # held during a meeting like ffmpeg, stopped by a cancel.
            self._archive.sha256 = sha256_file(tmp, lambda _n: self._wait_while_held())
        return self._complete(tmp, out_dir, src, the_plan, need)

    def _hardware_encoder(self, ffmpeg: str, the_plan: Plan) -> str | None:
        """The hardware H.264 encoder for this job, or None for libx264. Detected here, on
        the worker, once per ffmpeg build (vcdesk.core.convert.hardware)."""
        if self.context.hardware != "auto" or not allows_hardware(the_plan):
            return None
        cache = hardware.cache_file(Path(self.store.db_path).parent)  # the data folder
        found = hardware.detect(ffmpeg, cache)
        if found.encoder is None:
            log.info("job #%d: software encoder, no hardware one (%s)", self.job.id, found.why())
        return found.encoder

    def _encode(
        self,
        ffmpeg: str,
        src: Path,
        tmp: Path,
        info: MediaInfo,
        the_plan: Plan,
        encoder: str | None,
    ) -> Reason | None:
        """One ffmpeg run into `tmp` and its verification: None when the output is good;
        else why not, the partial removed. A stop raises _Stop instead."""
        self._say_encoder(the_plan, encoder)
        argv = build_argv(ffmpeg, src, tmp, the_plan, self.threads, encoder)
        returncode, tail = self._run_ffmpeg(argv, info)
        if returncode != 0:
            self._discard(tmp)
            self._check_stop()
            return plain_reason(tail, returncode)
        return self._checked(tmp, info, the_plan)

    def _checked(self, tmp: Path, info: MediaInfo, the_plan: Plan) -> Reason | None:
        """Verify the output in `tmp`: None when good, else why not (the partial removed;
        a stop raises _Stop instead)."""
        try:
            self._verify(tmp, info, the_plan)
        except ConvertError as exc:
            self._discard(tmp)
            self._check_stop()
            return exc.reason
        return None

    def _say_encoder(self, the_plan: Plan, encoder: str | None) -> None:
        if allows_hardware(the_plan):  # which encoder made the job's pictures, for its log
            log.info("job #%d: pictures encoded by %s", self.job.id, encoder or hardware.SOFTWARE)

    def _open_work(self, folder: Path, src: Path, ffmpeg: str, encoder: str | None) -> str | None:
        """Open (or resume) the work folder; return the encoder to use: the one its finished
        segments were made with, when resuming, as segments of two encoders do not join."""
        pinned = self.store.segment_works().get(self.job.id)
        try:  # its keyframe scan is held in a meeting and ended by a stop, as any ffmpeg
            work = SegmentWork.open(
                folder, src, ffmpeg, segments.target_s(), on_start=self._watch_helper
            )
        except (SegmentError, OSError, subprocess.TimeoutExpired):
            with contextlib.suppress(OSError):  # made for the scan; only removed when empty
                folder.rmdir()
            self._check_stop()  # killed by a cancel or a quit: stopped, not failed
            raise
        finally:
            with self._lock:
                self._checker = None
        if pinned is not None and Path(pinned["folder"]) == folder and work.done_segments():
            encoder = pinned.get("encoder")
        self.store.remember_segment_work(self.job.id, folder, encoder)
        self._work = work
        done = len(work.done_segments())
        log.info(
            "job #%d: %d segments, %d already encoded, in %s",
            self.job.id,
            len(work.segments),
            done,
            folder,
        )
        total = self.media_s or 0.0
        kept = _kept_share(work, total)
        self.media_s = total * (1 - kept)
        if kept > 0:  # what the finished segments did shows at once, not after a segment
            self._progress(Progress(kept, kept * total, None, None, done=False), force=True)
        return encoder

    def _watch_helper(self, popen: subprocess.Popen[bytes]) -> None:
        """A helper process of this job (verify's ffmpeg, the keyframe scan) is running:
        lowered, held and stopped like the converting ffmpeg, and recorded so a restart
        stops it if we die meanwhile."""
        with self._lock:
            try:
                helper = self._checker = psutil.Process(popen.pid)
            except psutil.NoSuchProcess:
                return
            if self.low_priority:
                with contextlib.suppress(psutil.Error, OSError):
                    lower_process(helper)
            if self._should_stop:
                with contextlib.suppress(psutil.Error):
                    helper.kill()
            self._apply_hold()
        with contextlib.suppress(psutil.Error):
            self.store.set_fields(
                self.job.id, self.owner, pid=helper.pid, pid_created=helper.create_time()
            )

    def _encode_segments(
        self,
        ffmpeg: str,
        src: Path,
        tmp: Path,
        info: MediaInfo,
        the_plan: Plan,
        encoder: str | None,
    ) -> Reason | None:
        """As _encode, the pictures in segments (vcdesk.core.convert.segments): a stop keeps
        the finished ones for the next run; a failure removes them all."""
        work = self._work
        assert work is not None
        self._say_encoder(the_plan, encoder)
        remove_partial(tmp)  # the join writes with -n: a killed run's half join must go
        try:
            segments.encode(
                work,
                ffmpeg,
                src,
                tmp,
                the_plan,
                threads=self.threads,
                encoder=encoder,
                run=self._segment_runner(work, info),
            )
        except (SegmentError, OSError) as exc:  # OSError: renaming or syncing a piece
            self._discard(tmp)
            self._check_stop()
            self._drop_work()
            return self._work_failed(exc, tmp.parent)
        reason = self._checked(tmp, info, the_plan)
        if reason is not None:
            self._drop_work()
        return reason

    def _segment_runner(self, work: SegmentWork, info: MediaInfo) -> segments.Runner:
        """Each step's ffmpeg through the same path as one pass (priority, threads, meeting
        suspension, cancel); progress over the whole file, weighted by each segment's
        length. The sound pass and the join take seconds and report none."""
        total = info.duration_s
        lengths = _lengths(work, total)
        pace = _Pace()

        def run(argv: list[str], step: str) -> None:
            self._wait_while_held()
            on_progress: Callable[[Progress], None] = _no_progress
            span = 0.0
            if step.startswith("segment "):
                index = int(step.split()[1])
                done_s = sum(lengths[s.index] for s in work.done_segments())
                span = lengths[index]
                self._give_back_before(span, pace, done_s / total if total > 0 else 0.0)
                log.info("job #%d: encoding segment %d", self.job.id, index)

                def on_progress(report: Progress) -> None:
                    self._progress(_overall(report, done_s, span, total))

            began = self.active_s()
            returncode, tail = self._run_ffmpeg(argv, info, on_progress, span)
            # A stop ends ffmpeg; whatever it wrote must not be taken for a finished piece.
            self._check_stop()
            if returncode != 0:
                raise SegmentError(step, returncode, tail)
            if span:
                pace.add(span, self.active_s() - began)

        return run

    def _give_back_before(self, span_s: float, pace: _Pace, kept: float) -> None:
        """Raise _GiveBack when the next segment (`span_s` of media), at the pace this run
        has shown plus the estimator's margin, would not end before the room's next hold.
        The first segment of a run goes ahead: the schedule's gate chose it to fit."""
        needed_s = pace.needed_s(span_s)
        if needed_s is None:
            return
        until = self.context.until()
        if until is None or dt.datetime.now(dt.UTC) + dt.timedelta(seconds=needed_s) <= until:
            return
        log.info(
            "job #%d: the next segment needs about %.0f s and the room needs the PC at %s: "
            "%.0f %% kept, the rest in the next free time",
            self.job.id,
            needed_s,
            until.isoformat(timespec="seconds"),
            kept * 100,
        )
        raise _GiveBack(kept, pace.speed)

    @staticmethod
    def _work_failed(exc: BaseException, folder: Path) -> Reason:
        """Why a segmented transcode's step failed, as one pass would say it."""
        if isinstance(exc, SegmentError):
            return plain_reason(exc.detail, exc.returncode)
        if _disk_full(exc):  # worded with the sizes by _convert
            return Reason("disk_full", case="during", disk=describe_disk(folder), need=0, free=0)
        if isinstance(exc, OSError):
            return Reason("output_dir", case="place", folder=str(folder), detail=_describe(exc))
        return Reason("internal", detail=_describe(exc))  # finding the cuts took too long

    def _drop_work(self) -> None:
        """The job ended (done, failed, cancelled): its segments are of no more use."""
        work, self._work = self._work, None
        if work is None:
            return
        try:
            work.discard()
            self.store.forget_segment_work(self.job.id)
        except Exception:  # the next engine start removes it (sweep_segment_work)
            log.exception("job #%d: could not remove %s", self.job.id, work.folder)

    def _check_stop(self) -> None:
        if self._should_stop:
            raise _Stop

    def _wait_while_held(self) -> None:
        while self.held:
            self._check_stop()
            time.sleep(0.1)
        self._check_stop()

    def _run_ffmpeg(
        self,
        argv: list[str],
        info: MediaInfo,
        on_progress: Callable[[Progress], None] | None = None,
        duration_s: float | None = None,
    ) -> tuple[int, str]:
        """Run one ffmpeg; progress goes to on_progress (default: the job's, over the
        whole file); `duration_s`: the length ffmpeg's output will have (default: all)."""
        parser = ProgressParser(info.duration_s if duration_s is None else duration_s)
        report_to = on_progress if on_progress is not None else self._progress

        def on_line(line: str) -> None:
            report = parser.feed(line)
            if report is not None:
                report_to(report)

        proc = FfmpegProcess(argv, on_stdout_line=on_line, low_priority=self.low_priority)
        with self._lock:
            self._check_stop()
            proc.start()
            self._proc = proc
            self._apply_hold()
        self.store.set_fields(self.job.id, self.owner, pid=proc.pid, pid_created=proc.create_time)
        # A plain blocking wait: it returns the moment ffmpeg ends (a polling wait would add
        # up to its poll interval to every job); a stop request ends ffmpeg by itself.
        returncode = proc.wait()
        with self._lock:
            self._proc = None
        self.store.set_fields(self.job.id, self.owner, pid=None, pid_created=None)
        return returncode, proc.stderr_tail

    def _progress(self, report: Progress, *, force: bool = False) -> None:
        # Never backwards, and 100 only once the output is verified and in place.
        percent = max(self._last_percent, min(99.9, report.fraction * 100))
        self._last_percent = percent
        self.store.update_progress(
            self.job.id, self.owner, percent, report.speed, report.eta_s, force=force
        )
        self._speed = report.speed
        self.context.report(
            QueueEvent(
                EventKind.JOB_PROGRESS,
                self.job.id,
                progress=percent,
                speed=report.speed,
                eta_s=report.eta_s,
            )
        )

    def _verify(self, tmp: Path, info: MediaInfo, the_plan: Plan) -> None:
        self._wait_while_held()
        try:
            verify(
                tmp,
                info,
                the_plan,
                ffmpeg=self.context.ffmpeg(),
                threads=self.threads,
                on_start=self._watch_helper,
            )
        finally:
            with self._lock:
                self._checker = None
        self._check_stop()

    def _complete(
        self, tmp: Path, out_dir: Path, src: Path, the_plan: Plan, need: int
    ) -> Job | None:
        speed = self._speed
        # Read before the queue's write lock is taken: place() runs inside it.
        changes = self._meeting_changes()

        def place(conn: sqlite3.Connection) -> dict[str, Any]:
            final = publish(tmp, self._target(out_dir, src, the_plan.suffix))
            if self._archive is not None:
                self._write_sidecar(final, out_dir, changes)
                self._record_archive(conn, final)  # seen with "done", never after it
            return {
                "output": str(final),
                "output_bytes": final.stat().st_size,
                "progress": 100.0,
                "speed": speed,
            }

        try:
            placed = self._end(
                lambda: self.store.finish(self.job.id, self.owner, JobState.DONE, place)
            )
        except OSError as exc:
            self._discard(tmp)
            if _disk_full(exc):
                return self._fail(self._space(out_dir, need, free_bytes(out_dir), during=True))
            return self._fail(
                Reason("output_dir", case="place", folder=str(out_dir), detail=_describe(exc))
            )
        if not placed:
            self._discard(tmp)
            raise _Stop
        self._drop_work()
        done = self.store.get(self.job.id)
        log.info("job #%d done: %s", done.id, done.output)
        self.context.report(
            QueueEvent(EventKind.JOB_PROGRESS, done.id, progress=100.0, speed=speed, eta_s=0.0)
        )
        return done

    # the meeting's archive

    def _meeting_of(self, src: Path, info: MediaInfo) -> _Archive | None:
        """The meeting the recording belongs to: attached already (by hand, or when a watch
        folder found it), else found now if it lies in the room's folders (a recording
        queued by hand from the recordings folder). None: today's naming."""
        room = self.context.recordings
        db = self.store.db_path
        recordings = RecordingStore(db)
        meetings = MeetingStore(db)
        try:
            found = recordings.for_path(src)
            if found is None and room is not None and room.in_folders(src):
                stat = src.stat()
                found = attach_found(
                    room, db, src, stat.st_mtime_ns, size=stat.st_size, jobs=self.store
                )
            if found is None:
                return None
            recordings.set_fields(found.id, job_id=self.job.id, duration_s=info.duration_s)
            found = recordings.for_path(src) or found
            meeting = meetings.get(found.meeting_id)
        finally:
            recordings.close()
            meetings.close()
        zone = room.zone if room is not None else dt.datetime.now().astimezone().tzinfo
        return _Archive(found, meeting, zone or dt.UTC)

    def _target(self, out_dir: Path, src: Path, suffix: str) -> Path:
        if self._archive is None:
            return output_path(out_dir, src, suffix)
        return archive_target(out_dir, self._archive.meeting, self._archive.zone, suffix)

    def _meeting_changes(self) -> list[Change]:
        """The meeting as it is now, and its change log, for the sidecar."""
        archive = self._archive
        if archive is None:
            return []
        meetings = MeetingStore(self.store.db_path)
        try:
            archive.meeting = meetings.get(archive.meeting.id)
            return meetings.changes(archive.meeting.id)
        finally:
            meetings.close()

    def _write_sidecar(self, final: Path, out_dir: Path, changes: list[Change]) -> None:
        """Beside the published output. A sidecar that cannot be written loses nothing
        (the hash is in the database too): logged, and `vcdesk archive verify` names it."""
        archive = self._archive
        assert archive is not None
        try:
            output = {
                "path": relative_name(final, out_dir),
                "bytes": final.stat().st_size,
                "sha256": archive.sha256,
            }
            record = sidecar_record(
                archive.meeting, changes, archive.zone, archive.recording, output
            )
            write_sidecar(sidecar_of(final), record)
            archive.sidecar_written = True
        except Exception:
            log.exception("job #%d: could not write the sidecar of %s", self.job.id, final)

    def _record_archive(self, conn: sqlite3.Connection, final: Path) -> None:
        """In the queue's write transaction that ends the job (see `finish`)."""
        archive = self._archive
        assert archive is not None
        sidecar = sidecar_of(final) if archive.sidecar_written else None
        try:
            set_fields(
                conn,
                archive.recording.id,
                archive_path=str(final),
                archive_bytes=final.stat().st_size,
                archive_sha256=archive.sha256,
                sidecar_path=None if sidecar is None else str(sidecar),
            )
        except (sqlite3.Error, OSError):  # the output is in place; the sidecar has the hash
            log.exception("job #%d: could not record the archive of %s", self.job.id, final)

    def _fail(self, reason: Reason) -> Job | None:
        log.warning("job #%d failed (%s): %s", self.job.id, reason.code, reason.message)
        self._drop_work()
        if self._end(
            lambda: self.store.finish(self.job.id, self.owner, JobState.FAILED, **failure(reason))
        ):
            return self.store.get(self.job.id)
        return self._stopped()

    def _given_back(self, back: _GiveBack) -> Job | None:
        """Back to the queue, its segments kept: it waits at its place for the next gap."""
        if self._discard_own_partial() is None:
            return None
        kept = back.kept * 100
        if not self._end(lambda: self.store.give_back(self.job.id, self.owner, kept, back.pace)):
            return self._stopped()
        return self.store.get(self.job.id)

    def _stopped(self) -> Job | None:
        """Cancelled or stopping: the partial output is gone (or, abandoned, not ours)."""
        if self._abandoned:
            return None
        row = self._discard_own_partial()
        if row is None:
            return None
        if self._cancelled or row.state is JobState.CANCELLED:
            self._drop_work()  # a stop (quit, meeting, engine gone) keeps it for the next run
        self._end(lambda: self.store.release(self.job.id, self.owner))
        return self.store.get(self.job.id)

    def _discard_own_partial(self) -> Job | None:
        """Remove the partial output the job's row names; the row, or None if the database
        cannot say (the next engine's sweep removes it then)."""
        try:
            row = self.store.get(self.job.id)
        except Exception:
            return None
        if row.temp_path:
            self._discard(Path(row.temp_path))
        return row

    def _end(self, write: Callable[[], bool]) -> bool:
        """End the job's row with `write`. Marked ended before it, so that the engine, seeing
        the job no longer owned meanwhile, does not take this run's own end for a takeover."""
        with self._lock:
            self._ended = True
        ended = False
        try:
            ended = write()
            return ended
        finally:
            if not ended:  # cancelled, taken meanwhile, or the write failed
                with self._lock:
                    self._ended = False

    def _discard(self, tmp: Path) -> None:
        """Remove this job's partial output, or have it removed at a later start."""
        if remove_partial(tmp):
            return
        try:
            self.store.remember_leftover(tmp)
        except Exception:  # the job must still be let go of
            log.exception("job #%d: could not note the partial output %s", self.job.id, tmp)

    @staticmethod
    def _space(folder: Path, need: int, free: int, *, during: bool) -> Reason:
        """Not enough room on the output's disk: before starting (disk_space), or found
        when the disk filled up while converting (disk_full); sizes in bytes."""
        disk = describe_disk(folder)
        if during:
            return Reason("disk_full", case="during", disk=disk, need=need, free=free)
        return Reason("disk_space", disk=disk, need=need, free=free)


class _Pace:
    """How fast this run has encoded its segments (media seconds per working second)."""

    def __init__(self) -> None:
        self.media_s = 0.0
        self.wall_s = 0.0

    def add(self, media_s: float, wall_s: float) -> None:
        if wall_s > 0:
            self.media_s += media_s
            self.wall_s += wall_s

    @property
    def speed(self) -> float | None:
        """Times real time, or None before a segment of this run has ended."""
        return self.media_s / self.wall_s if self.wall_s > 0 else None

    def needed_s(self, media_s: float) -> float | None:
        """Working seconds `media_s` of media should take, with the estimator's margin;
        None before a segment of this run has ended."""
        if self.media_s <= 0:
            return None
        return media_s * self.wall_s / self.media_s * (1 + MARGIN)


def _lengths(work: SegmentWork, total_s: float) -> dict[int, float]:
    """Each segment's media seconds, by index."""
    return {
        s.index: max(0.0, (s.end if s.end is not None else total_s) - s.start)
        for s in work.segments
    }


def _kept_share(work: SegmentWork, total_s: float) -> float:
    """The share of the input its finished segments cover (0 to 1)."""
    if total_s <= 0:
        return 0.0
    lengths = _lengths(work, total_s)
    return min(1.0, sum(lengths[s.index] for s in work.done_segments()) / total_s)


def _no_progress(_report: Progress) -> None:
    """The sound pass and the join: seconds long, and no measure of the pictures' work."""


def _overall(report: Progress, done_s: float, span_s: float, total_s: float) -> Progress:
    """One segment's progress as the whole file's: the segments finished, plus this one's
    part of its own length."""
    if total_s <= 0:
        return report
    media_done = done_s + report.fraction * span_s
    eta = (total_s - media_done) / report.speed if report.speed else None
    return Progress(
        fraction=min(1.0, media_done / total_s),
        out_time_s=media_done,
        speed=report.speed,
        eta_s=eta,
        done=False,
        out_size_bytes=report.out_size_bytes,
    )


def _describe(exc: BaseException) -> str:
    """An exception's own text, shown inside a translated sentence."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__
