"""Logging: a rotating file in the data dir for the record, the console for -v."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from vcdesk.core.paths import log_path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: Path, verbose: int = 0) -> Path:
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    for handler in list(root.handlers):
        if (handler.get_name() or "").startswith("vcdesk-"):  # set up twice: replace, not add
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
    console = logging.StreamHandler()
    console.setLevel({0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG))
    for name, handler in (("vcdesk-file", file_handler), ("vcdesk-console", console)):
        handler.set_name(name)
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
    return path
