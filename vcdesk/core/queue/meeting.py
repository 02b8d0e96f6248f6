"""Meeting mode, decided: the operator's switch, or a meeting client running.

The clients watched for are the common ones built in here (BUILTIN_CLIENTS, for this PC's
system), unless the room profile switches them off (`builtin_meeting_clients: false`), plus
the profile's own `meeting_processes`: `watched_names(section)` is the whole list. A name
matches a process's name or its executable's stem, ignoring case and `.exe`, so "Zoom"
matches zoom on Linux and Zoom.exe on Windows. What runs is reported by the client's name
("Zoom", "Microsoft Teams"; a profile's own name as it is written there), so the console
can say why meeting mode is on. Detection switches off only after the clients have all been
gone for `off_delay_s`: a client restarting between two calls does not let a conversion
start and be suspended again a minute later.

Only a client's own program can be seen this way: a meeting in a browser tab (Google Meet,
Zoom or Teams on the web) looks like any other browser, and the operator's switch (meeting
mode, Ctrl+M) covers it. And a client that stays in the background all day (the new Teams
starts with Windows and keeps running when its window is closed) holds the queue all day:
such a room switches the built-in list off and names its own clients.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import PurePath
from types import MappingProxyType
from typing import TYPE_CHECKING

import psutil

if TYPE_CHECKING:
    from vcdesk.core.profile.model import Conversion

DEFAULT_OFF_DELAY_S = 60.0

# The process names of the common meeting clients, per system (what psutil's name() gives;
# the match ignores case and ".exe"). Sources, as of 2025, and how sure each is:
# - Zoom: Zoom.exe (Windows, %APPDATA%\Zoom\bin), zoom (Linux, /opt/zoom/zoom), zoom.us
#   (macOS, zoom.us.app): Zoom's install layout; sure. (Zoom's CptHost runs only during a
#   meeting, but not on every system and version: left out.)
# - Microsoft Teams: ms-teams.exe is the new Teams (Microsoft's docs for new Teams),
#   Teams.exe the classic one (retired 2024, still installed in places). On macOS the new
#   Teams' executable is MSTeams and the classic one's Teams ("Microsoft Teams" is the app's
#   name some tools show). Microsoft has no Linux client since 2022: teams-for-linux is the
#   community one (its package and executable name), teams the old Microsoft package.
# - Webex: the Webex app's main process is CiscoCollabHost(.exe) on Windows and Linux
#   (/opt/Webex/bin); atmgr.exe is the classic Webex Meetings meeting window; webex.exe and
#   the macOS names (Webex, Cisco Webex Meetings) are from admin scripts: less sure.
# - GoTo Meeting: g2mcomm.exe / g2mui.exe (the classic client's session and window),
#   GoTo.exe and "GoTo Meeting"/GoTo on macOS (the newer GoTo app): from admin scripts and
#   uninstall guides, less sure. GoTo has no Linux client.
# - Jitsi Meet desktop (Electron): "Jitsi Meet.exe", jitsi-meet (Linux), "Jitsi Meet"
#   (macOS): its electron-builder product and executable names; sure.
# - Skype: Skype.exe, skypeforlinux, Skype: sure (Skype itself closed in May 2025, but is
#   still installed on many PCs).
# Wrong or missing names here are not harmful: a name no process has is never seen, and a
# room adds what its PC really runs in `meeting_processes`.
BUILTIN_CLIENTS: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "Zoom": {"windows": ("Zoom.exe",), "linux": ("zoom",), "macos": ("zoom.us",)},
        "Microsoft Teams": {
            "windows": ("ms-teams.exe", "Teams.exe"),
            "linux": ("teams-for-linux", "teams"),
            "macos": ("MSTeams", "Teams", "Microsoft Teams"),
        },
        "Webex": {
            "windows": ("CiscoCollabHost.exe", "webex.exe", "atmgr.exe"),
            "linux": ("CiscoCollabHost", "webex"),
            "macos": ("Webex", "Cisco Webex Meetings"),
        },
        "GoTo Meeting": {
            "windows": ("g2mcomm.exe", "g2mui.exe", "GoTo.exe"),
            "linux": (),
            "macos": ("GoTo Meeting", "GoTo"),
        },
        "Jitsi Meet": {
            "windows": ("Jitsi Meet.exe",),
            "linux": ("jitsi-meet",),
            "macos": ("Jitsi Meet",),
        },
        "Skype": {"windows": ("Skype.exe",), "linux": ("skypeforlinux",), "macos": ("Skype",)},
    }
)


def _system(platform: str | None = None) -> str:
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "windows"
    return "macos" if platform == "darwin" else "linux"


def _normal(name: str) -> str:
    name = name.strip().lower()
    return name[:-4] if name.endswith(".exe") else name


# Any built-in name, whatever the system, is reported by its client's name.
_LABELS = {
    _normal(name): label
    for label, systems in BUILTIN_CLIENTS.items()
    for names in systems.values()
    for name in names
}


def builtin_names(platform: str | None = None) -> tuple[str, ...]:
    """The built-in clients' process names on this system (or on `platform`, a
    sys.platform value)."""
    system = _system(platform)
    return tuple(name for systems in BUILTIN_CLIENTS.values() for name in systems[system])


def watched_names(section: Conversion, platform: str | None = None) -> tuple[str, ...]:
    """The process names a room's profile says mean a meeting is on: the built-in clients'
    (unless `builtin_meeting_clients` is false) and the profile's `meeting_processes`."""
    extra = tuple(section.meeting_processes)
    return (*builtin_names(platform), *extra) if section.builtin_meeting_clients else extra


def client_name(name: str) -> str:
    """How a watched name is reported: the client's name for a built-in one, else the name
    as written (without ".exe")."""
    normal = _normal(name)
    if normal in _LABELS:
        return _LABELS[normal]
    name = name.strip()
    return name[:-4] if name.lower().endswith(".exe") else name


def running_clients(names: Iterable[str]) -> list[str]:
    """The clients among the wanted names that match a running process, by client_name,
    sorted, each once (Webex's three programs are one Webex)."""
    wanted: dict[str, str] = {}
    for name in names:
        if name.strip():
            wanted.setdefault(_normal(name), client_name(name))
    if not wanted:
        return []
    found: set[str] = set()
    for proc in psutil.process_iter(["name", "exe"]):
        candidates = {_normal(proc.info.get("name") or "")}
        exe = proc.info.get("exe")
        if exe:
            candidates.add(_normal(PurePath(exe).name))
            candidates.add(PurePath(exe).stem.lower())
        found |= candidates & wanted.keys()
        if len(found) == len(wanted):
            break
    return sorted({wanted[name] for name in found})


class MeetingDetector:
    """Call `poll()` every second or two; it answers whether a meeting client runs, with
    the off-delay applied. `clients`: what the last poll saw running (client names)."""

    def __init__(
        self,
        process_names: Iterable[str],
        off_delay_s: float = DEFAULT_OFF_DELAY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.process_names = tuple(process_names)
        self.off_delay_s = off_delay_s
        self._clock = clock
        self._last_seen: float | None = None
        self.clients: list[str] = []

    def poll(self) -> bool:
        if not self.process_names:
            return False
        self.clients = running_clients(self.process_names)
        now = self._clock()
        if self.clients:
            self._last_seen = now
            return True
        return self._last_seen is not None and now - self._last_seen < self.off_delay_s
