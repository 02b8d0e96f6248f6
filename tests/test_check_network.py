"""The network check against real sockets: a LibreSpeed-compatible server inside a network
namespace behind a 20 Mbit/s tbf link (tests/fixtures/netns.py), the same server on
loopback for its failure modes, and a TCP delay proxy where a slow route is wanted (this
kernel has no netem)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.fixtures.speedtest_server import DelayProxy, SpeedtestServer
from vcdesk.core.checks.network import run
from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import ChecklistRun
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Network
from vcdesk.core.words import checks


def check(deadline_s: float | None = None, **fields: Any) -> tuple[CheckResult, float]:
    """Run the check as the runner would: with its deadline (2 x test_seconds + 8 s)."""
    section = Network(**fields)
    limit = deadline_s if deadline_s is not None else 2 * section.test_seconds + 8
    began = time.monotonic()
    result = run(section, CancelToken(deadline=began + limit))
    return result, time.monotonic() - began


@pytest.fixture(scope="module")
def local_server() -> Iterator[SpeedtestServer]:
    with SpeedtestServer("127.0.0.1") as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- through the 20 Mbit/s link ----------------------------------------------------------


def test_download_and_upload_read_the_link_rate(netns_speedtest_url: str) -> None:
    result, took = check(speedtest_url=netns_speedtest_url, test_seconds=3, streams=3)
    down, up = result.details["download_mbps"], result.details["upload_mbps"]
    print(
        f"\n20 Mbit/s link: download {down} Mbit/s, upload {up} Mbit/s, "
        f"latency {result.details['latency_ms']} ms, in {took:.1f} s"
    )
    assert result.status is Status.PASS, result.message
    assert result.code == "network.ok"
    assert 17 <= down <= 23
    assert 17 <= up <= 23
    assert result.value == down and result.unit == "Mbit/s"
    assert result.details["latency_ms"] < 50  # no delay on this link: see the proxy test
    assert f"{down:.1f} Mbit/s" in result.message


def test_room_needing_40_mbit_fails_naming_both_figures(netns_speedtest_url: str) -> None:
    result, _ = check(speedtest_url=netns_speedtest_url, test_seconds=2, min_download_mbps=40)
    down = result.details["download_mbps"]
    print(f"\n20 Mbit/s link against a 40 Mbit/s room: {down} Mbit/s")
    assert result.status is Status.FAIL
    assert result.code == "network.download_slow"
    assert "40 Mbit/s" in result.message
    assert f"{down:.1f} Mbit/s" in result.message
    assert 15 <= down <= 25
    assert result.details["min_download_mbps"] == 40
    assert [p["code"] for p in result.details["problems"]] == ["network.download_slow"]


def test_delay_on_the_route_shows_in_latency(netns_speedtest_url: str) -> None:
    target = urlsplit(netns_speedtest_url)
    assert target.hostname is not None and target.port is not None
    with DelayProxy(target.hostname, target.port, delay_s=0.080) as proxy:
        result, _ = check(
            speedtest_url=f"http://{proxy.address}/", test_seconds=2, max_latency_ms=100
        )
    latency = result.details["latency_ms"]
    print(f"\n80 ms each way: latency {latency} ms, jitter {result.details['jitter_ms']} ms")
    assert latency >= 150
    assert result.status is Status.FAIL
    assert result.code == "network.latency_high"
    assert f"{latency:.0f} ms" in result.message and "100 ms" in result.message
    assert result.details["max_latency_ms"] == 100


def test_cancel_mid_download_returns_promptly(netns_speedtest_url: str) -> None:
    token = CancelToken(deadline=time.monotonic() + 60)
    box: dict[str, CheckResult] = {}
    section = Network(speedtest_url=netns_speedtest_url, test_seconds=20)
    worker = threading.Thread(target=lambda: box.update(result=run(section, token)))
    worker.start()
    give_up = time.monotonic() + 10
    while not any(t.name.startswith("download-") for t in threading.enumerate()):
        assert time.monotonic() < give_up, "the download never started"
        time.sleep(0.02)
    time.sleep(0.5)
    cancelled_at = time.monotonic()
    token.cancel()
    worker.join(5)
    took = time.monotonic() - cancelled_at
    assert not worker.is_alive()
    assert took < 1.5, f"took {took:.2f} s to stop"
    assert box["result"].status is Status.SKIP
    assert box["result"].code == "network.cancelled"


def test_a_short_deadline_shortens_the_test_instead_of_overrunning(
    netns_speedtest_url: str,
) -> None:
    result, took = check(deadline_s=4, speedtest_url=netns_speedtest_url, test_seconds=20)
    assert took < 4
    assert result.status is Status.PASS, result.message
    assert 15 <= result.details["download_mbps"] <= 25


def test_through_the_runner_with_a_loaded_profile(netns_speedtest_url: str, tmp_path: Path) -> None:
    url = urlsplit(netns_speedtest_url)
    path = tmp_path / "room.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room:\n  name: Ruang Uji Jaringan\n"
        "network:\n"
        f"  speedtest_url: {netns_speedtest_url}\n"
        "  min_download_mbps: 10\n"
        "  min_upload_mbps: 5\n"
        "  test_seconds: 2\n"
        f"  hosts: ['{url.hostname}:{url.port}']\n",
        encoding="utf-8",
    )
    profile = load_profile(path)
    got: list[CheckResult] = []
    began = time.monotonic()
    results = ChecklistRun(profile, only=["network"], on_result=got.append).start().wait()
    took = time.monotonic() - began
    assert [r.id for r in results] == ["network"] and got == results
    result = results[0]
    assert result.status is Status.PASS, result.message
    assert 15 <= result.value <= 25  # type: ignore[operator]
    assert result.details["hosts"][0]["latency_ms"] < 50
    assert 0 < result.duration_s <= took < 2 * 2 + 8
    assert result.to_json()["unit"] == "Mbit/s"


# --- failures, each its own code, each well within the deadline --------------------------


def test_reset_mid_transfer_fails_cleanly(local_server: SpeedtestServer) -> None:
    result, took = check(speedtest_url=local_server.url + "reset/", test_seconds=2)
    assert result.status is Status.FAIL
    assert result.code == "network.server_reset"
    assert result.details["phase"] == "download"
    assert "cut during the download" in result.message
    assert took < 3


@pytest.mark.parametrize(
    ("where", "code", "words"),
    [
        ("closed", "network.server_refused", "refused the connection"),
        ("dns", "network.server_dns", "cannot be found"),
        ("error500", "network.server_http_error", "HTTP 500"),
    ],
)
def test_server_failures_each_get_their_code(
    local_server: SpeedtestServer, closed_port: int, where: str, code: str, words: str
) -> None:
    url = {
        "closed": f"http://127.0.0.1:{closed_port}/",
        "dns": "http://speedtest.vcdesk.invalid/",
        "error500": local_server.url + "error500/",
    }[where]
    result, took = check(speedtest_url=url, test_seconds=2)
    assert result.status is Status.FAIL
    assert result.code == code
    assert words in result.message
    assert result.value is None
    assert took < 4  # the deadline is 12 s: these fail at once
    if where == "error500":
        assert result.details["status"] == 500


def test_a_server_that_stops_sending_times_out_within_the_deadline(
    local_server: SpeedtestServer,
) -> None:
    result, took = check(speedtest_url=local_server.url + "stall/", test_seconds=2)
    assert result.status is Status.FAIL
    assert result.code == "network.server_timeout"
    assert result.details["phase"] == "download"
    assert took < 2 * 2 + 8
    # the reason is ours, so it is a cause with its figure, worded by the catalogue
    assert result.details["cause"] in ("server_silent", "no_answer")
    wait_s = result.details["wait_s"]
    assert 0 < wait_s < 2 * 2 + 8
    assert f"{wait_s:.1f} s" in result.message
    assert "stopped answering during the download test" in result.message


def test_optional_network_skips_when_the_server_is_absent(closed_port: int) -> None:
    result, _ = check(speedtest_url=f"http://127.0.0.1:{closed_port}/", optional=True)
    assert result.status is Status.SKIP
    assert result.code == "network.server_refused"


# --- hosts -------------------------------------------------------------------------------


def test_reachable_hosts_pass_with_their_latency(local_server: SpeedtestServer) -> None:
    hosts = [f"127.0.0.1:{local_server.port}"]
    try:
        v6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
    except OSError:
        v6 = None  # no IPv6 loopback on this machine: test the IPv4 form only
    if v6 is not None:
        hosts.append(f"[::1]:{v6.getsockname()[1]}")
    try:
        result, _ = check(hosts=tuple(hosts))
    finally:
        if v6 is not None:
            v6.close()
    assert result.status is Status.PASS, result.message
    assert result.value is None  # no speed test server named
    assert [h["name"] for h in result.details["hosts"]] == hosts
    for report in result.details["hosts"]:
        assert report["samples"] == 5
        assert 0 < report["latency_ms"] < 50


def test_refused_and_unknown_hosts_fail_naming_them(
    local_server: SpeedtestServer, closed_port: int
) -> None:
    good, refused = f"127.0.0.1:{local_server.port}", f"127.0.0.1:{closed_port}"
    result, took = check(hosts=(good, refused, "nohost.vcdesk.invalid:443"))
    assert result.status is Status.FAIL
    assert result.code == "network.host_refused"
    assert refused in result.message
    assert "nohost.vcdesk.invalid" in result.message
    assert [p["code"] for p in result.details["problems"]] == [
        "network.host_refused",
        "network.host_dns",
    ]
    assert result.details["hosts"][0]["latency_ms"] > 0
    assert took < 4


def test_nothing_to_test_skips() -> None:
    result, took = check()
    assert result.status is Status.SKIP
    assert result.code == "network.nothing_to_test"
    assert took < 0.5
    assert "network.speedtest_url" in result.message and "network.hosts" in result.message
    # the room's limits travel with every result, so its requirement can be worded
    assert result.threshold == "≥ 10 Mbit/s down, ≥ 5 Mbit/s up, ≤ 150 ms latency, ≤ 30 ms jitter"


@pytest.mark.parametrize(
    ("url", "cause", "words"),
    [
        ("http://:80/", "not_http", "not an http:// or https:// address"),
        ("http://speed.kominfo.test:port/", "bad_port", "its port number is not valid"),
        ("http://speed.kominfo.test:99999/", "bad_port", "its port number is not valid"),
        ("http://[fd00::1/", "unreadable", "it cannot be read as an address"),
    ],
)
def test_an_unusable_address_says_why(url: str, cause: str, words: str) -> None:
    result, took = check(speedtest_url=url, min_download_mbps=25)
    assert result.status is Status.FAIL
    assert result.code == "network.bad_url"
    assert result.details["cause"] == cause and result.details["url"] == url
    assert f"The speed test address {url} is not usable ({words})" in result.message
    assert result.threshold.startswith("≥ 25 Mbit/s down")
    assert took < 0.5


def test_the_result_carries_values_and_the_words_follow_the_language(
    local_server: SpeedtestServer, closed_port: int, indonesian: None
) -> None:
    refused = f"127.0.0.1:{closed_port}"
    result, _ = check(hosts=(refused, "nohost.vcdesk.invalid:443"), max_jitter_ms=12)
    problems = result.details["problems"]
    assert problems[0] == {"code": "network.host_refused", "host": "127.0.0.1",
                           "port": closed_port}  # fmt: skip
    assert problems[1]["host"] == "nohost.vcdesk.invalid" and problems[1]["port"] == 443
    assert problems[1]["error"] and "cause" not in problems[1]  # the OS's own words
    assert result.details["max_jitter_ms"] == 12
    # the console's words: Indonesian, with the OS's text kept as it is inside
    text = checks.message(result)
    assert "menolak sambungan" in text and refused in text, text
    assert "nohost.vcdesk.invalid" in text and problems[1]["error"] in text, text
    assert "refused" not in text and "di-resolve" not in text, text
    assert "jitter ≤ 12 ms" in checks.required(result)
    # JSON, CSV and the log: English whatever the console speaks
    assert result.message.startswith(f"Host {refused} refused the connection")
    assert "≤ 12 ms jitter" in result.threshold
