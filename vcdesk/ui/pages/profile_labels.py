"""The words people see for the profile schema, in their language.

The schema in core is data (names, ranges, English descriptions); these tables give each
section, option, unit and choice its translatable words. They are marked with
QT_TRANSLATE_NOOP so `lupdate` finds them, and translated when shown. A test checks that
every option and description in the schema has its entry here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vcdesk.core.convert.presets import preset_label

CONTEXT = "ProfileFields"

SECTIONS = {
    "room": QT_TRANSLATE_NOOP("ProfileFields", "Room"),
    "camera": QT_TRANSLATE_NOOP("ProfileFields", "Camera"),
    "microphone": QT_TRANSLATE_NOOP("ProfileFields", "Microphone"),
    "cpu": QT_TRANSLATE_NOOP("ProfileFields", "Processor"),
    "memory": QT_TRANSLATE_NOOP("ProfileFields", "Memory"),
    "disk": QT_TRANSLATE_NOOP("ProfileFields", "Disk"),
    "power": QT_TRANSLATE_NOOP("ProfileFields", "Power"),
    "power.nut": QT_TRANSLATE_NOOP("ProfileFields", "UPS server (NUT)"),
    "network": QT_TRANSLATE_NOOP("ProfileFields", "Network"),
    "conversion": QT_TRANSLATE_NOOP("ProfileFields", "Conversion"),
    "schedule": QT_TRANSLATE_NOOP("ProfileFields", "Schedule"),
    "checklist": QT_TRANSLATE_NOOP("ProfileFields", "SOP checklist"),
    "meetings": QT_TRANSLATE_NOOP("ProfileFields", "Meetings"),
    "licences": QT_TRANSLATE_NOOP("ProfileFields", "Licences"),
    "licences_file": QT_TRANSLATE_NOOP("ProfileFields", "Shared licences"),
    "savings": QT_TRANSLATE_NOOP("ProfileFields", "Savings"),
}

FIELDS = {
    "room.name": QT_TRANSLATE_NOOP("ProfileFields", "Room name"),
    "room.institution": QT_TRANSLATE_NOOP("ProfileFields", "Institution"),
    "room.unit": QT_TRANSLATE_NOOP("ProfileFields", "Unit"),
    "room.location": QT_TRANSLATE_NOOP("ProfileFields", "Location"),
    "room.operator": QT_TRANSLATE_NOOP("ProfileFields", "Operator"),
    "room.timezone": QT_TRANSLATE_NOOP("ProfileFields", "Time zone"),
    "camera.source": QT_TRANSLATE_NOOP("ProfileFields", "Camera source"),
    "camera.min_width": QT_TRANSLATE_NOOP("ProfileFields", "Minimum width"),
    "camera.min_height": QT_TRANSLATE_NOOP("ProfileFields", "Minimum height"),
    "camera.min_fps": QT_TRANSLATE_NOOP("ProfileFields", "Minimum frame rate"),
    "camera.open_timeout_s": QT_TRANSLATE_NOOP("ProfileFields", "Opening timeout"),
    "camera.sample_seconds": QT_TRANSLATE_NOOP("ProfileFields", "Measuring time"),
    "camera.optional": QT_TRANSLATE_NOOP("ProfileFields", "Camera is optional"),
    "microphone.device": QT_TRANSLATE_NOOP("ProfileFields", "Microphone device"),
    "microphone.samplerate": QT_TRANSLATE_NOOP("ProfileFields", "Sample rate"),
    "microphone.record_seconds": QT_TRANSLATE_NOOP("ProfileFields", "Recording time"),
    "microphone.min_level_dbfs": QT_TRANSLATE_NOOP("ProfileFields", "Minimum level"),
    "microphone.max_clipping_pct": QT_TRANSLATE_NOOP("ProfileFields", "Maximum clipping"),
    "microphone.optional": QT_TRANSLATE_NOOP("ProfileFields", "Microphone is optional"),
    "cpu.max_percent": QT_TRANSLATE_NOOP("ProfileFields", "Maximum CPU use"),
    "cpu.sample_seconds": QT_TRANSLATE_NOOP("ProfileFields", "Measuring time"),
    "memory.min_free_mb": QT_TRANSLATE_NOOP("ProfileFields", "Minimum free memory"),
    "disk.recordings_dir": QT_TRANSLATE_NOOP("ProfileFields", "Recordings folder"),
    "disk.min_free_gb": QT_TRANSLATE_NOOP("ProfileFields", "Minimum free space"),
    "disk.recording_bitrate_mbps": QT_TRANSLATE_NOOP("ProfileFields", "Recording bit rate"),
    "power.source": QT_TRANSLATE_NOOP("ProfileFields", "Power source"),
    "power.min_charge_pct": QT_TRANSLATE_NOOP("ProfileFields", "Minimum charge"),
    "power.min_runtime_min": QT_TRANSLATE_NOOP("ProfileFields", "Minimum runtime"),
    "power.optional": QT_TRANSLATE_NOOP("ProfileFields", "Power check is optional"),
    "power.nut.host": QT_TRANSLATE_NOOP("ProfileFields", "Server"),
    "power.nut.port": QT_TRANSLATE_NOOP("ProfileFields", "Port"),
    "power.nut.ups": QT_TRANSLATE_NOOP("ProfileFields", "UPS name"),
    "power.nut.username": QT_TRANSLATE_NOOP("ProfileFields", "User name"),
    "power.nut.password": QT_TRANSLATE_NOOP("ProfileFields", "Password"),
    "power.nut.timeout_s": QT_TRANSLATE_NOOP("ProfileFields", "Timeout"),
    "network.speedtest_url": QT_TRANSLATE_NOOP("ProfileFields", "Speed test server"),
    "network.min_download_mbps": QT_TRANSLATE_NOOP("ProfileFields", "Minimum download"),
    "network.min_upload_mbps": QT_TRANSLATE_NOOP("ProfileFields", "Minimum upload"),
    "network.max_latency_ms": QT_TRANSLATE_NOOP("ProfileFields", "Maximum latency"),
    "network.max_jitter_ms": QT_TRANSLATE_NOOP("ProfileFields", "Maximum jitter"),
    "network.hosts": QT_TRANSLATE_NOOP("ProfileFields", "Hosts that must be reachable"),
    "network.test_seconds": QT_TRANSLATE_NOOP("ProfileFields", "Test duration"),
    "network.streams": QT_TRANSLATE_NOOP("ProfileFields", "Parallel streams"),
    "network.optional": QT_TRANSLATE_NOOP("ProfileFields", "Network check is optional"),
    "conversion.output_dir": QT_TRANSLATE_NOOP("ProfileFields", "Archive folder"),
    "conversion.preset": QT_TRANSLATE_NOOP("ProfileFields", "Conversion preset"),
    "conversion.max_parallel": QT_TRANSLATE_NOOP("ProfileFields", "Conversions at once"),
    "conversion.low_priority": QT_TRANSLATE_NOOP("ProfileFields", "Run at low priority"),
    "conversion.hardware": QT_TRANSLATE_NOOP("ProfileFields", "Hardware encoder"),
    "conversion.watch_dirs": QT_TRANSLATE_NOOP("ProfileFields", "Watched folders"),
    "conversion.builtin_meeting_clients": QT_TRANSLATE_NOOP(
        "ProfileFields", "Detect common meeting programs"
    ),
    "conversion.meeting_processes": QT_TRANSLATE_NOOP("ProfileFields", "More meeting programs"),
    "schedule.ics": QT_TRANSLATE_NOOP("ProfileFields", "Meeting calendar"),
    "schedule.pause_before_min": QT_TRANSLATE_NOOP("ProfileFields", "Pause conversions before"),
    "schedule.precheck_min": QT_TRANSLATE_NOOP("ProfileFields", "Run checklist before"),
    "checklist": QT_TRANSLATE_NOOP("ProfileFields", "SOP items"),
    "meetings.kinds": QT_TRANSLATE_NOOP("ProfileFields", "Meeting kinds"),
    "meetings.attach_after_min": QT_TRANSLATE_NOOP("ProfileFields", "Recordings still belong for"),
    "meetings.sop": QT_TRANSLATE_NOOP("ProfileFields", "SOP items per meeting kind"),
    "licences": QT_TRANSLATE_NOOP("ProfileFields", "Licences"),
    # The columns of the licences table (each licence's options).
    "licences.name": QT_TRANSLATE_NOOP("ProfileFields", "Name"),
    "licences.kind": QT_TRANSLATE_NOOP("ProfileFields", "Kind"),
    "licences.capacity": QT_TRANSLATE_NOOP("ProfileFields", "Capacity"),
    "licences.hosts": QT_TRANSLATE_NOOP("ProfileFields", "Host accounts"),
    "licences_file": QT_TRANSLATE_NOOP("ProfileFields", "Shared licences file"),
    "savings.travel_cost_per_meeting": QT_TRANSLATE_NOOP(
        "ProfileFields", "Travel cost per meeting (Rp)"
    ),
    "savings.meal_cost_per_participant": QT_TRANSLATE_NOOP(
        "ProfileFields", "Meal cost per participant (Rp)"
    ),
}

# The schema's descriptions, word for word, so they can be translated for tooltips.
DESCRIPTIONS = (
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "H.264 presets use this PC's hardware encoder (Quick Sync, NVENC, AMF, VAAPI, Media "
        "Foundation) when one works; otherwise the software encoder",
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Room name shown to operators"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "Institution named at the top of the checklist report (e.g. the agency)",
    ),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "Unit of the institution that runs the room, named under it"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Building and floor"),
    QT_TRANSLATE_NOOP("ProfileFields", "Who runs this room (name or team)"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "IANA time zone of the room: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)",
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Device index, device name, video file path or stream URL"),
    QT_TRANSLATE_NOOP("ProfileFields", "Give up opening after this"),
    QT_TRANSLATE_NOOP("ProfileFields", "How long to measure fps for"),
    QT_TRANSLATE_NOOP("ProfileFields", "A missing camera skips instead of failing"),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "Device index or part of its name; empty for the system default"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Quieter than this is silence"),
    QT_TRANSLATE_NOOP("ProfileFields", "Share of clipped samples"),
    QT_TRANSLATE_NOOP("ProfileFields", "Folder the meeting recordings are written to"),
    QT_TRANSLATE_NOOP("ProfileFields", "Used to tell how many hours of recording fit"),
    QT_TRANSLATE_NOOP("ProfileFields", "Never written to logs"),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "Base URL of a LibreSpeed-compatible server (http or https)"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "host:port that must be reachable"),
    QT_TRANSLATE_NOOP("ProfileFields", "Parallel transfer streams"),
    QT_TRANSLATE_NOOP("ProfileFields", "Where converted files go"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "A running Zoom, Microsoft Teams, Webex, GoTo Meeting, Jitsi Meet or Skype means a "
        "meeting is on",
    ),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "More process names that mean a meeting is on (e.g. obs64.exe)"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "iCalendar file path or http(s) URL"),
    QT_TRANSLATE_NOOP("ProfileFields", "Manual SOP items the operator ticks before a meeting"),
    QT_TRANSLATE_NOOP("ProfileFields", "Kinds of meeting held in the room (lowercase names)"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "A recording appearing this long after a meeting ends still belongs to it",
    ),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "SOP items per meeting kind, shown after the room-wide checklist items"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Meeting platform licences this room uses"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "A licences file several rooms share (licences: and savings:), relative to this "
        "profile's folder",
    ),
    QT_TRANSLATE_NOOP(
        "ProfileFields", "Travel a meeting held here saves, in whole rupiah (e.g. 15000000)"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Meals saved per participant, in whole rupiah (e.g. 65000)"),
    # A licence's options (the licences table's column tooltips).
    QT_TRANSLATE_NOOP(
        "ProfileFields", "webinar: many attendees, few speak; webmeeting: everyone takes part"
    ),
    QT_TRANSLATE_NOOP("ProfileFields", "Most participants the licence admits"),
    QT_TRANSLATE_NOOP(
        "ProfileFields",
        "Host accounts the licence is used through (one meeting at a time each)",
    ),
)

CHOICES = {
    ("conversion.hardware", "auto"): QT_TRANSLATE_NOOP(
        "ProfileFields", "Automatic (when this PC has one that works)"
    ),
    ("conversion.hardware", "off"): QT_TRANSLATE_NOOP(
        "ProfileFields", "Off (software encoder only)"
    ),
    ("power.source", "battery"): QT_TRANSLATE_NOOP("ProfileFields", "Laptop battery"),
    ("power.source", "nut"): QT_TRANSLATE_NOOP("ProfileFields", "UPS server (NUT)"),
    ("power.source", "none"): QT_TRANSLATE_NOOP("ProfileFields", "None (mains only)"),
    # Platform words, as the operators say them; the file keeps the lowercase names.
    ("licences.kind", "webinar"): QT_TRANSLATE_NOOP("ProfileFields", "Webinar"),
    ("licences.kind", "webmeeting"): QT_TRANSLATE_NOOP("ProfileFields", "Web meeting"),
}

# Units by the ending of an option's name: the schema's naming convention carries them.
UNITS = (
    ("_seconds", QT_TRANSLATE_NOOP("ProfileFields", "s")),
    ("_s", QT_TRANSLATE_NOOP("ProfileFields", "s")),
    ("_pct", "%"),
    ("_percent", "%"),
    ("_mb", QT_TRANSLATE_NOOP("ProfileFields", "MB")),
    ("_gb", QT_TRANSLATE_NOOP("ProfileFields", "GB")),
    ("_mbps", QT_TRANSLATE_NOOP("ProfileFields", "Mbit/s")),
    ("_ms", QT_TRANSLATE_NOOP("ProfileFields", "ms")),
    ("_min", QT_TRANSLATE_NOOP("ProfileFields", "min")),
    ("_dbfs", "dBFS"),
    ("_fps", QT_TRANSLATE_NOOP("ProfileFields", "fps")),
    ("_width", QT_TRANSLATE_NOOP("ProfileFields", "px")),
    ("_height", QT_TRANSLATE_NOOP("ProfileFields", "px")),
    ("samplerate", QT_TRANSLATE_NOOP("ProfileFields", "Hz")),
)


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the text it was given.
    return QCoreApplication.translate(CONTEXT, str(text))


def section(dotted: str) -> str:
    return _tr(SECTIONS[dotted]) if dotted in SECTIONS else dotted


def field(dotted: str) -> str:
    return _tr(FIELDS[dotted]) if dotted in FIELDS else dotted.rsplit(".", 1)[-1]


def description(text: str) -> str:
    return _tr(text) if text else ""


def choice(dotted: str, value: str) -> str:
    if dotted == "conversion.preset":
        return preset_label(value)  # the presets' words live with the presets
    words = CHOICES.get((dotted, value))
    return _tr(words) if words else value


def unit(name: str) -> str:
    for ending, words in UNITS:
        if name.endswith(ending):
            return _tr(words)
    return ""


def default_text(value: object) -> str:
    return _tr(QT_TRANSLATE_NOOP("ProfileFields", "Default: %1")).replace("%1", str(value))


def range_text(low: str, high: str) -> str:
    return (
        _tr(QT_TRANSLATE_NOOP("ProfileFields", "Allowed: %1 to %2"))
        .replace("%1", low)
        .replace("%2", high)
    )
