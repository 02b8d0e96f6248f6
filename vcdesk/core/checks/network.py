"""Network: latency and jitter to the room's hosts, and ping, jitter, download and upload
against a LibreSpeed-compatible server (speedtest.py), each judged against the profile.

The result is a code and values, never words (vcdesk.core.words.checks words them).
value = download Mbit/s (None when only hosts are tested). Every result's details carry the
room's limits (min_download_mbps, min_upload_mbps, max_latency_ms, max_jitter_ms; with
streams, test_seconds, overhead_factor). A failed result's `code` is its first problem's;
`details["problems"]` lists every problem as {"code", ...its keys}, and the catalogue words
each one. Codes and the detail keys their wording uses:

  network.ok                  download_mbps, upload_mbps, latency_ms, jitter_ms, streams,
                              hosts (each: name, latency_ms, jitter_ms, samples)
  network.nothing_to_test     (skip: no speedtest_url and no hosts)
  network.cancelled           (skip)
  network.timeout             (none: the check's time limit ran out)
  network.bad_url             url, error, cause
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

`error` is the OS's or the server's own text ("Name or service not known", "HTTP 500
Internal Server Error (garbage.php)"), shown as it is. Where the reason is ours, `cause`
names it (no_answer, name_server_silent, no_address, closed_mid_transfer, no_time_left,
server_silent, late; for bad_url: not_http, bad_port, unreadable) with its figure `wait_s`
where it has one, and the catalogue words it; `error` is then an English note for the log.

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
from vcdesk.core.checks.speedtest import BadUrl, NetError, Server, SocketWatch
from vcdesk.core.profile.model import Network

HOST_SAMPLES = 5
HOSTS_BUDGET_S = 4.0
UNIT = "Mbit/s"


@dataclass
class _Problem:
    code: str
    details: dict[str, Any] = field(default_factory=dict)


def run(section: Network, cancel: CancelToken) -> CheckResult:
    details: dict[str, Any] = {
        "min_download_mbps": section.min_download_mbps,
        "min_upload_mbps": section.min_upload_mbps,
        "max_latency_ms": section.max_latency_ms,
        "max_jitter_ms": section.max_jitter_ms,
        "streams": section.streams,
        "test_seconds": section.test_seconds,
        "overhead_factor": speedtest.OVERHEAD_FACTOR,
    }
    if not section.speedtest_url and not section.hosts:
        return CheckResult("network", Status.SKIP, "network.nothing_to_test", None, UNIT, details)
    problems: list[_Problem] = []
    try:
        if section.hosts:
            details["hosts"] = _test_hosts(section, cancel, problems)
        if section.speedtest_url:
            _test_server(section, cancel, problems, details)
    except Cancelled:
        if not _deadline_passed(cancel):
            return CheckResult("network", Status.SKIP, "network.cancelled", None, UNIT, details)
        problems.append(_Problem("network.timeout"))
    value = details.get("download_mbps")
    if not problems:
        return CheckResult("network", Status.PASS, "network.ok", value, UNIT, details)
    first = problems[0]
    details.update(first.details)
    details["problems"] = [{"code": p.code, **p.details} for p in problems]
    status = Status.FAIL
    if section.optional and all(p.code.endswith(_ABSENT) for p in problems):
        status = Status.SKIP  # the room can do without: say why, but it is not a no-go
    return CheckResult("network", status, first.code, value, UNIT, details)


_ABSENT = ("_dns", "_refused", "_unreachable")


def _deadline_passed(cancel: CancelToken) -> bool:
    return cancel.deadline is not None and time.monotonic() >= cancel.deadline


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
            report.update(kind=error.kind, **error.details())
    if samples:
        latency, jitter = speedtest.latency_and_jitter(samples)
        report.update(latency_ms=round(latency or 0.0, 2), jitter_ms=round(jitter or 0.0, 2))
        report["samples"] = len(samples)


def _judge_host(report: dict[str, Any], section: Network) -> _Problem | None:
    keys = {"host": report.get("host", ""), "port": report.get("port", 0)}
    kind = report.get("kind")
    if kind is None and "latency_ms" not in report:  # still probing when the budget ran out
        kind = "timeout"
        report.update(error="no answer in time", cause="late")
    error: dict[str, Any] = {k: report[k] for k in ("error", "cause", "wait_s") if k in report}
    if kind == "dns":
        return _Problem("network.host_dns", {**keys, **error})
    if kind == "refused":
        return _Problem("network.host_refused", keys)
    if kind is not None:
        return _Problem("network.host_unreachable", {**keys, **error})
    if report["latency_ms"] > section.max_latency_ms:
        return _Problem(
            "network.host_latency_high",
            {**keys, "latency_ms": report["latency_ms"], "max_latency_ms": section.max_latency_ms},
        )
    if report["jitter_ms"] > section.max_jitter_ms:
        return _Problem(
            "network.host_jitter_high",
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
    except BadUrl as exc:
        problems.append(
            _Problem("network.bad_url", {"url": url, "error": str(exc), "cause": exc.cause})
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


_SERVER_CODES = {
    "timeout": "network.server_timeout",
    "unreachable": "network.server_unreachable",
    "http": "network.server_http_error",
    "reset": "network.server_reset",
}


def _server_problem(error: NetError, server: Server) -> _Problem:
    if error.kind == "dns":
        return _Problem(
            "network.server_dns", {"url": server.url, "host": server.host, **error.details()}
        )
    if error.kind == "refused":
        return _Problem("network.server_refused", {"url": server.url, "where": server.where})
    keys: dict[str, Any] = {"url": server.url, "phase": error.phase, **error.details()}
    code = _SERVER_CODES.get(error.kind, "network.server_error")  # tls, protocol
    if code in ("network.server_timeout", "network.server_unreachable"):
        keys["where"] = server.where
    if code == "network.server_http_error":
        keys["status"] = error.status
    return _Problem(code, keys)


def _judge_speed(details: dict[str, Any]) -> list[_Problem]:
    found = []
    down, need_down = details.get("download_mbps"), details["min_download_mbps"]
    if down is not None and down < need_down:
        found.append(
            _Problem(
                "network.download_slow", {"download_mbps": down, "min_download_mbps": need_down}
            )
        )
    up, need_up = details.get("upload_mbps"), details["min_upload_mbps"]
    if up is not None and up < need_up:
        found.append(
            _Problem("network.upload_slow", {"upload_mbps": up, "min_upload_mbps": need_up})
        )
    latency, max_latency = details.get("latency_ms"), details["max_latency_ms"]
    if latency is not None and latency > max_latency:
        found.append(
            _Problem("network.latency_high", {"latency_ms": latency, "max_latency_ms": max_latency})
        )
    jitter, max_jitter = details.get("jitter_ms"), details["max_jitter_ms"]
    if jitter is not None and jitter > max_jitter:
        found.append(
            _Problem("network.jitter_high", {"jitter_ms": jitter, "max_jitter_ms": max_jitter})
        )
    return found
