"""Power: the PC's own battery (psutil) or a UPS behind a NUT server (upsd).

value = battery charge in percent (None when the source reports none), unit "%".

Codes and their detail keys: a result carries no words; the one catalogue
(vcdesk.core.words.checks) words its message and the room's requirement from these.

    power.none                      (skip)  -
  battery source: every code below carries plugged, charge_pct, runtime_min,
  min_charge_pct, min_runtime_min
    power.battery_missing           (fail; skip when optional)  min_charge_pct, min_runtime_min
    power.battery_ok                (pass)  plugged in
    power.battery_charging_low      (warn)  plugged in, charge below min_charge_pct
    power.battery_on_battery        (warn)  unplugged, enough charge and runtime
    power.battery_plug_unknown      (warn)  the OS cannot tell whether the PC is plugged in
    power.battery_low               (fail)  unplugged, charge below min_charge_pct
    power.battery_runtime_low       (fail)  unplugged, runtime below min_runtime_min
  nut source: every code carries host, port, ups, target ("ups@host:port"), timeout_s,
  min_charge_pct, min_runtime_min, and username when one is configured (never the password)
    power.nut_refused               (fail)  -
    power.nut_dns                   (fail)  error
    power.nut_unreachable           (fail)  error
    power.nut_timeout               (fail)  stage ("lookup" | "connect" | "read")
    power.nut_closed                (fail)  -
    power.nut_protocol              (fail)  line (what the server sent)
    power.nut_unknown_ups           (fail)  nut_error, line, known_ups (list; may be empty)
    power.nut_access_denied         (fail)  nut_error, line
    power.nut_login_incomplete      (fail)  nut_error, line (USERNAME- / PASSWORD-REQUIRED)
    power.nut_bad_credentials       (fail)  nut_error, line (INVALID-USERNAME / -PASSWORD)
    power.nut_driver_not_connected  (fail)  nut_error, line
    power.nut_data_stale            (fail)  nut_error, line
    power.nut_error                 (fail)  nut_error, line (any other ERR code)
  a UPS reading: every code below carries status, flags, charge_pct, runtime_min,
  min_charge_pct, min_runtime_min, model, ups_mfr, ups_model, device_model, problems
  (all codes that applied, worst first)
    power.ups_ok                    (pass)  on mains power (OL)
    power.ups_attention             (warn)  on mains but flagged: attention (list of flags)
    power.ups_status_unknown        (warn)  neither OL nor OB (e.g. WAIT while the driver starts)
    power.ups_charging_low          (warn)  OL + CHRG with charge below min_charge_pct
    power.ups_on_battery            (warn)  OB
    power.ups_charge_low            (fail)  charge below min_charge_pct (on battery, or on mains
                                            and not charging)
    power.ups_runtime_low           (fail)  battery.runtime below min_runtime_min
    power.ups_short_for_meeting     (warn)  on mains, min_runtime_min met, short of the meeting
    power.ups_off                   (fail)  OFF: the UPS output is switched off
    power.ups_low_battery           (fail)  LB
    power.ups_shutdown              (fail)  FSD

  judged against a meeting: when the run knows the meeting the room must last through (the
  one on now, or the next within the hour: see runner.meeting_to_last_through), a battery
  or UPS reading needs runtime for what is left of it plus min_runtime_min, not
  min_runtime_min alone. Every battery and UPS reading code then also carries
    meeting_title, meeting_start and meeting_end (ISO, the room's zone), meeting_zone (WITA),
    meeting_left_min (minutes from the run to its end), needed_min (meeting_left_min +
    min_runtime_min; what runtime is judged against)
  and power.battery_runtime_low / power.ups_runtime_low name the meeting, power.ups_ok and
  power.ups_on_battery say the runtime covers it. A run whose schedule could not be read
  carries schedule_problem (why); without a meeting found elsewhere (the console's entries)
  it is judged as before, and the words say so.

Low charge while the UPS is on mains power and charging only warns: it is recovering from
an outage and the room has power now, so the meeting can start if the technician accepts a
shorter cover for a while. Runtime below the minimum fails even then, because runtime is
the direct measure of how long a power cut would be survived; charge is only a proxy, and
many UPSes report it without runtime. The same reasoning applies to a plugged-in laptop.
Against a meeting, on battery, runtime short of the meeting's end fails: the meeting will
stop. On mains with the room's own min_runtime_min met, it warns
(power.ups_short_for_meeting): a cut would end the meeting early, but the room has power
and many rooms have a generator that takes over; a NO-GO there would be false.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import psutil

from vcdesk.core.checks import nut_client as nut
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import RunContext
from vcdesk.core.profile.model import Nut, Power

CODES = (
    "power.none",
    "power.battery_missing",
    "power.battery_ok",
    "power.battery_charging_low",
    "power.battery_on_battery",
    "power.battery_plug_unknown",
    "power.battery_low",
    "power.battery_runtime_low",
    "power.nut_refused",
    "power.nut_dns",
    "power.nut_unreachable",
    "power.nut_timeout",
    "power.nut_closed",
    "power.nut_protocol",
    "power.nut_unknown_ups",
    "power.nut_access_denied",
    "power.nut_login_incomplete",
    "power.nut_bad_credentials",
    "power.nut_driver_not_connected",
    "power.nut_data_stale",
    "power.nut_error",
    "power.ups_ok",
    "power.ups_attention",
    "power.ups_status_unknown",
    "power.ups_charging_low",
    "power.ups_on_battery",
    "power.ups_charge_low",
    "power.ups_runtime_low",
    "power.ups_short_for_meeting",
    "power.ups_off",
    "power.ups_low_battery",
    "power.ups_shutdown",
)

UNIT = "%"

# Flags that deserve a word on mains power (worded by vcdesk.core.words.checks); the others
# (TRIM, BOOST, CHRG, HB...) are routine.
ATTENTION_FLAGS = frozenset({"RB", "BYPASS", "OVER", "CAL", "ALARM", "NOCOMM"})


def run(section: Power, cancel: CancelToken, context: RunContext | None = None) -> CheckResult:
    """`context`: the meeting the room must last through, if the run knows one."""
    cover = _Cover.of(section, context)
    if section.source == "battery":
        return _run_battery(section, cover)
    if section.source == "nut":
        return _run_nut(section, cancel, cover)
    return CheckResult("power", Status.SKIP, "power.none", unit=UNIT)


def _limits(section: Power) -> dict[str, Any]:
    """What the room requires, for the requirement's words (and every message naming it)."""
    return {"min_charge_pct": section.min_charge_pct, "min_runtime_min": section.min_runtime_min}


