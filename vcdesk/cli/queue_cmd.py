"""`vcdesk queue add|list|run|pause|resume|cancel|retry|remove|move|meeting`.

Every command but `run` only changes the database; a running engine (this CLI's `run` or
the console's) sees the change within a moment and acts on it.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from vcdesk.core.paths import database_path
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import PRESETS, Conversion, Profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.queue.disk import human_bytes
from vcdesk.core.queue.engine import Engine
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState, QueueError
from vcdesk.core.queue.store import JobStore
from vcdesk.core.schedule.gate import ScheduleGate
from vcdesk.core.schedule.room import RoomSchedule
from vcdesk.core.storage import DatabaseError


class _BadInput(Exception):
    """Already explained on stderr: exit 2."""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("queue", help="the background conversion queue")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="queue recordings for conversion")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--profile", metavar="PATH", help="take the defaults from this room profile")
    add.add_argument("--preset", choices=PRESETS, help="default: the profile's, else remux")
    add.add_argument("--output-dir", metavar="DIR", help="default: the profile's output_dir")
    add.set_defaults(func=_guarded(run_add))

    listing = actions.add_parser("list", help="show the queue")
    listing.add_argument("--json", action="store_true", help="print a JSON object")
    listing.set_defaults(func=_guarded(run_list))

    run = actions.add_parser("run", help="run the queue here, without the console window")
    run.add_argument(
        "--until-empty",
        action="store_true",
        help="stop once no job waits or runs (exit 1 if any failed)",
    )
    run.add_argument(
        "--profile",
        metavar="PATH",
        help="take parallel jobs, priority, watch folders, meeting clients and the room's "
        "schedule (no conversion during its meetings) from this profile",
    )
    run.set_defaults(func=_guarded(run_engine))

    for name, text in (
        ("pause", "pause a job, or with no ID the whole queue"),
        ("resume", "resume a job, or with no ID the whole queue"),
    ):
        cmd = actions.add_parser(name, help=text)
        cmd.add_argument("id", type=int, nargs="?", metavar="ID")
        cmd.set_defaults(func=_guarded(run_request))
    for name, text in (
        ("cancel", "stop a job; its partial output is removed"),
        ("retry", "queue a failed, cancelled or interrupted job again"),
        ("remove", "delete a job from the list (not its files)"),
    ):
        cmd = actions.add_parser(name, help=text)
        cmd.add_argument("id", type=int, metavar="ID")
        cmd.set_defaults(func=_guarded(run_request))
    move = actions.add_parser("move", help="move a waiting job earlier or later")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("direction", choices=("up", "down"))
    move.set_defaults(func=_guarded(run_request))

    meeting = actions.add_parser("meeting", help="switch meeting mode (conversions held)")
    meeting.add_argument("state", choices=("on", "off"))
    meeting.set_defaults(func=_guarded(run_meeting))


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Bad input of any kind is a message and exit 2, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except _BadInput:
            return 2
        except (QueueError, DatabaseError) as exc:
            print(f"vcdesk queue {args.action}: {exc}", file=sys.stderr)
            return 2

    return run


def _store(args: argparse.Namespace) -> JobStore:
    return JobStore(database_path(args.data_dir))


def _profile(path: str | None) -> Profile | None:
    if path is None:
        return None
    try:
        return load_profile(path)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise _BadInput from None


def run_add(args: argparse.Namespace) -> int:
    profile = _profile(args.profile)
    section = profile.conversion if profile else Conversion()
    preset = args.preset or section.preset
    output_dir = Path(args.output_dir or section.output_dir).expanduser().absolute()
    files, bad = [], False
    for name in args.files:
        path = Path(name).expanduser().absolute()
        problem = None
        if not path.exists():
            problem = "no such file"
        elif not path.is_file():
            problem = "not a file"
        elif not _is_text(str(path)):
            problem = "the name is not valid text on this system: rename the file"
        if problem:
            print(f"vcdesk queue add: {name}: {problem}", file=sys.stderr)
            bad = True
        files.append(path)
    if bad:
        print("vcdesk queue add: nothing was queued", file=sys.stderr)
        return 2
    store = _store(args)
    try:
        for path in files:
            job = store.add(path, output_dir, preset)
            print(f"queued #{job.id}: {path} ({preset}, to {output_dir})")
    finally:
        store.close()
    return 0


def _is_text(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in a POSIX name (surrogate escapes)
        return False
    return True


def run_list(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        jobs = store.jobs()
        paused, manual, auto = store.queue_paused(), store.meeting_manual(), store.meeting_auto()
    finally:
        store.close()
    if args.json:
        report = {
            "paused": paused,
            "meeting": {"on": manual or auto, "manual": manual, "auto": auto},
            "jobs": [job.to_json() for job in jobs],
        }
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if paused:
        print("The queue is paused (vcdesk queue resume).")
    if manual or auto:
        print(f"Meeting mode is on ({'switched on' if manual else 'a meeting client runs'}).")
    if not jobs:
        print("The queue is empty.")
    for job in jobs:
        print(_row(job))
    return 0


def _row(job: Job) -> str:
    head = f"#{job.id:<4} {job.state.value:<11} {job.progress:5.1f}%  {job.preset:<10}  {job.input}"
    if job.state is JobState.DONE and job.output:
        size = human_bytes(job.output_bytes or 0)
        return f"{head}\n      -> {job.output} ({size})"
    if job.state is JobState.RUNNING and job.eta_s is not None:
        speed = f"{job.speed:.2f}x, " if job.speed else ""
        return f"{head}\n      {speed}about {job.eta_s:.0f} s left"
    if job.error and job.state is not JobState.CANCELLED:
        return f"{head}\n      {job.error}"
    return head


def run_request(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        if args.id is None:
            store.set_queue_paused(args.action == "pause")
            print(f"The queue is {'paused' if args.action == 'pause' else 'running'}.")
            return 0
        if args.action == "remove":
            store.remove(args.id)
            print(f"#{args.id} removed")
            return 0
        if args.action == "move":
            job = store.move(args.id, -1 if args.direction == "up" else 1)
        else:
            job = getattr(store, args.action)(args.id)
        print(f"#{job.id} {job.state.value}")
        return 0
    finally:
        store.close()


def run_meeting(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        store.set_meeting_manual(args.state == "on")
        auto = store.meeting_auto()
    finally:
        store.close()
    print(f"Meeting mode switched {args.state}.")
    if args.state == "off" and auto:
        print("A meeting client is still running: conversions stay held until it ends.")
    return 0


def run_engine(args: argparse.Namespace) -> int:
    profile = _profile(args.profile)
    db = database_path(args.data_dir)
    gate = None
    if profile is None:
        engine = Engine(db)
    else:
        # The room's meetings hold the queue, as in the console (see core/schedule/gate.py).
        schedule = RoomSchedule.from_profile(profile, args.data_dir, Path(args.profile))
        status = schedule.refresh()
        if status.state in ("cached", "unavailable"):
            print(f"vcdesk queue: room schedule: {status.problem}", file=sys.stderr, flush=True)
        gate = ScheduleGate(schedule, db)
        engine = Engine.from_conversion(db, profile.conversion, **gate.engine_hooks())
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in _stop_signals()}
    engine.subscribe(_print_event)
    engine.start()
    print(f"vcdesk queue: running (database {db}); Ctrl+C stops", flush=True)
    try:
        told_paused = False
        while not stop.wait(0.5):
            if args.until_empty and engine.is_empty():
                break
            if args.until_empty and engine.queue_paused and not told_paused:
                print("The queue is paused: waiting (vcdesk queue resume).", flush=True)
            told_paused = engine.queue_paused
    finally:
        engine.stop()
        engine.store.close()
        if gate is not None:
            gate.close()
            gate.schedule.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    failed = engine.finished[JobState.FAILED]
    print(f"vcdesk queue: stopped ({_summary(engine)})", flush=True)
    return 1 if failed else 0


def _stop_signals() -> list[signal.Signals]:
    signals = [signal.SIGINT, signal.SIGTERM]
    if sys.platform == "win32":
        signals.append(signal.SIGBREAK)
    return signals


def _summary(engine: Engine) -> str:
    counts = [f"{n} {state.value}" for state, n in engine.finished.items() if n]
    return ", ".join(counts) or "no job finished"


def _print_event(event: QueueEvent) -> None:
    job = event.job
    if event.kind is EventKind.JOB_STARTED and job:
        print(f"#{job.id} started: {job.input} ({job.preset})", flush=True)
    elif event.kind is EventKind.JOB_FINISHED and job:
        if job.state is JobState.DONE:
            size = human_bytes(job.output_bytes or 0)
            print(f"#{job.id} done: {job.output} ({size})", flush=True)
        else:
            print(f"#{job.id} {job.state.value}: {job.error}", flush=True)
    elif event.kind is EventKind.MEETING:
        state = "on: conversions held" if event.meeting else "off: conversions go on"
        print(f"meeting mode {state}", flush=True)
