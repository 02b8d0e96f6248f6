"""The one-folder app on a PC with no Python: built once by `.ci/bundle` (the PyInstaller spec
deploy/pyinstaller/vcdesk.spec) into a temporary folder, then moved to a folder whose name has
a space (as "Program Files" has), and the build folder deleted.

Every run of it gets a bare environment (PATH is an empty folder, HOME and the data folder are
temporary; no PYTHONPATH, no VIRTUAL_ENV) and runs in its own mount namespace where the source
tree with its .venv, every Python of this machine and its ffmpeg are hidden under empty bind
mounts. So whatever works here came from the folder itself: its own Python, Qt, translations,
profiles and the ffmpeg of imageio-ffmpeg. Nothing it prints may mention the source tree or a
venv. The console runs on a virtual X screen (Xvfb), in Bahasa Indonesia, and quits with Ctrl+Q.

What cannot run here: the Windows build (the same spec, deploy/windows/vcdesk.iss and
.github/workflows/windows.yml) needs a Windows machine."""

from __future__ import annotations

import contextlib
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli import ROOT
from tests.fixtures.media import make_video
from vcdesk import __version__

# The build (about 20 s here, more on a busy machine) counts towards the first test's time.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TITLE_ID = "vcdesk: konsol ruang konferensi video"
TOOLS = ("unshare", "mount", "Xvfb", "xdotool", "import", "identify")


def _hidden_paths() -> list[Path]:
    """What a room PC does not have: this source tree (and its .venv), any Python (the one
    the venv was made from, the system's libraries), the system's ffmpeg."""
    base = Path(sys.base_prefix)  # /usr for Debian's Python, a folder of its own for pyenv's
    candidates = [ROOT] if base in (Path("/usr"), Path("/usr/local")) else [ROOT, base]
    for lib in (Path("/usr/lib"), Path("/usr/local/lib")):
        candidates += lib.glob("python3*")  # the system's Python library and packages
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg:
        candidates.append(Path(ffmpeg).resolve())
    return [path for path in dict.fromkeys(candidates) if path.exists()]


