from __future__ import annotations

import re
from pathlib import Path

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli import vcdesk
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError

PROFILES = sorted((Path(__file__).parent.parent / "profiles").glob("*.yaml"))
LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+): (?P<field>\S+): (?P<msg>.+)$")

MINIMAL = "schema_version: 1\nroom:\n  name: Ruang Uji\n"


def write(tmp_path: Path, text: str | bytes, name: str = "room.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    lines = [str(p) for p in caught.value.problems]
    for line in lines:
        assert LINE.match(line), line
        assert line.startswith(f"{path}:")
    return lines


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_shipped_profiles_are_valid(path: Path) -> None:
    profile = load_profile(path)
    assert profile.room.name
    assert profile.schema_version == 1


def test_defaults_fill_what_the_file_leaves_out(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, MINIMAL))
    assert profile.camera.min_width == 1280 and profile.camera.min_height == 720
    assert profile.conversion.preset == "remux"
    assert profile.conversion.max_parallel == 1
    assert profile.schedule.pause_before_min == 15
    assert profile.power.source == "none"
    assert profile.network.hosts == ()


def test_loaded_profile_is_immutable(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, MINIMAL + "network:\n  hosts: [a:1]\n"))
    with pytest.raises(pydantic.ValidationError):
        profile.room.name = "other"  # type: ignore[misc]
    assert isinstance(profile.network.hosts, tuple)


def test_password_never_shows(tmp_path: Path) -> None:
    text = MINIMAL + "power:\n  source: nut\n  nut:\n    username: u\n    password: rahasia123\n"
    profile = load_profile(write(tmp_path, text))
    assert profile.power.nut.password is not None
    assert profile.power.nut.password.get_secret_value() == "rahasia123"
    assert "rahasia123" not in repr(profile)
    assert "rahasia123" not in str(profile.model_dump(mode="json"))


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        (MINIMAL + "  nmae: x\n", 4, "room.nmae", "did you mean 'name'"),
        (MINIMAL + "camera:\n  min_fps: -5\n", 5, "camera.min_fps", "> 0"),
        (MINIMAL + "camera:\n  min_width: wide\n", 5, "camera.min_width", "whole number"),
        (MINIMAL + "network:\n  min_download_mbps: -1\n", 5, "network.min_download_mbps", "≥ 0"),
        (MINIMAL + "power:\n  nut:\n    port: 70000\n", 6, "power.nut.port", "≤ 65535"),
        (MINIMAL + "power:\n  nut:\n    port: '80'\n", 6, "power.nut.port", "text '80'"),
        (
            MINIMAL + "network:\n  hosts:\n    - ok:1\n    - bad\n",
            7,
            "network.hosts[1]",
            "host:port",
        ),
        (MINIMAL + "cpu:\n  max_percent: 1e999\n", 5, "cpu.max_percent", "finite"),
        (
            MINIMAL + "memory:\n  min_free_mb: 99999999999999999999999\n",
            5,
            "memory.min_free_mb",
            "far too large",
        ),
        (MINIMAL + "conversion:\n  preset: fast\n", 5, "conversion.preset", "'remux'"),
        (MINIMAL + "camera:\n  optional: yes\n", 5, "camera.optional", "true or false"),
        (MINIMAL + "camera:\n  source: [1, 2]\n", 5, "camera.source", "whole number or text"),
        (MINIMAL + "room:\n  name: again\n", 4, "(yaml)", "duplicate key"),
        (MINIMAL + "camera:\n\tmin_fps: 5\n", 5, "(yaml)", "tab"),
        ("schema_version: 1\n", 1, "room", "required"),
        ("room:\n  name: x\n", 1, "schema_version", "schema_version: 1"),
        ("schema_version: 7\nroom:\n  name: x\n", 1, "schema_version", "newer vcdesk"),
        ("schema_version: 1\nroom:\n  name: ''\n", 3, "room.name", "empty"),
        (MINIMAL + "room2: {}\n", 4, "room2", "did you mean 'room'"),
        (MINIMAL + "bogus: 1\n", 4, "bogus", "unknown option"),
        (
            MINIMAL + "microphone:\n  device: !!python/object:os.system ls\n",
            5,
            "microphone.device",
            "tags",
        ),
        (MINIMAL + "schedule:\n  ics: [unclosed\n", 5, "(yaml)", "never closed"),
        ("", 1, "(file)", "empty"),
        ("- a\n- b\n", 1, "(file)", "found a list"),
        ("just text\n", 1, "(file)", "single value"),
    ],
)
def test_broken_profiles_name_line_field_and_what_was_wrong(
    tmp_path: Path, text: str, line: int, field: str, words: str
) -> None:
    path = write(tmp_path, text)
    found = problems_of(path)
    expected_prefix = f"{path}:{line}: {field}: "
    assert any(p.startswith(expected_prefix) and words in p for p in found), found


