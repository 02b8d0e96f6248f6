import gc
import os
from collections.abc import Iterator

import pytest

# Every test runs headless and against a throw-away data dir: nothing touches the real home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.common",
    "tests.fixtures.language",
    "tests.fixtures.media",
    "tests.fixtures.pulse",
    "tests.fixtures.camera_stream",
    "tests.fixtures.nut",
    "tests.fixtures.netns",
    "tests.fixtures.prometheus",
]


@pytest.fixture(autouse=True)
def _qt_garbage_freed_on_the_main_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's windows and controllers sit in reference cycles (slots that close over
    them); left to the cyclic collector, they may be freed later on whatever thread it
    runs on, a worker's, where Qt cannot stop their timers. Free them here, after qtbot's
    own teardown, on the main thread."""
    yield
    if "qtbot" in request.fixturenames:
        gc.collect()
