"""The room's time zone and the name operators know it by.

Indonesia has three zones, WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9). The tz database
spells them so today, but only since 2017 and not in every copy (Windows builds take
tzdata from PyPI, older Linux systems their own), so the names are fixed here for the zones
that Indonesian rooms use; any other zone shows the database's abbreviation.
"""

from __future__ import annotations

import zoneinfo
from datetime import datetime

INDONESIA = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",  # the old name of Asia/Makassar
    "Asia/Jayapura": "WIT",
}


def room_zone(name: str) -> zoneinfo.ZoneInfo:
    """The profile validated the name already; this only turns it into a zone."""
    return zoneinfo.ZoneInfo(name)


def zone_label(zone: zoneinfo.ZoneInfo, when: datetime | None = None) -> str:
    """WIB, WITA or WIT for Indonesian rooms; else the zone's abbreviation at `when`."""
    if zone.key in INDONESIA:
        return INDONESIA[zone.key]
    name = (when or datetime.now(zone)).astimezone(zone).tzname()
    return name or zone.key
