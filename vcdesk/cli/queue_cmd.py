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
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from vcdesk.cli.language import complain, phrase, print_problems, say, whole_number
from vcdesk.core import words
from vcdesk.core.convert.presets import PRESETS
from vcdesk.core.paths import database_path
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.queue.events import EventKind, QueueEvent
from vcdesk.core.queue.jobs import Job, JobState, QueueError
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words import QT_TRANSLATE_NOOP
from vcdesk.core.words.conversions import job_reason, queue_error_text, state_word
from vcdesk.core.words.schedule import feed_problem
from vcdesk.core.words.storage import database_text

if TYPE_CHECKING:
    from vcdesk.core.profile.model import Profile
    from vcdesk.core.queue.engine import Engine
    from vcdesk.core.queue.store import JobStore


class _BadInput(Exception):
    """Already explained on stderr: exit 2."""


def _state(state: JobState) -> str:
    return state_word(state.value)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "queue",
        help=QT_TRANSLATE_NOOP("cli", "the background conversion queue"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "The queue of recordings converted for the archive. Every action but run only "
            "changes the queue; a running queue (run, or the console) acts on it within a "
            "moment.",
        ),
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=QT_TRANSLATE_NOOP("cli", "actions")
    )

    add = actions.add_parser(
        "add",
        help=QT_TRANSLATE_NOOP("cli", "queue recordings for conversion"),
        description=QT_TRANSLATE_NOOP(
            "cli", "Queue recordings for conversion; nothing is queued if any file is wrong."
        ),
    )
    add.add_argument(
        "files", nargs="+", metavar="FILE", help=QT_TRANSLATE_NOOP("cli", "a recording")
    )
    add.add_argument(
        "--profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "take the defaults from this room profile"),
    )
    add.add_argument(
        "--preset",
        choices=PRESETS,
        help=QT_TRANSLATE_NOOP("cli", "the conversion (default: the profile's, else remux)"),
    )
    add.add_argument(
        "--output-dir",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "cli", "where the converted files go (default: the profile's output_dir)"
        ),
    )
    add.set_defaults(func=_guarded(run_add))

    listing = actions.add_parser(
        "list",
        help=QT_TRANSLATE_NOOP("cli", "show the queue"),
        description=QT_TRANSLATE_NOOP("cli", "Show every job in the queue, in order."),
    )
    listing.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print a JSON object")
    )
    listing.set_defaults(func=_guarded(run_list))

    run = actions.add_parser(
        "run",
        help=QT_TRANSLATE_NOOP("cli", "run the queue here, without the console window"),
        description=QT_TRANSLATE_NOOP(
            "cli", "Run the queue here, without the console window, until Ctrl+C."
        ),
    )
    run.add_argument(
        "--until-empty",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "stop once no job waits or runs (exit 1 if any failed)"),
    )
    run.add_argument(
        "--profile",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "take parallel jobs, priority, watch folders, meeting programs and the room's "
            "schedule (no conversion during its meetings) from this profile",
        ),
    )
    run.set_defaults(func=_guarded(run_engine))

    job_id = QT_TRANSLATE_NOOP("cli", "the job's number, as queue list shows it")
    for name, text in (
        ("pause", QT_TRANSLATE_NOOP("cli", "pause a job, or with no ID the whole queue")),
        ("resume", QT_TRANSLATE_NOOP("cli", "resume a job, or with no ID the whole queue")),
    ):
        cmd = actions.add_parser(name, help=text, description=text)
        cmd.add_argument("id", type=whole_number, nargs="?", metavar="ID", help=job_id)
        cmd.set_defaults(func=_guarded(run_request))
    for name, text in (
        ("cancel", QT_TRANSLATE_NOOP("cli", "stop a job; its partial output is removed")),
        (
            "retry",
            QT_TRANSLATE_NOOP("cli", "queue a failed, cancelled or interrupted job again"),
        ),
        ("remove", QT_TRANSLATE_NOOP("cli", "delete a job from the list (not its files)")),
    ):
        cmd = actions.add_parser(name, help=text, description=text)
        cmd.add_argument("id", type=whole_number, metavar="ID", help=job_id)
        cmd.set_defaults(func=_guarded(run_request))
    text = QT_TRANSLATE_NOOP("cli", "move a waiting job earlier or later")
    move = actions.add_parser("move", help=text, description=text)
    move.add_argument("id", type=whole_number, metavar="ID", help=job_id)
    move.add_argument(
        "direction",
        choices=("up", "down"),
        metavar="{up,down}",  # named so in an error too (else its English dest)
        help=QT_TRANSLATE_NOOP("cli", "up: earlier; down: later"),
    )
    move.set_defaults(func=_guarded(run_request))

    text = QT_TRANSLATE_NOOP("cli", "switch meeting mode (conversions held)")
    meeting = actions.add_parser("meeting", help=text, description=text)
    meeting.add_argument(
        "state",
        choices=("on", "off"),
        metavar="{on,off}",
        help=QT_TRANSLATE_NOOP("cli", "on: hold every conversion; off: let them go on"),
    )
    meeting.set_defaults(func=_guarded(run_meeting))


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Bad input of any kind is a message and exit 2, never a traceback."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except _BadInput:
            return 2
        except DatabaseError as exc:
            print(f"vcdesk queue {args.action}: {database_text(exc)}", file=sys.stderr)
            return 2
        except QueueError as exc:
            print(f"vcdesk queue {args.action}: {queue_error_text(exc)}", file=sys.stderr)
            return 2

    return run


