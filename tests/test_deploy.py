"""The province's deployment in deploy/: Prometheus config and alert rules checked and unit
tested by promtool, the Alertmanager route, the Grafana dashboard, the service definitions,
and the real-Prometheus harness (tests/fixtures/prometheus.py) the agent's fleet tests use.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.fixtures.prometheus import PrometheusServer, shipped_job

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
PROMETHEUS_YML = DEPLOY / "prometheus" / "prometheus.yml"
ALERTS_YML = DEPLOY / "prometheus" / "alerts.yml"
ALERTS_TEST_YML = DEPLOY / "prometheus" / "alerts_test.yml"
ALERTMANAGER_YML = DEPLOY / "alertmanager" / "alertmanager.yml"
DASHBOARD = DEPLOY / "grafana" / "vcdesk-rooms.json"
UNIT = DEPLOY / "systemd" / "vcdesk-agent.service"
WINSW_XML = DEPLOY / "windows" / "vcdesk-agent.xml"
INSTALL_PS1 = DEPLOY / "windows" / "install-agent-service.ps1"

# The metric contract of `vcdesk agent` (issue 16): nothing in deploy/ may use another name.
CONTRACT = {
    "vcdesk_info",
    "vcdesk_checklist_go",
    "vcdesk_checklist_last_run_timestamp_seconds",
    "vcdesk_check_ok",
    "vcdesk_next_meeting_start_timestamp_seconds",
    "vcdesk_meeting_end_timestamp_seconds",
    "vcdesk_meeting_in_progress",
    "vcdesk_meeting_mode",
    "vcdesk_queue_jobs",
    "vcdesk_conversion_failures_total",
    "vcdesk_ups_on_battery",
    "vcdesk_ups_charge_ratio",
    "vcdesk_ups_runtime_seconds",
    "vcdesk_ups_reading_ok",
    "vcdesk_disk_free_bytes",
    "vcdesk_recording_hours_left",
}
PROMQL_WORDS = {"and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring"}
ALERTS = {
    "VcdeskRoomNoGoBeforeMeeting",
    "VcdeskUpsOnBattery",
    "VcdeskUpsUnreadable",
    "VcdeskUpsRuntimeShorterThanMeeting",
    "VcdeskRecordingDiskNearlyFull",
    "VcdeskConversionsFailing",
    "VcdeskAgentDown",
    "VcdeskRoomLabelMismatch",
}

PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool is not installed (Debian package `prometheus`; .ci/setup)"
)


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args], capture_output=True, text=True, timeout=120, check=False, cwd=ROOT
    )


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression reads: identifiers that are not functions,
    keywords, label names (inside {...} or after by/on/...) or strings."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', "", expr)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = re.sub(r"\[[^\]]*\]", "", text)
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", "", text)
    names = set(re.findall(r"\b([A-Za-z_:][\w:]*)\b(?!\s*\()", text))
    return names - PROMQL_WORDS


def test_metric_names_finds_metrics_not_functions_or_labels() -> None:
    assert metric_names(
        'sum by (state) (rate(vcdesk_queue_jobs{room=~"$room", x="up"}[5m])) '
        "and on(instance, room) up > bool 2"
    ) == {"vcdesk_queue_jobs", "up"}


# -- Prometheus ---------------------------------------------------------------------------


@needs_promtool
def test_promtool_accepts_the_config_and_the_rules() -> None:
    for args in (("check", "config", str(PROMETHEUS_YML)), ("check", "rules", str(ALERTS_YML))):
        done = _promtool(*args)
        assert done.returncode == 0, done.stdout + done.stderr
    assert f"SUCCESS: {len(ALERTS)} rules found" in done.stdout


@needs_promtool
def test_promtool_unit_tests_of_every_rule_pass() -> None:
    done = _promtool("test", "rules", str(ALERTS_TEST_YML))
    assert done.returncode == 0, done.stdout + done.stderr
    tested = {
        case["alertname"]
        for t in _yaml(ALERTS_TEST_YML)["tests"]
        for case in t.get("alert_rule_test", [])
    }
    assert tested == ALERTS


def test_every_rule_has_for_severity_bilingual_annotations_and_contract_metrics() -> None:
    rules = [r for g in _yaml(ALERTS_YML)["groups"] for r in g["rules"]]
    assert {r["alert"] for r in rules} == ALERTS
    for rule in rules:
        name = rule["alert"]
        assert re.fullmatch(r"\d+[smh]", rule["for"]), name
        assert rule["labels"]["severity"] in ("critical", "warning"), name
        for key in ("summary", "description"):
            text = rule["annotations"][key]
            assert "$labels.room" in text or "$labels.instance" in text, (name, key)
            assert text.count(" / ") == 1, f"{name}.{key}: Indonesian / English: {text}"
        assert metric_names(rule["expr"]) <= CONTRACT | {"up"}, name


@needs_promtool
def test_the_example_rooms_file_gives_one_target_per_room_with_its_labels() -> None:
    # file discovery answers at once; promtool waits out --timeout (30 s by default) anyway
    done = _promtool("check", "service-discovery", "--timeout=3s", str(PROMETHEUS_YML), "vcdesk")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout[done.stdout.index("[") :])
    labels = [t["labels"] for t in found]
    assert len(labels) == 2
    assert all(set(lab) >= {"room", "agency", "site"} for lab in labels)
    assert all(lab["instance"].endswith(":9847") and lab["job"] == "vcdesk" for lab in labels)
    assert len({lab["room"] for lab in labels}) == 2


def test_the_scrape_job_is_as_the_province_needs_it() -> None:
    config = _yaml(PROMETHEUS_YML)
    assert config["global"] == {"scrape_interval": "15s", "evaluation_interval": "15s"}
    assert config["rule_files"] == ["alerts.yml"]
    assert config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] == [
        "localhost:9093"
    ]
    job = shipped_job()
    # the agent's own room label wins over the file_sd entry's (see prometheus.yml)
    assert job["honor_labels"] is True
    assert job["file_sd_configs"] == [{"files": ["rooms/*.yml"], "refresh_interval": "1m"}]


def _wita_rules(tmp_path: Path) -> Path:
    """alerts.yml as its comment tells a WITA province to change it."""
    text = ALERTS_YML.read_text(encoding="utf-8")
    assert text.count("time() + 7 * 3600") == 2
    (tmp_path / "alerts.yml").write_text(text.replace("7 * 3600", "8 * 3600"), encoding="utf-8")
    return tmp_path / "alerts.yml"


@needs_promtool
def test_office_hours_moved_to_wita_stay_right_across_midnight_utc(tmp_path: Path) -> None:
    """07:00 WITA on Monday is 23:00 UTC on Sunday: the recipe in the rule's comment must
    make the agent alert fire then, and not at 23:30 UTC on Friday (Saturday in WITA)."""
    _wita_rules(tmp_path)
    labels = {"job": "vcdesk", "instance": "10.20.1.5:9847", "room": "Ruang Rapat Wali Kota"}
    series = "up{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}"
    alert = {"exp_labels": {**labels, "severity": "warning"}, "exp_annotations": None}
    rule = next(
        r
        for g in _yaml(ALERTS_YML)["groups"]
        for r in g["rules"]
        if r["alert"] == "VcdeskAgentDown"
    )
    # the annotations as Prometheus renders them, with this target's labels
    alert["exp_annotations"] = {
        key: text.replace("{{ $labels.room }}", labels["room"]).replace(
            "{{ $labels.instance }}", labels["instance"]
        )
        for key, text in rule["annotations"].items()
    }
    cases = [
        ("3d23h30m", [alert]),  # Sunday 23:30 UTC = Monday 07:30 WITA
        ("3d22h59m", []),  # Monday 06:59 WITA
        ("1d23h30m", []),  # Friday 23:30 UTC = Saturday 07:30 WITA
        ("4d7h59m", [alert]),  # Monday 15:59 WITA
        ("4d8h", []),  # Monday 16:00 WITA
    ]
    tests = {
        "rule_files": ["alerts.yml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": [{"series": series, "values": "0x7000"}],
                "alert_rule_test": [
                    {"eval_time": at, "alertname": "VcdeskAgentDown", "exp_alerts": exp}
                    for at, exp in cases
                ],
            }
        ],
    }
    (tmp_path / "wita_test.yml").write_text(json.dumps(tests), encoding="utf-8")
    done = _promtool("test", "rules", str(tmp_path / "wita_test.yml"))
    assert done.returncode == 0, done.stdout + done.stderr


# -- Alertmanager ---------------------------------------------------------------------------

MATCHER = re.compile(r'^\s*(\w+)\s*(=~|!~|!=|=)\s*"(.*)"\s*$')


def _matches(matchers: list[str], labels: dict[str, str]) -> bool:
    for text in matchers:
        found = MATCHER.match(text)
        assert found, f"not an Alertmanager matcher: {text}"
        name, op, value = found.groups()
        have = labels.get(name, "")
        ok = {
            "=": have == value,
            "!=": have != value,
            "=~": re.fullmatch(value, have) is not None,
            "!~": re.fullmatch(value, have) is None,
        }[op]
        if not ok:
            return False
    return True


def _route(route: dict[str, Any], labels: dict[str, str]) -> str:
    """The receiver Alertmanager picks (first matching child, no `continue` here)."""
    for child in route.get("routes", []):
        if _matches(child.get("matchers", []), labels):
            return _route({"receiver": child["receiver"], **child}, labels)
    return str(route["receiver"])


def test_alertmanager_routes_critical_to_the_pager_and_warnings_to_email() -> None:
    config = _yaml(ALERTMANAGER_YML)
    receivers = {r["name"]: r for r in config["receivers"]}
    route = config["route"]
    assert route["group_by"] == ["room", "severity"]
    rules = [r for g in _yaml(ALERTS_YML)["groups"] for r in g["rules"]]
    for rule in rules:
        labels = {"alertname": rule["alert"], **rule["labels"], "room": "Ruang Rapat Gubernur"}
        receiver = receivers[_route(route, labels)]
        kind = "webhook_configs" if labels["severity"] == "critical" else "email_configs"
        assert kind in receiver, (rule["alert"], receiver["name"])
    # email needs a mail server, or Alertmanager refuses the config
    assert config["global"]["smtp_smarthost"] and config["global"]["smtp_from"]


def test_an_agent_down_inhibits_the_same_rooms_other_alerts_only() -> None:
    (rule,) = _yaml(ALERTMANAGER_YML)["inhibit_rules"]
    source = {"alertname": "VcdeskAgentDown", "severity": "warning"}
    assert _matches(rule["source_matchers"], source)
    for name in ALERTS:
        assert _matches(rule["target_matchers"], {"alertname": name}) == (
            name != "VcdeskAgentDown"
        ), name
    assert not _matches(rule["target_matchers"], {"alertname": "NodeDown"})
    # the dead target's `up` and the agent's series share these labels (prometheus.yml)
    assert rule["equal"] == ["job", "instance"]


@pytest.mark.skipif(shutil.which("amtool") is None, reason="amtool is not installed")
def test_amtool_accepts_the_alertmanager_config() -> None:
    done = subprocess.run(
        ["amtool", "check-config", str(ALERTMANAGER_YML)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


# -- Grafana ---------------------------------------------------------------------------------


def _panels() -> list[dict[str, Any]]:
    return list(json.loads(DASHBOARD.read_text(encoding="utf-8"))["panels"])


def dashboard_exprs() -> list[str]:
    return [t["expr"] for p in _panels() for t in p.get("targets", [])]


def test_the_dashboard_has_a_room_variable_and_one_repeated_row_per_room() -> None:
    board = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert 36 <= board["schemaVersion"] <= 41
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["DS_PROMETHEUS"]["type"] == "datasource"
    assert variables["DS_PROMETHEUS"]["query"] == "prometheus"
    room = variables["room"]
    assert re.fullmatch(r"label_values\(vcdesk_info(\{.*\})?, room\)", room["query"]["query"])
    assert room["multi"] and room["includeAll"]
    rows = [p for p in board["panels"] if p["type"] == "row"]
    assert [(r["repeat"], r["title"]) for r in rows] == [("room", "$room")]
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))
    cells: set[tuple[int, int]] = set()
    for panel in board["panels"]:
        pos = panel["gridPos"]
        assert pos["x"] + pos["w"] <= 24, panel["title"]
        mine = {(pos["x"] + dx, pos["y"] + dy) for dx in range(pos["w"]) for dy in range(pos["h"])}
        assert not mine & cells, f"{panel['title']} overlaps another panel"
        cells |= mine


def test_every_dashboard_query_uses_the_contract_and_the_rows_room() -> None:
    panels = [p for p in _panels() if p["type"] != "row"]
    used: set[str] = set()
    for panel in panels:
        assert panel["datasource"] == {"type": "prometheus", "uid": "${DS_PROMETHEUS}"}
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${DS_PROMETHEUS}"
            names = metric_names(target["expr"])
            assert names and names <= CONTRACT, (panel["title"], names - CONTRACT)
            assert '{room=~"$room"}' in target["expr"], panel["title"]
            used |= names
    # the brief's panels: verdict, next meeting, UPS, queue, recording hours
    assert used >= {
        "vcdesk_checklist_go",
        "vcdesk_next_meeting_start_timestamp_seconds",
        "vcdesk_ups_on_battery",
        "vcdesk_ups_charge_ratio",
        "vcdesk_ups_runtime_seconds",
        "vcdesk_queue_jobs",
        "vcdesk_recording_hours_left",
    }


def test_the_verdict_panel_shows_go_green_and_no_go_red() -> None:
    (verdict,) = [
        p
        for p in _panels()
        for t in p.get("targets", [])
        if t["expr"].startswith("vcdesk_checklist_go{")
    ]
    assert verdict["type"] == "stat"
    options = verdict["fieldConfig"]["defaults"]["mappings"][0]["options"]
    assert (options["1"]["text"], options["1"]["color"]) == ("GO", "green")
    assert (options["0"]["text"], options["0"]["color"]) == ("NO-GO", "red")


# -- services ----------------------------------------------------------------------------------


def _unit_keys(text: str) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            keys.setdefault(key.strip(), []).append(value.strip())
    return keys


def test_the_systemd_unit_runs_the_agent_as_a_service_with_device_access() -> None:
    keys = _unit_keys(UNIT.read_text(encoding="utf-8"))
    assert keys["User"] == ["vcdesk"]
    assert keys["ExecStart"] == ["/opt/vcdesk/vcdesk agent --profile /etc/vcdesk/ruang.yaml"]
    assert keys["Restart"] == ["on-failure"]
    assert keys["KillSignal"] == ["SIGTERM"]
    assert keys["TimeoutStopSec"] == ["30"]
    # each of these would hide the camera and the sound card (see the unit's comments)
    assert not {"PrivateDevices", "ProtectClock", "DeviceAllow", "DevicePolicy"} & set(keys)
    assert set(keys["SupplementaryGroups"][0].split()) == {"video", "audio"}
    assert keys["WantedBy"] == ["multi-user.target"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_finds_nothing_to_complain_about(tmp_path: Path) -> None:
    """systemd-analyze also insists that ExecStart's program exists: the app is not in
    /opt/vcdesk here, so a copy of the unit runs /usr/bin/true instead. It only warns about
    a misspelt option, so any output at all is a failure."""
    text = UNIT.read_text(encoding="utf-8").replace("/opt/vcdesk/vcdesk ", "/usr/bin/true ")
    copy = tmp_path / UNIT.name
    copy.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_windows_service_runs_the_bundled_agent_through_winsw() -> None:
    root = ET.parse(WINSW_XML).getroot()
    assert root.tag == "service"
    assert root.findtext("id") == "vcdesk-agent"
    assert root.findtext("executable", "").endswith("\\vcdesk.exe")
    assert root.findtext("arguments", "").startswith("agent --profile ")
    assert root.findtext("stoptimeout") == "30 sec"
    assert [e.get("action") for e in root.findall("onfailure")] == ["restart", "restart"]
    # the installer script fills in every placeholder of the XML, and no other
    placeholders = set(re.findall(r"@[A-Z_]+@", WINSW_XML.read_text(encoding="utf-8")))
    script = INSTALL_PS1.read_text(encoding="utf-8")
    assert set(re.findall(r"Replace\('(@[A-Z_]+@)'", script)) == placeholders
    assert "vcdesk-agent.xml" in script


def test_the_deploy_readme_covers_each_step() -> None:
    text = (DEPLOY / "README.md").read_text(encoding="utf-8")
    for needle in (
        "vcdesk-agent.service",
        "install-agent-service.ps1",
        "rooms/",
        "promtool test rules",
        "alertmanager.yml",
        "vcdesk-rooms.json",
        "--metrics",
    ):
        assert needle in text, needle


# -- the real-Prometheus harness -------------------------------------------------------------

EXPORTER = """
import sys
from prometheus_client import CollectorRegistry, Gauge, start_http_server