# -- the meeting it must last through ------------------------------------------------------


@dataclass(frozen=True)
class _Cover:
    """The runtime the room needs: min_runtime_min, plus what is left of the meeting."""

    needed_min: float
    # the meeting_* keys and needed_min, or none; schedule_problem when the calendar
    # could not be read (the words say so when no meeting was found elsewhere)
    details: dict[str, Any] = field(default_factory=dict)
    meeting: bool = False

    @classmethod
    def of(cls, section: Power, context: RunContext | None) -> _Cover:
        least = section.min_runtime_min
        if context is None:
            return cls(least)
        problem = context.schedule_problem
        # Kept even when a meeting was found: the console's entries still count without the
        # calendar, but a longer meeting in the calendar may be missed.
        details: dict[str, Any] = {"schedule_problem": problem} if problem else {}
        if context.meeting is None or context.now is None:
            return cls(least, details)
        meeting, now = context.meeting, context.now
        left = max(0.0, (meeting.end - now).total_seconds() / 60)
        needed = round(left + least, 1)
        details |= {
            "meeting_title": meeting.title,
            "meeting_start": meeting.start.isoformat(timespec="seconds"),
            "meeting_end": meeting.end.isoformat(timespec="seconds"),
            "meeting_zone": context.zone,
            "meeting_left_min": round(left, 1),
            "needed_min": needed,
        }
        return cls(needed, details, True)


# -- the PC's own battery --------------------------------------------------------------