@dataclass
class Room:
    """The bundle where the room PC keeps it, and the bare environment it runs in."""

    app: Path
    folder: Path
    env: dict[str, str]
    binds: list[str]  # source, target pairs for the mount namespace

    def argv(self, program: str, *args: str) -> list[str]:
        mount = shutil.which("mount")
        script = (
            'while [ "$1" != -- ]; do '
            f'{shlex.quote(str(mount))} --bind "$1" "$2" || exit 97; shift 2; '
            'done; shift; exec "$@"'
        )
        return [
            str(shutil.which("unshare")),
            "--mount",
            "--propagation",
            "private",
            "/bin/sh",
            "-c",
            script,
            "sh",
            *self.binds,
            "--",
            str(self.app / program),
            *args,
        ]

    def run(
        self, *args: str, timeout: float = 120, program: str = "vcdesk"
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.argv(program, *args),
            env=self.env,
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode != 97, f"could not hide a path: {done.stderr}"
        assert_no_build_paths(done.stdout, done.stderr)
        return done


def assert_no_build_paths(*texts: str) -> None:
    for text in texts:
        assert str(ROOT) not in text, text[-3000:]
        assert ".venv" not in text, text[-3000:]


@pytest.fixture(scope="module")
def room(tmp_path_factory: pytest.TempPathFactory) -> Room:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: run .ci/setup")
    tmp = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        ["bash", ".ci/bundle", "--dist", str(tmp / "dist"), "--work", str(tmp / "work")],
        cwd=ROOT,
        env={**os.environ, "BUNDLE_PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    folder = tmp / "PC ruang rapat"
    app = folder / "vcdesk app"
    folder.mkdir()
    shutil.move(tmp / "dist" / "vcdesk", app)
    shutil.rmtree(tmp / "dist")
    shutil.rmtree(tmp / "work")
    hidden = _hidden_paths()
    assert not any(app.is_relative_to(path) for path in hidden), f"{app} lies in {hidden}"
    (tmp / "nothing").mkdir()
    (tmp / "nothing-file").touch()
    binds = []
    for path in hidden:
        binds += [str(tmp / ("nothing" if path.is_dir() else "nothing-file")), str(path)]
    for name in ("empty-path", "home", "runtime"):
        (folder / name).mkdir(mode=0o700)
    env = {
        "PATH": str(folder / "empty-path"),
        "HOME": str(folder / "home"),
        "LANG": "C.UTF-8",
        "VCDESK_DATA_DIR": str(folder / "data"),
        "XDG_RUNTIME_DIR": str(folder / "runtime"),
    }
    return Room(app, folder, env, binds)


@pytest.fixture(scope="module")
def profile(room: Room) -> Path:
    path = room.folder / "ruang uji.yaml"
    done = room.run("profile", "new", str(path), "--room", "Ruang Uji Bundel")
    assert done.returncode == 0, done.stderr
    return path


def test_the_folder_holds_what_the_app_needs(room: Room) -> None:
    inside = room.app / "_internal"
    for program in ("vcdesk", "vcdeskw"):
        assert os.access(room.app / program, os.X_OK)
    for language in ("id", "en"):
        for kind in ("qm", "ts"):  # the console's compiled words, and the CLI's source
            assert (inside / "vcdesk" / "i18n" / f"vcdesk_{language}.{kind}").stat().st_size > 0
    # The example profiles and the icons: every file a wheel ships in vcdesk.profiles and
    # vcdesk.assets (pyproject.toml), with the packages' __init__.py.
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    shipped = set()
    for package, folder in setuptools["package-dir"].items():
        for pattern in ["__init__.py", *setuptools["package-data"][package]]:
            for source in (ROOT / folder).glob(pattern):
                copy = inside.joinpath(*package.split("."), source.relative_to(ROOT / folder))
                assert copy.read_bytes() == source.read_bytes(), copy
                shipped.add(copy.relative_to(inside).as_posix())
    for needed in ("example.yaml", "__init__.py"):
        assert f"vcdesk/profiles/{needed}" in shipped
    for needed in ("vcdesk.svg", "vcdesk.ico", "icons/vcdesk-256.png", "__init__.py"):
        assert f"vcdesk/assets/{needed}" in shipped
    (ffmpeg,) = (inside / "imageio_ffmpeg" / "binaries").glob("ffmpeg*")
    assert os.access(ffmpeg, os.X_OK)
    # One vcdesk metadata, made from this tree: the Help menu shows its README.
    (metadata,) = inside.glob("vcdesk*-info")
    assert metadata.name == f"vcdesk-{__version__}.dist-info"
    text = (metadata / "METADATA").read_text(encoding="utf-8")
    assert "\n\n# vcdesk\n" in text and "## Command line" in text


def test_version(room: Room) -> None:
    for program in ("vcdesk", "vcdeskw"):  # the CLI one, and the windowed one (for shortcuts)
        done = room.run("--version", program=program)
        assert (done.returncode, done.stdout) == (0, f"vcdesk {__version__}\n"), done.stderr


def test_profile_new_writes_the_example(room: Room, profile: Path) -> None:
    text = profile.read_text(encoding="utf-8")
    assert "Ruang Uji Bundel" in text
    assert "# Contoh profil ruang rapat vcdesk" in text  # the example's comments came along
    assert room.run("profile", "validate", str(profile)).returncode == 0
    again = room.run("profile", "new", str(profile))
    assert again.returncode == 2  # never overwrites
    # ...and says so in the CLI's language, read from the bundled catalogue
    said = room.run("--lang", "id", "profile", "new", str(profile))
    english = room.run("--lang", "en", "profile", "new", str(profile))
    assert said.returncode == 2 and said.stderr.strip() and said.stderr != english.stderr, (
        said.stderr
    )
    assert "penggunaan:" in room.run("--lang", "id", "check", "--help").stdout


def test_check_cpu_memory_disk(room: Room, profile: Path) -> None:
    done = room.run(
        "check", "--profile", str(profile), "--only", "cpu,memory,disk", "--json", timeout=60
    )
    assert done.returncode in (0, 1), done.stderr  # go or no-go: this machine may be busy
    report = json.loads(done.stdout)
    assert [r["id"] for r in report["results"]] == ["cpu", "memory", "disk"]
    assert {r["status"] for r in report["results"]} <= {"pass", "warn", "fail"}, report
    assert done.returncode == (1 if report["overall"] == "fail" else 0)


def test_queue_converts_with_the_bundled_ffmpeg(room: Room, profile: Path) -> None:
    source = make_video(room.folder / "rapat pagi.mkv", seconds=3, size=(320, 240), fps=25)
    archive = room.folder / "arsip"
    added = room.run(
        "queue", "add", str(source), "--profile", str(profile), "--output-dir", str(archive)
    )
    assert added.returncode == 0, added.stderr
    ran = room.run("queue", "run", "--until-empty", "--profile", str(profile), timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    (job,) = json.loads(room.run("queue", "list", "--json").stdout)["jobs"]
    assert job["state"] == "done", job
    output = Path(job["output"])
    assert output.parent == archive and output.stat().st_size > 10_000
    assert source.exists()  # the original is never touched


@contextlib.contextmanager
def x_screen() -> Iterator[str]:
    """Xvfb on a display number it chooses itself (-displayfd): no clash with other tests."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def x(*argv: str, display: str, timeout: float = 30) -> str:
    """An X client (xdotool, import) on `display`; its output."""
    env = {**os.environ, "DISPLAY": display}
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{argv}: {done.stderr}"
    return done.stdout


def colours(shot: Path, display: str) -> int:
    """Screenshot of the whole screen into `shot`; how many colours it has."""
    x("import", "-window", "root", str(shot), display=display)
    return int(x("identify", "-format", "%k", str(shot), display=display))


def test_console_in_indonesian(room: Room, profile: Path) -> None:
    with x_screen() as display:
        env = {**room.env, "LANG": "id_ID.UTF-8", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        console = subprocess.Popen(
            room.argv("vcdesk", "--profile", str(profile)),
            env=env,
            cwd=room.folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            found = x(
                "xdotool", "search", "--sync", "--name", TITLE_ID, display=display, timeout=60
            )
            window = found.split()[0]
            assert x("xdotool", "getwindowname", window, display=display).strip() == TITLE_ID
            # Painted, not blank: a real window has text, icons and shading (a blank screen
            # has one colour). The screenshot stays beside the test's files, for a person.
            shot = room.folder / "console-id.png"
            deadline = time.monotonic() + 20
            while (count := colours(shot, display)) < 100 and time.monotonic() < deadline:
                time.sleep(0.5)
            assert count >= 100, f"the screen looks blank ({count} colours): {shot}"
            x("xdotool", "windowfocus", "--sync", window, display=display)
            x("xdotool", "key", "ctrl+q", display=display)
            out, err = console.communicate(timeout=30)
        finally:
            if console.poll() is None:
                console.kill()
                console.communicate()
    assert console.returncode == 0, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    assert_no_build_paths(out, err)
