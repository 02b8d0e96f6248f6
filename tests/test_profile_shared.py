"""A licences file shared by several rooms: each room's licences are its own then the shared
file's (its own win by name), its savings its own where set, else the shared file's; a bad
shared file is a worded problem naming that file, in the API and in `profile validate`."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from tests.cli import vcdesk
from vcdesk.core.profile import shared
from vcdesk.core.profile.load import MAX_BYTES, load_profile
from vcdesk.core.profile.model import Savings
from vcdesk.core.profile.problems import Problem, ProfileError
from vcdesk.core.words import profile as pw

SHARED = """\
# Lisensi bersama Pemprov / the province's shared licences
licences:
  - name: Zoom Webinar 500
    kind: webinar
    capacity: 1000
    hosts: [webinar@prov.go.id]
  - name: Zoom Pro 300
    kind: webmeeting
    capacity: 300
    hosts: [rapat1@prov.go.id, rapat2@prov.go.id]
savings:
  travel_cost_per_meeting: 15000000
  meal_cost_per_participant: 65000
"""

ROOM_A = """\
schema_version: 1
room:
  name: Ruang Rapat Gubernur
licences:
  - name: Zoom Webinar 500
    kind: webinar
    capacity: 500
    hosts: [gubernur@prov.go.id]
licences_file: ../bersama/lisensi.yaml
savings:
  meal_cost_per_participant: 70000
"""

ROOM_B = """\
schema_version: 1
room:
  name: Ruang Rapat Sekda
licences_file: {licences_file}
"""


@pytest.fixture
def rooms(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two room profiles in their own folders naming one licences file: A by a relative
    path, B by an absolute one."""
    licences = tmp_path / "bersama" / "lisensi.yaml"
    licences.parent.mkdir()
    licences.write_text(SHARED, encoding="utf-8")
    a = tmp_path / "gubernur" / "ruang.yaml"
    b = tmp_path / "sekda" / "ruang.yaml"
    for path, text in ((a, ROOM_A), (b, ROOM_B.format(licences_file=licences))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return a, b, licences


def licences_of(path: Path) -> list[tuple[str, str, int, tuple[str, ...]]]:
    return [
        (lic.name, lic.kind, lic.capacity, lic.hosts)
        for lic in shared.room_licences(load_profile(path), path)
    ]


def shared_problems(path: Path) -> list[Problem]:
    with pytest.raises(ProfileError) as caught:
        shared.load_shared(path)
    return caught.value.problems


def test_the_rooms_own_licence_wins_over_the_shared_one_of_its_name(rooms) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = rooms
    assert licences_of(a) == [
        ("Zoom Webinar 500", "webinar", 500, ("gubernur@prov.go.id",)),  # its own
        ("Zoom Pro 300", "webmeeting", 300, ("rapat1@prov.go.id", "rapat2@prov.go.id")),
    ]
    assert licences_of(b) == [
        ("Zoom Webinar 500", "webinar", 1000, ("webinar@prov.go.id",)),
        ("Zoom Pro 300", "webmeeting", 300, ("rapat1@prov.go.id", "rapat2@prov.go.id")),
    ]


def test_savings_fall_back_to_the_shared_file_amount_by_amount(rooms) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = rooms
    assert shared.room_savings(load_profile(a), a) == Savings(
        travel_cost_per_meeting=15_000_000,  # the shared file's: the room leaves it 0
        meal_cost_per_participant=70_000,  # the room's own
    )
    assert shared.room_savings(load_profile(b), b) == Savings(
        travel_cost_per_meeting=15_000_000, meal_cost_per_participant=65_000
    )


def test_without_a_shared_file_a_room_has_its_own_or_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ruang.yaml"
    path.write_text("schema_version: 1\nroom:\n  name: Ruang\n", encoding="utf-8")
    profile = load_profile(path)
    assert shared.room_licences(profile, path) == ()
    assert shared.room_savings(profile, path) == Savings()
    assert shared.shared_path(profile, path) is None


def test_a_shared_file_without_savings_leaves_the_rooms(rooms) -> None:  # type: ignore[no-untyped-def]
    a, _, licences = rooms
    licences.write_text(SHARED.split("savings:")[0], encoding="utf-8")
    assert shared.room_savings(load_profile(a), a) == Savings(meal_cost_per_participant=70_000)


def test_a_home_relative_path_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "lisensi.yaml").write_text(SHARED, encoding="utf-8")
    path = tmp_path / "elsewhere" / "ruang.yaml"
    path.parent.mkdir()
    path.write_text(ROOM_B.format(licences_file="~/lisensi.yaml"), encoding="utf-8")
    assert shared.shared_path(load_profile(path), path) == tmp_path / "lisensi.yaml"
    assert [name for name, *_ in licences_of(path)] == ["Zoom Webinar 500", "Zoom Pro 300"]


