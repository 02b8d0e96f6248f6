"""Network: latency and jitter to the room's hosts, and ping, jitter, download and upload
against a LibreSpeed-compatible server (speedtest.py), each judged against the profile.

value = download Mbit/s (None when only hosts are tested). The result's `code` is its first
problem's; `details["problems"]` lists every problem as {"code", ...its keys}, so the UI can
word each one. Codes and the detail keys their wording uses:

  network.ok                  download_mbps, upload_mbps, latency_ms, jitter_ms, hosts
  network.nothing_to_test     (skip: no speedtest_url and no hosts)
  network.cancelled           (skip)
  network.timeout             (none: the check's time limit ran out)
  network.bad_url             url, error
  network.host_dns            host, port, error
  network.host_refused        host, port
  network.host_unreachable    host, port, error
  network.host_latency_high   host, port, latency_ms, max_latency_ms
  network.host_jitter_high    host, port, jitter_ms, max_jitter_ms
  network.server_dns          url, host, error
  network.server_refused      url, where
  network.server_unreachable  url, where, phase, error
  network.server_timeout      url, where, phase, error
  network.server_http_error   url, phase, status, error
  network.server_reset        url, phase, error
  network.server_error        url, phase, error      (TLS or a garbled HTTP answer)
  network.download_slow       download_mbps, min_download_mbps
  network.upload_slow         upload_mbps, min_upload_mbps
  network.latency_high        latency_ms, max_latency_ms
  network.jitter_high         jitter_ms, max_jitter_ms

Host latency is the TCP connect time (one round trip: SYN out, SYN-ACK back), the median of
HOST_SAMPLES connects; its jitter is the mean difference of consecutive connects.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from vcdesk.core.checks import speedtest
from vcdesk.core.checks.result import Cancelled, CancelToken, CheckResult, Status
from vcdesk.core.checks.speedtest import NetError, Server, SocketWatch
from vcdesk.core.profile.model import Network

HOST_SAMPLES = 5
HOSTS_BUDGET_S = 4.0
UNIT = "Mbit/s"
_PHASES = {
    "connect": "connecting",
    "ping": "the ping test",
    "download": "the download test",
    "upload": "the upload test",
}


@dataclass
class _Problem:
    code: str
    sentence: str
    details: dict[str, Any] = field(default_factory=dict)


def run(section: Network, cancel: CancelToken) -> CheckResult:
    threshold = (
        f">= {section.min_download_mbps:g} {UNIT} down, >= {section.min_upload_mbps:g} {UNIT} "
        f"up, <= {section.max_latency_ms:g} ms latency, <= {section.max_jitter_ms:g} ms jitter"
    )
    if not section.speedtest_url and not section.hosts:
        return CheckResult(
            "network",
            Status.SKIP,
            "Nothing to test: the room profile names no speed test server "
            "(network.speedtest_url) and no hosts (network.hosts).",
            "network.nothing_to_test",
            None,
            UNIT,
            threshold,
        )
    details: dict[str, Any] = {
        "min_download_mbps": section.min_download_mbps,
        "min_upload_mbps": section.min_upload_mbps,
        "max_latency_ms": section.max_latency_ms,
        "max_jitter_ms": section.max_jitter_ms,
        "streams": section.streams,
        "test_seconds": section.test_seconds,
        "overhead_factor": speedtest.OVERHEAD_FACTOR,
    }
    problems: list[_Problem] = []
    try:
        if section.hosts:
            details["hosts"] = _test_hosts(section, cancel, problems)
        if section.speedtest_url:
            _test_server(section, cancel, problems, details)
    except Cancelled:
        if _deadline_passed(cancel):
            problems.append(
                _Problem(
                    "network.timeout",
                    "The network test ran out of time: the network or the server is answering "
                    "too slowly. Check the connection and run the checklist again.",
                    {},
                )
            )
        else:
            return CheckResult("network", Status.SKIP, "Cancelled.", "network.cancelled")
    value = details.get("download_mbps")
    if not problems:
        return CheckResult(
            "network", Status.PASS, _summary(details), "network.ok", value, UNIT, threshold, details
        )
    first = problems[0]
    details.update(first.details)
    details["problems"] = [{"code": p.code, **p.details} for p in problems]
    status = Status.FAIL
    if section.optional and all(p.code.endswith(_ABSENT) for p in problems):
        status = Status.SKIP  # the room can do without: say why, but it is not a no-go
    message = " ".join(p.sentence for p in problems)
    return CheckResult("network", status, message, first.code, value, UNIT, threshold, details)


_ABSENT = ("_dns", "_refused", "_unreachable")


def _deadline_passed(cancel: CancelToken) -> bool:
    return cancel.deadline is not None and time.monotonic() >= cancel.deadline


def _summary(details: dict[str, Any]) -> str:
    parts = []
    if "download_mbps" in details:
        parts.append(
            f"Download {details['download_mbps']:.1f} {UNIT}, upload "
            f"{details['upload_mbps']:.1f} {UNIT}, latency {details['latency_ms']:.1f} ms, "
            f"jitter {details['jitter_ms']:.1f} ms ({details['streams']} streams)."
        )
    hosts = details.get("hosts", [])
    if hosts:
        listed = ", ".join(f"{h['name']} {h['latency_ms']:.1f} ms" for h in hosts)
        parts.append(f"Reachable: {listed}.")
    return " ".join(parts)


# --- hosts -------------------------------------------------------------------------------


def split_host_port(item: str) -> tuple[str, int]:
    """'host:port' or '[v6]:port' (the profile has validated the form)."""
    host, _, port = item.rpartition(":")
    return host.strip("[]"), int(port)


def _test_hosts(
    section: Network, cancel: CancelToken, problems: list[_Problem]
) -> list[dict[str, Any]]:
    """Probe every host at once (each on its own thread), within HOSTS_BUDGET_S."""
    watch = SocketWatch(cancel)
    reports: list[dict[str, Any]] = [{"name": item} for item in section.hosts]
    threads = [
        threading.Thread(target=_probe_host, args=(report, watch), daemon=True)
        for report in reports
    ]
    give_up = time.monotonic() + cancel.remaining(HOSTS_BUDGET_S)
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(0.0, give_up - time.monotonic()))
    finally:
        watch.close_all()
        for thread in threads:  # woken by close_all: let them write their report
            thread.join(0.5)
        watch.stop()
    cancel.raise_if_cancelled()
    for report in reports:
        problem = _judge_host(report, section)
        if problem is not None:
            problems.append(problem)
    return reports


def _probe_host(report: dict[str, Any], watch: SocketWatch) -> None:
    host, port = split_host_port(report["name"])
    report.update(host=host, port=port)
    samples: list[float] = []
    try:
        addrs = speedtest.resolve(host, port, watch.cancel)
        for _ in range(HOST_SAMPLES):
            began = time.perf_counter()
            sock = speedtest.open_socket(addrs, watch)
            samples.append((time.perf_counter() - began) * 1000)
            watch.discard(sock)
            sock.close()
    except (OSError, NetError) as exc:
        if not samples:  # a host that answered once and then slowed down is still reachable
            error = speedtest.classify(exc, "connect", watch.timeout_s)
            report.update(kind=error.kind, error=error.reason)
    if samples:
        latency, jitter = speedtest.latency_and_jitter(samples)
        report.update(latency_ms=round(latency or 0.0, 2), jitter_ms=round(jitter or 0.0, 2))
        report["samples"] = len(samples)


def _judge_host(report: dict[str, Any], section: Network) -> _Problem | None:
    name, host, port = report["name"], report.get("host", ""), report.get("port", 0)
    keys = {"host": host, "port": port}
    kind = report.get("kind")
    if kind is None and "latency_ms" not in report:
        kind, report["error"] = "timeout", "no answer in time"
    if kind == "dns":
        return _Problem(
            "network.host_dns",
            f"Host {host} (port {port}) cannot be found: its name does not resolve "
            f"({report['error']}). Check the name in network.hosts and this PC's DNS settings.",
            {**keys, "error": report["error"]},
        )
    if kind == "refused":
        return _Problem(
            "network.host_refused",
            f"Host {name} refused the connection: nothing is listening on port {port} there. "
            "Check that the service is running and that the port in network.hosts is right.",
            keys,
        )
    if kind is not None:
        return _Problem(
            "network.host_unreachable",
            f"Host {name} cannot be reached ({report['error']}). Check the cable or Wi-Fi, "
            "the firewall, and the address in network.hosts.",
            {**keys, "error": report["error"]},
        )
    if report["latency_ms"] > section.max_latency_ms:
        return _Problem(
            "network.host_latency_high",
            f"Latency to {name} is {report['latency_ms']:.0f} ms; this room allows at most "
            f"{section.max_latency_ms:g} ms. Check the connection or other traffic on it.",
            {**keys, "latency_ms": report["latency_ms"], "max_latency_ms": section.max_latency_ms},
        )
    if report["jitter_ms"] > section.max_jitter_ms:
        return _Problem(
            "network.host_jitter_high",
            f"Jitter to {name} is {report['jitter_ms']:.1f} ms; this room allows at most "
            f"{section.max_jitter_ms:g} ms. The connection is unsteady: check Wi-Fi or traffic.",
            {**keys, "jitter_ms": report["jitter_ms"], "max_jitter_ms": section.max_jitter_ms},
        )
    return None


# --- speed test --------------------------------------------------------------------------


def _test_server(
    section: Network, cancel: CancelToken, problems: list[_Problem], details: dict[str, Any]
) -> None:
    url = section.speedtest_url or ""
    details["url"] = url
    try:
        server = Server.parse(url)
    except ValueError as exc:
        problems.append(
            _Problem(
                "network.bad_url",
                f"The speed test address {url} is not usable ({exc}): correct "
                "network.speedtest_url in the room profile.",
                {"url": url, "error": str(exc)},
            )
        )
        return
    result = speedtest.run_speedtest(server, section.streams, section.test_seconds, cancel)
    for key in ("latency_ms", "jitter_ms", "download_mbps", "upload_mbps"):
        figure = getattr(result, key)
        if figure is not None:
            details[key] = round(figure, 2)
    details["ping_samples"] = [round(s, 2) for s in result.ping_samples]
    details["download_bytes"] = result.download_bytes
    details["upload_bytes"] = result.upload_bytes
    if result.error is not None:
        problems.append(_server_problem(result.error, server))
    problems.extend(_judge_speed(details))


def _server_problem(error: NetError, server: Server) -> _Problem:
    during = _PHASES.get(error.phase, error.phase)
    keys: dict[str, Any] = {"url": server.url, "phase": error.phase, "error": error.reason}
    if error.kind == "dns":
        return _Problem(
            "network.server_dns",
            f"The speed test server {server.host} cannot be found: its name does not resolve "
            f"({error.reason}). Check network.speedtest_url and this PC's DNS settings.",
            {"url": server.url, "host": server.host, "error": error.reason},
        )
    if error.kind == "refused":
        return _Problem(
            "network.server_refused",
            f"The speed test server at {server.where} refused the connection: is the speed "
            "test service running there, and is the address in network.speedtest_url right?",
            {"url": server.url, "where": server.where},
        )
    if error.kind == "timeout":
        return _Problem(
            "network.server_timeout",
            f"The speed test server at {server.where} stopped answering during {during} "
            f"({error.reason}). Check the cable or Wi-Fi, the firewall, and whether the "
            "server is overloaded.",
            {**keys, "where": server.where},
        )
    if error.kind == "unreachable":
        return _Problem(
            "network.server_unreachable",
            f"The speed test server at {server.where} could not be reached during {during} "
            f"({error.reason}). Check the cable or Wi-Fi, the firewall, and "
            "network.speedtest_url.",
            {**keys, "where": server.where},
        )
    if error.kind == "http":
        return _Problem(
            "network.server_http_error",
            f"The speed test server answered {error.reason} during {during}: check that "
            "network.speedtest_url points to a working LibreSpeed server.",
            {**keys, "status": error.status},
        )
    if error.kind == "reset":
        return _Problem(
            "network.server_reset",
            f"The connection to the speed test server was cut during {during} "
            f"({error.reason}): the server, or a firewall or proxy on the way, dropped it. "
            "Run the check again; if it repeats, check the firewall and the server.",
            keys,
        )
    return _Problem(
        "network.server_error",
        f"The speed test server's answer could not be used during {during} ({error.reason}): "
        "check network.speedtest_url.",
        keys,
    )


def _judge_speed(details: dict[str, Any]) -> list[_Problem]:
    found = []
    down, need_down = details.get("download_mbps"), details["min_download_mbps"]
    if down is not None and down < need_down:
        found.append(
            _Problem(
                "network.download_slow",
                f"Download is {down:.1f} {UNIT}; this room needs {need_down:g} {UNIT}. Check "
                "what else is using the connection, or ask the provider about the line.",
                {"download_mbps": down, "min_download_mbps": need_down},
            )
        )
    up, need_up = details.get("upload_mbps"), details["min_upload_mbps"]
    if up is not None and up < need_up:
        found.append(
            _Problem(
                "network.upload_slow",
                f"Upload is {up:.1f} {UNIT}; this room needs {need_up:g} {UNIT}: others will "
                "see a poor picture. Check what else is uploading, or ask the provider.",
                {"upload_mbps": up, "min_upload_mbps": need_up},
            )
        )
    latency, max_latency = details.get("latency_ms"), details["max_latency_ms"]
    if latency is not None and latency > max_latency:
        found.append(
            _Problem(
                "network.latency_high",
                f"Latency to the speed test server is {latency:.0f} ms; this room allows at "
                f"most {max_latency:g} ms: speech will lag. Check the connection and its route.",
                {"latency_ms": latency, "max_latency_ms": max_latency},
            )
        )
    jitter, max_jitter = details.get("jitter_ms"), details["max_jitter_ms"]
    if jitter is not None and jitter > max_jitter:
        found.append(
            _Problem(
                "network.jitter_high",
                f"Jitter is {jitter:.1f} ms; this room allows at most {max_jitter:g} ms: sound "
                "will break up. Prefer a cable to Wi-Fi, and check other traffic.",
                {"jitter_ms": jitter, "max_jitter_ms": max_jitter},
            )
        )
    return found