registry = CollectorRegistry()
Gauge("vcdesk_info", "agent", ["room", "version"], registry=registry).labels(
    room=sys.argv[1], version="0.0-test").set(1)
Gauge("vcdesk_checklist_go", "verdict", ["room"], registry=registry).labels(
    room=sys.argv[1]).set(float(sys.argv[2]))
server, _thread = start_http_server(0, addr="127.0.0.1", registry=registry)
print(server.server_port, flush=True)
sys.stdin.read()  # serve until the test closes our stdin
"""

ROOMS = {"Ruang Rapat Gubernur": 1, "Ruang Rapat Bupati": 0, "Gerai Layanan Virtual": 1}


@pytest.fixture
def exporters() -> Iterator[dict[str, tuple[str, subprocess.Popen[str]]]]:
    """Three tiny real exporters, one per room: room -> (address, process)."""
    started: dict[str, tuple[str, subprocess.Popen[str]]] = {}
    try:
        for room, go in ROOMS.items():
            proc = subprocess.Popen(
                [sys.executable, "-c", EXPORTER, room, str(go)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None
            started[room] = (f"127.0.0.1:{int(proc.stdout.readline())}", proc)
        yield started
    finally:
        for _address, proc in started.values():
            if proc.poll() is None:
                assert proc.stdin is not None
                proc.stdin.close()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _mismatch_expr() -> str:
    rules = [r for g in _yaml(ALERTS_YML)["groups"] for r in g["rules"]]
    return str(next(r["expr"] for r in rules if r["alert"] == "VcdeskRoomLabelMismatch"))


def test_a_real_prometheus_scrapes_three_rooms_with_the_shipped_job(
    prometheus: PrometheusServer, exporters: dict[str, tuple[str, subprocess.Popen[str]]]
) -> None:
    prometheus.set_targets(
        [
            (address, {"room": room, "agency": "Dinas Kominfo"})
            for room, (address, _p) in exporters.items()
        ]
    )
    prometheus.wait_for("3 targets up", lambda: prometheus.all_up(3))
    prometheus.wait_for(
        "every room's verdict", lambda: prometheus.value("count(vcdesk_checklist_go)") == 3
    )

    up = prometheus.query('up{job="vcdesk"}')
    assert sorted((s.labels["room"], s.value) for s in up) == sorted((r, 1.0) for r in ROOMS)
    verdicts = prometheus.query("vcdesk_checklist_go")
    assert {s.labels["room"]: s.value for s in verdicts} == ROOMS
    # honor_labels: the agent's room, once, next to the target's labels; no exported_room
    assert {frozenset(s.labels) for s in verdicts} == {
        frozenset({"__name__", "job", "instance", "room", "agency"})
    }
    assert [s.labels["room"] for s in prometheus.query("vcdesk_checklist_go == 0")] == [
        "Ruang Rapat Bupati"
    ]
    assert prometheus.query(_mismatch_expr()) == []

    # the shipped rules load and evaluate on the real server without an error
    def rules() -> dict[str, str]:
        groups = prometheus.api("rules", type="alert")["groups"]
        return {r["name"]: r["health"] for g in groups for r in g["rules"]}

    prometheus.wait_for("the rules' first evaluation", lambda: "unknown" not in rules().values())
    assert rules() == dict.fromkeys(ALERTS, "ok")

    # every dashboard query is valid PromQL, and the verdict panel sees all three rooms
    for expr in dashboard_exprs():
        prometheus.query(expr.replace("$room", ".*"))
    assert len(prometheus.query('vcdesk_checklist_go{room=~".*"}')) == 3
    assert len(prometheus.api("series", **{"match[]": 'vcdesk_info{agency=~".*"}'})) == 3


def test_the_harness_follows_target_changes_and_dead_agents(
    prometheus: PrometheusServer, exporters: dict[str, tuple[str, subprocess.Popen[str]]]
) -> None:
    addresses = {room: address for room, (address, _p) in exporters.items()}
    # the booth's file_sd entry has a shortened room name: the shipped rule sees it
    labels = {room: {"room": room} for room in ROOMS}
    labels["Gerai Layanan Virtual"] = {"room": "Gerai Layanan"}
    prometheus.set_targets([(addresses[room], labels[room]) for room in ROOMS])
    prometheus.wait_for("3 targets up", lambda: prometheus.all_up(3))
    prometheus.wait_for("the rule's view", lambda: len(prometheus.query(_mismatch_expr())) == 1)
    (mismatch,) = prometheus.query(_mismatch_expr())
    assert (mismatch.labels["room"], mismatch.labels["instance"]) == (
        "Gerai Layanan Virtual",
        addresses["Gerai Layanan Virtual"],
    )

    # a room taken out of file_sd: its series go stale at once
    prometheus.set_targets([(addresses[room], {"room": room}) for room in list(ROOMS)[:2]])
    prometheus.wait_for(
        "the removed room to go stale", lambda: prometheus.value("count(vcdesk_checklist_go)") == 2
    )

    # an agent that dies: its target turns down, `up` 0 with its room
    _address, proc = exporters["Ruang Rapat Bupati"]
    proc.kill()
    proc.wait()
    prometheus.wait_for(
        "the dead agent's up to be 0",
        lambda: prometheus.value('up{room="Ruang Rapat Bupati"}') == 0,
    )
    health = {t["labels"]["room"]: t["health"] for t in prometheus.targets()}
    assert health == {"Ruang Rapat Gubernur": "up", "Ruang Rapat Bupati": "down"}