def _store(args: argparse.Namespace) -> JobStore:
    from vcdesk.core.queue.store import JobStore  # psutil, for its dead-owner check

    return JobStore(database_path(args.data_dir))


def _profile(path: str | None) -> Profile | None:
    from vcdesk.core.profile.load import load_profile

    if path is None:
        return None
    try:
        return load_profile(path)
    except ProfileError as exc:
        print_problems(exc)
        raise _BadInput from None


_NO_FILE = QT_TRANSLATE_NOOP("cli", "{name}: no such file")
_NOT_A_FILE = QT_TRANSLATE_NOOP("cli", "{name}: not a file")
_NOT_TEXT = QT_TRANSLATE_NOOP(
    "cli", "{name}: the name is not valid text on this system: rename the file"
)


def run_add(args: argparse.Namespace) -> int:
    from vcdesk.core.profile.model import Conversion

    profile = _profile(args.profile)
    section = profile.conversion if profile else Conversion()
    preset = args.preset or section.preset
    output_dir = Path(args.output_dir or section.output_dir).expanduser().absolute()
    files, bad = [], False
    for name in args.files:
        path = Path(name).expanduser().absolute()
        problem = None
        if not path.exists():
            problem = _NO_FILE
        elif not path.is_file():
            problem = _NOT_A_FILE
        elif not _is_text(str(path)):
            problem = _NOT_TEXT
        if problem:
            complain("queue add", problem, name=name)
            bad = True
        files.append(path)
    if bad:
        complain("queue add", QT_TRANSLATE_NOOP("cli", "nothing was queued"))
        return 2
    store = _store(args)
    try:
        for path in files:
            job = store.add(path, output_dir, preset)
            say(
                QT_TRANSLATE_NOOP("cli", "queued #{id}: {path} ({preset}, to {folder})"),
                id=str(job.id),
                path=path,
                preset=preset,
                folder=output_dir,
            )
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
        say(QT_TRANSLATE_NOOP("cli", "The queue is paused (vcdesk queue resume)."))
    if manual:
        say(QT_TRANSLATE_NOOP("cli", "Meeting mode is on: switched on by hand."))
    elif auto:
        say(QT_TRANSLATE_NOOP("cli", "Meeting mode is on: a meeting program is running."))
    if not jobs:
        say(QT_TRANSLATE_NOOP("cli", "The queue is empty."))
    width = max(len(_state(state)) for state in JobState)
    for job in jobs:
        print(_row(job, width))
    return 0


def _row(job: Job, width: int) -> str:
    formats = words.current().formats
    progress = formats.number(job.progress, "5.1f")
    name = one_line(job.input)
    head = f"#{job.id:<4} {_state(job.state):<{width}} {progress}%  {job.preset:<10}  {name}"
    if job.state is JobState.DONE and job.output:
        size = formats.size(job.output_bytes or 0)
        saved = phrase(_SAVED, output=one_line(job.output), size=size)
        return f"{head}\n      {saved}"
    if job.state is JobState.RUNNING and job.eta_s is not None:
        left = formats.duration(job.eta_s)
        if job.speed:
            speed = formats.number(job.speed, ".2f")
            eta = phrase(_SPEED_AND_ETA, speed=speed, left=left)
        else:
            eta = phrase(_ETA, left=left)
        return f"{head}\n      {eta}"
    if job.error and job.state is not JobState.CANCELLED:
        return f"{head}\n      {one_line(job_reason(job))}"
    return head