def _run_battery(section: Power, cover: _Cover) -> CheckResult:
    limits = _limits(section)
    battery = psutil.sensors_battery()
    if battery is None:
        return CheckResult(
            "power",
            Status.SKIP if section.optional else Status.FAIL,
            "power.battery_missing",
            None,
            UNIT,
            limits,
        )
    charge = round(float(battery.percent), 1)
    secs = battery.secsleft
    runtime_min = round(secs / 60, 1) if isinstance(secs, int) and secs >= 0 else None
    details: dict[str, Any] = {
        "plugged": battery.power_plugged,
        "charge_pct": charge,
        "runtime_min": runtime_min,
        **limits,
        **cover.details,
    }

    def result(status: Status, code: str) -> CheckResult:
        return CheckResult("power", status, code, charge, UNIT, details)

    if battery.power_plugged:
        if charge < section.min_charge_pct:
            return result(Status.WARN, "power.battery_charging_low")
        return result(Status.PASS, "power.battery_ok")
    if runtime_min is not None and runtime_min < cover.needed_min:
        # against a meeting, the words name it (from the meeting_* details)
        return result(Status.FAIL, "power.battery_runtime_low")
    if charge < section.min_charge_pct:
        return result(Status.FAIL, "power.battery_low")
    if battery.power_plugged is None:
        return result(Status.WARN, "power.battery_plug_unknown")
    return result(Status.WARN, "power.battery_on_battery")


# -- a UPS behind upsd ---------------------------------------------------------------------


def _run_nut(section: Power, cancel: CancelToken, cover: _Cover) -> CheckResult:
    cfg = section.nut
    client = nut.NutClient(cfg.host, cfg.port, lambda: cancel.remaining(cfg.timeout_s))
    # Never the password: details go to the history, the JSON report and the log.
    base: dict[str, Any] = {
        "host": cfg.host,
        "port": cfg.port,
        "ups": cfg.ups,
        "target": f"{cfg.ups}@{client.address}",
        "timeout_s": cfg.timeout_s,
        **_limits(section),
    }
    if cfg.username is not None:
        base["username"] = cfg.username
    try:
        cancel.raise_if_cancelled()
        with client.connect():
            try:
                if cfg.username is not None or cfg.password is not None:
                    client.login(cfg.username, cfg.password)
                    cancel.raise_if_cancelled()
                    client.attach(cfg.ups)
                cancel.raise_if_cancelled()
                values = client.list_vars(cfg.ups)
            except nut.NutServerError as exc:
                if exc.code == "UNKNOWN-UPS":
                    base["known_ups"] = _known_ups(client)
                raise
    except nut.NutError as exc:
        return _connection_problem(cfg, base, exc)
    return _judge_ups(section, values, base, cover)


def _known_ups(client: nut.NutClient) -> list[str]:
    # Naming the UPSes upsd does know turns "unknown UPS" into a one-line fix.
    try:
        return client.list_ups()
    except nut.NutError:
        return []


def _scrub(text: str, cfg: Nut) -> str:
    # upsd never echoes the password, but whatever else listens on that port might: raw or
    # escaped as NUT quotes it (nut_client masks the lines it hands out; this is the last
    # guard before details reach the history, the reports and the log).
    return nut.mask_secret(text, cfg.password)


# upsd's ERR codes that have words of their own; any other is power.nut_error
_SERVER_ERRORS = {
    "UNKNOWN-UPS": "power.nut_unknown_ups",
    "ACCESS-DENIED": "power.nut_access_denied",
    "USERNAME-REQUIRED": "power.nut_login_incomplete",
    "PASSWORD-REQUIRED": "power.nut_login_incomplete",
    "INVALID-USERNAME": "power.nut_bad_credentials",
    "INVALID-PASSWORD": "power.nut_bad_credentials",
    "DRIVER-NOT-CONNECTED": "power.nut_driver_not_connected",
    "DATA-STALE": "power.nut_data_stale",
}


