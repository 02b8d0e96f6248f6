"""The layering of DESIGN.md, kept true by a test rather than by memory."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import vcdesk

BLOCK_QT = """
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('core must not import Qt: ' + name)
sys.meta_path.insert(0, NoQt())
import vcdesk.core
for mod in pkgutil.walk_packages(vcdesk.core.__path__, 'vcdesk.core.'):
    importlib.import_module(mod.name)
import vcdesk.cli.main
print('ok')
"""


def test_core_and_cli_import_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_only_ui_imports_qtwidgets() -> None:
    offenders = []
    for mod in pkgutil.walk_packages(vcdesk.__path__, "vcdesk."):
        if mod.name.startswith("vcdesk.ui") or mod.ispkg:
            continue
        spec = mod.module_finder.find_spec(mod.name, None)  # type: ignore[call-arg]
        source = Path(spec.origin).read_text(encoding="utf-8")  # type: ignore[union-attr]
        if "QtWidgets" in source:
            offenders.append(mod.name)
    assert offenders == []
