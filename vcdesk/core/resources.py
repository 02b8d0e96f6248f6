"""Files that ship inside vcdesk: the example room profiles and the app's icon and desktop
metadata. They are package data (the top-level `profiles/` and `assets/` folders are
installed as `vcdesk.profiles` and `vcdesk.assets`), so they are found the same way from a
source checkout, an installed wheel and the one-folder app; nothing climbs out of the
package to a source tree."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

EXAMPLE_PROFILE = "example.yaml"


def _folder(package: str) -> Path:
    # Every way vcdesk is installed keeps package data as plain files on disk.
    return Path(str(resources.files(package)))


def profiles_dir() -> Path:
    return _folder("vcdesk.profiles")


def example_profile() -> Path:
    return profiles_dir() / EXAMPLE_PROFILE


def asset(name: str) -> Path:
    return _folder("vcdesk.assets") / name
