"""`vcdesk agent --profile PATH [--metrics HOST:PORT] [--no-start-check]`: the room without a
window, as a service on the room PC (vcdesk.core.agent). Exit 0 after SIGTERM or Ctrl+C
(SIGBREAK on Windows); 2 for a bad profile or an address it cannot listen on."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from vcdesk import __version__
from vcdesk.cli.language import complain, print_problems, say, type_error
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import QT_TRANSLATE_NOOP

# As vcdesk.core.metrics says them; not imported from there: the agent's modules cost a
# quarter of a second, which every other command would pay at start.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9847

_BAD_ADDRESS = QT_TRANSLATE_NOOP("cli", "expected HOST:PORT (port 0 to 65535), found {text!r}")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agent = sub.add_parser(
        "agent",
        help=QT_TRANSLATE_NOOP("cli", "run the room without a window, with its metrics"),
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Run the room without a window, as a service: the conversion queue, the "
            "schedule's holds, watch folders, the pre-meeting checklist, and the room's "
            "metrics for Prometheus. SIGTERM or Ctrl+C stops it; a running conversion "
            "resumes at the next start.",
        ),
    )
    agent.add_argument(
        "--profile",
        required=True,
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "the room profile (YAML)"),
    )
    agent.add_argument(
        "--metrics",
        type=address,
        default=(DEFAULT_HOST, DEFAULT_PORT),
        metavar="HOST:PORT",
        help=QT_TRANSLATE_NOOP(
            "cli", "where Prometheus reads the metrics (default: 127.0.0.1:9847)"
        ),
    )
    agent.add_argument(
        "--no-start-check",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "no checklist when the agent starts"),
    )
    agent.set_defaults(func=run_agent)


def address(text: str) -> tuple[str, int]:
    """HOST:PORT, [v6]:PORT, or :PORT (all addresses)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit() or int(port) > 65535:
        raise type_error(_BAD_ADDRESS, text=text)
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host or "0.0.0.0", int(port)  # noqa: S104 (asked for with ":PORT")


def run_agent(args: argparse.Namespace) -> int:
    from vcdesk.core.agent import Agent, AgentOptions
    from vcdesk.core.profile.load import load_profile
    from vcdesk.core.session import RoomSession

    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        print_problems(exc)
        return 2
    session = RoomSession(profile, args.data_dir, Path(args.profile))
    host, port = args.metrics
    agent = Agent(
        session,
        AgentOptions.from_env(host=host, port=port, start_check=not args.no_start_check),
        __version__,
    )
    try:
        bound = agent.listen()
    except OSError as exc:
        session.close()
        complain(
            "agent",
            QT_TRANSLATE_NOOP("cli", "cannot serve the metrics on {address}: {reason}"),
            address=f"{host}:{port}",
            reason=exc.strerror or exc,
        )
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in _stop_signals()}
    try:
        agent.start()
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "{room}: the agent runs; metrics on http://{address}/metrics. Ctrl+C stops it.",
            ),
            room=profile.room.name,
            address=_shown(*bound),
        )
        agent.run(stop)
    finally:
        agent.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    say(QT_TRANSLATE_NOOP("cli", "{room}: the agent stopped."), room=profile.room.name)
    return 0


def _shown(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _stop_signals() -> list[signal.Signals]:
    signals = [signal.SIGINT, signal.SIGTERM]
    if sys.platform == "win32":
        signals.append(signal.SIGBREAK)
    return signals
