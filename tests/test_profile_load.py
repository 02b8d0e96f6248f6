from __future__ import annotations

import json
import re
from pathlib import Path

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli import vcdesk
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile, Savings
from vcdesk.core.profile.problems import FILE, MARKERS, YAML_FIELD, Problem, ProfileError
from vcdesk.core.profile.sop import sop_items

SHIPPED = sorted((Path(__file__).parent.parent / "profiles").glob("*.yaml"))
LICENCES_EXAMPLE = Path(__file__).parent.parent / "profiles" / "licences-example.yaml"
PROFILES = [p for p in SHIPPED if p != LICENCES_EXAMPLE]  # room profiles; the other is shared
LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+): (?P<field>\S+): (?P<msg>.+)$")


def well_placed(problem: Problem) -> bool:
    """`PATH:LINE: FIELD: message` for an option, `PATH:LINE: message` for a problem of the
    file, its YAML or the profile as a whole, `PATH: message` where no line was read."""
    text = str(problem)
    if any(marker in text for marker in MARKERS) or f"{problem.path}:0" in text:
        return False
    if problem.line == 0:
        return text == f"{problem.path}: {problem.message}"
    if problem.field in MARKERS:
        return text == f"{problem.path}:{problem.line}: {problem.message}"
    return bool(LINE.match(text)) and text.startswith(f"{problem.path}:{problem.line}: ")


MINIMAL = "schema_version: 1\nroom:\n  name: Ruang Uji\n"


def write(tmp_path: Path, text: str | bytes, name: str = "room.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def problems_in(path: Path) -> list[Problem]:
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    for problem in caught.value.problems:
        assert well_placed(problem) and problem.path == str(path), str(problem)
    return caught.value.problems


def problems_of(path: Path) -> list[str]:
    return [str(p) for p in problems_in(path)]


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.name)
def test_shipped_profiles_are_valid(path: Path) -> None:
    profile = load_profile(path)
    assert profile.room.name
    assert profile.schema_version == 1


def test_the_shipped_profiles_are_every_yaml_file_but_the_licences_example() -> None:
    assert LICENCES_EXAMPLE in SHIPPED and len(PROFILES) == len(SHIPPED) - 1 >= 3


def test_the_governors_room_shows_licences_savings_and_sop_by_kind() -> None:
    path = next(p for p in PROFILES if p.name == "ruang-rapat-gubernur.yaml")
    profile = load_profile(path)
    assert [(lic.name, lic.kind, lic.capacity) for lic in profile.licences] == [
        ("Zoom Webinar 500", "webinar", 500),
        ("Zoom Pro 100", "webmeeting", 100),
    ]
    assert all(lic.hosts and all("@" in h for h in lic.hosts) for lic in profile.licences)
    assert profile.savings == Savings(
        travel_cost_per_meeting=15_000_000, meal_cost_per_participant=65_000
    )
    assert profile.licences_file == "licences-example.yaml"
    webinar = sop_items(profile, "webinar")
    assert webinar[: len(profile.checklist)] == profile.checklist
    assert "Peserta dibisukan saat masuk / Participants muted on entry" in webinar[-3:]
    assert sop_items(profile, "webmeeting") == profile.checklist == sop_items(profile, None)


def test_sop_items_are_the_rooms_then_the_kinds_each_once(tmp_path: Path) -> None:
    text = MINIMAL + (
        "checklist: [Kamera, Mikrofon]\n"
        "meetings:\n  sop:\n    webinar: [Peserta dibisukan, Mikrofon]\n    layanan: []\n"
    )
    profile = load_profile(write(tmp_path, text))
    assert sop_items(profile, "webinar") == ("Kamera", "Mikrofon", "Peserta dibisukan")
    assert sop_items(profile, "layanan") == sop_items(profile, None) == ("Kamera", "Mikrofon")
    assert sop_items(profile, "unknown") == ("Kamera", "Mikrofon")  # an old record's kind


