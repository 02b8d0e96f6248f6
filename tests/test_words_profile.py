"""Every problem a room profile can have is worded by vcdesk.core.words.profile, through
tr(): broken files covering every code (and every case of a code) core can give, read as
an operator reads them; English as it always read, and each word through the catalogue."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vcdesk.core import words
from vcdesk.core.profile import shared
from vcdesk.core.profile.document import ProfileDocument
from vcdesk.core.profile.load import MAX_BYTES, load_profile, read_text
from vcdesk.core.profile.problems import (
    EXPECTED_KINDS,
    FOUND_KINDS,
    MARKERS,
    Problem,
    ProfileError,
    code_for,
    found,
)
from vcdesk.core.words import profile as pw
from vcdesk.ui.pages import profile_files

MINIMAL = "schema_version: 1\nroom:\n  name: Ruang Uji\n"
ALIASES = "\n".join(
    ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
)
TOP = (
    "schema_version, room, camera, microphone, cpu, memory, disk, power, network, conversion, "
    "schedule, checklist, meetings, licences, licences_file, savings"
)

# The problems of issue 15's sections: (profile text, "FIELD: English message"), and the
# Indonesian the operator reads.
NEW_PROBLEMS: list[tuple[tuple[str, str], str]] = [
    (
        (
            MINIMAL + "meetings:\n  kinds: [Rapat]\n",
            "meetings.kinds[0]: expected a meeting kind in lowercase: a letter, then letters, "
            "digits, - or _ (at most 32), found 'Rapat'",
        ),
        "seharusnya jenis rapat dalam huruf kecil: satu huruf, lalu huruf, angka, - atau _ "
        "(paling banyak 32), ditemukan 'Rapat'",
    ),
    (
        (
            MINIMAL + "meetings:\n  kinds: [webinar, webinar]\n",
            "meetings.kinds[1]: 'webinar' is listed twice; each meeting kind may appear only once",
        ),
        "'webinar' tercantum dua kali; setiap jenis rapat hanya boleh muncul sekali",
    ),
    (
        (
            MINIMAL + "meetings:\n  kinds: [webinar, layanan]\n  sop:\n    rapat: [x]\n",
            "meetings.sop.rapat: SOP items for 'rapat', which is not a meeting kind of this room; "
            "expected one of: webinar, layanan (meetings.kinds)",
        ),
        "butir SOP untuk 'rapat', yang bukan jenis rapat ruangan ini; seharusnya salah satu "
        "dari: webinar, layanan (meetings.kinds)",
    ),
    (
        (
            MINIMAL + "licences:\n  - {name: Zoom, kind: webinar, capacity: 500}\n"
            "  - {name: Zoom, kind: webmeeting, capacity: 100}\n",
            "licences[1].name: a second licence named 'Zoom'; each licence needs its own name",
        ),
        "lisensi kedua bernama 'Zoom'; setiap lisensi harus memiliki nama sendiri",
    ),
    (
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: 15000000.5\n",
            "savings.travel_cost_per_meeting: expected whole rupiah written without dots or "
            "commas (e.g. 15000000), found the number 15000000.5",
        ),
        "seharusnya rupiah utuh yang ditulis tanpa titik atau koma (misalnya 15000000), "
        "ditemukan angka 15000000,5",
    ),
    (
        (
            MINIMAL + "savings:\n  travel_cost_per_meeting: '15.000.000'\n",
            "savings.travel_cost_per_meeting: expected whole rupiah as a number, found text "
            "'15.000.000'; write 15000000 (no dots, commas or Rp)",
        ),
        "seharusnya rupiah utuh berupa angka, ditemukan teks '15.000.000'; tulis 15000000 "
        "(tanpa titik, koma atau Rp)",
    ),
]

# (profile text, "FIELD: English message" of one of its problems)
BROKEN: list[tuple[str | bytes, str]] = [
    (MINIMAL + "  nmae: x\n", "room.nmae: unknown option 'nmae'; did you mean 'name'?"),
    (MINIMAL + "bogus: 1\n", f"bogus: unknown option 'bogus'; expected one of: {TOP}"),
    (
        MINIMAL + "camera:\n  min_fps: -5\n",
        "camera.min_fps: expected a number > 0, found the number -5",
    ),
    (
        MINIMAL + "cpu:\n  max_percent: 0\n",
        "cpu.max_percent: expected a number > 0, found the number 0",
    ),
    (
        MINIMAL + "network:\n  min_download_mbps: -1\n",
        "network.min_download_mbps: expected a number ≥ 0, found the number -1",
    ),
    (
        MINIMAL + "power:\n  nut:\n    port: 70000\n",
        "power.nut.port: expected a number ≤ 65535, found the number 70000",
    ),
    (
        MINIMAL + "cpu:\n  max_percent: 150\n",
        "cpu.max_percent: expected a number ≤ 100, found the number 150",
    ),
    (
        MINIMAL + "microphone:\n  record_seconds: 0.1\n",
        "microphone.record_seconds: expected a number ≥ 0.2, found the number 0.1",
    ),
    (
        MINIMAL + "camera:\n  min_width: wide\n",
        "camera.min_width: expected a whole number, found text 'wide'",
    ),
    (
        MINIMAL + "power:\n  nut:\n    port: '80'\n",
        "power.nut.port: expected a whole number, found text '80'",
    ),
    (
        MINIMAL + "camera:\n  optional: yes\n",
        "camera.optional: expected true or false, found text 'yes'",
    ),
    (
        MINIMAL + "camera:\n  optional: 1\n",
        "camera.optional: expected true or false, found the number 1",
    ),
    (
        MINIMAL + "camera:\n  min_fps: true\n",
        "camera.min_fps: expected a number, found true (yes/no)",
    ),
    (
        MINIMAL + "camera:\n  min_fps:\n",
        "camera.min_fps: expected a number, found nothing (an empty value)",
    ),
    (
        MINIMAL + "camera:\n  optional: 2024-01-01\n",
        "camera.optional: expected true or false, found a date (2024-01-01)",
    ),
    (MINIMAL + "camera: 5\n", "camera: expected a section (key: value lines), found the number 5"),
    (
        MINIMAL + "network:\n  hosts: {a: 1}\n",
        "network.hosts: expected a list, found a section (key: value lines)",
    ),
    (MINIMAL + "checklist: [[a]]\n", "checklist[0]: expected text, found a list"),
    (
        MINIMAL + "camera:\n  source: [1, 2]\n",
        "camera.source: expected a whole number or text, found a list",
    ),
    (
        MINIMAL + "microphone:\n  device: {a: 1}\n",
        "microphone.device: expected a whole number or text, found a section (key: value lines)",
    ),
    (
        MINIMAL + "cpu:\n  max_percent: 1e999\n",
        "cpu.max_percent: expected a finite number, found a number far too large",
    ),
    (
        MINIMAL + "cpu:\n  max_percent: .nan\n",
        "cpu.max_percent: expected a finite number, found the number nan",
    ),
    (
        MINIMAL + "memory:\n  min_free_mb: 99999999999999999999999\n",
        "memory.min_free_mb: expected a number ≤ 10000000, found a number far too large",
    ),
    (
        MINIMAL + "conversion:\n  preset: fast\n",
        "conversion.preset: expected one of 'remux', 'h264-720p', 'h264-1080p' or 'audio-only', "
        "found text 'fast'",
    ),
    ("schema_version: 0\nroom:\n  name: x\n", "schema_version: expected 1, found the number 0"),
    ("schema_version: '1'\nroom:\n  name: x\n", "schema_version: expected 1, found text '1'"),
    (
        "schema_version: 1\nroom:\n  name: ''\n",
        "room.name: expected some text, found an empty value",
    ),
    (MINIMAL + "checklist: ['']\n", "checklist[0]: expected some text, found an empty value"),
    (
        MINIMAL.replace("Ruang Uji", "x" * 300),
        "room.name: expected at most 200 characters, found 300",
    ),
    ("schema_version: 1\n", "room: required, but missing"),
    (
        "room:\n  name: x\n",
        "schema_version: required, but missing; add `schema_version: 1` at the top",
    ),
    (
        "schema_version: 7\nroom:\n  name: x\n",
        "schema_version: this profile is for schema 7, made by a newer vcdesk; this one reads up "
        "to 1: update vcdesk",
    ),
    (
        MINIMAL + "network:\n  hosts: [ok:1, bad]\n",
        "network.hosts[1]: expected host:port with a port from 1 to 65535, found 'bad'",
    ),
    (
        MINIMAL + "  timezone: Mars/Olympus\n",
        "room.timezone: unknown time zone 'Mars/Olympus'; expected e.g. Asia/Jakarta, "
        "Asia/Makassar, Asia/Jayapura",
    ),
    (
        MINIMAL + 'conversion:\n  output_dir: "arsip\\0"\n',
        "conversion.output_dir: a path cannot hold a nul character, found 'arsip\\x00'",
    ),
    (
        MINIMAL + "disk:\n  recordings_dir: ~nosuchuser/rekaman\n",
        "disk.recordings_dir: '~nosuchuser/rekaman' names the home folder of 'nosuchuser', "
        "but this computer has no such user",
    ),
    (
        MINIMAL + "network:\n  speedtest_url: ftp://x\n",
        "network.speedtest_url: expected an http:// or https:// URL, found 'ftp://x'",
    ),
    (
        MINIMAL + "microphone:\n  device: !!python/object:os.system ls\n",
        "microphone.device: YAML tags (!...) are not allowed in a room profile",
    ),
    (MINIMAL + "1: x\n", "option names must be text, found the number 1"),
    (MINIMAL + ALIASES + "\n", "more than 50,000 values (aliases?); not a room profile"),
    (
        MINIMAL + "room:\n  name: again\n",
        "duplicate key 'room': each option may appear only once",
    ),
    (
        MINIMAL + "camera:\n\tmin_fps: 5\n",
        "a tab character; YAML is indented with spaces, not tabs",
    ),
    (MINIMAL + "a: b: c\n", "not valid YAML: mapping values are not allowed here"),
    (
        MINIMAL + "schedule:\n  ics: [unclosed\n",
        "a list opened here with [ is never closed; close it with ]",
    ),
    (
        MINIMAL + "schedule:\n  ics: {a: 1\n",
        "a section opened here with { is never closed; close it with }",
    ),
    (
        MINIMAL + 'schedule:\n  ics: "open\n',
        'a text opened here with " is never closed; close it with "',
    ),
    (
        MINIMAL + "  location: \x01\n",
        "a control character (#x0001) that YAML text cannot hold; is this a binary file?",
    ),
    ("", "the file is empty; expected a room profile (see profiles/example.yaml)"),
    ("- a\n- b\n", "expected a room profile (key: value lines), found a list"),
    ("just text\n", "expected a room profile (key: value lines), found a single value"),
    (
        b"schema_version: 1\nroom:\n  name: \xe9\n",
        "not UTF-8 text (byte 0xe9); save the file as UTF-8",
    ),
    (MINIMAL + "# " + "x" * MAX_BYTES + "\n", "larger than 1 MB; not a room profile"),
    *(text for text, _ in NEW_PROBLEMS),
]


def shown(problem: Problem) -> str:
    """What follows `PATH:LINE: ` in a problem's line, in English: `FIELD: message` for an
    option, the message alone for the file, its YAML or the profile as a whole."""
    if problem.field in MARKERS:
        return problem.message
    return f"{problem.field}: {problem.message}"


def problems(path: Path, action: Callable[[], object] | None = None) -> list[Problem]:
    with pytest.raises(ProfileError) as caught:
        (action or (lambda: load_profile(path)))()
    return caught.value.problems


def broken(tmp_path: Path) -> Iterator[tuple[str, Problem]]:
    """(expected `shown`, the problem core gave) for every broken profile above,
    and for the files that cannot be read, saved or deleted."""
    for i, (text, expected) in enumerate(BROKEN):
        path = tmp_path / f"broken-{i}.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
        made = problems(path)
        matching = [p for p in made if shown(p) == expected]
        assert matching, f"{expected!r} not among {[str(p) for p in made]}"
        yield expected, matching[0]

    yield "no such file", problems(tmp_path / "absent.yaml")[0]
    listed = tmp_path / "licences.yaml"
    listed.write_text("- a\n", encoding="utf-8")
    yield (
        "expected a licences file (licences: and savings: lines), found a list",
        problems(listed, lambda: shared.load_shared(listed))[0],
    )
    yield "is a folder; expected a .yaml file", problems(tmp_path)[0]
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    yield said("cannot read the file: {}", problems(loop)[0])
    looped = tmp_path / "looped.yaml"
    looped.write_text(MINIMAL + f"conversion:\n  output_dir: {loop}/arsip\n", encoding="utf-8")
    yield (
        f"conversion.output_dir: '{loop}/arsip' is a loop of symbolic links; point it at a "
        "real folder or file",
        problems(looped)[0],
    )

    # Saving under a file, as if it were a folder.
    good = tmp_path / "good.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    doc = ProfileDocument.open(good)
    yield said(
        "could not save: {}; the file on disk is unchanged",
        problems(good, lambda: doc.save(good / "room.yaml"))[0],
    )
    # The console's Profiles page: a new file into a "folder" that is a file, a folder with
    # no free name left, deleting what cannot be deleted.
    yield said(
        "could not save: {}; nothing was written",
        problems(good, lambda: profile_files.create(good, "Ruang Baru"))[0],
    )
    full = tmp_path / "full"
    full.mkdir()
    for n in range(1, 1000):
        (full / ("ruang-x.yaml" if n == 1 else f"ruang-x-{n}.yaml")).touch()
    yield (
        "no free file name for 'ruang-x'",
        problems(full, lambda: profile_files.create(full, "Ruang X"))[0],
    )
    yield said("could not delete: {}", problems(full, lambda: profile_files.delete(full))[0])


def said(expected: str, problem: Problem) -> tuple[str, Problem]:
    """`expected` with what the system said (strerror: its words, not ours) in its {}."""
    detail = problem.params["detail"]
    assert detail and isinstance(detail, str)
    return expected.format(detail), problem


@pytest.fixture
def every_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Problem]]:
    made = list(broken(tmp_path))
    # Permission denied (the tests may run as root, whom no permission stops).
    locked = tmp_path / "locked.yaml"
    locked.write_text(MINIMAL, encoding="utf-8")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, os.strerror(13))

    monkeypatch.setattr(Path, "open", refuse)
    made.append(
        (
            "permission denied: cannot read the file",
            problems(locked, lambda: read_text(locked))[0],
        )
    )
    monkeypatch.undo()
    # Problems the schema cannot give today, worded all the same: a pydantic error it does
    # not make (a newer pydantic's: pydantic's own words), a text with a longer minimum, an
    # unknown option where no option is known.
    code, params = code_for("date_from_datetime_parsing", {}, "x", "Input should be a date")
    made.append(
        ("(x): Input should be a date, found text 'x'", Problem("p.yaml", 1, "(x)", code, params))
    )
    code, params = code_for("string_too_short", {"min_length": 3}, "ab", "")
    made.append(("x: expected at least 3 characters", Problem("p.yaml", 1, "x", code, params)))
    params = {"case": "alone", "key": "y", "options": []}
    made.append(("x.y: unknown option 'y'", Problem("p.yaml", 1, "x.y", "unknown_key", params)))
    return made


@pytest.fixture
def fake_language() -> Iterator[None]:
    words.use(words.Language("id", lambda c, t: "ID:" + t))
    try:
        yield
    finally:
        words.use(words.ENGLISH)


def test_every_problem_reads_as_before_in_english(every_problem: list[tuple[str, Problem]]) -> None:
    for expected, problem in every_problem:
        assert shown(problem) == expected
        assert pw.problem_message(problem) == problem.message  # English: the default
        # PATH:LINE: as a compiler puts it; PATH alone where the file could not be read.
        place = f"{problem.path}:{problem.line}" if problem.line else problem.path
        assert str(problem) == f"{place}: {expected}"
        assert pw.problem_line(problem) == str(problem)
        assert not any(marker in str(problem) for marker in MARKERS), str(problem)


def test_every_code_core_gives_has_words_and_every_words_a_code(
    every_problem: list[tuple[str, Problem]],
) -> None:
    given = {(p.code, str(p.params.get("case") or "")) for _, p in every_problem}
    assert given == pw.worded(), (
        f"codes without words: {sorted(given - pw.worded())}; "
        f"words no problem above uses: {sorted(pw.worded() - given)}"
    )


def test_every_message_goes_through_tr(
    every_problem: list[tuple[str, Problem]], fake_language: None
) -> None:
    for expected, problem in every_problem:
        english = expected.removeprefix(f"{problem.field}: ")  # a marker shows no field
        translated = pw.problem_message(problem)
        assert translated.startswith("ID:"), translated
        # Each part worded by the catalogue (what was expected, what was found, "or")
        # is translated too, and nothing else is changed (but the numbers, written the
        # Indonesian way).
        parts = 1 + ("found" in problem.params) + ("expected" in problem.params)
        assert translated.count("ID:") >= parts, translated
        with words.speaking(words.Language("id")):
            assert translated.replace("ID:", "") == pw.problem_message(problem)
        # Placed as in English (no marker, no line 0), with the words translated.
        assert pw.problem_line(problem) == str(problem).removesuffix(english) + translated
        # English still, for logs and str(), while the language is another.
        assert problem.message == english and str(problem).endswith(f": {english}")


def test_every_kind_of_value_has_words(fake_language: None) -> None:
    values = {
        "nothing": None,
        "bool": False,
        "number": 2.5,
        "text": "x" * 100,
        "list": (1,),
        "section": {},
        "date": datetime.date(2026, 12, 3),
        "other": object(),
    }
    assert set(values) == set(FOUND_KINDS)
    for kind, value in values.items():
        params = found(value)
        assert params["found"] == kind
        text = pw.found_words(kind, params.get("value"))
        assert text.startswith("ID:") and text != "ID:" + kind, text
    assert pw.found_words("text", found("x" * 100)["value"]) == "ID:text '" + "x" * 57 + "...'"
    assert pw.found_words("number", 2.5) == "ID:the number 2,5"  # Indonesian separators
    for kind in EXPECTED_KINDS:
        assert pw.expected_words([kind]).startswith("ID:")
    assert (
        pw.expected_words(["number", "text", "nothing"]) == "ID:ID:a number, ID:text or ID:nothing"
    )


def test_numbers_are_written_the_language_way(tmp_path: Path) -> None:
    path = tmp_path / "room.yaml"
    path.write_text(MINIMAL + "microphone:\n  record_seconds: 0.1\n", encoding="utf-8")
    (problem,) = problems(path)
    words.use(words.Language("id"))
    try:
        assert pw.problem_message(problem) == "expected a number ≥ 0,2, found the number 0,1"
    finally:
        words.use(words.ENGLISH)
    assert problem.message == "expected a number ≥ 0.2, found the number 0.1"


def test_a_code_without_words_still_says_something() -> None:
    assert (
        pw.problem_message(Problem("p", 1, "f", "brand_new", {"detail": "why"})) == "brand_new: why"
    )
    assert pw.problem_message(Problem("p", 1, "f", "brand_new")) == "brand_new"
    # Values not shaped as the template expects: the code, never a traceback.
    assert pw.problem_message(Problem("p", 1, "f", "out_of_range", {})) == "out_of_range"


@pytest.mark.parametrize(
    ("text", "english", "indonesian_words"),
    [(text, english, words_id) for (text, english), words_id in NEW_PROBLEMS],
    ids=[english.partition(":")[0] for (_, english), _ in NEW_PROBLEMS],
)
def test_the_meeting_sections_problems_read_in_both_languages(
    tmp_path: Path, qapp, text: str, english: str, indonesian_words: str
) -> None:  # type: ignore[no-untyped-def]
    from tests.fixtures.language import language

    path = tmp_path / "room.yaml"
    path.write_text(text, encoding="utf-8")
    problem = next(p for p in problems(path) if f"{p.field}: {p.message}" == english)
    with language(qapp, "en"):
        assert pw.problem_line(problem) == f"{path}:{problem.line}: {english}"
    with language(qapp, "id"):
        assert pw.problem_message(problem) == indonesian_words
        assert problem.message == english.partition(": ")[2]  # logs stay English
