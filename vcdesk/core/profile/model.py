"""The room profile schema: every option with its type, default, range and meaning.

A loaded profile is a tree of frozen models; sequences are tuples so nothing in it can be
changed after validation. The schema is strict (YAML already types its scalars): a quoted
"80" is not a port, and `yes` is not a number.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import zoneinfo
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from vcdesk.core.convert.presets import PRESETS

SCHEMA_VERSION = 1


_HOST_PORT = re.compile(r"^(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):(?P<port>\d{1,5})$")


class Section(BaseModel):
    model_config = ConfigDict(
        strict=True, frozen=True, extra="forbid", allow_inf_nan=False, hide_input_in_errors=False
    )


Text = Annotated[str, Field(max_length=4096)]

MAX_ZONE = 64  # the longest IANA name is 32 characters ("America/Argentina/ComodRivadavia")
_SHOWN = 60  # a rejected value longer than this is cut in the problem's values
_SHOWN_PATH = 300  # ... a path: a long one is still worth reading whole


def _shown(value: str, limit: int = _SHOWN) -> str:
    return value if len(value) <= limit else value[: limit - 3] + "..."


@functools.cache
def _zone_names() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones())
    except (OSError, ValueError):  # pragma: no cover - an unreadable zone folder
        return frozenset()


def known_zone(value: str) -> str:
    """The value if it names a zone of the zone database; else the bad_time_zone problem."""
    ok = 0 < len(value) <= MAX_ZONE and value.isprintable() and "\0" not in value
    if ok:
        names = _zone_names()
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # "Asia": a folder
            ok = False
        else:
            ok = not names or value in names or value == "UTC"
    if not ok:
        # Worded in vcdesk.core.words.profile, by this type and these values.
        raise PydanticCustomError(
            "bad_time_zone", "unknown time zone: {value}", {"value": _shown(value)}
        )
    return value


def checked_path(value: str) -> str:
    """A folder or file path as the profile names it, checked the way it will be used
    (expanded with `~`): no nul byte, no unknown user, not a loop of symbolic links. The
    text itself is kept; whoever uses it expands it."""
    if "\0" in value:
        raise PydanticCustomError(
            "path_nul",
            "a nul byte in a path: {value}",
            {"value": _shown(value, _SHOWN_PATH)},
        )
    expanded = os.path.expanduser(value)
    if value.startswith("~") and expanded.startswith("~"):
        user = re.split(r"[/\\]", value[1:], maxsplit=1)[0]
        raise PydanticCustomError(
            "path_unknown_user",
            "no user {user} on this computer: {value}",
            {"user": _shown(user), "value": _shown(value, _SHOWN_PATH)},
        )
    if os.path.isabs(expanded):
        try:
            os.stat(expanded)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise PydanticCustomError(
                    "path_symlink_loop",
                    "a loop of symbolic links: {value}",
                    {"value": _shown(value, _SHOWN_PATH)},
                ) from None
        except ValueError:  # pragma: no cover - caught above (nul byte)
            pass
    return value


PathText = Annotated[str, Field(max_length=4096), AfterValidator(checked_path)]


def _host_port(item: str) -> str:
    match = _HOST_PORT.match(item)
    if not match or not 1 <= int(match["port"]) <= 65535:
        # Worded in vcdesk.core.words.profile, by this type and these values.
        raise PydanticCustomError("bad_host_port", "not host:port: {value}", {"value": item})
    return item


HostPort = Annotated[str, Field(max_length=300), AfterValidator(_host_port)]


class Room(Section):
    name: Annotated[
        str, Field(min_length=1, max_length=200, description="Room name shown to operators")
    ]
    institution: Text = Field(
        "", description="Institution named at the top of the checklist report (e.g. the agency)"
    )
    unit: Text = Field("", description="Unit of the institution that runs the room, named under it")
    location: Text = Field("", description="Building and floor")
    operator: Text = Field("", description="Who runs this room (name or team)")
    timezone: Annotated[str, AfterValidator(known_zone)] = Field(
        "Asia/Jakarta",
        description="IANA time zone of the room: Asia/Jakarta (WIB), Asia/Makassar (WITA), "
        "Asia/Jayapura (WIT)",
    )


class Camera(Section):
    source: int | Text = Field(
        0, description="Device index, device name, video file path or stream URL"
    )
    min_width: int = Field(1280, ge=1, le=16384)
    min_height: int = Field(720, ge=1, le=16384)
    min_fps: float = Field(25.0, gt=0, le=240)
    open_timeout_s: float = Field(8.0, gt=0, le=60, description="Give up opening after this")
    sample_seconds: float = Field(2.0, gt=0, le=30, description="How long to measure fps for")
    optional: bool = Field(False, description="A missing camera skips instead of failing")


class Microphone(Section):
    device: int | Text | None = Field(
        None, description="Device index or part of its name; empty for the system default"
    )
    samplerate: int = Field(48000, ge=8000, le=384000)
    record_seconds: float = Field(1.5, ge=0.2, le=10)
    min_level_dbfs: float = Field(-50.0, ge=-120, le=0, description="Quieter than this is silence")
    max_clipping_pct: float = Field(1.0, ge=0, le=100, description="Share of clipped samples")
    optional: bool = False


class Cpu(Section):
    max_percent: float = Field(80.0, gt=0, le=100)
    sample_seconds: float = Field(1.0, gt=0, le=30)


class Memory(Section):
    min_free_mb: int = Field(1024, ge=0, le=10_000_000)


class Disk(Section):
    recordings_dir: PathText = Field(
        "~", description="Folder the meeting recordings are written to"
    )
    min_free_gb: float = Field(20.0, ge=0, le=1_000_000)
    recording_bitrate_mbps: float = Field(
        4.0, gt=0, le=1000, description="Used to tell how many hours of recording fit"
    )


class Nut(Section):
    host: Text = "127.0.0.1"
    port: int = Field(3493, ge=1, le=65535)
    ups: Text = Field("ups", min_length=1)
    username: Text | None = None
    password: SecretStr | None = Field(None, description="Never written to logs")
    timeout_s: float = Field(3.0, gt=0, le=60)

    @field_validator("password", mode="before")
    @classmethod
    def _password_from_text(cls, value: object) -> object:
        # SecretStr is strict about its input type; YAML gives a plain str.
        return SecretStr(value) if isinstance(value, str) else value


class Power(Section):
    source: Literal["battery", "nut", "none"] = "none"
    nut: Nut = Field(default_factory=Nut)
    min_charge_pct: float = Field(50.0, ge=0, le=100)
    min_runtime_min: float = Field(10.0, ge=0, le=100_000)
    optional: bool = False


class Network(Section):
    speedtest_url: Text | None = Field(
        None, description="Base URL of a LibreSpeed-compatible server (http or https)"
    )
    min_download_mbps: float = Field(10.0, ge=0, le=100_000)
    min_upload_mbps: float = Field(5.0, ge=0, le=100_000)
    max_latency_ms: float = Field(150.0, gt=0, le=60_000)
    max_jitter_ms: float = Field(30.0, gt=0, le=60_000)
    hosts: tuple[HostPort, ...] = Field((), description="host:port that must be reachable")
    test_seconds: float = Field(5.0, ge=1, le=60)
    streams: int = Field(3, ge=1, le=16, description="Parallel transfer streams")
    optional: bool = False

    @field_validator("speedtest_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s/]+(/\S*)?$", value):
            raise PydanticCustomError("bad_url", "not an http(s) URL: {value}", {"value": value})
        return value


class Conversion(Section):
    output_dir: PathText = Field("~/vcdesk-archive", description="Where converted files go")
    preset: Literal[PRESETS] = "remux"  # type: ignore[valid-type]  # the catalogue's names
    max_parallel: int = Field(1, ge=1, le=8)
    low_priority: bool = True
    hardware: Literal["auto", "off"] = Field(
        "auto",
        description="H.264 presets use this PC's hardware encoder (Quick Sync, NVENC, AMF, "
        "VAAPI, Media Foundation) when one works; otherwise the software encoder",
    )
    watch_dirs: tuple[PathText, ...] = ()
    builtin_meeting_clients: bool = Field(
        True,
        description="A running Zoom, Microsoft Teams, Webex, GoTo Meeting, Jitsi Meet or Skype "
        "means a meeting is on",
    )
    meeting_processes: tuple[Text, ...] = Field(
        (), description="More process names that mean a meeting is on (e.g. obs64.exe)"
    )


class Schedule(Section):
    ics: Text | None = Field(None, description="iCalendar file path or http(s) URL")
    pause_before_min: int = Field(15, ge=0, le=24 * 60)

    @field_validator("ics")
    @classmethod
    def _ics_path(cls, value: str | None) -> str | None:
        # A URL is checked when it is fetched; a file is checked as every other path.
        if value is None or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", value):
            return value
        return checked_path(value)

    precheck_min: int = Field(30, ge=0, le=24 * 60)


# --- meetings, licences and savings (issue 15) ---------------------------------------------

KINDS = ("webmeeting", "webinar", "layanan")  # layanan: a virtual service booth's session
LICENCE_KINDS = ("webinar", "webmeeting")
MAX_RUPIAH = 10**12  # far above any room's costs; a typo of many zeros is caught
_KIND = re.compile(r"[a-z][a-z0-9_-]{0,31}")
# "Rp 15.000.000,-", "15,000,000", "65.000": an amount written as people write rupiah
_RUPIAH_TEXT = re.compile(
    r"(?:rp\.?|idr)?\s*(?P<amount>\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:,-|,00|\.00|,--)?",
    re.IGNORECASE,
)


def _kind(value: str) -> str:
    # A kind is a key in files, URLs and reports: one spelling, no surprises.
    if not _KIND.fullmatch(value):
        raise PydanticCustomError("bad_kind", "not a kind name: {value}", {"value": _shown(value)})
    return value


def _known_kind(value: str, info: ValidationInfo) -> str:
    """An SOP key names one of the kinds above it (when those are valid: a broken kinds list
    is its own problem)."""
    kinds = info.data.get("kinds")
    if kinds is not None and value not in kinds:
        raise PydanticCustomError(
            "sop_unknown_kind",
            "SOP items for {value}, not one of the kinds",
            {"value": _shown(value), "options": list(kinds)},
        )
    return value


def _unique(code: str, key: str | None) -> Any:
    """A wrap validator refusing a list in which two items share a name (the item itself, or
    its `key` field); each repeat is a problem at its own line."""

    def check(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        items = handler(value)
        seen: set[str] = set()
        errors: list[InitErrorDetails] = []
        for index, item in enumerate(items):
            name = item if key is None else getattr(item, key)
            if name in seen:
                loc: tuple[int | str, ...] = (index,) if key is None else (index, key)
                error = PydanticCustomError(code, "listed twice: {value}", {"value": _shown(name)})
                errors.append(InitErrorDetails(type=error, loc=loc, input=name))
            seen.add(name)
        if errors:
            raise ValidationError.from_exception_data("unique", errors)
        return items

    return WrapValidator(check)


def _whole_rupiah(value: Any) -> Any:
    """Amounts are whole rupiah as a plain number. `65.000` is the float 65.0 to YAML and
    "15.000.000" is text: both are how people write rupiah, so both get words that say how
    to write them here, not a bare type error."""
    if isinstance(value, float):
        raise PydanticCustomError(
            "rupiah_not_whole", "not whole rupiah: {value}", {"found": "number", "value": value}
        )
    if isinstance(value, str):
        match = _RUPIAH_TEXT.fullmatch(value.strip())
        if match:
            hint = int(re.sub(r"\D", "", match["amount"]))
            raise PydanticCustomError(
                "rupiah_text",
                "rupiah as text: {value}; write {hint}",
                {"value": _shown(value), "hint": str(hint)},  # as written, not grouped
            )
    return value


MeetingKind = Annotated[str, AfterValidator(_kind)]
SopItem = Annotated[str, Field(min_length=1, max_length=500)]
Rupiah = Annotated[int, BeforeValidator(_whole_rupiah), Field(ge=0, le=MAX_RUPIAH)]


class Meetings(Section):
    kinds: Annotated[tuple[MeetingKind, ...], _unique("duplicate_kind", None)] = Field(
        KINDS, max_length=100, description="Kinds of meeting held in the room (lowercase names)"
    )
    attach_after_min: int = Field(
        30,
        ge=0,
        le=24 * 60,
        description="A recording appearing this long after a meeting ends still belongs to it",
    )
    sop: dict[
        Annotated[str, AfterValidator(_kind), AfterValidator(_known_kind)], tuple[SopItem, ...]
    ] = Field(
        default_factory=dict,
        description="SOP items per meeting kind, shown after the room-wide checklist items",
    )

    def __hash__(self) -> int:
        # Frozen models hash their fields; a dict does not hash, a profile still must.
        return hash((self.kinds, self.attach_after_min, tuple(self.sop.items())))


HostAccount = Annotated[str, Field(min_length=1, max_length=320)]  # an e-mail address, often


class Licence(Section):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    kind: Literal["webinar", "webmeeting"] = Field(
        description="webinar: many attendees, few speak; webmeeting: everyone takes part"
    )
    capacity: int = Field(ge=1, le=100_000, description="Most participants the licence admits")
    hosts: tuple[HostAccount, ...] = Field(
        (), description="Host accounts the licence is used through (one meeting at a time each)"
    )


Licences = Annotated[tuple[Licence, ...], _unique("duplicate_licence", "name")]


class Savings(Section):
    travel_cost_per_meeting: Rupiah = Field(
        0, description="Travel a meeting held here saves, in whole rupiah (e.g. 15000000)"
    )
    meal_cost_per_participant: Rupiah = Field(
        0, description="Meals saved per participant, in whole rupiah (e.g. 65000)"
    )


class Profile(Section):
    schema_version: Literal[1]
    room: Room
    camera: Camera = Field(default_factory=Camera)
    microphone: Microphone = Field(default_factory=Microphone)
    cpu: Cpu = Field(default_factory=Cpu)
    memory: Memory = Field(default_factory=Memory)
    disk: Disk = Field(default_factory=Disk)
    power: Power = Field(default_factory=Power)
    network: Network = Field(default_factory=Network)
    conversion: Conversion = Field(default_factory=Conversion)
    schedule: Schedule = Field(default_factory=Schedule)
    checklist: tuple[Annotated[str, Field(min_length=1, max_length=500)], ...] = Field(
        (), description="Manual SOP items the operator ticks before a meeting"
    )
    meetings: Meetings = Field(default_factory=Meetings)
    licences: Licences = Field((), description="Meeting platform licences this room uses")
    licences_file: PathText | None = Field(
        None,
        description="A licences file several rooms share (licences: and savings:), relative "
        "to this profile's folder",
    )
    savings: Savings = Field(default_factory=Savings)