def _connection_problem(cfg: Nut, base: dict[str, Any], exc: nut.NutError) -> CheckResult:
    details = dict(base)
    if isinstance(exc, nut.NutRefused):
        code = "power.nut_refused"
    elif isinstance(exc, nut.NutDnsError):
        code = "power.nut_dns"
        details["error"] = _scrub(exc.reason, cfg)
    elif isinstance(exc, nut.NutUnreachable):
        code = "power.nut_unreachable"
        details["error"] = _scrub(exc.reason, cfg)
    elif isinstance(exc, nut.NutTimeout):
        code = "power.nut_timeout"
        details["stage"] = exc.stage
    elif isinstance(exc, nut.NutClosed):
        code = "power.nut_closed"
    elif isinstance(exc, nut.NutProtocolError):
        code = "power.nut_protocol"
        details["line"] = _scrub(exc.line, cfg)[:200]
    elif isinstance(exc, nut.NutServerError):
        code = _SERVER_ERRORS.get(exc.code, "power.nut_error")
        details["nut_error"] = exc.code
        details["line"] = _scrub(exc.line, cfg)[:200]
    else:  # pragma: no cover - every NutError subclass is handled above
        code = "power.nut_error"
        details["nut_error"] = type(exc).__name__
    return CheckResult("power", Status.FAIL, code, None, UNIT, details)


def _number(values: Mapping[str, str], name: str) -> float | None:
    try:
        number = float(values[name])
    except (KeyError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _model(values: Mapping[str, str]) -> str | None:
    mfr = values.get("ups.mfr") or values.get("device.mfr") or ""
    model = values.get("ups.model") or values.get("device.model") or ""
    if model.lower().startswith(mfr.lower()):
        mfr = ""  # many drivers repeat the maker in the model name
    return " ".join(part for part in (mfr.strip(), model.strip()) if part) or None


def _judge_ups(
    section: Power, values: Mapping[str, str], base: dict[str, Any], cover: _Cover | None = None
) -> CheckResult:
    cover = cover or _Cover(section.min_runtime_min)
    status_text = values.get("ups.status", "").strip()
    flags = status_text.split()
    charge = _number(values, "battery.charge")
    runtime_s = _number(values, "battery.runtime")
    runtime_min = round(runtime_s / 60, 1) if runtime_s is not None else None
    details: dict[str, Any] = {
        **base,
        "status": status_text,
        "flags": flags,
        "charge_pct": charge,
        "runtime_min": runtime_min,
        **_limits(section),
        "model": _model(values),
        "ups_mfr": values.get("ups.mfr"),
        "ups_model": values.get("ups.model"),
        "device_model": values.get("device.model"),
        **cover.details,
    }
    on_line, on_battery, charging = "OL" in flags, "OB" in flags, "CHRG" in flags

    # Every outcome that applies, most urgent first within each status.
    problems: list[tuple[Status, str]] = []
    if "FSD" in flags:
        problems.append((Status.FAIL, "power.ups_shutdown"))
    if "LB" in flags:
        problems.append((Status.FAIL, "power.ups_low_battery"))
    if "OFF" in flags:
        problems.append((Status.FAIL, "power.ups_off"))
    short = runtime_min is not None and runtime_min < cover.needed_min
    below_minimum = runtime_min is not None and runtime_min < section.min_runtime_min
    if short and cover.meeting and not on_battery and not below_minimum:
        # On mains, with the room's own minimum met: the meeting can go ahead, but a cut
        # would end it early. Said, and left to the technician: not a NO-GO.
        problems.append((Status.WARN, "power.ups_short_for_meeting"))
    elif short:
        problems.append((Status.FAIL, "power.ups_runtime_low"))
    if charge is not None and charge < section.min_charge_pct:
        if on_line and charging and not on_battery:
            problems.append((Status.WARN, "power.ups_charging_low"))
        else:
            problems.append((Status.FAIL, "power.ups_charge_low"))
    if on_battery:
        problems.append((Status.WARN, "power.ups_on_battery"))
    elif not on_line:
        problems.append((Status.WARN, "power.ups_status_unknown"))
    attention = [flag for flag in flags if flag in ATTENTION_FLAGS]
    if attention:
        details["attention"] = attention
        problems.append((Status.WARN, "power.ups_attention"))

    if not problems:
        return CheckResult(
            "power", Status.PASS, "power.ups_ok", charge, UNIT, {**details, "problems": []}
        )
    # Stable sort: the worst status first, and within it the order above (most urgent first).
    problems.sort(key=lambda p: -p[0].severity)
    details["problems"] = [code for _, code in problems]
    status, code = problems[0]
    return CheckResult("power", status, code, charge, UNIT, details)
