"""The power check against a real upsd + dummy-ups on loopback, real sockets for the broken
servers, and psutil reading a battery from a bind-mounted /sys/class/power_supply."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psutil
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli import vcdesk
from tests.fixtures.calendar import ics, noon_zone
from tests.fixtures.nut import PASSWORD, NutServer, wait_until
from vcdesk.core.checks import nut_client as nut
from vcdesk.core.checks.power import CODES, run
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import (
    ChecklistRun,
    RunContext,
    meeting_horizon,
    meeting_to_last_through,
)
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.schedule.meetings import Meeting
from vcdesk.core.words import checks as wording

ROOT = Path(__file__).resolve().parent.parent


def make_profile(tmp_path: Path, power: dict[str, Any]) -> Profile:
    """A real profile file through the real loader; JSON is valid YAML, so the nested
    mapping (and any odd password) is written exactly."""
    text = "schema_version: 1\nroom:\n  name: Ruang Uji\npower: " + json.dumps(power) + "\n"
    path = tmp_path / "room.yaml"
    path.write_text(text)
    return load_profile(path)


def nut_power(server: NutServer | None = None, **overrides: Any) -> dict[str, Any]:
    cfg: dict[str, Any] = {"host": "127.0.0.1", "port": 9, "ups": "dummy", "timeout_s": 2.0}
    if server is not None:
        cfg.update(host=server.host, port=server.port, ups=server.ups)
    limits: dict[str, Any] = {
        k: overrides.pop(k) for k in ("min_charge_pct", "min_runtime_min") if k in overrides
    }
    cfg.update(overrides)
    return {"source": "nut", "min_charge_pct": 50, "min_runtime_min": 10, **limits, "nut": cfg}


def check(tmp_path: Path, power: dict[str, Any], budget: float = 20.0) -> CheckResult:
    profile = make_profile(tmp_path, power)
    began = time.monotonic()
    result = run(profile.power, CancelToken(deadline=time.monotonic() + budget))
    result = dataclasses.replace(result, duration_s=time.monotonic() - began)
    assert result.code in CODES
    json.dumps(result.to_json())  # the CLI and the history store must be able to write it
    return result


# -- a UPS through upsd ---------------------------------------------------------------------


def test_on_line_passes(nut_ups: NutServer, tmp_path: Path) -> None:
    result = check(tmp_path, nut_power(nut_ups))
    assert result.status is Status.PASS, result.message
    assert result.code == "power.ups_ok"
    assert (result.value, result.unit) == (100.0, "%")
    d = result.details
    assert d["flags"] == ["OL"] and d["runtime_min"] == 30.0
    assert d["model"] == "Acme Smart-UPS 1500"
    assert d["target"] == f"dummy@127.0.0.1:{nut_ups.port}"
    assert (d["min_charge_pct"], d["min_runtime_min"]) == (50, 10)
    assert result.message == (
        f"The UPS Acme Smart-UPS 1500 (dummy@127.0.0.1:{nut_ups.port}) is on mains power "
        "(battery 100 %, about 30 min of runtime)."
    )
    assert result.threshold == "≥ 50 % charge, ≥ 10 min of runtime"


def test_a_reading_is_worded_in_the_ui_language(
    nut_ups: NutServer, tmp_path: Path, indonesian: None
) -> None:
    """The check gives values; the operator reads them in Bahasa Indonesia, while JSON and
    the log keep English."""
    nut_ups.set_status("OB LB", charge=12.5, runtime=300)
    result = check(tmp_path, nut_power(nut_ups))
    assert result.code == "power.ups_low_battery"
    text = wording.message(result)
    assert text.startswith("UPS Acme Smart-UPS 1500 (dummy@127.0.0.1:"), text
    assert "baterai lemah (status OB LB; baterai 12,5 %, waktu cadangan sekitar 5 menit)" in text
    assert wording.required(result) == "baterai ≥ 50 %, waktu cadangan ≥ 10 menit"
    assert "reports a low battery (status OB LB; battery 12.5 %, about 5 min" in result.message
    assert result.to_json()["threshold"] == "≥ 50 % charge, ≥ 10 min of runtime"


def test_on_battery_warns(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OB DISCHRG", charge=80, runtime=1500)
    result = check(tmp_path, nut_power(nut_ups))
    assert result.status is Status.WARN, result.message
    assert result.code == "power.ups_on_battery"
    assert result.value == 80.0 and result.details["runtime_min"] == 25.0
    assert "on battery" in result.message and "OB DISCHRG" in result.message


def test_on_battery_low_battery_fails(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OB LB", charge=12, runtime=300)
    result = check(tmp_path, nut_power(nut_ups))
    assert result.status is Status.FAIL
    assert result.code == "power.ups_low_battery"
    assert result.value == 12.0
    assert result.details["problems"] == [
        "power.ups_low_battery",
        "power.ups_runtime_low",
        "power.ups_charge_low",
        "power.ups_on_battery",
    ]
    assert "low battery" in result.message and "OB LB" in result.message


def test_forced_shutdown_fails_first(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("FSD OB LB", charge=5, runtime=60)
    result = check(tmp_path, nut_power(nut_ups))
    assert (result.status, result.code) == (Status.FAIL, "power.ups_shutdown")


def test_short_runtime_fails_even_on_line(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OL", charge=90, runtime=300)
    result = check(tmp_path, nut_power(nut_ups, min_runtime_min=10))
    assert (result.status, result.code) == (Status.FAIL, "power.ups_runtime_low")
    assert result.details["runtime_min"] == 5.0
    assert "5 min" in result.message and "10 min" in result.message


def test_low_charge_warns_while_charging_and_fails_when_not(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OL CHRG", charge=30, runtime=1200)
    charging = check(tmp_path, nut_power(nut_ups))
    assert (charging.status, charging.code) == (Status.WARN, "power.ups_charging_low")
    assert "30 %" in charging.message and "50 %" in charging.message
    nut_ups.set_status("OL", charge=30, runtime=1200)
    stuck = check(tmp_path, nut_power(nut_ups))
    assert (stuck.status, stuck.code) == (Status.FAIL, "power.ups_charge_low")


def test_replace_battery_flag_warns(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OL RB", charge=100, runtime=1800)
    result = check(tmp_path, nut_power(nut_ups))
    assert (result.status, result.code) == (Status.WARN, "power.ups_attention")
    assert result.details["attention"] == ["RB"] and "replacing" in result.message


def test_stopped_driver(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.stop_driver()
    assert nut_ups.answer("LIST VAR dummy") == "ERR DRIVER-NOT-CONNECTED"
    result = check(tmp_path, nut_power(nut_ups))
    assert (result.status, result.code) == (Status.FAIL, "power.nut_driver_not_connected")
    assert result.details["nut_error"] == "DRIVER-NOT-CONNECTED"
    assert result.details["line"] == "ERR DRIVER-NOT-CONNECTED"
    assert "nut-driver@dummy" in result.message and result.value is None


def test_frozen_driver_gives_stale_data(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.freeze_driver()
    try:
        wait_until("upsd to call the data stale", lambda: nut_ups.read() == "DATA-STALE")
        assert nut_ups.answer("LIST VAR dummy") == "ERR DATA-STALE"
        result = check(tmp_path, nut_power(nut_ups))
    finally:
        nut_ups.thaw_driver()
    assert (result.status, result.code) == (Status.FAIL, "power.nut_data_stale")
    assert "lost contact" in result.message and "cable" in result.message


def test_unknown_ups_names_the_known_ones(nut_ups: NutServer, tmp_path: Path) -> None:
    assert nut_ups.answer("LIST VAR kantor") == "ERR UNKNOWN-UPS"
    result = check(tmp_path, nut_power(nut_ups, ups="kantor"))
    assert (result.status, result.code) == (Status.FAIL, "power.nut_unknown_ups")
    assert result.details["known_ups"] == ["dummy"]
    assert result.details["nut_error"] == "UNKNOWN-UPS" and result.details["ups"] == "kantor"
    assert "no UPS named “kantor” (it knows: dummy)" in result.message
    with_login = check(
        tmp_path, nut_power(nut_ups, ups="kantor", username="monitor", password=PASSWORD)
    )
    assert with_login.code == "power.nut_unknown_ups"  # from LOGIN this time
    assert with_login.details["known_ups"] == ["dummy"]


def test_login_with_the_right_password_passes(nut_ups: NutServer, tmp_path: Path) -> None:
    result = check(tmp_path, nut_power(nut_ups, username="monitor", password=PASSWORD))
    assert result.status is Status.PASS, result.message
    assert result.details["username"] == "monitor"


def test_wrong_password_is_denied_and_never_shown(
    nut_ups: NutServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "salah-Rahasia-93271"
    caplog.set_level(logging.DEBUG)
    power = nut_power(nut_ups, username="monitor", password=secret)
    result = check(tmp_path, power)
    assert (result.status, result.code) == (Status.FAIL, "power.nut_access_denied")
    assert result.details["line"] == "ERR ACCESS-DENIED"
    assert "refused user “monitor” for UPS “dummy”" in result.message
    assert "upsmon secondary" in result.message
    through_runner = ChecklistRun(make_profile(tmp_path, power), only=["power"]).start().wait()
    assert through_runner[0].code == "power.nut_access_denied"
    for shown in (result, through_runner[0]):
        assert secret not in json.dumps(shown.to_json())
        assert secret not in repr(shown) and secret not in shown.message
        assert "password" not in shown.details
    assert all(secret not in record.getMessage() for record in caplog.records)
    assert secret not in caplog.text


def test_username_without_password(nut_ups: NutServer, tmp_path: Path) -> None:
    result = check(tmp_path, nut_power(nut_ups, username="monitor"))
    assert (result.status, result.code) == (Status.FAIL, "power.nut_login_incomplete")
    assert result.details["line"] == "ERR PASSWORD-REQUIRED"
    assert "power.nut.password" in result.message


def test_the_real_runner(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OB", charge=70, runtime=1200)
    seen: list[CheckResult] = []
    profile = make_profile(tmp_path, nut_power(nut_ups))
    results = ChecklistRun(profile, only=["power"], on_result=seen.append).start().wait()
    assert [r.id for r in results] == ["power"] and seen == results
    assert (results[0].status, results[0].code) == (Status.WARN, "power.ups_on_battery")
    assert 0 < results[0].duration_s < 2.0


# -- servers that are not there, not NUT, or not answering ----------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_closed_port_is_refused_quickly(tmp_path: Path) -> None:
    port = _free_port()
    result = check(tmp_path, nut_power(port=port))
    assert (result.status, result.code) == (Status.FAIL, "power.nut_refused")
    assert result.message.startswith(f"upsd on 127.0.0.1:{port} refused the connection")
    assert "systemctl status nut-server" in result.message
    assert result.details["target"] == f"dummy@127.0.0.1:{port}" and result.value is None
    assert result.threshold == "≥ 50 % charge, ≥ 10 min of runtime"
    assert result.duration_s < 1.0


@pytest.fixture
def silent_server() -> Iterator[int]:
    """Listens but never accepts: the kernel completes the handshake, nobody ever answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(4)
        yield int(sock.getsockname()[1])