# Characters a terminal would act on rather than show: a line break in a name would make
# one job look like two, an escape sequence could rewrite the screen, a bidi override
# could show a name backwards.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """`text` on one line with its control characters written out (\\n, \\x1b, \\u202e);
    a name that has none is unchanged. `--json` keeps the real names."""
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    category = unicodedata.category(char)
    if category in ("Cc", "Zl", "Zp", "Cs") or char in _BIDI_CONTROLS:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


_SAVED = QT_TRANSLATE_NOOP("cli", "saved as {output} ({size})")
_SPEED_AND_ETA = QT_TRANSLATE_NOOP("cli", "{speed}× real time, about {left} left")
_ETA = QT_TRANSLATE_NOOP("cli", "about {left} left")


def run_request(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        if args.id is None:
            pause = args.action == "pause"
            store.set_queue_paused(pause)
            if pause:
                say(QT_TRANSLATE_NOOP("cli", "The queue is paused."))
            else:
                say(QT_TRANSLATE_NOOP("cli", "The queue is running."))
            return 0
        if args.action == "remove":
            store.remove(args.id)
            say(QT_TRANSLATE_NOOP("cli", "Job #{id} removed."), id=str(args.id))
            return 0
        if args.action == "move":
            job = store.move(args.id, -1 if args.direction == "up" else 1)
        else:
            job = getattr(store, args.action)(args.id)
        say(
            QT_TRANSLATE_NOOP("cli", "Job #{id}: {state}."), id=str(job.id), state=_state(job.state)
        )
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
    if args.state == "on":
        say(QT_TRANSLATE_NOOP("cli", "Meeting mode switched on: conversions are held."))
    else:
        say(QT_TRANSLATE_NOOP("cli", "Meeting mode switched off."))
    if args.state == "off" and auto:
        say(
            QT_TRANSLATE_NOOP(
                "cli", "A meeting program is still running: conversions stay held until it ends."
            )
        )
    return 0


def run_engine(args: argparse.Namespace) -> int:
    from vcdesk.core.queue.engine import Engine
    from vcdesk.core.session import RoomSession

    profile = _profile(args.profile)
    db = database_path(args.data_dir)
    session = None
    if profile is None:
        engine = Engine(db)
    else:
        # The room's parts, as the agent and the console build them (core/session.py): its
        # meetings hold the queue (core/schedule/gate.py), and recordings found in its
        # folders are attached to its meetings and archived by them.
        session = RoomSession(profile, args.data_dir, Path(args.profile))
        status = session.refresh()
        if status.state in ("cached", "unavailable"):
            complain(
                "queue run",
                QT_TRANSLATE_NOOP("cli", "the room's schedule: {problem}"),
                problem=feed_problem(status),
            )
        engine = session.make_engine()
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in _stop_signals()}
    engine.subscribe(_print_event)
    engine.start()
    say(QT_TRANSLATE_NOOP("cli", "The queue runs (database {db}); Ctrl+C stops it."), db=db)
    try:
        told_paused = False
        while not stop.wait(0.5):
            if args.until_empty and engine.is_empty():
                break
            if args.until_empty and engine.queue_paused and not told_paused:
                say(QT_TRANSLATE_NOOP("cli", "The queue is paused: waiting (vcdesk queue resume)."))
            told_paused = engine.queue_paused
    finally:
        engine.stop()
        if session is not None:
            session.close()  # the engine's store, the gate and the schedule
        else:
            engine.store.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    failed = engine.finished[JobState.FAILED]
    say(QT_TRANSLATE_NOOP("cli", "The queue stopped: {summary}."), summary=_summary(engine))
    return 1 if failed else 0


def _stop_signals() -> list[signal.Signals]:
    signals = [signal.SIGINT, signal.SIGTERM]
    if sys.platform == "win32":
        signals.append(signal.SIGBREAK)
    return signals


def _summary(engine: Engine) -> str:
    counts = [f"{_state(state)}: {n}" for state, n in engine.finished.items() if n]
    return ", ".join(counts) or phrase(QT_TRANSLATE_NOOP("cli", "no job finished"))


def _print_event(event: QueueEvent) -> None:
    job = event.job
    if event.kind is EventKind.JOB_STARTED and job:
        say(
            QT_TRANSLATE_NOOP("cli", "#{id} started: {input} ({preset})"),
            id=str(job.id),
            input=job.input,
            preset=job.preset,
        )
    elif event.kind is EventKind.JOB_FINISHED and job:
        if job.state is JobState.DONE:
            size = words.current().formats.size(job.output_bytes or 0)
            print(f"#{job.id} {_state(job.state)}: {job.output} ({size})", flush=True)
        else:
            print(f"#{job.id} {_state(job.state)}: {job_reason(job)}", flush=True)
    elif event.kind is EventKind.MEETING:
        if event.meeting:
            say(QT_TRANSLATE_NOOP("cli", "Meeting mode on: conversions are held."))
        else:
            say(QT_TRANSLATE_NOOP("cli", "Meeting mode off: conversions go on."))
