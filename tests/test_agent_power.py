"""The UPS metrics of `vcdesk agent` follow its own power readings: present while NUT answers,
absent when the reading fails (upsd stopped: connection refused; the driver stopped: upsd's
DRIVER-NOT-CONNECTED), back when it answers again. Shown on a real scrape and in a real
Prometheus, which must see the series go stale at once rather than keep the last reading
for its 5-minute lookback (an alert on a UPS nobody can read would otherwise go on firing,
or stay quiet, on a guess)."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

from tests.fixtures.agents import Room, start_agents, stop_agents
from tests.fixtures.nut import NutServer, running_nut
from tests.fixtures.prometheus import PrometheusServer
from tests.fixtures.queue import wait_for
from vcdesk.core.checks.nut_client import NutError, NutRefused

POWER_S = 1.0  # the agent's power reading (30 s on a room PC)
STATE_S = 1.0  # its state refresh (5 s on a room PC)
SLACK_S = 3.0
UPS_METRICS = ("vcdesk_ups_on_battery", "vcdesk_ups_charge_ratio", "vcdesk_ups_runtime_seconds")
ROOM = "Ruang Rapat Bupati"


def power_section(nut: NutServer) -> str:
    return (
        f"power:\n  source: nut\n  optional: false\n  nut:\n    host: {nut.host}\n"
        f"    port: {nut.port}\n    ups: {nut.ups}\n    username: {nut.user}\n"
        f"    password: {json.dumps(nut.password)}\n    timeout_s: 1\n"
    )


def test_ups_metrics_disappear_while_the_reading_fails_and_come_back(
    tmp_path: Path, prometheus: PrometheusServer
) -> None:
    with running_nut(tmp_path / "nut") as nut:
        nut.set_status("OB", charge=64, runtime=720)
        room = Room(tmp_path / "room", ROOM, power=power_section(nut))
        env = {"VCDESK_AGENT_POWER_S": str(POWER_S), "VCDESK_AGENT_STATE_S": str(STATE_S)}
        (agent,) = start_agents([room], extra=["--no-start-check"], env=env)
        try:
            prometheus.set_targets([(agent.address, {"room": ROOM})])

            def ups() -> dict[str, float | None]:
                return {name: agent.value(name) for name in UPS_METRICS}

            def in_prometheus() -> dict[str, float | None]:
                return {name: prometheus.value(f'{name}{{room="{ROOM}"}}') for name in UPS_METRICS}

            reading = {
                "vcdesk_ups_on_battery": 1.0,
                "vcdesk_ups_charge_ratio": 0.64,
                "vcdesk_ups_runtime_seconds": 720.0,
            }
            absent = dict.fromkeys(UPS_METRICS)
            # a couple of power intervals, then the state refresh that publishes the reading
            within = 2 * POWER_S + STATE_S + SLACK_S
            wait_for(lambda: ups() == reading, 30)
            prometheus.wait_for("the UPS reading", lambda: in_prometheus() == reading)
            assert agent.value("vcdesk_ups_reading_ok") == 1

            cases: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
                # nobody listens: connection refused
                ("upsd stopped", lambda: stop_upsd(nut), nut.start_upsd),
                # upsd answers ERR DRIVER-NOT-CONNECTED
                ("driver stopped", nut.stop_driver, nut.start_driver),
            ]
            for what, fail, mend in cases:
                fail()
                failed = time.monotonic()
                wait_for(lambda: ups() == absent, within, 0.1)
                print(f"\n{what}: UPS metrics gone after {time.monotonic() - failed:.1f} s")
                # ... and said to be unreadable: its alerts must not just go quiet
                assert agent.value("vcdesk_ups_reading_ok") == 0
                # the rest of the room is still there: only what was not measured is left out
                assert agent.value("vcdesk_info", version=_version()) == 1
                assert agent.value("vcdesk_disk_free_bytes") is not None
                prometheus.wait_for("the UPS series stale", lambda: in_prometheus() == absent, 5)
                assert prometheus.value(f'up{{room="{ROOM}"}}') == 1

                mend()
                nut.set_status("OB", charge=64, runtime=720)
                mended = time.monotonic()
                wait_for(lambda: ups() == reading, within, 0.1)
                print(f"UPS metrics back after {time.monotonic() - mended:.1f} s")
                assert agent.value("vcdesk_ups_reading_ok") == 1
                prometheus.wait_for("the UPS reading again", lambda: in_prometheus() == reading, 5)
        finally:
            codes = stop_agents([agent])
        assert codes == {ROOM: 0}, agent.output()
        assert "Traceback" not in agent.output()
        # no password in the logs of a failing reading
        assert nut.password not in agent.output()
        assert nut.password not in "".join(
            p.read_text(errors="replace") for p in (room.folder / "data").rglob("*.log")
        )


def stop_upsd(nut: NutServer) -> None:
    """upsd gone, the driver left running (as when the NUT server's daemon restarts)."""
    pid = nut.upsd_pid
    assert pid is not None, "upsd is not running"
    os.kill(pid, signal.SIGTERM)
    wait_for(lambda: _refused(nut), 10)


def _refused(nut: NutServer) -> bool:
    try:
        nut.read()
    except NutRefused:
        return True
    except NutError:  # upsd on its way out: reset mid-answer
        return False
    return False


def _version() -> str:
    from vcdesk import __version__

    return __version__
