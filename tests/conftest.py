import os

# Every test runs headless and against a throw-away data dir: nothing touches the real home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.common",
    "tests.fixtures.media",
    "tests.fixtures.pulse",
    "tests.fixtures.camera_stream",
    "tests.fixtures.nut",
    "tests.fixtures.netns",
]
