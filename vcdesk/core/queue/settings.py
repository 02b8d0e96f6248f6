"""What a room decides for its conversion engine, as one typed value: the profile's
`conversion` section and the room schedule's hooks. `Engine.reconfigure(settings)` takes a new
one while jobs run; a field left out has its default, so there is one place defaults live."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from vcdesk.core.queue.jobs import Job
from vcdesk.core.queue.meeting import DEFAULT_OFF_DELAY_S, watched_names
from vcdesk.core.queue.watch import DEFAULT_SETTLE_S

if TYPE_CHECKING:
    from vcdesk.core.meetings.recordings import RoomRecordings
    from vcdesk.core.profile.model import Conversion as ConversionSection

DEFAULT_OUTPUT_DIR = Path("~/vcdesk-archive")


class GateDecision(NamedTuple):
    """A gate's answer: the waiting job that may start now (None: none may), and why, as a
    code (the schedule's are in vcdesk.core.schedule.plan.Reason)."""

    job_id: int | None
    reason: str


# Consulted before each claim with the waiting jobs (queue order) and the time now (UTC).
# Without a gate the engine claims the first waiting job.
Gate = Callable[[Sequence[Job], datetime], GateDecision]
# True while the room's schedule holds the conversions (a meeting, or just before one):
# meeting mode, as the operator's switch or a meeting client would set it.
ScheduledMeeting = Callable[[datetime], bool]
# When the room next needs the PC back (the start of the schedule's next hold) after the
# time given, or None: a transcode in segments stops between two before it.
NextHold = Callable[[datetime], datetime | None]


@dataclass(frozen=True)
class RoomSettings:
    """`threads`: ffmpeg's thread cap; "auto" caps it below the core count when at low
    priority, None lets ffmpeg choose. `gate`, `scheduled_meeting`, `next_hold`: the room's schedule
    (vcdesk.core.schedule.gate.ScheduleGate.engine_hooks); `recordings`: the room whose
    meetings its recordings are attached to and archived by."""

    max_parallel: int = 1
    low_priority: bool = True
    threads: int | Literal["auto"] | None = "auto"
    hardware: Literal["auto", "off"] = "auto"  # a hardware H.264 encoder, when one works
    output_dir: Path = DEFAULT_OUTPUT_DIR
    preset: str = "remux"
    meeting_processes: tuple[str, ...] = ()
    meeting_off_delay_s: float = DEFAULT_OFF_DELAY_S
    watch_dirs: tuple[Path, ...] = ()
    watch_settle_s: float = DEFAULT_SETTLE_S
    gate: Gate | None = None
    scheduled_meeting: ScheduledMeeting | None = None
    next_hold: NextHold | None = None
    recordings: RoomRecordings | None = None

    def __post_init__(self) -> None:
        if self.max_parallel < 1:
            raise ValueError("max_parallel must be 1 or more")

    @classmethod
    def from_conversion(cls, section: ConversionSection, **hooks: object) -> RoomSettings:
        """A room's settings: its profile's `conversion` section and its schedule's `hooks`
        (gate, scheduled_meeting, next_hold, recordings)."""
        return cls(
            max_parallel=section.max_parallel,
            low_priority=section.low_priority,
            hardware=section.hardware,
            output_dir=Path(section.output_dir),
            preset=section.preset,
            meeting_processes=watched_names(section),
            watch_dirs=tuple(Path(d) for d in section.watch_dirs),
            **hooks,  # type: ignore[arg-type]
        )

    @classmethod
    def split(cls, options: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """`options` mixing room settings and an engine's own (poll_s ...), as tests and
        benchmarks give them: (the room's, the engine's)."""
        names = {f.name for f in fields(cls)}
        room = {k: v for k, v in options.items() if k in names}
        return room, {k: v for k, v in options.items() if k not in names}
