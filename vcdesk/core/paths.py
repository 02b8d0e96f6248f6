"""Where vcdesk keeps its data: one override (--data-dir / VCDESK_DATA_DIR), else the
per-user data folder. Every test sets the override so nothing touches the real home."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "VCDESK_DATA_DIR"


def default_data_dir() -> Path:
    return platformdirs.user_data_path("vcdesk", False)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    chosen = override or os.environ.get(ENV_VAR)
    path = Path(chosen).expanduser() if chosen else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(base: Path) -> Path:
    return base / "vcdesk.sqlite3"


def log_path(base: Path) -> Path:
    return base / "logs" / "vcdesk.log"