def test_silent_server_times_out_within_the_deadline(silent_server: int, tmp_path: Path) -> None:
    result = check(tmp_path, nut_power(port=silent_server, timeout_s=1.0))
    assert (result.status, result.code) == (Status.FAIL, "power.nut_timeout")
    assert result.details["stage"] == "read"
    assert 0.9 <= result.duration_s < 2.5
    assert "did not answer within 1 s" in result.message


def test_silent_server_obeys_the_check_deadline(silent_server: int, tmp_path: Path) -> None:
    """A deadline shorter than timeout_s wins: remaining() bounds every read."""
    result = check(tmp_path, nut_power(port=silent_server, timeout_s=10.0), budget=0.8)
    assert result.code == "power.nut_timeout"
    assert result.duration_s < 2.0


@contextlib.contextmanager
def serve_once(reply: Callable[[socket.socket], None]) -> Iterator[int]:
    """A one-connection TCP server that reads the first request and then runs `reply`."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(10)

    def serve() -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(4096)
                reply(conn)
            except OSError:
                pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    listener.close()
    thread.join(10)


def _endless_line(conn: socket.socket) -> None:
    chunk = b"x" * 65536
    for _ in range(200):  # 13 MB unless the client hangs up first
        conn.sendall(chunk)


def _endless_list(conn: socket.socket) -> None:
    conn.sendall(b"BEGIN LIST VAR dummy\n")
    for i in range(10_000):
        conn.sendall(f'VAR dummy x.{i} "1"\n'.encode())


def _cut_mid_answer(conn: socket.socket) -> None:
    conn.sendall(b'BEGIN LIST VAR dummy\nVAR dummy ups.status "OL"\n')


def _http(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (_endless_line, "power.nut_protocol"),
        (_endless_list, "power.nut_protocol"),
        (_cut_mid_answer, "power.nut_closed"),
        (_http, "power.nut_protocol"),
    ],
    ids=["endless-line", "endless-list", "cut-mid-answer", "not-nut"],
)
def test_broken_servers(reply: Callable[[socket.socket], None], code: str, tmp_path: Path) -> None:
    with serve_once(reply) as port:
        result = check(tmp_path, nut_power(port=port, timeout_s=3.0))
        assert (result.status, result.code) == (Status.FAIL, code), result.message
        assert result.duration_s < 3.0


@given(st.text(st.characters(exclude_characters="\r\n\0"), min_size=1))
def test_quote_and_split_round_trip(word: str) -> None:
    assert nut.split_words(f"PASSWORD {nut.quote(word)}") == ["PASSWORD", word]


def test_split_words_follows_nut_quoting() -> None:
    line = r'VAR su700 ups.model "Smart \"UPS\" 1500 \\ rack"'
    assert nut.split_words(line) == ["VAR", "su700", "ups.model", 'Smart "UPS" 1500 \\ rack']
    assert nut.split_words('VAR u x ""') == ["VAR", "u", "x", ""]
    with pytest.raises(nut.NutProtocolError):
        nut.split_words('VAR u x "open')
    with pytest.raises(ValueError):
        nut.quote("two\nlines")


# -- the PC's own battery -------------------------------------------------------------------


def test_no_battery_here_fails_or_skips(tmp_path: Path) -> None:
    if psutil.sensors_battery() is not None:
        pytest.skip("this machine has a battery; the bind-mounted cases below cover it")
    failed = check(tmp_path, {"source": "battery"})
    assert (failed.status, failed.code) == (Status.FAIL, "power.battery_missing")
    assert failed.value is None and "no battery" in failed.message
    skipped = check(tmp_path, {"source": "battery", "optional": True})
    assert (skipped.status, skipped.code) == (Status.SKIP, "power.battery_missing")


def test_no_ups_configured_skips(tmp_path: Path) -> None:
    result = check(tmp_path, {"source": "none"})
    assert (result.status, result.code) == (Status.SKIP, "power.none")
    assert result.message == "This room has no UPS configured (power.source is none)."
    assert result.threshold == "–" and result.details == {}


# Runs in a fresh namespace: argv[1] is a folder to bind over /sys/class/power_supply (or ""),
# argv[2] the profile. Its one line of output is the result's JSON.
_IN_NAMESPACE = """
import json, subprocess, sys
from vcdesk.core.checks.power import run
from vcdesk.core.checks.result import CancelToken
from vcdesk.core.profile.load import load_profile
if sys.argv[1]:
    subprocess.run(["mount", "--bind", sys.argv[1], "/sys/class/power_supply"], check=True)
