"""What `vcdesk agent` costs a room PC, and what a fleet of them costs Prometheus (issue 16).

(a) One agent, as a room PC runs it (default intervals, the start checklist): its resident
    memory at idle (the median of one reading a second over --idle seconds, after the start
    checklist) and CPU then (% of one core), and its CPU per scrape: --scrapes scrapes in a
    row, the agent's process CPU before and after (psutil), divided by their number, raw and
    net of its idle CPU over the same wall time.
(b) A fleet of --agents agents (each its own room, data folder and cheap profile; started
    with --no-start-check, --stagger seconds apart, each room's history seeded with one
    checklist run so every room exports its verdict and checks as a real one does) scraped
    by a real Prometheus (tests/fixtures/prometheus.py: the shipped job and rules) every
    --interval seconds for --minutes minutes: Prometheus's CPU (% of one core) and RSS (also
    with no targets, its baseline), the agents' CPU and RSS (total and median), the series
    count; then "on paper, 1,000 rooms": Prometheus from its baseline plus the measured cost
    per series, scaled linearly, and the agent's cost per room PC (one agent per PC, so it
    does not grow with the fleet).
If the agents would not fit in memory (this machine: 2 cores, 24 GiB), the fleet is cut to
the largest N that does, and the output says so.

    .venv/bin/python -m bench.agent_fleet [--agents 200] [--minutes 3] [--interval 15]
        [--idle 60] [--scrapes 500] [--stagger 0.25] [--skip-single] [--skip-fleet]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import psutil

from tests.fixtures.agents import AgentProcess, Room, start_agents, stop_agents, write_profile
from tests.fixtures.prometheus import PrometheusServer, running_prometheus
from vcdesk.core.checks.headless import keep_run
from vcdesk.core.checks.runner import ChecklistRun, overall
from vcdesk.core.history import record_for
from vcdesk.core.profile.load import load_profile

MIB = 1024 * 1024
RESERVE = 3 * 1024 * MIB  # left free for Prometheus, the bench and everyone else
PAPER_ROOMS = 1000


def cpu_s(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return float(times.user + times.system)


def rss(proc: psutil.Process) -> int:
    return int(proc.memory_info().rss)


# -- (a) one agent -------------------------------------------------------------------------


def scrape(url: str) -> int:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return len(answer.read())


def single(folder: Path, idle_s: float, scrapes: int) -> None:
    print("(a) one agent, default intervals (state 5 s, schedule 30 s), with its start checklist")
    (agent,) = start_agents([Room(folder / "room", "Ruang Rapat Bench")])
    try:
        proc = psutil.Process(agent.pid)
        end = time.monotonic() + 60
        while agent.value("vcdesk_checklist_go") is None:
            if time.monotonic() > end:
                raise SystemExit(f"no start checklist after 60 s:\n{agent.output()}")
            time.sleep(0.2)
        time.sleep(2)  # the checklist's thread winds down
        readings: list[int] = []
        cpu0, t0 = cpu_s(proc), time.monotonic()
        while time.monotonic() - t0 < idle_s:
            readings.append(rss(proc))
            time.sleep(1)
        idle_cpu = (cpu_s(proc) - cpu0) / (time.monotonic() - t0)
        print(
            f"  idle {idle_s:.0f} s: RSS median {statistics.median(readings) / MIB:.1f} MiB "
            f"(min {min(readings) / MIB:.1f}, max {max(readings) / MIB:.1f}); "
            f"CPU {idle_cpu * 100:.3f} % of one core"
        )
        url = f"http://{agent.address}/metrics"
        for _ in range(20):  # warm-up: first connections, lazy imports
            scrape(url)
        times: list[float] = []
        size = 0
        cpu0, t0 = cpu_s(proc), time.monotonic()
        for _ in range(scrapes):
            began = time.perf_counter()
            size = scrape(url)
            times.append(time.perf_counter() - began)
        wall = time.monotonic() - t0
        spent = cpu_s(proc) - cpu0
        net = spent - idle_cpu * wall
        print(
            f"  {scrapes} scrapes ({size} bytes each): CPU {spent / scrapes * 1000:.2f} ms per "
            f"scrape ({net / scrapes * 1000:.2f} ms net of idle); wall median "
            f"{statistics.median(times) * 1000:.2f} ms, p95 "
            f"{statistics.quantiles(times, n=20)[-1] * 1000:.2f} ms, max "
            f"{max(times) * 1000:.2f} ms (target <= 20 ms)"
        )
        print(f"  RSS after the scrapes: {rss(proc) / MIB:.1f} MiB")
    finally:
        codes = stop_agents([agent])
    if set(codes.values()) != {0}:
        print(f"  the agent exited {codes}:\n{agent.output()}")


# -- (b) a fleet ---------------------------------------------------------------------------


def seed_history(rooms: Sequence[Room]) -> None:
    """One real checklist run (this machine's cpu, memory, disk; the rest skip), kept in
    every room's history under that room's name: the agents then export a verdict and
    eight checks each, as rooms that ran their checklist do."""
    first = load_profile(write_profile(rooms[0]))
    started = dt.datetime.now().astimezone()
    results = ChecklistRun(first).start().wait()
    verdict = overall(results)
    for room in rooms:
        path = write_profile(room)
        (room.folder / "data").mkdir(parents=True, exist_ok=True)
        record = record_for(load_profile(path), str(path), started, results, verdict)
        keep_run(room.folder / "data", record)


def prometheus_process() -> psutil.Process:
    (proc,) = (p for p in psutil.Process().children() if p.name() == "prometheus")
    return proc


def watch(
    label: str, seconds: float, prom: psutil.Process, agents: Sequence[AgentProcess]
) -> dict[str, float]:
    """CPU (% of one core) and RSS of Prometheus and the agents over `seconds`."""
    procs = [psutil.Process(a.pid) for a in agents]
    p_rss: list[int] = []
    a_total: list[int] = []
    a_median: list[float] = []
    p0, a0 = cpu_s(prom), [cpu_s(p) for p in procs]
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        p_rss.append(rss(prom))
        if procs:
            each = [rss(p) for p in procs]
            a_total.append(sum(each))
            a_median.append(statistics.median(each))
        time.sleep(min(5.0, max(0.5, seconds / 20)))
    wall = time.monotonic() - t0
    per_agent = [(cpu_s(p) - c) / wall for p, c in zip(procs, a0, strict=True)]
    found = {
        "prom_cpu": (cpu_s(prom) - p0) / wall,
        "prom_rss": statistics.median(p_rss),
        "prom_rss_last": p_rss[-1],
        "agents_cpu": sum(per_agent),
        "agent_cpu_median": statistics.median(per_agent) if per_agent else 0.0,
        "agents_rss": statistics.median(a_total) if a_total else 0.0,
        "agent_rss_median": statistics.median(a_median) if a_median else 0.0,
    }
    print(
        f"  {label} ({wall:.0f} s): Prometheus CPU {found['prom_cpu'] * 100:.2f} % of one core, "
        f"RSS median {found['prom_rss'] / MIB:.0f} MiB (last {found['prom_rss_last'] / MIB:.0f})"
    )
    if procs:
        print(
            f"    agents: CPU {found['agents_cpu'] * 100:.2f} % of one core in all, "
            f"{found['agent_cpu_median'] * 100:.3f} % median each; RSS "
            f"{found['agents_rss'] / MIB / 1024:.2f} GiB in all, "
            f"{found['agent_rss_median'] / MIB:.1f} MiB median each"
        )
    return found


def fitting(wanted: int, probe_rss: float) -> int:
    """How many agents of `probe_rss` bytes fit in the memory available now."""
    available = psutil.virtual_memory().available - RESERVE
    return max(1, min(wanted, int(available / (probe_rss * 1.1))))


def fleet(folder: Path, wanted: int, minutes: float, interval: int, stagger: float) -> None:
    print(f"(b) a fleet of agents scraped every {interval} s by a real Prometheus")
    rooms = [Room(folder / f"r{i:04d}", f"Ruang Rapat {i:04d}") for i in range(wanted)]
    agents: list[AgentProcess] = []
    (folder / "prometheus").mkdir(parents=True)
    with running_prometheus(folder / "prometheus", interval=f"{interval}s") as server:
        try:
            prom = prometheus_process()
            # Prometheus alone (rules evaluated, nothing to scrape): its baseline.
            base = watch("no targets", 30, prom, [])
            # A few agents first: how much one takes, so the fleet can be cut to what fits.
            seed_history(rooms[:5])
            extra = ["--no-start-check"]
            agents = start_agents(rooms[:5], extra=extra, stagger_s=stagger)
            time.sleep(3)
            probe = statistics.median(rss(psutil.Process(a.pid)) for a in agents)
            n = fitting(wanted, probe)
            if n < wanted:
                print(
                    f"  {wanted} agents at {probe / MIB:.0f} MiB each do not fit in "
                    f"{psutil.virtual_memory().available / MIB / 1024:.1f} GiB available "
                    f"(minus {RESERVE / MIB / 1024:.0f} GiB reserve): measuring {n}"
                )
            seed_history(rooms[5:n])
            began = time.monotonic()
            agents += start_agents(rooms[5:n], extra=extra, stagger_s=stagger, timeout=600)
            print(f"  {n} agents started in {time.monotonic() - began:.0f} s")
            set_targets(server, agents)
            began = time.monotonic()
            server.wait_for(f"{n} targets up", lambda: server.all_up(n), 3 * interval + 60)
            print(f"  all {n} targets up {time.monotonic() - began:.0f} s after discovery")
            time.sleep(interval)  # a full round of scrapes before measuring
            series = server.value('count({job="vcdesk"})') or 0
            agents_series = server.value('count({job="vcdesk", __name__=~"vcdesk_.*"})') or 0
            head = server.api("status/tsdb")["headStats"]["numSeries"]
            print(
                f"  series: {series:.0f} in job vcdesk ({agents_series:.0f} from the agents, "
                f"{(series - agents_series) / n:.0f} per target from Prometheus itself: up, "
                f"scrape_*), {series / n:.1f} per room; {head} in the head block"
            )
            load = watch(f"{n} agents, {minutes:g} min", minutes * 60, prom, agents)
            duration = server.value('avg(scrape_duration_seconds{job="vcdesk"})') or 0
            print(f"  scrape duration as Prometheus saw it: mean {duration * 1000:.1f} ms")
            down = server.value('count(up{job="vcdesk"} == 0)') or 0
            print(f"  targets down at the end: {down:.0f}")
        finally:
            codes = stop_agents(agents)
            bad = {room: code for room, code in codes.items() if code != 0}
            if bad:
                print(f"  agents that did not exit 0: {bad}")
    paper(n, interval, series, base, load)


def set_targets(server: PrometheusServer, agents: Sequence[AgentProcess]) -> None:
    server.set_targets([(a.address, {"room": a.room.name}) for a in agents], wait=False)
    server.wait_for(
        "discovery", lambda: len(server.targets()) == len(agents), 60
    )  # a few seconds: Prometheus hands new targets over in batches


def paper(
    n: int, interval: int, series: float, base: dict[str, float], load: dict[str, float]
) -> None:
    per_room = series / n
    rooms_series = per_room * PAPER_ROOMS
    cpu_per_series = max(0.0, load["prom_cpu"] - base["prom_cpu"]) / series
    rss_per_series = max(0.0, load["prom_rss"] - base["prom_rss"]) / series
    scale = PAPER_ROOMS / n
    print(f"on paper, {PAPER_ROOMS:,} rooms every {interval} s (linear in series from {n} rooms):")
    print(
        f"  series: {rooms_series:,.0f} ({per_room:.1f} per room), "
        f"{rooms_series / interval:,.0f} samples/s ingested"
    )
    print(
        f"  Prometheus CPU: {(base['prom_cpu'] + cpu_per_series * rooms_series) * 100:.1f} % of "
        f"one core (baseline {base['prom_cpu'] * 100:.2f} % + "
        f"{cpu_per_series * 1e6 * 100:.2f} % per million series x {rooms_series / 1e6:.3f} M)"
    )
    print(
        f"  Prometheus memory: {(base['prom_rss'] + rss_per_series * rooms_series) / MIB:.0f} MiB "
        f"(baseline {base['prom_rss'] / MIB:.0f} MiB + {rss_per_series / 1024:.2f} KiB per "
        f"series); its head block grows with samples until the 2-hour block is cut, so "
        f"reserve a few times that"
    )
    print(
        f"  the agents: {load['agent_cpu_median'] * 100:.3f} % of one core and "
        f"{load['agent_rss_median'] / MIB:.0f} MiB on each room PC (one agent per PC, whatever "
        f"the fleet's size); {load['agents_cpu'] * scale * 100:.0f} % of one core and "
        f"{load['agents_rss'] * scale / MIB / 1024:.0f} GiB summed over {PAPER_ROOMS:,} PCs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--interval", type=int, default=15)
    parser.add_argument("--idle", type=float, default=60.0)
    parser.add_argument("--scrapes", type=int, default=500)
    parser.add_argument("--stagger", type=float, default=0.25)
    parser.add_argument("--skip-single", action="store_true")
    parser.add_argument("--skip-fleet", action="store_true")
    args = parser.parse_args()
    print(
        f"{psutil.cpu_count()} cores, {psutil.virtual_memory().total / MIB / 1024:.1f} GiB; "
        f"load average {' '.join(f'{x:.2f}' for x in psutil.getloadavg())}"
    )
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp:
        if not args.skip_single:
            single(Path(tmp) / "single", args.idle, args.scrapes)
        if not args.skip_fleet:
            fleet(Path(tmp) / "fleet", args.agents, args.minutes, args.interval, args.stagger)


if __name__ == "__main__":
    main()
