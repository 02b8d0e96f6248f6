from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from vcdesk.i18n import HERE, LANGUAGES

TOOLS = Path(PySide6.__file__).resolve().parent
# Words for people: the widgets, the Qt adapters, the one catalogue and the CLI; and the
# presets' table, whose names and words are declared together, once.
TRANSLATED = (
    HERE.parent / "ui",
    HERE.parent / "qt",
    HERE.parent / "core" / "words",
    HERE.parent / "cli",
)
TRANSLATED_FILES = (HERE.parent / "core" / "convert" / "presets.py",)


def sources() -> list[str]:
    found = [p for folder in TRANSLATED for p in folder.rglob("*.py")]
    return sorted(str(p) for p in (*found, *TRANSLATED_FILES))


def tool(name: str) -> str:
    for candidate in (TOOLS / name, TOOLS / f"{name}.exe", TOOLS / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"vcdesk.i18n: Qt's {name} was not found beside PySide6 ({TOOLS})")


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",  # a text no source uses any more is not kept as clutter
                "-locations",
                "none",
                *sources(),
                "-ts",
                str(HERE / f"vcdesk_{lang}.ts"),
            ],
            check=True,
        )


def build() -> None:
    for ts in sorted(HERE.glob("vcdesk_*.ts")):
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}.get(action, lambda: sys.exit(f"unknown action {action}"))()