result = run(load_profile(sys.argv[2]).power, CancelToken(deadline=None))
print(json.dumps(result.to_json()))
"""


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-m", "-n", "true"], capture_output=True, check=False)
    return done.returncode == 0


needs_unshare = pytest.mark.skipif(
    not _unshare_works(),
    reason="needs `unshare -m -n` (root, or CAP_SYS_ADMIN) for a fake battery or no network",
)


def check_in_namespace(
    tmp_path: Path, flags: list[str], power: dict[str, Any], supply_folder: Path | None = None
) -> dict[str, Any]:
    profile = tmp_path / "isolated.yaml"
    profile.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Uji\npower: " + json.dumps(power) + "\n"
    )
    folder = str(supply_folder) if supply_folder is not None else ""
    done = subprocess.run(
        ["unshare", *flags, "--", sys.executable, "-c", _IN_NAMESPACE, folder, str(profile)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def battery_in_namespace(
    tmp_path: Path, power: dict[str, Any], supply: dict[str, str]
) -> dict[str, Any]:
    """Run the check in a private mount namespace whose /sys/class/power_supply is a folder
    of our own; psutil reads it as it would a laptop's."""
    folder = tmp_path / "power_supply"
    for relative, content in supply.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(content + "\n")
    folder.mkdir(exist_ok=True)
    return check_in_namespace(tmp_path, ["-m", "--propagation", "private"], power, folder)


