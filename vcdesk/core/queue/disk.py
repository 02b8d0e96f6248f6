"""Which disk a folder is on, named as an operator recognises it, and how much room it has
(in bytes: the words, sizes included, are vcdesk.core.words.conversions')."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import psutil


def describe_disk(folder: Path) -> str:
    """The mount point (drive on Windows) holding `folder`, with its device: `/media/arsip
    (/dev/sdb1)`, `D:\\`."""
    target = os.path.normcase(str(_existing(folder).resolve()))
    best_mount, best_device = "", ""
    try:
        partitions = psutil.disk_partitions(all=True)
    except OSError:
        partitions = []
    for part in partitions:
        mount = os.path.normcase(part.mountpoint)
        inside = target == mount or target.startswith(mount.rstrip(os.sep) + os.sep)
        if inside and len(mount) > len(best_mount):
            best_mount, best_device = part.mountpoint, part.device
    if not best_mount:
        return str(folder)
    if not best_device or best_device == best_mount or os.name == "nt":
        return best_mount
    return f"{best_mount} ({best_device})"


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(_existing(folder)).free


def _existing(folder: Path) -> Path:
    # The output folder may not exist yet: judge by the nearest folder that does.
    path = folder.absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    return path
