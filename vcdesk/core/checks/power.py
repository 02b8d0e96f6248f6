"""Power: the PC's own battery (psutil) or a UPS behind a NUT server (upsd).

value = battery charge in percent (None when the source reports none), unit "%".

Codes and their detail keys (the UI words each message from these):

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
  and username when one is configured (never the password)
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
  it is judged as before, and the message says so.

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

# Flags that deserve a word on mains power; the others (TRIM, BOOST, CHRG, HB...) are routine.
ATTENTION_FLAGS = {
    "RB": "the battery needs replacing",
    "BYPASS": "it is on bypass, so the battery does not protect the load",
    "OVER": "it is overloaded",
    "CAL": "it is calibrating its battery",
    "ALARM": "it raises an alarm",
    "NOCOMM": "it is not communicating with its driver",
}


def run(section: Power, cancel: CancelToken, context: RunContext | None = None) -> CheckResult:
    """`context`: the meeting the room must last through, if the run knows one."""
    cover = _Cover.of(section, context)
    if section.source == "battery":
        return _run_battery(section, cover)
    if section.source == "nut":
        return _run_nut(section, cancel, cover)
    return CheckResult(
        "power",
        Status.SKIP,
        "This room has no UPS configured (power.source is none).",
        "power.none",
        unit=UNIT,
    )


def _threshold(section: Power, cover: _Cover | None = None) -> str:
    if cover is not None and cover.meeting:
        return (
            f">= {section.min_charge_pct:g} % charge, >= {cover.needed_min:.0f} min runtime "
            f"({cover.left_min:.0f} min to the end of {cover.name} + "
            f"{section.min_runtime_min:g} min)"
        )
    return f">= {section.min_charge_pct:g} % charge, >= {section.min_runtime_min:g} min runtime"


# -- the meeting it must last through ------------------------------------------------------


@dataclass(frozen=True)
class _Cover:
    """The runtime the room needs: min_runtime_min, plus what is left of the meeting."""

    needed_min: float
    details: dict[str, Any] = field(default_factory=dict)  # the meeting_* keys, or none
    meeting: bool = False
    name: str = ""  # “Rapat Koordinasi”, or "the meeting" when it has no title
    until: str = ""  # "16:00 WITA" (with the date for a meeting over midnight)
    left_min: float = 0.0
    note: str = ""  # a sentence for the message when the schedule could not be read

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
            note = (
                f" The room's calendar could not be read ({problem}): judged without its meetings."
                if problem
                else ""
            )
            return cls(least, details, note=note)
        meeting, now = context.meeting, context.now
        left = max(0.0, (meeting.end - now).total_seconds() / 60)
        needed = round(left + least, 1)
        # The room's clock, as the agenda writes it; the date too for one that ends on
        # another day than it began (the UI's words do the same from the details).
        start, end = meeting.start, meeting.end
        clock = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%d/%m %H:%M}"
        until = f"{clock} {context.zone}".strip()
        details |= {
            "meeting_title": meeting.title,
            "meeting_start": meeting.start.isoformat(timespec="seconds"),
            "meeting_end": meeting.end.isoformat(timespec="seconds"),
            "meeting_zone": context.zone,
            "meeting_left_min": round(left, 1),
            "needed_min": needed,
        }
        name = f"“{meeting.title}”" if meeting.title.strip() else "the meeting"
        return cls(needed, details, True, name, until, left)

    def covers(self, runtime_min: float | None) -> bool:
        """There is a meeting, and the runtime is known and lasts through it."""
        return self.meeting and runtime_min is not None and runtime_min >= self.needed_min

    def needs(self, section: Power) -> str:
        """ "130 min (120 min to its end + this room's 10 min)" """
        return (
            f"{self.needed_min:.0f} min ({self.left_min:.0f} min to its end + this room's "
            f"{section.min_runtime_min:g} min)"
        )


# -- the PC's own battery --------------------------------------------------------------


def _run_battery(section: Power, cover: _Cover) -> CheckResult:
    threshold = _threshold(section, cover)
    limits = {"min_charge_pct": section.min_charge_pct, "min_runtime_min": section.min_runtime_min}
    battery = psutil.sensors_battery()
    if battery is None:
        return CheckResult(
            "power",
            Status.SKIP if section.optional else Status.FAIL,
            "This PC has no battery the system can read, so a power cut would switch it off: "
            "connect it to a UPS (and set power.source to nut), or use a laptop.",
            "power.battery_missing",
            None,
            UNIT,
            threshold,
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
    left = f", about {runtime_min:.0f} min left" if runtime_min is not None else ""

    def result(status: Status, code: str, message: str) -> CheckResult:
        message += cover.note
        return CheckResult("power", status, message, code, charge, UNIT, threshold, details)

    if battery.power_plugged:
        if charge < section.min_charge_pct:
            return result(
                Status.WARN,
                "power.battery_charging_low",
                f"The PC is plugged in but its battery is at {charge:.0f} %; this room needs "
                f"{section.min_charge_pct:g} %. A power cut now would leave little time: let "
                "it charge before the meeting, or go ahead knowing that.",
            )
        return result(
            Status.PASS,
            "power.battery_ok",
            f"The PC is plugged in; battery at {charge:.0f} %.",
        )
    if runtime_min is not None and runtime_min < cover.needed_min:
        if cover.meeting:
            return result(
                Status.FAIL,
                "power.battery_runtime_low",
                f"The PC runs on its battery with about {runtime_min:.0f} min left, but "
                f"{cover.name} runs until {cover.until}: that needs {cover.needs(section)}. "
                "Plug in the charger now.",
            )
        return result(
            Status.FAIL,
            "power.battery_runtime_low",
            f"The PC runs on its battery with about {runtime_min:.0f} min left; this room "
            f"needs {section.min_runtime_min:g} min. Plug in the charger now.",
        )
    if charge < section.min_charge_pct:
        return result(
            Status.FAIL,
            "power.battery_low",
            f"The PC runs on its battery at {charge:.0f} %{left}; this room needs "
            f"{section.min_charge_pct:g} %. Plug in the charger now.",
        )
    if battery.power_plugged is None:
        return result(
            Status.WARN,
            "power.battery_plug_unknown",
            f"The system cannot tell whether the PC is plugged in; battery at {charge:.0f} %"
            f"{left}. Make sure the charger is connected.",
        )
    return result(
        Status.WARN,
        "power.battery_on_battery",
        f"The PC runs on its battery ({charge:.0f} %{left}): plug in the charger before "
        "the meeting.",
    )


# -- a UPS behind upsd ---------------------------------------------------------------------


def _run_nut(section: Power, cancel: CancelToken, cover: _Cover) -> CheckResult:
    cfg = section.nut
    client = nut.NutClient(cfg.host, cfg.port, lambda: cancel.remaining(cfg.timeout_s))
    base: dict[str, Any] = {
        "host": cfg.host,
        "port": cfg.port,
        "ups": cfg.ups,
        "target": f"{cfg.ups}@{client.address}",
        "timeout_s": cfg.timeout_s,
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
        return _connection_problem(section, cfg, client.address, base, exc)
    return _judge_ups(section, values, base, cover)


def _known_ups(client: nut.NutClient) -> list[str]:
    # Naming the UPSes upsd does know turns "unknown UPS" into a one-line fix.
    try:
        return client.list_ups()
    except nut.NutError:
        return []


def _scrub(text: str, cfg: Nut) -> str:
    # upsd never echoes the password, but whatever else listens on that port might.
    if cfg.password is not None and (secret := cfg.password.get_secret_value()):
        text = text.replace(secret, "***")
    return text


def _connection_problem(
    section: Power, cfg: Nut, address: str, base: dict[str, Any], exc: nut.NutError
) -> CheckResult:
    details = dict(base)
    upsd = f"upsd on {address}"
    ups = cfg.ups
    if isinstance(exc, nut.NutRefused):
        code = "power.nut_refused"
        message = (
            f"{upsd} refused the connection: is the NUT server running? (Debian: systemctl "
            "status nut-server) Also check power.nut.host and power.nut.port in the room "
            "profile, and the LISTEN line in upsd.conf."
        )
    elif isinstance(exc, nut.NutDnsError):
        code = "power.nut_dns"
        details["error"] = exc.reason
        message = (
            f"The UPS server's name {cfg.host!r} cannot be resolved ({exc.reason}): correct "
            "power.nut.host in the room profile (an IP address works), or check this PC's DNS."
        )
    elif isinstance(exc, nut.NutUnreachable):
        code = "power.nut_unreachable"
        details["error"] = exc.reason
        message = (
            f"Cannot reach the UPS server at {address} ({exc.reason}): check the network "
            "cable, and power.nut.host in the room profile."
        )
    elif isinstance(exc, nut.NutTimeout):
        code = "power.nut_timeout"
        details["stage"] = exc.stage
        if exc.stage == "lookup":
            message = (
                f"Looking up the UPS server's name {cfg.host!r} took more than "
                f"{cfg.timeout_s:g} s: check this PC's DNS, or put the server's IP address in "
                "power.nut.host."
            )
        elif exc.stage == "connect":
            message = (
                f"The UPS server at {address} did not accept a connection within "
                f"{cfg.timeout_s:g} s: check that it is switched on and that no firewall "
                f"drops port {cfg.port}."
            )
        else:
            message = (
                f"{upsd} accepted the connection but did not answer within "
                f"{cfg.timeout_s:g} s: check that port {cfg.port} really is upsd, and restart "
                "the NUT server (Debian: systemctl restart nut-server)."
            )
    elif isinstance(exc, nut.NutClosed):
        code = "power.nut_closed"
        message = (
            f"{upsd} closed the connection before it answered: see upsd's log (Debian: "
            "journalctl -u nut-server); it may limit clients or be restarting."
        )
    elif isinstance(exc, nut.NutProtocolError):
        code = "power.nut_protocol"
        details["line"] = _scrub(exc.line, cfg)[:200]
        message = (
            f"Something on {address} answered, but not as a NUT server would: check that "
            f"power.nut.host and power.nut.port point at upsd (port 3493 by default)."
        )
    elif isinstance(exc, nut.NutServerError):
        details["nut_error"] = exc.code
        details["line"] = _scrub(exc.line, cfg)[:200]
        code, message = _server_error(cfg, upsd, ups, exc.code, details)
    else:  # pragma: no cover - every NutError subclass is handled above
        code, message = "power.nut_error", f"{upsd}: {type(exc).__name__}"
    return CheckResult(
        "power", Status.FAIL, message, code, None, UNIT, _threshold(section), details
    )


def _server_error(
    cfg: Nut, upsd: str, ups: str, code: str, details: dict[str, Any]
) -> tuple[str, str]:
    user = cfg.username
    if code == "UNKNOWN-UPS":
        known = details.get("known_ups") or []
        names = ", ".join(known) if known else "none"
        return "power.nut_unknown_ups", (
            f"{upsd} has no UPS named {ups!r} (it knows: {names}): correct power.nut.ups in "
            "the room profile to a name from ups.conf on the server."
        )
    if code == "ACCESS-DENIED":
        if user is None:
            return "power.nut_access_denied", (
                f"{upsd} refuses this PC access (ACCESS-DENIED): set power.nut.username and "
                "power.nut.password in the room profile to a user from upsd.users."
            )
        return "power.nut_access_denied", (
            f"{upsd} refused user {user!r} for UPS {ups!r} (ACCESS-DENIED): the password is "
            "wrong, or the user lacks 'upsmon secondary' in upsd.users. Correct "
            "power.nut.password in the room profile or the user on the server."
        )
    if code in ("USERNAME-REQUIRED", "PASSWORD-REQUIRED"):
        missing, given = ("username", "password")
        if code == "PASSWORD-REQUIRED":
            missing, given = given, missing
        return "power.nut_login_incomplete", (
            f"{upsd} needs a {missing} for this login ({code}): add power.nut.{missing} to the "
            f"room profile, or remove power.nut.{given} to read the UPS without logging in."
        )
    if code in ("INVALID-USERNAME", "INVALID-PASSWORD"):
        return "power.nut_bad_credentials", (
            f"{upsd} rejected the form of the {code.split('-')[1].lower()} ({code}): check "
            "power.nut.username and power.nut.password in the room profile."
        )
    if code == "DRIVER-NOT-CONNECTED":
        return "power.nut_driver_not_connected", (
            f"{upsd} runs, but the driver for UPS {ups!r} is not connected to it "
            "(DRIVER-NOT-CONNECTED): check the UPS's USB or serial cable and start the driver "
            f"(Debian: systemctl status nut-driver@{ups}; or upsdrvctl start {ups})."
        )
    if code == "DATA-STALE":
        return "power.nut_data_stale", (
            f"{upsd} has no fresh data from UPS {ups!r} (DATA-STALE): its driver runs but has "
            "lost contact with the UPS. Check the UPS's USB or serial cable, then restart the "
            f"driver (Debian: systemctl restart nut-driver@{ups})."
        )
    return "power.nut_error", (
        f"{upsd} answered {code or 'an error'} for UPS {ups!r}: see upsd's log (Debian: "
        "journalctl -u nut-server)."
    )


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
    model = _model(values)
    name = f"{model} ({base['target']})" if model else base["target"]
    details: dict[str, Any] = {
        **base,
        "status": status_text,
        "flags": flags,
        "charge_pct": charge,
        "runtime_min": runtime_min,
        "min_charge_pct": section.min_charge_pct,
        "min_runtime_min": section.min_runtime_min,
        "model": model,
        "ups_mfr": values.get("ups.mfr"),
        "ups_model": values.get("ups.model"),
        "device_model": values.get("device.model"),
        **cover.details,
    }
    reading = ", ".join(
        part
        for part in (
            f"battery {charge:g} %" if charge is not None else "",
            f"about {runtime_min:.0f} min of runtime" if runtime_min is not None else "",
        )
        if part
    )
    shown = status_text or "empty"
    # "(status OB LB; battery 12 %, about 5 min of runtime)": one bracket with all it read
    facts = f"(status {shown}; {reading})" if reading else f"(status {shown})"
    reading = f" ({reading})" if reading else ""
    on_line, on_battery, charging = "OL" in flags, "OB" in flags, "CHRG" in flags

    problems: list[tuple[Status, str, str]] = []
    if "FSD" in flags:
        problems.append(
            (
                Status.FAIL,
                "power.ups_shutdown",
                f"The UPS {name} is in forced shutdown {facts}: it will cut "
                "the power. Restore mains power and restart the UPS before the meeting.",
            )
        )
    if "LB" in flags:
        problems.append(
            (
                Status.FAIL,
                "power.ups_low_battery",
                f"The UPS {name} reports a low battery {facts}: it may switch "
                "off at any moment. Restore mains power to the UPS and let it charge.",
            )
        )
    if "OFF" in flags:
        problems.append(
            (
                Status.FAIL,
                "power.ups_off",
                f"The UPS {name} has its output switched off (status {shown}): the room is "
                "not protected. Switch the UPS output on.",
            )
        )
    short = runtime_min is not None and runtime_min < cover.needed_min
    below_minimum = runtime_min is not None and runtime_min < section.min_runtime_min
    if short and cover.meeting and not on_battery and not below_minimum:
        # On mains, with the room's own minimum met: the meeting can go ahead, but a cut
        # would end it early. Said, and left to the technician: not a NO-GO.
        problems.append(
            (
                Status.WARN,
                "power.ups_short_for_meeting",
                f"The UPS {name} would last about {runtime_min:.0f} min on battery "
                f"(status {shown}), but {cover.name} runs until {cover.until}: a power cut now "
                f"would need {cover.needs(section)}. Unplug equipment the meeting does not "
                "need, let the UPS charge if it is charging, or have other power ready (a "
                "generator, a larger UPS).",
            )
        )
    elif short and cover.meeting:
        problems.append(
            (
                Status.FAIL,
                "power.ups_runtime_low",
                f"The UPS {name} runs on battery with about {runtime_min:.0f} min left "
                f"(status {shown}), but {cover.name} runs until {cover.until}: that needs "
                f"{cover.needs(section)}. Restore mains power to the UPS, or unplug equipment "
                "the meeting does not need."
                if on_battery
                else f"The UPS {name} would last about {runtime_min:.0f} min on battery "
                f"(status {shown}), but {cover.name} runs until {cover.until}: a power cut now "
                f"would need {cover.needs(section)}. Unplug equipment the meeting does not "
                "need, let the UPS charge if it is charging, or have other power ready (a "
                "generator, a larger UPS).",
            )
        )
    elif short:
        fix = (
            "restore mains power to the UPS"
            if on_battery
            else "let it charge, or replace its battery if it stays low"
        )
        problems.append(
            (
                Status.FAIL,
                "power.ups_runtime_low",
                f"The UPS {name} would last about {runtime_min:.0f} min on battery; this room "
                f"needs {section.min_runtime_min:g} min (status {shown}): {fix}, or unplug "
                "equipment the meeting does not need.",
            )
        )
    if charge is not None and charge < section.min_charge_pct:
        if on_line and charging and not on_battery:
            problems.append(
                (
                    Status.WARN,
                    "power.ups_charging_low",
                    f"The UPS {name} is on mains power and charging, but its battery is at "
                    f"{charge:g} %; this room needs {section.min_charge_pct:g} %. A power cut "
                    "now would be covered for a shorter time: wait for it to charge, or go "
                    "ahead knowing that.",
                )
            )
        else:
            fix = (
                "restore mains power to the UPS"
                if on_battery
                else "it is not charging: check the UPS and its battery"
            )
            problems.append(
                (
                    Status.FAIL,
                    "power.ups_charge_low",
                    f"The UPS {name} battery is at {charge:g} %; this room needs "
                    f"{section.min_charge_pct:g} % (status {shown}): {fix}.",
                )
            )
    if on_battery:
        problems.append(
            (
                Status.WARN,
                "power.ups_on_battery",
                f"The UPS {name} runs on battery {facts}: mains power is out. At this load it "
                f"lasts through {cover.name} until {cover.until}: check the power supply to "
                "the UPS."
                if cover.covers(runtime_min)
                else f"The UPS {name} runs on battery {facts}: mains power is "
                "out. The meeting will stop when the battery runs down: check the power "
                "supply to the UPS.",
            )
        )
    elif not on_line:
        hint = (
            "its driver is still starting: run the check again in a few seconds"
            if "WAIT" in flags
            else "check the driver's log and the UPS's cable"
        )
        problems.append(
            (
                Status.WARN,
                "power.ups_status_unknown",
                f"The UPS {name} reports neither mains nor battery power (status {shown}): {hint}.",
            )
        )
    attention = [flag for flag in flags if flag in ATTENTION_FLAGS]
    if attention:
        details["attention"] = attention
        words = "; ".join(ATTENTION_FLAGS[flag] for flag in attention)
        problems.append(
            (
                Status.WARN,
                "power.ups_attention",
                f"The UPS {name} reports: {words} (status {shown}). Have it looked at.",
            )
        )

    threshold = _threshold(section, cover)
    if not problems:
        enough = (
            f", enough for {cover.name} until {cover.until} ({cover.needed_min:.0f} min needed)"
            if cover.covers(runtime_min)
            else ""
        )
        return CheckResult(
            "power",
            Status.PASS,
            f"The UPS {name} is on mains power{reading}{enough}.{cover.note}",
            "power.ups_ok",
            charge,
            UNIT,
            threshold,
            {**details, "problems": []},
        )
    # Stable sort: the worst status first, and within it the order above (most urgent first).
    problems.sort(key=lambda p: -p[0].severity)
    details["problems"] = [code for _, code, _ in problems]
    status, code, message = problems[0]
    message += cover.note
    return CheckResult("power", status, message, code, charge, UNIT, threshold, details)
