"""Run the real `vcdesk` command in a subprocess, as a user would: in English unless `env`
names another language (VCDESK_LANG, or --lang among the arguments)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def vcdesk(
    *args: str, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "VCDESK_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "vcdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=full_env,
        check=False,
    )
