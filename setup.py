"""Packaging steps pyproject.toml cannot declare: the top-level profiles/ and assets/
folders become packages of vcdesk, and the UI translations are compiled (.ts -> .qm) into
the build, so a wheel or sdist-built install speaks Indonesian without anyone having run a
step by hand. The compiled .qm files are never committed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "vcdesk" / "i18n"
        for ts in sorted(Path("vcdesk/i18n").glob("vcdesk_*.ts")):
            qm = target / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def lrelease() -> str:
    import PySide6  # a build requirement (pyproject.toml)

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt/libexec/lrelease"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"setup.py: Qt's lrelease was not found beside PySide6 ({base})")


setup(
    packages=[*find_packages(include=["vcdesk", "vcdesk.*"]), "vcdesk.profiles", "vcdesk.assets"],
    cmdclass={"build_py": BuildWithTranslations},
)
