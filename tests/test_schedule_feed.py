"""The feed read from a real local HTTP server and from files: the last good copy kept
when the feed goes away or turns bad, and said so."""

from __future__ import annotations

import contextlib
import http.server
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from vcdesk.core.schedule.feed import FeedCache, read_feed, resolve
from vcdesk.core.schedule.room import RoomSchedule

ICS = Path(__file__).parent / "fixtures" / "ics"
MONDAY = date(2025, 3, 10)


class Feed:
    """A booking system's export on a local http.server thread: `body` and `status` can be
    changed between requests; `stop()` takes the server away."""

    def __init__(self) -> None:
        self.body = (ICS / "weekly.ics").read_bytes()
        self.status = 200
        self.requests = 0
        feed = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.requests += 1
                self.send_response(feed.status)
                self.send_header("Content-Type", "text/calendar; charset=utf-8")
                self.send_header("Content-Length", str(len(feed.body)))
                self.end_headers()
                self.wfile.write(feed.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/ruang-vicon.ics"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


@pytest.fixture
def feed() -> Iterator[Feed]:
    served = Feed()
    yield served
    if served.thread.is_alive():
        served.stop()


def room(source: str, data_dir: Path, **settings: object) -> RoomSchedule:
    return RoomSchedule(
        room="Ruang Vicon", timezone="Asia/Jakarta", ics=source, data_dir=data_dir, **settings
    )


def titles(schedule: RoomSchedule) -> list[str]:
    return [m.title for m in schedule.day(MONDAY)]


def test_http_feed_then_server_gone_keeps_last_good_copy(feed: Feed, data_dir: Path) -> None:
    schedule = room(feed.url, data_dir, timeout_s=2)
    status = schedule.refresh()
    assert (status.state, status.problem) == ("fresh", None)
    assert status.read_at is not None and feed.requests == 1
    assert titles(schedule) == ["Rapat koordinasi mingguan", "Musrenbang daring dengan Bappenas"]
    read_at = status.read_at

    feed.stop()
    status = schedule.refresh()
    assert status.state == "cached" and status.problem_code == "unreachable"
    assert status.read_at == read_at  # the copy's own time, not now
    assert status.problem is not None and feed.url in status.problem
    assert "check the network" in status.problem
    assert titles(schedule) == ["Rapat koordinasi mingguan", "Musrenbang daring dengan Bappenas"]

    # A new process (the console restarted) finds the copy in the data folder too.
    again = room(feed.url, data_dir, timeout_s=2)
    assert again.refresh().state == "cached"
    assert titles(again) == titles(schedule)
    schedule.close()
    again.close()


@pytest.mark.parametrize(
    ("status", "body", "code", "words"),
    [
        (404, b"not found", "http", "answered HTTP 404"),
        (500, b"oops", "http", "answered HTTP 500"),
        (200, b"<html><body>Silakan masuk</body></html>", "broken", "a web page"),
        (200, (ICS / "broken.ics").read_bytes(), "broken", "not an iCalendar file"),
    ],
)
def test_bad_answers_keep_the_copy(
    feed: Feed, data_dir: Path, status: int, body: bytes, code: str, words: str
) -> None:
    schedule = room(feed.url, data_dir)
    assert schedule.refresh().state == "fresh"
    feed.status, feed.body = status, body
    result = schedule.refresh()
    assert (result.state, result.problem_code) == ("cached", code)
    assert result.problem is not None and words in result.problem
    assert len(titles(schedule)) == 2
    # The bad answer did not replace the kept copy.
    kept = FeedCache(data_dir / "schedule").load(feed.url)
    assert kept is not None and kept[0] == (ICS / "weekly.ics").read_bytes()
    schedule.close()


def test_feed_never_read_is_unavailable_not_an_exception(data_dir: Path) -> None:
    schedule = room("http://127.0.0.1:9/nothing-listens-here.ics", data_dir, timeout_s=2)
    status = schedule.refresh()
    assert status.state == "unavailable" and status.read_at is None
    assert status.problem is not None and "cannot be reached" in status.problem
    assert schedule.loaded and titles(schedule) == []
    schedule.close()


def test_slow_feed_times_out(feed: Feed, data_dir: Path) -> None:
    release = threading.Event()
    handler = feed.server.RequestHandlerClass
    original = handler.do_GET  # type: ignore[attr-defined]

    def slow(self: http.server.BaseHTTPRequestHandler) -> None:
        release.wait(5)
        with contextlib.suppress(OSError):  # the client has given up and closed
            original(self)

    handler.do_GET = slow  # type: ignore[attr-defined]
    try:
        data, status = read_feed(feed.url, FeedCache(data_dir / "c"), timeout_s=0.5)
    finally:
        release.set()
    assert data is None and status.problem_code == "timeout"
    assert status.problem is not None and "did not answer within 0.5 s" in status.problem


def test_file_feed_replaced_by_a_broken_one_then_removed(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "jadwal.ics"
    shutil.copy(ICS / "weekly.ics", path)
    schedule = room(str(path), data_dir)
    assert schedule.refresh().state == "fresh"
    shutil.copy(ICS / "broken.ics", path)  # a half-written export
    status = schedule.refresh()
    assert (status.state, status.problem_code) == ("cached", "broken")
    path.unlink()
    status = schedule.refresh()
    assert (status.state, status.problem_code) == ("cached", "not_found")
    assert status.problem is not None and "does not exist" in status.problem
    assert len(titles(schedule)) == 2
    shutil.copy(ICS / "zones.ics", path)  # a good export again: the new one is used
    assert schedule.refresh().state == "fresh"
    assert titles(schedule) == []  # zones.ics has nothing on Monday
    schedule.close()


def test_resolve_relative_paths_and_webcal(tmp_path: Path) -> None:
    assert resolve("jadwal.ics", tmp_path) == str(tmp_path / "jadwal.ics")
    assert resolve("/srv/jadwal.ics", tmp_path) == "/srv/jadwal.ics"
    assert resolve("webcal://booking.example/r.ics", None) == "https://booking.example/r.ics"
    assert resolve("https://booking.example/r.ics", tmp_path) == "https://booking.example/r.ics"


def test_no_feed_means_console_entries_only(data_dir: Path) -> None:
    schedule = RoomSchedule(room="R", timezone="Asia/Makassar", ics=None, data_dir=data_dir)
    assert schedule.refresh().state == "none"
    assert schedule.day(MONDAY) == []
    schedule.close()


def test_slow_drip_is_cut_at_the_whole_download_deadline(feed: Feed, data_dir: Path) -> None:
    # One byte every 2 s: each read is quick, the download never ends; the deadline is for
    # the whole download.
    import time

    stop = threading.Event()

    def drip(self: http.server.BaseHTTPRequestHandler) -> None:
        with contextlib.suppress(OSError):
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            self.wfile.flush()
            for byte in feed.body:
                if stop.wait(2):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()

    feed.server.RequestHandlerClass.do_GET = drip  # type: ignore[attr-defined]
    began = time.monotonic()
    try:
        data, status = read_feed(feed.url, FeedCache(data_dir / "c"), timeout_s=3)
    finally:
        stop.set()
    assert time.monotonic() - began < 6
    assert data is None and status.problem_code == "timeout"


def test_redirect_to_ftp_or_file_is_refused(feed: Feed, data_dir: Path) -> None:
    target = "ftp://127.0.0.1/ruang.ics"

    def redirect(self: http.server.BaseHTTPRequestHandler) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()

    feed.server.RequestHandlerClass.do_GET = redirect  # type: ignore[attr-defined]
    for target in ("ftp://127.0.0.1/ruang.ics", "file:///etc/passwd"):
        data, status = read_feed(feed.url, FeedCache(data_dir / "c"), timeout_s=3)
        assert data is None and status.problem_code == "redirect"
        assert status.problem is not None and target in status.problem


def test_malformed_feed_does_not_replace_a_good_copy(feed: Feed, data_dir: Path) -> None:
    schedule = room(feed.url, data_dir)
    assert schedule.refresh().state == "fresh"
    feed.body = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:tanpa mulai\r\n"
        b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:y\r\nDTSTART:20250310T020000Z\r\n"
        b"RRULE:FREQ=DAILY;INTERVAL=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    status = schedule.refresh()
    assert (status.state, status.problem_code) == ("cached", "broken")
    assert len(titles(schedule)) == 2
    schedule.close()


def test_warnings_reach_the_status(feed: Feed, data_dir: Path) -> None:
    import json

    feed.body = feed.body.replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Rusak\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    schedule = room(feed.url, data_dir)
    status = schedule.refresh()
    assert status.state == "fresh" and status.skipped == 1
    (warning,) = status.warnings
    assert warning.params["case"] == "no_start" and "Rusak" in warning.message
    assert json.loads(json.dumps(status.to_json()))["warnings"][0]["code"] == "skipped"
    assert len(titles(schedule)) == 2
    schedule.close()


def test_warnings_are_logged_once_per_change_of_the_feed(
    feed: Feed, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = feed.body
    feed.body = good.replace(
        b"END:VCALENDAR", b"BEGIN:VEVENT\r\nUID:z\r\nSUMMARY:Rusak\r\nEND:VEVENT\r\nEND:VCALENDAR"
    )
    schedule = room(feed.url, data_dir)

    def logged() -> list[str]:
        return [r.getMessage() for r in caplog.records if "events left out" in r.getMessage()]

    with caplog.at_level("WARNING", logger="vcdesk.core.schedule.room"):
        for _ in range(3):  # re-read, the same feed
            assert schedule.refresh().skipped == 1
        assert len(logged()) == 1 and "“Rusak” (z) was left out" in logged()[0]
        feed.body = feed.body.replace(b"SUMMARY:Rusak", b"SUMMARY:Rusak lagi")
        schedule.refresh()
        schedule.refresh()
        assert len(logged()) == 2 and "“Rusak lagi”" in logged()[1]
        feed.body = good
        assert schedule.refresh().warnings == ()
        assert len(logged()) == 2
    assert feed.requests == 6
    schedule.close()