@needs_unshare
def test_unresolvable_host(tmp_path: Path) -> None:
    """In an empty network namespace (not even loopback is up) the name lookup fails at
    once, and no query leaves this machine."""
    power = nut_power(host="ups-server.invalid", timeout_s=3.0)
    result = check_in_namespace(tmp_path, ["-n"], power)
    assert (result["status"], result["code"]) == ("fail", "power.nut_dns"), result["message"]
    assert result["details"]["host"] == "ups-server.invalid" and result["details"]["error"]
    assert (
        f"The UPS server's name “ups-server.invalid” cannot be resolved "
        f"({result['details']['error']})" in result["message"]
    )


def laptop(status: str, percent: int, ac_online: int, watts: float = 10.0) -> dict[str, str]:
    full_uwh = 50_000_000
    return {
        "BAT0/type": "Battery",
        "BAT0/status": status,
        "BAT0/capacity": str(percent),
        "BAT0/energy_full": str(full_uwh),
        "BAT0/energy_now": str(full_uwh * percent // 100),
        "BAT0/power_now": str(int(watts * 1_000_000)),
        "AC/online": str(ac_online),
    }


BATTERY = {"source": "battery", "min_charge_pct": 30, "min_runtime_min": 10}


@needs_unshare
@pytest.mark.parametrize(
    ("supply", "status", "code", "charge", "runtime_min"),
    [
        # 20 Wh left at 10 W: two hours
        (laptop("Discharging", 40, 0), "warn", "power.battery_on_battery", 40.0, 120.0),
        (laptop("Discharging", 10, 0), "fail", "power.battery_low", 10.0, 30.0),
        # 20 Wh left at 150 W: 8 minutes
        (laptop("Discharging", 40, 0, watts=150), "fail", "power.battery_runtime_low", 40.0, 8.0),
        (laptop("Charging", 80, 1), "pass", "power.battery_ok", 80.0, None),
        (laptop("Charging", 20, 1), "warn", "power.battery_charging_low", 20.0, None),
        ({}, "fail", "power.battery_missing", None, None),
    ],
    ids=["discharging-40", "discharging-10", "short-runtime", "charging-80", "charging-20", "none"],
)
def test_battery_through_psutil(
    tmp_path: Path,
    supply: dict[str, str],
    status: str,
    code: str,
    charge: float | None,
    runtime_min: float | None,
) -> None:
    result = battery_in_namespace(tmp_path, BATTERY, supply)
    assert (result["status"], result["code"]) == (status, code), result["message"]
    assert result["value"] == charge and result["unit"] == "%"
    if supply:
        assert result["details"]["runtime_min"] == runtime_min
        assert result["details"]["plugged"] is (supply["AC/online"] == "1")


# -- judged against the meeting the room must last through ---------------------------------

WITA = ZoneInfo("Asia/Makassar")


def meeting(
    starts_in_min: float, lasts_min: float, title: str = "Rapat Koordinasi Bappeda", **kw: Any
) -> Meeting:
    start = datetime.now(WITA).replace(microsecond=0) + timedelta(minutes=starts_in_min)
    return Meeting(start, start + timedelta(minutes=lasts_min), title, **kw)


def on_now(ends_in_min: float, title: str = "Rapat Koordinasi Bappeda") -> Meeting:
    """A meeting that began half an hour ago and ends `ends_in_min` from now."""
    return meeting(-30, 30 + ends_in_min, title)


def context_for(*meetings: Meeting, problem: dict[str, Any] | None = None) -> RunContext:
    profile = Profile.model_validate(
        {"schema_version": 1, "room": {"name": "Ruang Uji", "timezone": "Asia/Makassar"}}
    )
    return RunContext.for_meetings(profile, datetime.now(WITA), meetings, problem)


def check_with(tmp_path: Path, power: dict[str, Any], context: RunContext | None) -> CheckResult:
    profile = make_profile(tmp_path, power)
    result = run(profile.power, CancelToken(deadline=time.monotonic() + 20), context)
    assert result.code in CODES
    json.dumps(result.to_json())
    return result


@pytest.mark.parametrize(
    ("status", "verdict", "code"),
    [
        ("OB DISCHRG", Status.FAIL, "power.ups_runtime_low"),
        ("OL", Status.WARN, "power.ups_short_for_meeting"),
    ],
)
def test_runtime_short_of_the_meeting_fails_naming_it(
    nut_ups: NutServer, tmp_path: Path, status: str, verdict: Status, code: str
) -> None:
    """30 min of runtime, a meeting on until two hours from now: on battery the meeting
    will stop 90 min early (fail). On mains, with the room's own 10 min met, a cut would
    end it early: said as a warning, not a NO-GO (many rooms have a generator)."""
    nut_ups.set_status(status, charge=90, runtime=1800)
    ctx = context_for(on_now(120))
    result = check_with(tmp_path, nut_power(nut_ups), ctx)
    assert (result.status, result.code) == (verdict, code), result.message
    d = result.details
    assert d["runtime_min"] == 30.0 and d["min_runtime_min"] == 10
    assert d["meeting_title"] == "Rapat Koordinasi Bappeda" and d["meeting_zone"] == "WITA"
    assert ctx.meeting is not None and d["meeting_end"] == ctx.meeting.end.isoformat()
    assert d["meeting_end"].endswith("+08:00")  # the room's zone, not the PC's
    assert 129 <= d["needed_min"] <= 130 and 119 <= d["meeting_left_min"] <= 120
    until = f"{ctx.meeting.end:%H:%M} WITA"
    assert "“Rapat Koordinasi Bappeda”" in result.message and f"until {until}" in result.message
    assert "about 30 min" in result.message and "need 130 min (120 min to its end" in (
        result.message.replace("needs", "need")
    )
    assert "≥ 130 min of runtime (to the meeting's end + 10 min)" in (
        result.threshold.replace("129", "130")
    )
    assert d["problems"][0] == code


def test_a_check_before_a_meeting_counts_the_wait_and_the_whole_meeting(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    """Run 30 min before a 2-hour meeting: the UPS must last 30 min + 2 h (+ 10 min)."""
    nut_ups.set_status("OB DISCHRG", charge=100, runtime=150 * 60)
    result = check_with(tmp_path, nut_power(nut_ups), context_for(meeting(30, 120)))
    assert (result.status, result.code) == (Status.FAIL, "power.ups_runtime_low"), result.message
    assert 159 <= result.details["needed_min"] <= 160
    nut_ups.set_status("OL", charge=100, runtime=170 * 60)
    enough = check_with(tmp_path, nut_power(nut_ups), context_for(meeting(30, 120)))
    assert (enough.status, enough.code) == (Status.PASS, "power.ups_ok"), enough.message


def test_runtime_enough_for_the_meeting_passes_and_says_so(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OL", charge=100, runtime=1800)
    ctx = context_for(on_now(10))
    result = check_with(tmp_path, nut_power(nut_ups), ctx)
    assert (result.status, result.code) == (Status.PASS, "power.ups_ok"), result.message
    assert ctx.meeting is not None
    assert f"enough for “Rapat Koordinasi Bappeda” until {ctx.meeting.end:%H:%M} WITA" in (
        result.message
    )
    assert 19 <= result.details["needed_min"] <= 20
    # On battery it still warns (mains is out), and says the meeting is covered at this load.
    nut_ups.set_status("OB DISCHRG", charge=90, runtime=1800)
    out = check_with(tmp_path, nut_power(nut_ups), ctx)
    assert (out.status, out.code) == (Status.WARN, "power.ups_on_battery"), out.message
    assert "lasts through “Rapat Koordinasi Bappeda”" in out.message


def test_without_a_meeting_it_is_judged_as_before(nut_ups: NutServer, tmp_path: Path) -> None:
    nut_ups.set_status("OL", charge=100, runtime=1800)
    for ctx in (None, context_for(), context_for(meeting(180, 120))):  # the last: too far off
        result = check_with(tmp_path, nut_power(nut_ups), ctx)
        assert (result.status, result.code) == (Status.PASS, "power.ups_ok"), result.message
        assert not {k for k in result.details if k.startswith("meeting_") or k == "needed_min"}
        assert result.threshold == "≥ 50 % charge, ≥ 10 min of runtime"
        assert "enough for" not in result.message


def test_an_unreadable_calendar_is_said_and_judged_without_it(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OL", charge=100, runtime=1800)
    problem = {"code": "not_found", "source": "/srv/jadwal.ics"}
    ctx = context_for(problem=problem)
    result = check_with(tmp_path, nut_power(nut_ups), ctx)
    assert (result.status, result.code) == (Status.PASS, "power.ups_ok"), result.message
    assert result.details["schedule_problem"] == problem  # a code, worded where shown
    assert result.message.endswith(
        "is on mains power (battery 100 %, about 30 min of runtime). The room's calendar could "
        "not be read, so this was judged without its meetings: The schedule file "
        "/srv/jadwal.ics does not exist: export the calendar there again, or correct "
        "schedule.ics in the room profile."
    )


def test_the_runner_hands_the_context_to_the_power_check(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OL", charge=100, runtime=1800)
    profile = make_profile(tmp_path, nut_power(nut_ups))
    ctx = context_for(on_now(120))
    (result,) = ChecklistRun(profile, only=["power"], context=ctx).start().wait()
    assert (result.status, result.code) == (Status.WARN, "power.ups_short_for_meeting")
    (plain,) = ChecklistRun(profile, only=["power"]).start().wait()
    assert plain.status is Status.PASS


def test_the_meeting_to_last_through() -> None:
    now = datetime.now(WITA)
    hour = timedelta(hours=1)
    current, next_one = on_now(5, "Sesi 1"), meeting(10, 120, "Sesi 2")
    # Back to back: a check during the first, before the second, covers both.
    assert meeting_to_last_through([current, next_one], now, hour) == next_one
    assert meeting_to_last_through([current, meeting(90, 60)], now, hour) == current
    assert meeting_to_last_through([meeting(90, 60)], now, hour) is None
    assert meeting_to_last_through([meeting(-120, 60)], now, hour) is None  # over
    free = meeting(-10, 300, "Libur", busy=False)
    all_day = meeting(-600, 24 * 60, "Hari Kerja", all_day=True)
    assert meeting_to_last_through([free, all_day], now, hour) is None
    # A room that checks an hour and a half ahead (precheck_min: 90) looks that far.
    profile = Profile.model_validate(
        {"schema_version": 1, "room": {"name": "R"}, "schedule": {"precheck_min": 90}}
    )
    assert meeting_horizon(profile) == timedelta(minutes=90)
    assert RunContext.for_meetings(profile, now, [meeting(80, 60)]).meeting is not None


_BATTERY_WITH_MEETING = """
import json, subprocess, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from vcdesk.core.checks.power import run
from vcdesk.core.checks.result import CancelToken
from vcdesk.core.checks.runner import RunContext
from vcdesk.core.profile.load import load_profile
from vcdesk.core.schedule.meetings import Meeting
subprocess.run(["mount", "--bind", sys.argv[1], "/sys/class/power_supply"], check=True)
profile = load_profile(sys.argv[2])
now = datetime.now(ZoneInfo("Asia/Makassar"))
rapat = Meeting(now - timedelta(minutes=5), now + timedelta(minutes=float(sys.argv[3])), "Rapat")
context = RunContext.for_meetings(profile, now, [rapat])
print(json.dumps(run(profile.power, CancelToken(deadline=None), context).to_json()))
"""


@needs_unshare
@pytest.mark.parametrize(
    ("ends_in_min", "status", "code"),
    [(180, "fail", "power.battery_runtime_low"), (60, "warn", "power.battery_on_battery")],
)
def test_a_laptop_on_battery_is_judged_against_the_meeting(
    tmp_path: Path, ends_in_min: int, status: str, code: str
) -> None:
    folder = tmp_path / "power_supply"
    for relative, content in laptop("Discharging", 40, 0).items():  # two hours left
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_text(content + "\n")
    profile = tmp_path / "laptop.yaml"
    profile.write_text(
        "schema_version: 1\nroom:\n  name: Gerai\n  timezone: Asia/Makassar\n"
        f"power: {json.dumps(BATTERY)}\n"
    )
    done = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "--", sys.executable, "-c",
         _BATTERY_WITH_MEETING, str(folder), str(profile), str(ends_in_min)],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["status"], result["code"]) == (status, code), result["message"]
    assert result["details"]["meeting_title"] == "Rapat"
    assert result["details"]["runtime_min"] == 120.0
    if status == "fail":
        assert "“Rapat” runs until" in result["message"]


# -- `vcdesk check` reads the room's calendar -------------------------------------------------


def cli_profile(folder: Path, server: NutServer, zone: str, ics_name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    power = json.dumps(nut_power(server))
    path = folder / "ruang.yaml"
    path.write_text(
        f"schema_version: 1\nroom:\n  name: Ruang Uji\n  timezone: {zone}\n"
        f"power: {power}\nschedule:\n  ics: {ics_name}\n"
    )
    return path


def run_check_cli(profile: Path, data: Path) -> dict[str, Any]:
    done = vcdesk(
        "--data-dir", str(data), "check", "--profile", str(profile), "--only", "power", "--json"
    )
    assert "Traceback" not in done.stderr, done.stderr
    report = json.loads(done.stdout)
    assert done.returncode == (1 if report["overall"] == "fail" else 0)
    (result,) = report["results"]
    return result  # type: ignore[no-any-return]


def test_the_cli_judges_the_ups_against_the_meeting_in_the_calendar(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OB DISCHRG", charge=100, runtime=1800)  # mains out
    zone_name, zone = noon_zone()
    now = datetime.now(zone).replace(second=0, microsecond=0)
    folder = tmp_path / "rooms"
    profile = cli_profile(folder, nut_ups, zone_name, "schedule.ics")
    (folder / "schedule.ics").write_text(
        ics([("rapat-1", "Rapat Pimpinan", now - timedelta(minutes=30), now + timedelta(hours=2))])
    )
    result = run_check_cli(profile, tmp_path / "data")
    assert (result["status"], result["code"]) == ("fail", "power.ups_runtime_low")
    d = result["details"]
    assert d["meeting_title"] == "Rapat Pimpinan" and 125 <= d["needed_min"] <= 130
    end = now + timedelta(hours=2)
    assert datetime.fromisoformat(d["meeting_end"]) == end
    assert d["meeting_end"] == end.isoformat()  # written in the room's zone
    assert "“Rapat Pimpinan” runs until" in result["message"]

    # Mains back, the meeting ends in ten minutes: 30 min of runtime is enough.
    nut_ups.set_status("OL", charge=100, runtime=1800)
    (folder / "schedule.ics").write_text(
        ics([("rapat-1", "Rapat Pimpinan", now - timedelta(hours=1), now + timedelta(minutes=10))])
    )
    enough = run_check_cli(profile, tmp_path / "data")
    assert (enough["status"], enough["code"]) == ("pass", "power.ups_ok"), enough["message"]
    assert "enough for “Rapat Pimpinan”" in enough["message"]


def test_the_cli_checks_on_when_the_calendar_cannot_be_read(
    nut_ups: NutServer, tmp_path: Path
) -> None:
    nut_ups.set_status("OL", charge=100, runtime=1800)
    profile = cli_profile(tmp_path / "rooms", nut_ups, "Asia/Makassar", "hilang.ics")
    result = run_check_cli(profile, tmp_path / "data")
    assert (result["status"], result["code"]) == ("pass", "power.ups_ok"), result["message"]
    assert "hilang.ics" in result["details"]["schedule_problem"]["source"]
    assert "calendar could not be read" in result["message"]
    assert "meeting_title" not in result["details"]


# -- a password with NUT's special characters, or one letter, never shown -------------------


@contextlib.contextmanager
def echoing_upsd(quoted: bool) -> Iterator[int]:
    """A fake upsd on loopback: OK to USERNAME, and to PASSWORD an ERR that echoes the
    line it got (as is, or quoted and escaped the way NUT quotes an argument)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def talk(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            reader = conn.makefile("rb")
            for raw in reader:
                line = raw.decode().rstrip("\n")
                if line.startswith("USERNAME"):
                    conn.sendall(b"OK\n")
                elif line.startswith("PASSWORD"):
                    echo = nut.quote(line) if quoted else line
                    conn.sendall(f"ERR ACCESS-DENIED {echo}\n".encode())
                elif line.startswith("LIST UPS"):
                    conn.sendall(b"BEGIN LIST UPS\nEND LIST UPS\n")
                else:
                    conn.sendall(b"ERR UNKNOWN-COMMAND\n")

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=talk, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _forms(secret: str) -> list[str]:
    escaped = secret.replace("\\", "\\\\").replace('"', '\\"')
    forms = {secret, escaped, nut.quote(secret), json.dumps(secret)[1:-1]}
    return sorted(forms, key=len, reverse=True)


@pytest.mark.parametrize("quoted", [False, True], ids=["echo-raw", "echo-quoted"])
@pytest.mark.parametrize("secret", ["a", 'pa"ss', "pa\\ss"], ids=["one-letter", "quote", "bs"])
def test_an_echoed_password_never_reaches_json_log_or_history(
    secret: str, quoted: bool, tmp_path: Path
) -> None:
    with echoing_upsd(quoted) as port:
        power = nut_power(port=port, username="monitor", password=secret)
        folder = tmp_path / "rooms"
        folder.mkdir()
        profile = folder / "ruang.yaml"
        profile.write_text(
            "schema_version: 1\nroom:\n  name: Ruang Rapat Utama\npower: "
            + json.dumps(power)
            + "\n"
        )
        data = tmp_path / "data"
        done = vcdesk(
            "--data-dir", str(data), "check", "--profile", str(profile), "--only", "power",
            "--json",
        )  # fmt: skip
        assert "Traceback" not in done.stderr, done.stderr
        report = json.loads(done.stdout)
        (result,) = report["results"]
        assert result["code"] == "power.nut_access_denied", result
        # The line is shown with the password masked, and nothing else of it changed.
        assert result["details"]["line"].startswith("ERR ACCESS-DENIED ")
        assert "***" in result["details"]["line"]
        assert result["details"]["username"] == "monitor"
        assert result["details"]["ups"] == "dummy" and "Ruang Rapat Utama" not in secret
        assert "refused user “monitor” for UPS “dummy”" in result["message"]
        assert "***" not in result["message"].replace(result["details"]["line"], "")
        # Every place it could land: stdout, stderr, the history database, the log.
        stored = [p for p in data.rglob("*") if p.is_file()]
        assert any(b"power.nut_access_denied" in p.read_bytes() for p in stored), stored
        texts = {"stdout": done.stdout, "stderr": done.stderr}
        texts |= {str(p): p.read_bytes().decode("utf-8", "replace") for p in stored}
        for where, text in texts.items():
            assert "PASSWORD " + secret not in text, where
            assert "PASSWORD " + nut.quote(secret) not in text, where
            if len(secret) > 1:
                for form in _forms(secret):
                    assert form not in text, (where, form)


def test_a_one_letter_password_masks_only_what_carries_it() -> None:
    line = 'ERR ACCESS-DENIED PASSWORD a for "dummy" at a desk'
    assert nut.mask_secret(line, "a") == 'ERR ACCESS-DENIED PASSWORD *** for "dummy" at a desk'
    assert nut.mask_secret("ERR INVALID-PASSWORD a", "a") == "ERR INVALID-PASSWORD a"
    assert nut.mask_secret("ERR INVALID-PASSWORD a", "a", answer=True) == (
        "ERR INVALID-PASSWORD ***"
    )
    assert nut.mask_secret('VAR dummy battery.charge "a"', "a") == 'VAR dummy battery.charge "a"'


@pytest.mark.parametrize("secret", ['pa"ss', "pa\\ss", "rahasia ruang"])
def test_every_form_of_a_longer_password_is_masked(secret: str) -> None:
    for form in _forms(secret):
        masked = nut.mask_secret(f"ERR X echo {form} and {form}!", secret)
        assert all(f not in masked for f in _forms(secret)), masked
        assert masked.startswith("ERR X echo ***")
