"""Output names: numbered instead of overwritten, hidden .part temps, no clobbering rename."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vcdesk.core.convert.names import (
    MAX_STEM_BYTES,
    is_temp_name,
    output_path,
    publish,
    safe_stem,
    temp_path,
)


def test_free_name_is_used_as_is(tmp_path: Path) -> None:
    assert output_path(tmp_path, Path("/rec/rapat.mkv"), ".mp4") == tmp_path / "rapat.mp4"


def test_existing_outputs_are_numbered(tmp_path: Path) -> None:
    (tmp_path / "rapat.mp4").write_bytes(b"1")
    (tmp_path / "rapat (2).mp4").write_bytes(b"2")
    assert output_path(tmp_path, Path("/rec/rapat.mkv"), ".mp4") == tmp_path / "rapat (3).mp4"


def test_source_in_the_output_folder_is_not_the_output(tmp_path: Path) -> None:
    src = tmp_path / "rapat.mp4"
    src.write_bytes(b"original")
    assert output_path(tmp_path, src, ".mp4") == tmp_path / "rapat (2).mp4"


def test_dangling_symlink_counts_as_taken(tmp_path: Path) -> None:
    (tmp_path / "rapat.mp4").symlink_to(tmp_path / "nowhere")
    assert output_path(tmp_path, Path("rapat.mkv"), ".mp4").name == "rapat (2).mp4"


def test_temp_is_hidden_unique_and_beside_target(tmp_path: Path) -> None:
    target = tmp_path / "rapat pagi.mp4"
    temps = {temp_path(target) for _ in range(50)}
    assert len(temps) == 50
    for temp in temps:
        assert temp.parent == tmp_path
        assert temp.name.startswith(".rapat pagi.") and temp.name.endswith(".part")
        assert is_temp_name(temp) and not temp.exists()
    assert not is_temp_name(target)


def test_temp_never_names_an_existing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vcdesk.core.convert.names as names

    tokens = iter(["aaaa", "aaaa", "bbbb"])
    monkeypatch.setattr(names.secrets, "token_hex", lambda n: next(tokens))
    (tmp_path / ".x.aaaa.part").write_bytes(b"busy")
    assert temp_path(tmp_path / "x.mp4").name == ".x.bbbb.part"


@pytest.mark.parametrize(
    ("stem", "clean"),
    [
        ("rapat\nkoordinasi", "rapat_koordinasi"),
        ("a/b\\c", "a_b_c"),
        ("tab\there\r", "tab_here_"),
        ('it\'s "final"', 'it\'s "final"'),
        ("-y", "-y"),
        ("Rapat Bupati ꦱꦸꦫꦏꦂꦠ Pekalongan", "Rapat Bupati ꦱꦸꦫꦏꦂꦠ Pekalongan"),
        ("\n", "_"),
        ("", "recording"),
        ("   ", "recording"),
    ],
)
def test_safe_stem(stem: str, clean: str) -> None:
    assert safe_stem(stem, windows=False) == clean


def test_windows_rules() -> None:
    assert safe_stem('rapat: "final"?', windows=True) == "rapat_ _final__"
    assert safe_stem("CON", windows=True) == "_CON"
    assert safe_stem("notes. ", windows=True) == "notes"


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_any_stem_gives_one_plain_file_name(stem: str) -> None:
    clean = safe_stem(stem, windows=False)
    assert clean and "/" not in clean and "\\" not in clean
    assert not any(ord(c) < 32 or ord(c) == 127 for c in clean)
    assert len(clean.encode("utf-8", "surrogateescape")) <= MAX_STEM_BYTES
    assert Path(clean + ".mp4").name == clean + ".mp4"


def test_long_name_fits_the_filesystem(tmp_path: Path) -> None:
    src = Path("ꦱ" * 200 + ".mkv")  # 600 bytes of UTF-8
    target = output_path(tmp_path, src, ".mp4")
    temp = temp_path(target)
    temp.write_bytes(b"x")  # would raise ENAMETOOLONG if too long
    final = publish(temp, target)
    assert final.exists() and final.name.endswith(".mp4")


def test_publish_moves_and_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "rapat.mp4"
    temp = temp_path(target)
    temp.write_bytes(b"converted")
    # Something took the chosen name while the conversion ran.
    target.write_bytes(b"someone else's")
    final = publish(temp, target)
    assert final == tmp_path / "rapat (2).mp4"
    assert final.read_bytes() == b"converted"
    assert target.read_bytes() == b"someone else's"
    assert not temp.exists()
    assert sorted(os.listdir(tmp_path)) == ["rapat (2).mp4", "rapat.mp4"]


def test_publish_continues_numbering(tmp_path: Path) -> None:
    (tmp_path / "rapat (2).mp4").write_bytes(b"x")
    temp = tmp_path / ".t.part"
    temp.write_bytes(b"new")
    assert publish(temp, tmp_path / "rapat (2).mp4") == tmp_path / "rapat (3).mp4"


def test_publish_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # FAT/exFAT sticks refuse hard links (EPERM); a tmpfs here does not, so link() is made to
    # refuse the way such a filesystem does.
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)
    target = tmp_path / "rapat.mp4"
    target.write_bytes(b"old")
    temp = tmp_path / ".t.part"
    temp.write_bytes(b"new")
    final = publish(temp, target)
    assert final.name == "rapat (2).mp4" and final.read_bytes() == b"new"
    assert target.read_bytes() == b"old" and not temp.exists()
