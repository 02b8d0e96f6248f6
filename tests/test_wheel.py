"""The package an operator installs: a wheel built from what a clean clone holds (no
compiled translations lying about), installed into a fresh venv outside the tree, with
the source gone. It must carry its translations, example profiles, icon and user guide.

The fresh venv borrows vcdesk's dependencies (PySide6 and the rest) from the test venv
through a .pth file, rather than downloading 300 MB again; vcdesk itself comes only from
the wheel, and the test proves it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest

from tests.cli import ROOT

pytestmark = pytest.mark.slow

CHECK_INSTALLED = r"""
import sys
from pathlib import Path
from importlib import metadata
import vcdesk
from vcdesk.core import resources
from vcdesk.ui.about import readme_text

root = Path(sys.argv[1]).resolve()
for module in (vcdesk.__file__, resources.example_profile(), resources.asset("vcdesk.svg")):
    assert root not in Path(module).resolve().parents, module
assert resources.example_profile().is_file()
assert resources.asset("icons/vcdesk-32.png").is_file()
assert readme_text().startswith("# vcdesk")
assert metadata.metadata("vcdesk")["License-Expression"] == "MIT"

from PySide6.QtWidgets import QApplication
import argparse
from vcdesk.ui.app import build_window, install_translators
from vcdesk.ui.tray import app_icon

app = QApplication([])
assert install_translators(app, None), "no translation loaded"
assert not app_icon().isNull()
window = build_window(argparse.Namespace(data_dir=Path(sys.argv[2]), console_profile=None), app)
print(window.windowTitle())
print(window.profiles_page.folders[-1])
"""


def clean_clone(dest: Path) -> None:
    """The files a clone of this working tree would hold (committed or not yet, but never
    what git ignores: no .qm, no caches)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def test_wheel_from_a_clean_clone_installs_complete(tmp_path: Path) -> None:
    source, wheels, venv, data = (tmp_path / n for n in ("src", "wheels", "venv", "data"))
    clean_clone(source)
    assert not list(source.rglob("*.qm"))
    began = time.monotonic()
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert "BuildBackendWarning" not in built.stderr, built.stderr
    print(f"wheel built in {time.monotonic() - began:.1f} s")
    shutil.rmtree(source)  # nothing at run time may read the source

    (wheel,) = wheels.glob("vcdesk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "vcdesk/i18n/vcdesk_id.qm",
        "vcdesk/i18n/vcdesk_en.qm",
        "vcdesk/profiles/example.yaml",
        "vcdesk/help/guide_id.md",
        "vcdesk/profiles/ruang-rapat-gubernur.yaml",
        "vcdesk/assets/vcdesk.svg",
        "vcdesk/assets/vcdesk.ico",
        "vcdesk/assets/icons/vcdesk-256.png",
        "vcdesk/assets/id.vcdesk.Console.desktop",
        "vcdesk/assets/id.vcdesk.Console.metainfo.xml",
    ):
        assert expected in names, expected
    assert not [n for n in names if n.startswith(("tests/", "bench/"))]

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    Path(site, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    assert (venv / "bin" / "vcdeskw").is_file()

    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))},
        "LANG": "id_ID.UTF-8",
        "LANGUAGE": "id",
        "QT_QPA_PLATFORM": "offscreen",
        "VCDESK_DATA_DIR": str(data),
    }

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
        )

    version = run(str(venv / "bin" / "vcdesk"), "--version")
    assert version.returncode == 0 and version.stdout.startswith("vcdesk "), version.stderr
    made = run(str(venv / "bin" / "vcdesk"), "profile", "new", "ruang.yaml", "--room", "Ruang A")
    assert made.returncode == 0, made.stderr
    assert "# Contoh profil ruang rapat vcdesk" in (tmp_path / "ruang.yaml").read_text()

    checked = run(str(python), "-c", CHECK_INSTALLED, str(ROOT), str(data))
    assert checked.returncode == 0, checked.stderr
    title, new_folder = checked.stdout.splitlines()[-2:]
    assert title == "vcdesk: konsol ruang konferensi video"
    assert Path(new_folder) == data / "profiles"
