"""The one-folder app: its size on disk, its build time, and its start-up to the first paint of
the console on a real (virtual) X screen, beside the same figure for `.venv/bin/vcdesk`.
Target: <= 2.0 s warm.

    .venv/bin/python -m bench.bundle [--dist DIR] [--runs 7]

Without --dist it builds with `.ci/bundle` into a temporary folder (and times the build);
with --dist it measures DIR/vcdesk as built before. "First paint" is seen from outside, the
same way for both programs: this process watches the X server (Xlib through ctypes) for the
console's top-level window and takes the moment its contents are first drawn (the X DAMAGE
extension's first report on it), from the moment the program was started. Warm: one run of
each first, untimed; then pairs, bundle and venv back to back, their order swapped each round.
Also: `vcdesk --version` from each, for the command line's start-up.

For .venv/bin/vcdesk this outside view agrees with bench.ui_startup, which hooks the main
window's Paint event inside the process: 0.522 s here, 0.532 s there, measured back to back."""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.screenshots import ROOT, virtual_screen

TARGET_S = 2.0
TITLE_PREFIX = b"vcdesk: "

# Xlib's event codes and masks (X.h), and the DAMAGE extension's (Xdamage.h).
CREATE_NOTIFY, MAP_NOTIFY = 16, 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_NON_EMPTY = 3
DAMAGE_NOTIFY = 0

# A window may be gone by the time it is asked for its name or given a Damage object (Qt makes
# short-lived helper windows): Xlib's default handler would exit this process on that error.
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ignore_x_errors = _ERROR_HANDLER(lambda display, error: 0)


class FirstPaintWatcher:
    """Reports when a window titled "vcdesk: ..." is first drawn into on `display`.

    Every new top-level window gets a Damage object as soon as it is created (so no drawing
    can slip by before it is mapped); the first damage report on a window whose name starts
    with TITLE_PREFIX is the first paint. Event layouts are those of 64-bit Linux."""

    def __init__(self, display: str) -> None:
        self.x = ctypes.CDLL("libX11.so.6")
        self.xd = ctypes.CDLL("libXdamage.so.1")
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.x.XPending.argtypes = [ctypes.c_void_p]
        self.x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self.x.XFree.argtypes = [ctypes.c_void_p]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.x.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
        self.x.XSetErrorHandler.restype = ctypes.c_void_p
        self.x.XSetErrorHandler(_ignore_x_errors)
        self.xd.XDamageQueryExtension.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 2
        self.xd.XDamageCreate.restype = ctypes.c_ulong
        self.xd.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        self.dpy = self.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"bench.bundle: cannot open X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self.xd.XDamageQueryExtension(
            self.dpy, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            raise SystemExit("bench.bundle: the X server has no DAMAGE extension")
        self.damage_event = event_base.value + DAMAGE_NOTIFY
        root = self.x.XDefaultRootWindow(self.dpy)
        self.x.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.x.XSync(self.dpy, 0)
        self.fd = self.x.XConnectionNumber(self.dpy)

    def name(self, window: int) -> bytes:
        text = ctypes.c_char_p()
        if not self.x.XFetchName(self.dpy, window, ctypes.byref(text)) or not text.value:
            return b""
        value = text.value
        self.x.XFree(text)
        return value

    def drain(self) -> None:
        """Forget the events of earlier runs."""
        self.x.XSync(self.dpy, 0)
        event = (ctypes.c_ulong * 24)()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, event)

    def wait(self, timeout: float) -> float:
        """Blocks until the console's first paint; returns time.perf_counter() then."""
        event = (ctypes.c_ulong * 24)()
        deadline = time.perf_counter() + timeout
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, event)
                kind = event[0] & 0xFFFFFFFF
                if kind == CREATE_NOTIFY:  # parent, then window, at words 4 and 5
                    self.xd.XDamageCreate(self.dpy, event[5], DAMAGE_REPORT_NON_EMPTY)
                    self.x.XFlush(self.dpy)
                elif kind == self.damage_event and self.name(event[4]).startswith(TITLE_PREFIX):
                    return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no vcdesk window was painted")
            select.select([self.fd], [], [], left)

    def close(self) -> None:
        self.x.XCloseDisplay(self.dpy)


