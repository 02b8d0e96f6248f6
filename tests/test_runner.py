"""The runner's scheduling, with stand-in checks: what is tested here is the runner (parallel,
deadlines, isolation, cancel), not any device, so tiny functions stand in for checks."""

from __future__ import annotations

import threading
import time

from vcdesk.core.checks.result import CancelToken, CheckResult, Status
from vcdesk.core.checks.runner import ChecklistRun, CheckSpec, overall
from vcdesk.core.profile.model import Profile, Room

PROFILE = Profile(schema_version=1, room=Room(name="Uji"))


def sleeper(seconds: float, status: Status = Status.PASS):  # type: ignore[no-untyped-def]
    def run(section: object, cancel: CancelToken) -> CheckResult:
        cancel.wait(seconds)
        return CheckResult("x", status, "test.ok", details={"slept_s": seconds})

    return run


def stuck(section: object, cancel: CancelToken) -> CheckResult:
    threading.Event().wait(30)  # ignores its token, as a driver call might
    return CheckResult("x", Status.PASS, "test.never")


def broken(section: object, cancel: CancelToken) -> CheckResult:
    raise ZeroDivisionError("boom")


STUBS = {
    "sleeper_a": sleeper(0.6),
    "sleeper_b": sleeper(0.9, Status.WARN),
    "stuck": stuck,
    "broken": broken,
    "long": sleeper(20),
}


def spec(check_id: str, func: str, timeout: float = 5) -> CheckSpec:
    globals()[f"_stub_{check_id}"] = STUBS[func]
    return CheckSpec(check_id, "cpu", f"{__name__}:_stub_{check_id}", lambda s: timeout)


def test_parallel_and_in_order_of_arrival() -> None:
    arrived: list[str] = []
    specs = [spec("b", "sleeper_b"), spec("a", "sleeper_a")]
    start = time.monotonic()
    results = (
        ChecklistRun(PROFILE, on_result=lambda r: arrived.append(r.id), specs=specs).start().wait()
    )
    wall = time.monotonic() - start
    assert arrived == ["a", "b"]  # handed on as ready
    assert [r.id for r in results] == ["b", "a"]  # reported in the profile's order
    assert wall < 0.6 + 0.9  # not the sum
    assert results[0].duration_s >= 0.85 and results[1].duration_s >= 0.55
    assert overall(results) is Status.WARN


def test_a_hung_or_crashing_check_does_not_touch_the_others() -> None:
    specs = [spec("hang", "stuck", timeout=1.0), spec("crash", "broken"), spec("ok", "sleeper_a")]
    start = time.monotonic()
    results = {r.id: r for r in ChecklistRun(PROFILE, specs=specs).start().wait()}
    assert time.monotonic() - start < 3.5
    assert results["hang"].status is Status.FAIL and results["hang"].code == "hang.timeout"
    assert results["hang"].details == {"timeout_s": 1.0}
    assert "did not finish within 1 s" in results["hang"].message
    crash = results["crash"]
    assert (crash.status, crash.code) == (Status.ERROR, "crash.internal_error")
    assert crash.details == {"error": "ZeroDivisionError: boom"}
    assert "internal error (ZeroDivisionError: boom)" in crash.message
    assert results["ok"].status is Status.PASS
    assert overall(results.values()) is Status.FAIL


def test_cancel_returns_promptly() -> None:
    run = ChecklistRun(PROFILE, specs=[spec("slow", "long", timeout=30)]).start()
    threading.Timer(0.3, run.cancel).start()
    start = time.monotonic()
    (result,) = run.wait()
    assert time.monotonic() - start < 2
    assert result.status is Status.SKIP and result.code == "cancelled"
    assert result.message == "Cancelled."


def test_overall_ignores_skips() -> None:
    def r(status: Status) -> CheckResult:
        return CheckResult("x", status, "test.stub")

    assert overall([r(Status.SKIP), r(Status.PASS)]) is Status.PASS
    assert overall([r(Status.SKIP)]) is Status.PASS
    assert overall([r(Status.PASS), r(Status.ERROR)]) is Status.FAIL


def gives_up_at_deadline(section: object, cancel: CancelToken) -> CheckResult:
    # A well-behaved check: it waits on its token and raises Cancelled when time is up.
    while not cancel.wait(0.05):
        pass
    cancel.raise_if_cancelled()
    return CheckResult("x", Status.PASS, "test.never")


STUBS["gives_up"] = gives_up_at_deadline


def test_a_check_that_gives_up_at_its_deadline_is_a_timeout_not_a_skip() -> None:
    (result,) = ChecklistRun(PROFILE, specs=[spec("mic", "gives_up", timeout=0.5)]).start().wait()
    assert result.status is Status.FAIL and result.code == "mic.timeout"
    assert overall([result]) is Status.FAIL  # a silent device is a no-go, never a quiet skip
