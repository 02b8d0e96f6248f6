from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vcdesk.core.profile.document import ProfileDocument
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.problems import ProfileError

EXAMPLE = Path(__file__).parent.parent / "profiles" / "example.yaml"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copy(EXAMPLE, tmp_path / "room.yaml"))


def test_save_keeps_comments_order_and_changes_only_the_value(example: Path) -> None:
    before = example.read_text(encoding="utf-8")
    doc = ProfileDocument.open(example)
    doc.set(("network", "min_download_mbps"), 25)
    doc.save()
    after = example.read_text(encoding="utf-8")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert changed == [("  min_download_mbps: 10", "  min_download_mbps: 25")]
    assert load_profile(example).network.min_download_mbps == 25


def test_unchanged_document_saves_byte_identical(tmp_path: Path) -> None:
    for source in sorted(EXAMPLE.parent.glob("*.yaml")):
        copy = Path(shutil.copy(source, tmp_path / source.name))
        ProfileDocument.open(copy).save()
        assert copy.read_bytes() == source.read_bytes(), source.name


def test_new_section_and_list_values(example: Path) -> None:
    doc = ProfileDocument.open(example)
    doc.remove(("schedule",))
    doc.set(("schedule", "pause_before_min"), 30)
    doc.set(("network", "hosts"), ["zoom.us:443", "10.0.0.1:3478"])
    doc.save()
    profile = load_profile(example)
    assert profile.schedule.pause_before_min == 30
    assert profile.network.hosts == ("zoom.us:443", "10.0.0.1:3478")
    assert "# Contoh profil ruang rapat" in example.read_text(encoding="utf-8")


def test_invalid_edit_is_refused_and_file_untouched(example: Path) -> None:
    before = example.read_bytes()
    doc = ProfileDocument.open(example)
    doc.set(("power", "nut", "port"), 0)
    with pytest.raises(ProfileError) as caught:
        doc.save()
    assert str(caught.value.problems[0]).endswith(
        "power.nut.port: expected a number ≥ 1, found the number 0"
    )
    assert example.read_bytes() == before


def test_failed_write_leaves_old_file_and_no_temp(example: Path, tmp_path: Path) -> None:
    # A target path whose parent is a file: the rename cannot happen, the original stays.
    doc = ProfileDocument.open(example)
    blocker = tmp_path / "blocker.txt"
    blocker.write_text("x")
    with pytest.raises(ProfileError) as caught:
        doc.save(blocker / "room.yaml")
    assert "could not save" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker.txt", "room.yaml"]


def test_save_as_keeps_mode(example: Path) -> None:
    example.chmod(0o640)
    ProfileDocument.open(example).save()
    assert example.stat().st_mode & 0o777 == 0o640
