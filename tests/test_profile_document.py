from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vcdesk.core.profile import examples
from vcdesk.core.profile.document import ProfileDocument, write_atomic
from vcdesk.core.profile.load import load_profile, new_yaml
from vcdesk.core.profile.model import Profile
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
        if source.name == "licences-example.yaml":
            continue  # a shared licences file, not a room profile (tests/test_profile_shared.py)
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


def test_the_meeting_sections_edit_in_place_and_profile_new_documents_them(
    example: Path,
) -> None:
    before = example.read_text(encoding="utf-8")
    doc = ProfileDocument.open(example)
    doc.set(("savings", "travel_cost_per_meeting"), 15_000_000)
    doc.set(("savings", "meal_cost_per_participant"), 65_000)
    doc.set(("meetings", "sop", "webinar"), ["Peserta dibisukan saat masuk"])
    doc.set(("licences",), [{"name": "Zoom Webinar 500", "kind": "webinar", "capacity": 500}])
    profile = doc.save()
    assert profile.savings.travel_cost_per_meeting == 15_000_000
    assert profile.meetings.sop == {"webinar": ("Peserta dibisukan saat masuk",)}
    assert profile.licences[0].capacity == 500 and profile.licences[0].hosts == ()
    after = example.read_text(encoding="utf-8")
    assert "  travel_cost_per_meeting: 15000000" in after
    assert "# e.g. 15000000 (Rp15.000.000 of travel)" in after  # its comment kept
    assert load_profile(example) == profile
    # Every comment of the example is still there: the sections are documented in place.
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(line in after for line in comments)
    # `profile new` starts from the same text: the new sections explained, and valid.
    text = examples.from_example("Ruang Baru")
    for words in (
        "meetings:",
        "attach_after_min:",
        "# sop:",
        "licences:",
        "licences_file:",
        "savings:",
        "travel_cost_per_meeting:",
        "meal_cost_per_participant:",
    ):
        assert words in text, words
    for name in ("Peserta dibisukan", "Zoom Webinar 500", "15000000", "65000"):
        assert name in text, name


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


# -- file modes: a profile holding the UPS password is not for everyone's eyes ---------------


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _with_password(text: str) -> str:
    doc = ProfileDocument(Path("(x)"), new_yaml().load(text), (2, 0))
    doc.set(("power", "source"), "nut")
    doc.set(("power", "nut", "username"), "monitor")
    doc.set(("power", "nut", "password"), 'pa"ss')
    return doc.dumps()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_new_profiles_with_a_password_are_0600_and_others_follow_the_umask(
    tmp_path: Path, umask_022: None
) -> None:
    plain = examples.from_example("Ruang Uji")
    secret = _with_password(plain)
    assert load_profile_text(tmp_path, secret).power.nut.password is not None
    examples.write_new(tmp_path / "plain.yaml", plain)
    examples.write_new(tmp_path / "secret.yaml", secret)
    assert _mode(tmp_path / "plain.yaml") == 0o644
    assert _mode(tmp_path / "secret.yaml") == 0o600
    assert (tmp_path / "secret.yaml").read_text(encoding="utf-8") == secret

    # A document saved as a new file: the same rule.
    doc = ProfileDocument.open(tmp_path / "plain.yaml")
    doc.save(tmp_path / "copy.yaml")
    assert _mode(tmp_path / "copy.yaml") == 0o644
    doc.set(("power", "nut", "password"), "rahasia")
    doc.save(tmp_path / "copy-secret.yaml")
    assert _mode(tmp_path / "copy-secret.yaml") == 0o600
    # The editor's raw-text save of a new file reads the password from the text.
    write_atomic(tmp_path / "raw.yaml", secret)
    assert _mode(tmp_path / "raw.yaml") == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_an_existing_files_mode_is_kept_on_save(example: Path, umask_022: None) -> None:
    example.chmod(0o640)
    doc = ProfileDocument.open(example)
    doc.set(("power", "source"), "nut")
    doc.set(("power", "nut", "password"), "rahasia")
    doc.save()
    assert _mode(example) == 0o640
    assert load_profile(example).power.nut.password is not None
    example.chmod(0o600)
    doc.set(("network", "min_download_mbps"), 30)
    doc.save()
    assert _mode(example) == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_vcdesk_profile_new_under_umask_077_is_private(tmp_path: Path) -> None:
    path = tmp_path / "baru.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "vcdesk", "profile", "new", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "VCDESK_LANG": "en"},
        preexec_fn=lambda: os.umask(0o077),  # the child is single-threaded here
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _mode(path) == 0o600


def load_profile_text(tmp_path: Path, text: str) -> Profile:
    path = tmp_path / "check.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        return load_profile(path)
    finally:
        path.unlink()