def test_a_missing_shared_file_is_a_problem_naming_it(rooms) -> None:  # type: ignore[no-untyped-def]
    a, _, licences = rooms
    licences.unlink()
    with pytest.raises(ProfileError) as caught:
        shared.room_licences(load_profile(a), a)
    (problem,) = caught.value.problems
    assert str(problem) == f"{licences}: no such file"  # no line: the file is not there
    with pytest.raises(ProfileError):
        shared.room_savings(load_profile(a), a)  # the room leaves travel to the shared file


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "licences:\n  - name: A\n    kind: webinar\n    capacity: 0\n",
            "4: licences[0].capacity: expected a number ≥ 1, found the number 0",
        ),
        (
            "licences:\n  - {name: A, kind: webinar, capacity: 5}\n"
            "  - {name: A, kind: webmeeting, capacity: 5}\n",
            "3: licences[1].name: a second licence named 'A'; each licence needs its own name",
        ),
        (
            "savings:\n  travel_cost_per_meeting: 15.000.000\n",
            "2: savings.travel_cost_per_meeting: expected whole rupiah as a number, found text "
            "'15.000.000'; write 15000000 (no dots, commas or Rp)",
        ),
        (
            "licenses: []\n",
            "1: licenses: unknown option 'licenses'; did you mean 'licences'?",
        ),
        (
            "licences: []\nroom: {name: x}\n",
            "2: room: unknown option 'room'; expected one of: licences, savings",
        ),
        (
            "licences: [unclosed\n",
            "1: a list opened here with [ is never closed; close it with ]",
        ),
        ("licences: !!python/name:os.system []\n", "1: licences: YAML tags (!...)"),
        (
            "- a\n",
            "1: expected a licences file (licences: and savings: lines), found a list",
        ),
        (
            "",
            "1: expected a licences file (licences: and savings: lines), found nothing "
            "(an empty value)",
        ),
    ],
)
def test_a_broken_shared_file_is_a_worded_problem_at_its_line(
    rooms, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    a, _, licences = rooms
    licences.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        shared.room_licences(load_profile(a), a)
    lines = [str(p) for p in caught.value.problems]
    assert any(line.startswith(f"{licences}:{expected}") for line in lines), lines


def test_a_shared_file_is_read_with_the_profiles_size_limit(rooms) -> None:  # type: ignore[no-untyped-def]
    _, _, licences = rooms
    licences.write_text(SHARED + "# " + "x" * MAX_BYTES + "\n", encoding="utf-8")
    (problem,) = shared_problems(licences)
    assert problem.path == str(licences) and problem.code == "too_large"


def test_the_parse_is_cached_until_the_file_changes(rooms, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    a, b, licences = rooms
    reads: list[Path] = []
    real_read = shared._read

    def counting(path: Path, name: str) -> shared.SharedFile:
        reads.append(path)
        return real_read(path, name)

    monkeypatch.setattr(shared, "_read", counting)
    shared._cache.clear()
    profile = load_profile(a)
    started = time.perf_counter()
    for _ in range(1000):
        assert len(shared.room_licences(profile, a)) == 2
    per_call = (time.perf_counter() - started) / 1000
    assert len(reads) == 1
    assert per_call < 0.001, f"{per_call * 1e6:.0f} µs a call"
    # The other room names the same file by another path (absolute, not "../"): one parse.
    shared.room_licences(load_profile(b), b)
    assert len(reads) == 1
    # An edit (another size, a later time) is read again; a bad file's problems are kept
    # the same way, raised afresh on every call until the file changes.
    licences.write_text(SHARED.replace("capacity: 300", "capacity: 250"), encoding="utf-8")
    assert licences_of(a)[1][2] == 250 and len(reads) == 2
    licences.write_text("licences: 5\n", encoding="utf-8")
    later = time.time() + 5
    os.utime(licences, (later, later))
    for _ in range(2):
        assert shared_problems(licences)[0].field == "licences"
    assert len(reads) == 3


def test_the_shipped_licences_example_is_a_valid_shared_file() -> None:
    path = Path(__file__).parent.parent / "profiles" / "licences-example.yaml"
    assert [(lic.kind, lic.capacity) for lic in shared.load_shared(path).licences] == [
        ("webinar", 1000),
        ("webmeeting", 300),
    ]
    governor = path.parent / "ruang-rapat-gubernur.yaml"
    names = [lic.name for lic in shared.room_licences(load_profile(governor), governor)]
    assert names == ["Zoom Webinar 500", "Zoom Pro 100", "Zoom Webinar 1000", "Zoom Pro 300"]


def test_profile_validate_checks_the_shared_file_and_says_so_once(rooms) -> None:  # type: ignore[no-untyped-def]
    a, b, licences = rooms
    good = vcdesk("profile", "validate", str(a), str(b), str(licences))
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines() == [
        f"{a}: no problems (Ruang Rapat Gubernur)",
        f"{b}: no problems (Ruang Rapat Sekda)",
        f"{licences}: a licences file; no problems (2 listed)",
    ]
    licences.write_text(SHARED.replace("capacity: 300", "capacity: tiga ratus"), encoding="utf-8")
    bad = vcdesk("profile", "validate", str(a))
    assert bad.returncode == 2 and bad.stdout == ""
    assert "Traceback" not in bad.stderr
    assert bad.stderr.splitlines() == [
        f"{licences}:9: licences[1].capacity: expected a whole number, found text 'tiga ratus'"
    ]
    licences.unlink()
    missing = vcdesk("profile", "validate", str(b))
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [f"{licences}: no such file"]


def test_a_shared_files_problems_read_in_indonesian(rooms, indonesian: None) -> None:  # type: ignore[no-untyped-def]
    _, _, licences = rooms
    licences.write_text("- a\n", encoding="utf-8")
    (problem,) = shared_problems(licences)
    assert pw.problem_message(problem) == (
        "seharusnya berkas lisensi (baris licences: dan savings:), ditemukan daftar"
    )


VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=20),
        st.sampled_from(["15.000.000", "Rp 65.000", "webinar", "webmeeting", "Zoom"]),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=10), inner, max_size=3)
    ),
    max_leaves=8,
)
KEYS = st.sampled_from(["licences", "savings", "name", "kind", "capacity", "hosts", "x"])


@settings(
    max_examples=int(os.environ.get("VCDESK_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.dictionaries(KEYS, VALUES, max_size=3), st.integers(0, 2))
def test_any_shared_file_gives_licences_or_worded_problems(
    tmp_path: Path, tree: dict, into: int
) -> None:
    data = YAML(typ="safe", pure=True).load(SHARED)
    if into == 1:
        data["licences"][0].update(tree)
    elif into == 2:
        data["savings"] = tree
    else:
        data = tree
    path = tmp_path / "lisensi.yaml"
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    try:
        loaded = shared.load_shared(path)
    except ProfileError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.path == str(path) and problem.line >= 0
            assert problem.code != "invalid", problem  # every problem in our own words
            assert pw.has_words(problem.code, str(problem.params.get("case") or "")), problem
    else:
        assert isinstance(loaded, shared.SharedFile)
