"""A province's view on one machine: a real Prometheus (Debian's package, the shipped
`vcdesk` job and rules, tests/fixtures/prometheus.py) scraping 25 real `vcdesk agent`
processes, each its own room with its own data folder and profile. Their devices are absent
but optional (tests/fixtures/agents.py), so every room's start checklist is GO for real.

One room is then made NO-GO the way a room really becomes one: `vcdesk check` on its data
folder with a variant of its profile (same room, an impossible disk minimum) stores a NO-GO
run, which the agent reads at its next state refresh and Prometheus at its next scrape. And
one agent is stopped (SIGTERM): its target goes down, the others stay up.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from tests.cli import vcdesk
from tests.fixtures.agents import AgentProcess, Room, start_agents, stop_agents, write_profile
from tests.fixtures.prometheus import PrometheusServer

AGENTS = 25
STATE_S = 1.0  # the agents' state refresh (5 s on a room PC)
SCRAPE_S = 1.0  # the fixture's scrape interval (15 s in the shipped config)
SLACK_S = 2.0  # 25 agents and Prometheus on 2 cores: a refresh or a scrape can run late
AGENCIES = ("Kominfo", "Bappeda", "Dinas Kesehatan", "BPBD", "Sekretariat Daerah")


def room_names() -> list[str]:
    names = [f"Ruang Rapat {AGENCIES[i % len(AGENCIES)]} {i:02d}" for i in range(AGENTS)]
    names[3] = 'Aula Gubernur "Merah Putih"'  # a quote, escaped in every label on the way
    return names


def targets_of(agents: list[AgentProcess]) -> list[tuple[str, dict[str, str]]]:
    # as in deploy/prometheus/rooms/*.yml: the address, and the room again as a target label
    return [(a.address, {"room": a.room.name, "agency": "Pemprov"}) for a in agents]


def test_prometheus_sees_25_rooms_one_made_no_go_and_one_agent_stopped(
    prometheus: PrometheusServer, tmp_path: Path
) -> None:
    began = time.monotonic()
    names = room_names()
    rooms = [Room(tmp_path / f"room{i:02d}", name) for i, name in enumerate(names)]
    agents = start_agents(rooms, env={"VCDESK_AGENT_STATE_S": str(STATE_S)})
    try:
        serving = time.monotonic() - began
        prometheus.set_targets(targets_of(agents))
        prometheus.wait_for(f"{AGENTS} targets up", lambda: prometheus.all_up(AGENTS), 30)
        all_up = time.monotonic() - began
        # Every room's start checklist (GO: every check passes or skips) is in Prometheus.
        prometheus.wait_for(
            "every room's verdict",
            lambda: prometheus.value("count(vcdesk_checklist_go)") == AGENTS,
            30,
        )
        print(
            f"\n{AGENTS} agents: serving after {serving:.1f} s, all targets up after "
            f"{all_up:.1f} s, every verdict in after {time.monotonic() - began:.1f} s"
        )
        assert prometheus.value("sum(vcdesk_checklist_go)") == AGENTS
        assert prometheus.value('count(vcdesk_check_ok{check="disk"} == 1)') == AGENTS

        # Each room's vcdesk_info, once, with its own room label, from its own address.
        info = prometheus.query("vcdesk_info")
        assert sorted(s.labels["room"] for s in info) == sorted(names)
        address = {a.room.name: a.address for a in agents}
        for sample in info:
            assert sample.labels["instance"] == address[sample.labels["room"]]
            assert sample.labels["job"] == "vcdesk" and sample.value == 1
        # Every family carries the room's label; nothing but the contract's labels.
        series = prometheus.api("series", **{"match[]": '{job="vcdesk"}'})
        allowed = {"__name__", "job", "instance", "room", "agency", "version", "check", "state"}
        assert {key for s in series for key in s} <= allowed
        assert all(s.get("room") in names for s in series)

        # One room made NO-GO by a real run: `vcdesk check` on its data folder with a
        # variant of its profile (the same room, a disk minimum no disk has).
        target = agents[7]
        variant = write_profile(
            dataclasses.replace(target.room, min_free_gb=1_000_000),
            target.room.folder / "room-no-go.yaml",
        )
        room = f'room="{target.room.name}"'
        check = vcdesk("--data-dir", str(target.data), "check", "--profile", str(variant))
        assert check.returncode == 1, check.stdout + check.stderr  # NO-GO
        stored = time.monotonic()
        prometheus.wait_for(
            "the room's NO-GO",
            lambda: prometheus.value(f"vcdesk_checklist_go{{{room}}}") == 0,
            STATE_S + SCRAPE_S + SLACK_S + 5,
        )
        shown = time.monotonic() - stored
        print(f"NO-GO stored -> in Prometheus: {shown:.2f} s")
        # the agent's next state refresh, then one scrape
        assert shown <= STATE_S + SCRAPE_S + SLACK_S
        assert prometheus.value(f'vcdesk_check_ok{{{room}, check="disk"}}') == 0
        assert prometheus.value(f'vcdesk_check_ok{{{room}, check="memory"}}') == 1
        assert prometheus.value("sum(vcdesk_checklist_go)") == AGENTS - 1
        assert prometheus.value("count(vcdesk_checklist_go)") == AGENTS

        # One agent stopped as systemd would: exits 0; its target down, the rest up.
        gone = agents[12]
        gone.proc.terminate()
        assert gone.proc.wait(30) == 0, gone.output()
        assert "the agent stopped" in gone.output() and "Traceback" not in gone.output()

        def down() -> bool:
            health = {t["labels"]["instance"]: t["health"] for t in prometheus.targets()}
            return health[gone.address] == "down" and all(
                health[a.address] == "up" for a in agents if a is not gone
            )

        prometheus.wait_for("the stopped agent's target down", down, SCRAPE_S + SLACK_S + 5)
        gone_room = f'room="{gone.room.name}"'
        prometheus.wait_for(
            "up == 0 for the stopped room",
            lambda: prometheus.value(f"up{{{gone_room}}}") == 0,
            SCRAPE_S + SLACK_S + 5,
        )
        assert prometheus.value("sum(up)") == AGENTS - 1
        # its series are stale at once (no 5-minute lookback) ...
        prometheus.wait_for(
            "the stopped room's series gone",
            lambda: prometheus.value("count(vcdesk_checklist_go)") == AGENTS - 1,
            SCRAPE_S + SLACK_S + 5,
        )
        assert prometheus.value(f"vcdesk_info{{{gone_room}}}") is None
        # ... and the other rooms did not notice: still answering, the NO-GO room still 0
        assert prometheus.value(f"vcdesk_checklist_go{{{room}}}") == 0
    finally:
        codes = stop_agents(agents)
    assert set(codes.values()) == {0}, codes
