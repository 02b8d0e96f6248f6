"""The room's metrics for Prometheus, from a snapshot the agent keeps.

`RoomState` is what the agent's own loop last found (checklist, schedule, queue, UPS, disk);
`RoomCollector` turns the one it holds into the contract's metric families at each scrape,
so a scrape reads memory only: no device, no UPS socket, no database. The collector lives
in a registry of its own (never prometheus_client's global one, which would add the
process and platform collectors and whatever else imports it). Every family carries the
`room` label and nothing else personal: no operator, no path, no password.

    collector = RoomCollector(RoomState(room="Ruang A", version=__version__))
    server = MetricsServer(collector, "127.0.0.1", 9847)   # raises OSError: port taken
    collector.state = newer_state                          # from the agent's loop
    server.close()
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from vcdesk.core.queue.jobs import JobState

if TYPE_CHECKING:
    from wsgiref.simple_server import WSGIServer

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 9847  # vcdesk's own


@dataclass(frozen=True)
class Checklist:
    """The room's last checklist run, whoever ran it."""

    go: bool  # pass or warn
    finished_ts: float  # Unix seconds
    checks: Mapping[str, bool]  # check id: pass or warn


@dataclass(frozen=True)
class Ups:
    """One power reading (NUT or the PC's battery)."""

    on_battery: bool | None
    charge_ratio: float | None  # 0..1
    runtime_s: float | None


@dataclass(frozen=True)
class RoomState:
    """A snapshot of the room; None: not known (its metric is left out)."""

    room: str
    version: str
    checklist: Checklist | None = None
    next_meeting_start_ts: float | None = None
    meeting_end_ts: float | None = None
    meeting_in_progress: bool = False
    meeting_mode: bool = False
    queue_jobs: Mapping[str, int] = field(default_factory=dict)
    conversion_failures: int = 0
    ups: Ups | None = None
    # The room has a power source to read: whether the last reading worked (None: it has
    # none). Without it, a UPS that stops answering would silence its own alerts.
    ups_reading_ok: bool | None = None
    disk_free_bytes: int | None = None
    recording_hours_left: float | None = None


def _gauge(name: str, doc: str, room: str, value: float, **labels: str) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=["room", *labels])
    family.add_metric([room, *labels.values()], value)
    return family


def families(state: RoomState) -> Iterator[Metric]:
    """The contract's metric families for `state`."""
    room = state.room
    yield _gauge("vcdesk_info", "This vcdesk agent (1).", room, 1, version=state.version)
    run = state.checklist
    if run is not None:
        yield _gauge(
            "vcdesk_checklist_go",
            "The room's last checklist run: 1 GO (pass or warn), 0 NO-GO.",
            room,
            1 if run.go else 0,
        )
        yield _gauge(
            "vcdesk_checklist_last_run_timestamp_seconds",
            "When the room's last checklist run ended (Unix seconds).",
            room,
            run.finished_ts,
        )
        checks = GaugeMetricFamily(
            "vcdesk_check_ok",
            "Each check of the last run: 1 pass or warn, 0 otherwise.",
            labels=["room", "check"],
        )
        for check, ok in sorted(run.checks.items()):
            checks.add_metric([room, check], 1 if ok else 0)
        yield checks
    if state.next_meeting_start_ts is not None:
        yield _gauge(
            "vcdesk_next_meeting_start_timestamp_seconds",
            "When the room's next busy meeting starts (Unix seconds).",
            room,
            state.next_meeting_start_ts,
        )
    if state.meeting_end_ts is not None:
        yield _gauge(
            "vcdesk_meeting_end_timestamp_seconds",
            "When the meeting in progress ends, else the next one (Unix seconds).",
            room,
            state.meeting_end_ts,
        )
    yield _gauge(
        "vcdesk_meeting_in_progress",
        "1 while a busy meeting of the room's schedule is on.",
        room,
        1 if state.meeting_in_progress else 0,
    )
    yield _gauge(
        "vcdesk_meeting_mode",
        "1 while the queue's meeting mode holds conversions (switch, client or schedule).",
        room,
        1 if state.meeting_mode else 0,
    )
    jobs = GaugeMetricFamily(
        "vcdesk_queue_jobs", "Conversion jobs by state.", labels=["room", "state"]
    )
    for job_state in JobState:  # every state, 0 when none: a rule never meets a gap
        jobs.add_metric([room, job_state.value], state.queue_jobs.get(job_state.value, 0))
    yield jobs
    failures = CounterMetricFamily(
        "vcdesk_conversion_failures",
        "Conversions that failed in this agent's engine since it started.",
        labels=["room"],
    )
    failures.add_metric([room], state.conversion_failures)
    yield failures
    if state.ups_reading_ok is not None:
        yield _gauge(
            "vcdesk_ups_reading_ok",
            "1 when the room's power source (UPS server or battery) answered the last reading.",
            room,
            1 if state.ups_reading_ok else 0,
        )
    ups = state.ups
    if ups is not None:
        if ups.on_battery is not None:
            yield _gauge(
                "vcdesk_ups_on_battery",
                "1 while the room's UPS (or the PC) runs on battery.",
                room,
                1 if ups.on_battery else 0,
            )
        if ups.charge_ratio is not None:
            yield _gauge(
                "vcdesk_ups_charge_ratio", "The battery's charge (0..1).", room, ups.charge_ratio
            )
        if ups.runtime_s is not None:
            yield _gauge(
                "vcdesk_ups_runtime_seconds",
                "How long the battery would last now (seconds).",
                room,
                ups.runtime_s,
            )
    if state.disk_free_bytes is not None:
        yield _gauge(
            "vcdesk_disk_free_bytes",
            "Free bytes on the recordings folder's disk.",
            room,
            state.disk_free_bytes,
        )
    if state.recording_hours_left is not None:
        yield _gauge(
            "vcdesk_recording_hours_left",
            "Hours of recording that still fit, at the profile's recording bitrate.",
            room,
            state.recording_hours_left,
        )


class RoomCollector(Collector):
    """Yields the families of the state it holds; `state` is replaced whole (one reference
    swap: a scrape sees one snapshot, never half of two)."""

    def __init__(self, state: RoomState) -> None:
        self.state = state
        self.registry = CollectorRegistry(auto_describe=False)
        self.registry.register(self)

    def collect(self) -> Iterator[Metric]:
        return families(self.state)

    def describe(self) -> Iterator[Metric]:
        return iter(())  # names vary with the state: the registry need not check them


class MetricsServer:
    """prometheus_client's HTTP server for the collector's registry, on its own thread;
    `close()` shuts it down and frees the port. Raises OSError when it cannot listen."""

    def __init__(self, collector: RoomCollector, host: str, port: int) -> None:
        server, thread = start_http_server(port, host, registry=collector.registry)
        self._server: WSGIServer = server
        self._thread: threading.Thread = thread

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