def test_defaults_fill_what_the_file_leaves_out(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, MINIMAL))
    assert profile.meetings.kinds == ("webmeeting", "webinar", "layanan")
    assert profile.meetings.attach_after_min == 30 and profile.meetings.sop == {}
    assert profile.licences == () and profile.licences_file is None
    assert profile.savings.travel_cost_per_meeting == profile.savings.meal_cost_per_participant == 0
    hash(profile)  # still hashable with a dict inside, as every profile was
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
        (MINIMAL + "room:\n  name: again\n", 4, YAML_FIELD, "duplicate key"),
        (MINIMAL + "camera:\n\tmin_fps: 5\n", 5, YAML_FIELD, "tab"),
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
        (MINIMAL + "schedule:\n  ics: [unclosed\n", 5, YAML_FIELD, "never closed"),
        ("", 1, FILE, "empty"),
        ("- a\n- b\n", 1, FILE, "found a list"),
        # meetings, licences, savings: each problem at its own line
        (
            MINIMAL + "meetings:\n  kinds:\n    - webinar\n    - Rapat\n",
            7,
            "meetings.kinds[1]",
            "lowercase",
        ),
        (MINIMAL + "meetings:\n  kinds: [a, b, a]\n", 5, "meetings.kinds[2]", "listed twice"),
        (
            MINIMAL + "meetings:\n  kinds: [a]\n  sop:\n    a: [x]\n    webinar: [y]\n",
            8,
            "meetings.sop.webinar",
            "expected one of: a (meetings.kinds)",
        ),
        (
            MINIMAL + "meetings:\n  sop:\n    webinar: [x, '']\n",
            6,
            "meetings.sop.webinar[1]",
            "empty",
        ),
        (MINIMAL + "meetings:\n  attach_after_min: -1\n", 5, "meetings.attach_after_min", "≥ 0"),
        (
            MINIMAL + "licences:\n  - {name: A, kind: webinar, capacity: 5}\n"
            "  - name: A\n    kind: webmeeting\n    capacity: 5\n",
            6,
            "licences[1].name",
            "a second licence named 'A'",
        ),
        (
            MINIMAL + "licences:\n  - {name: A, kind: zoom, capacity: 5}\n",
            5,
            "licences[0].kind",
            "'webinar'",
        ),
        (
            MINIMAL + "licences:\n  - name: A\n    kind: webinar\n    capacity: 0\n",
            7,
            "licences[0].capacity",
            "≥ 1",
        ),
        (
            MINIMAL + "licences:\n  - {name: A, kind: webinar, capacity: 100001}\n",
            5,
            "licences[0].capacity",
            "≤ 100000",
        ),
        (
            MINIMAL + "licences:\n  - {name: A, kind: webinar, capacity: 5, hosts: ['']}\n",
            5,
            "licences[0].hosts[0]",
            "empty",
        ),
        (
            MINIMAL + "licences:\n  - name: A\n    kind: webinar\n",
            5,
            "licences[0].capacity",
            "required",
        ),
        (
            MINIMAL + "licences:\n  - name: A\n    capcity: 5\n",
            6,
            "licences[0].capcity",
            "did you mean 'capacity'",
        ),
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: 15000000.5\n",
            5,
            "savings.travel_cost_per_meeting",
            "whole rupiah",
        ),
        (
            MINIMAL + "savings:\n  meal_cost_per_participant: 65.000\n",
            5,
            "savings.meal_cost_per_participant",
            "the number 65.0",
        ),
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: '15.000.000'\n",
            5,
            "savings.travel_cost_per_meeting",
            "write 15000000",
        ),
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: Rp 15.000.000,-\n",
            5,
            "savings.travel_cost_per_meeting",
            "write 15000000",
        ),
        (
            MINIMAL + "savings:\n  meal_cost_per_participant: -1\n",
            5,
            "savings.meal_cost_per_participant",
            "≥ 0",
        ),
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: 1000000000001\n",
            5,
            "savings.travel_cost_per_meeting",
            "≤ 1000000000000",
        ),
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: lima juta\n",
            5,
            "savings.travel_cost_per_meeting",
            "whole number",
        ),
        ("just text\n", 1, FILE, "single value"),
    ],
)
def test_broken_profiles_name_line_field_and_what_was_wrong(
    tmp_path: Path, text: str, line: int, field: str, words: str
) -> None:
    path = write(tmp_path, text)
    found = problems_in(path)
    # A marker (the file, its YAML) is the problem's field, but no word to show.
    place = f"{path}:{line}: " if field in MARKERS else f"{path}:{line}: {field}: "
    assert any(
        (p.line, p.field) == (line, field) and str(p).startswith(place) and words in str(p)
        for p in found
    ), [str(p) for p in found]


def test_unknown_time_zone(tmp_path: Path) -> None:
    path = write(tmp_path, "schema_version: 1\nroom:\n  name: x\n  timezone: Mars/Olympus\n")
    assert any(":4: room.timezone: unknown time zone" in p for p in problems_of(path))


def test_every_problem_is_reported_not_just_the_first(tmp_path: Path) -> None:
    text = MINIMAL + "cpu:\n  max_percent: 500\nmemory:\n  min_free_mb: -1\ndisk: []\n"
    assert len(problems_of(write(tmp_path, text))) == 3


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, b"schema_version: 1\nroom:\n  name: Ruang \xe9\xff\n")
    assert problems_of(path) == [f"{path}:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"]


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
        assert exc.problems and all(well_placed(p) for p in exc.problems), exc.problems


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
        assert exc.problems and all(well_placed(p) for p in exc.problems), exc.problems


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


def test_profile_show_json_has_the_new_sections_with_defaults(tmp_path: Path) -> None:
    done = vcdesk("profile", "show", str(write(tmp_path, MINIMAL)), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["meetings"] == {
        "kinds": ["webmeeting", "webinar", "layanan"],
        "attach_after_min": 30,
        "sop": {},
    }
    assert data["licences"] == [] and data["licences_file"] is None
    assert data["savings"] == {"travel_cost_per_meeting": 0, "meal_cost_per_participant": 0}