def test_unknown_time_zone(tmp_path: Path) -> None:
    path = write(tmp_path, "schema_version: 1\nroom:\n  name: x\n  timezone: Mars/Olympus\n")
    assert any(":4: room.timezone: unknown time zone" in p for p in problems_of(path))


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    text = MINIMAL + "cpu:\n  max_percent: 500\nmemory:\n  min_free_mb: -1\ndisk: []\n"
    assert len(problems_of(write(tmp_path, text))) == 3


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"schema_version: 1\nroom:\n  name: Ruang \xe9\xff\n")
    assert problems_of(path) == [
        f"{path}:3: (file): not UTF-8 text (byte 0xe9); save the file as UTF-8"
    ]


def test_binary_junk(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, bytes(range(256)) * 4))
    assert len(problems) == 1


def test_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    assert "is a folder" in problems_of(tmp_path)[0]
    assert "no such file" in problems_of(tmp_path / "absent.yaml")[0]


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    path = write(tmp_path, MINIMAL + "\n".join(lines) + "\n")
    assert any("more than" in p for p in problems_of(path))


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "# " + "x" * 2_000_000 + "\n")
    assert "larger than" in problems_of(path)[0]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_profile_or_problems(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "fuzz.yaml")
    try:
        assert isinstance(load_profile(path), Profile)
    except ProfileError as exc:
        assert exc.problems and all(LINE.match(str(p)) for p in exc.problems)


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20))
trees = st.recursive(
    scalars,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4),
        st.dictionaries(
            st.sampled_from(
                ["name", "source", "port", "hosts", "min_fps", "nut", "preset", "max_percent", "x"]
            ),
            kids,
            max_size=4,
        ),
    ),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "schema_version",
                "room",
                "camera",
                "power",
                "network",
                "cpu",
                "checklist",
                "conversion",
                "extra",
            ]
        ),
        trees,
        max_size=6,
    )
)
def test_any_yaml_tree_gives_a_profile_or_problems(tmp_path: Path, tree: dict) -> None:
    from ruamel.yaml import YAML

    path = tmp_path / "tree.yaml"
    with path.open("w", encoding="utf-8") as handle:
        YAML(typ="safe", pure=True).dump(tree, handle)
    try:
        load_profile(path)
    except ProfileError as exc:
        assert exc.problems and all(LINE.match(str(p)) for p in exc.problems)


# -- what validates runs: zones and paths checked the way they will be used ---------------


def test_a_huge_or_odd_time_zone_is_a_clean_problem(tmp_path: Path) -> None:
    for zone in ("A" * 5000, "Asia/Jakarta" + "/x" * 40, "../../etc/passwd", "Asia", ""):
        path = write(tmp_path, MINIMAL + f"  timezone: {zone!r}\n")
        (line,) = problems_of(path)
        assert "room.timezone: unknown time zone" in line, line
        assert len(line) < 300 and "Traceback" not in line
    done = vcdesk(
        "profile", "validate", str(write(tmp_path, MINIMAL + f"  timezone: {'A' * 5000}\n"))
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr + done.stdout
    assert "room.timezone: unknown time zone 'AAAA" in done.stdout + done.stderr


@pytest.mark.parametrize(
    "field",
    ["conversion:\n  output_dir: {v}", "disk:\n  recordings_dir: {v}",
     "conversion:\n  watch_dirs: [{v}]", "schedule:\n  ics: {v}"],
    ids=["output_dir", "recordings_dir", "watch_dirs", "ics"],
)  # fmt: skip
def test_paths_with_a_nul_or_an_unknown_user_are_problems(tmp_path: Path, field: str) -> None:
    nul = write(tmp_path, MINIMAL + field.format(v='"arsip\\0rapat"') + "\n")
    (line,) = problems_of(nul)
    assert "a path cannot hold a nul character, found 'arsip\\x00rapat'" in line, line
    nobody = write(tmp_path, MINIMAL + field.format(v='"~nosuchuser/x"') + "\n")
    (line,) = problems_of(nobody)
    assert "home folder of 'nosuchuser', but this computer has no such user" in line, line
    fine = write(tmp_path, MINIMAL + field.format(v='"~/arsip"') + "\n")
    load_profile(fine)


def test_a_symlink_loop_in_a_path_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    path = write(tmp_path, MINIMAL + f"conversion:\n  output_dir: {tmp_path / 'a' / 'arsip'}\n")
    (line,) = problems_of(path)
    assert "conversion.output_dir:" in line and "a loop of symbolic links" in line, line
    assert "no such file" not in line
    # A folder that does not exist yet is fine: the queue makes it.
    load_profile(write(tmp_path, MINIMAL + f"conversion:\n  output_dir: {tmp_path / 'baru'}\n"))


def test_the_cli_rejects_what_would_crash_later(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + 'conversion:\n  output_dir: "~nosuchuser/x"\n')
    done = vcdesk("profile", "validate", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr + done.stdout
    assert "conversion.output_dir:" in done.stdout + done.stderr


def test_an_anchor_defined_twice_is_valid_and_prints_no_library_warning(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text(
        "schema_version: 1\nroom:\n  name: &a Ruang Rapat\n  timezone: &a Asia/Makassar\n",
        encoding="utf-8",
    )
    done = vcdesk("profile", "validate", str(path), env={"PYTHONWARNINGS": "default"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "Warning" not in done.stdout, done.stderr