def first_paint(
    watcher: FirstPaintWatcher, program: Path, env: dict[str, str], profile: Path
) -> float:
    watcher.drain()
    began = time.perf_counter()
    app = subprocess.Popen(
        [str(program), "--profile", str(profile)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        return watcher.wait(60) - began
    finally:
        app.terminate()
        try:
            app.wait(10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def version_time(program: Path, env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run([str(program), "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def disk_usage(path: Path) -> int:
    """Bytes on disk (allocated blocks, as du counts them); symlinks are not followed."""
    if path.is_symlink() or path.is_file():
        return path.lstat().st_blocks * 512
    return sum(
        disk_usage(Path(folder) / name)
        for folder, dirs, files in os.walk(path)
        for name in files + [d for d in dirs if (Path(folder) / d).is_symlink()]
    )


def build(dist: Path) -> float:
    began = time.perf_counter()
    done = subprocess.run(
        ["bash", ".ci/bundle", "--dist", str(dist), "--work", str(dist.parent / "work")],
        cwd=ROOT,
        env={**os.environ, "BUNDLE_PYTHON": sys.executable},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench.bundle: .ci/bundle failed\n{done.stdout}{done.stderr}")
    return time.perf_counter() - began


def report_size(app: Path) -> None:
    total = disk_usage(app)
    print(f"bundle size on disk: {total / 1e6:.0f} MB = {total / 2**20:.0f} MiB ({app})")
    parts = [*app.iterdir(), *(app / "_internal").iterdir()]
    parts = [p for p in parts if p.name != "_internal" and not p.is_symlink()]
    biggest = sorted(parts, key=disk_usage, reverse=True)[:10]
    for part in biggest:
        print(f"  {disk_usage(part) / 1e6:7.1f} MB  {part.relative_to(app)}")


def median_line(name: str, times: list[float], target: float | None = None) -> str:
    times = sorted(times)
    line = (
        f"{name}: median {statistics.median(times):.3f} s, "
        f"min {times[0]:.3f} s, max {times[-1]:.3f} s over {len(times)} runs"
    )
    return line + (f" (target <= {target} s)" if target else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dist", type=Path, help="folder holding a built vcdesk/ (no build)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    venv = Path(sys.executable).parent / "vcdesk"
    with tempfile.TemporaryDirectory(prefix="vcdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        if args.dist:
            app = args.dist / "vcdesk"
        else:
            seconds = build(tmp / "dist")
            app = tmp / "dist" / "vcdesk"
            print(f"build time: {seconds:.1f} s (.ci/bundle, wall clock)")
        report_size(app)
        profile = tmp / "room.yaml"
        shutil.copy(ROOT / "profiles" / "example.yaml", profile)
        programs = {"bundle": app / "vcdesk", "venv": venv}
        with virtual_screen() as display:
            # One connection for the whole session: it also keeps Xvfb from resetting (and
            # refusing connections for a moment) each time the last program quits.
            watcher = FirstPaintWatcher(display)
            (tmp / "runtime").mkdir(mode=0o700)
            env = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                "HOME": str(tmp),
                "LANG": "C.UTF-8",
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "XDG_RUNTIME_DIR": str(tmp / "runtime"),
            }
            paint: dict[str, list[float]] = {name: [] for name in programs}
            cli: dict[str, list[float]] = {name: [] for name in programs}
            for name, program in programs.items():  # warm the OS file cache: untimed
                env_one = {**env, "VCDESK_DATA_DIR": str(tmp / f"data-{name}")}
                first_paint(watcher, program, env_one, profile)
                version_time(program, env_one)
            for round_ in range(args.runs):
                order = list(programs) if round_ % 2 == 0 else list(reversed(programs))
                for name in order:
                    env_one = {**env, "VCDESK_DATA_DIR": str(tmp / f"data-{name}")}
                    paint[name].append(first_paint(watcher, programs[name], env_one, profile))
                    cli[name].append(version_time(programs[name], env_one))
            watcher.close()
    print(median_line("start-up to first paint, bundle", paint["bundle"], TARGET_S))
    print(median_line("start-up to first paint, .venv/bin/vcdesk", paint["venv"]))
    ratio = statistics.median(b / v for b, v in zip(paint["bundle"], paint["venv"], strict=True))
    print(f"  bundle / venv, median of the {args.runs} pairs: {ratio:.2f}")
    print(median_line("vcdesk --version, bundle", cli["bundle"]))
    print(median_line("vcdesk --version, .venv/bin/vcdesk", cli["venv"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
