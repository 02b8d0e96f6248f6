"""The CLI speaks the operator's language: `vcdesk` is run as a user runs it, in English and
in Bahasa Indonesia, and no line it prints (help, progress, tables, verdicts, errors,
argparse's own words) may be the same in both languages unless it holds nothing to
translate (names, paths, numbers, units, command names, option flags). JSON stays the same
in both, English, but for the times it was made at."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from tests.cli import ROOT, vcdesk
from tests.fixtures.queue import recording

ICS = Path(__file__).parent / "fixtures" / "ics"
LANGUAGES = ("en", "id")
ROOM = "Ruang Vicon Setda"

# --- lines with nothing to translate ---------------------------------------------------------

COMMAND_NAMES = {
    "vcdesk", "profile", "check", "history", "queue", "schedule", "validate", "show", "new",
    "add", "list", "run", "pause", "resume", "cancel", "retry", "remove", "move", "meeting",
    "end",
}  # fmt: skip
UNITS = {"B", "kB", "MB", "GB", "TB", "%", "fps", "ms", "Mbit/s", "dBFS", "Hz"}
ZONES = {"WIB", "WITA", "WIT"}
_FLAG = re.compile(r"--?[A-Za-z][\w-]*(=\S*)?")
_METAVAR = re.compile(r"[A-Z][A-Z0-9_]*([,.:-]+[A-Z0-9_]*)*\.*")  # PATH, ID,ID..., YYYY-MM-DD
_CHOICES = re.compile(r"\[?\{[\w,.-]+\}\]?(\.\.\.)?")  # {id,en}
_FIGURE = re.compile(r"[#~≥≤<>+−-]*\d[\d.,:/x-]*%?")  # 12, 23.431, 08:44-10:30, #3, 1280x720
_EDGES = "[](){}<>.,:;!?'\"“”…|="


def neutral(line: str, names: Iterable[str] = ()) -> bool:
    """True for a line with nothing to translate: its proper nouns (`names`), paths,
    figures, units, zone names, command names, option flags and metavars only."""
    for name in sorted(names, key=len, reverse=True):
        line = line.replace(name, " ")
    for token in line.split():
        if _CHOICES.fullmatch(token):
            continue
        word = token.strip(_EDGES)
        if not word or not any(c.isalpha() for c in word):
            continue
        if (
            word in COMMAND_NAMES
            or word in UNITS
            or word in ZONES
            or "/" in word  # a path
            or word.endswith((".yaml", ".mp4", ".ics", ".sqlite3"))
            or _FLAG.fullmatch(word)
            or _METAVAR.fullmatch(word)
            or _FIGURE.fullmatch(word)
        ):
            continue
        return False
    return True


def untranslated(en: str, id_: str, names: Iterable[str] = ()) -> list[str]:
    """The lines printed the same in both languages that hold something to translate."""
    english = {line.strip() for line in en.splitlines()}
    names = tuple(names)
    return sorted(
        line
        for line in {line.strip() for line in id_.splitlines()}
        if line and line in english and not neutral(line, names)
    )


def assert_translated(runs: dict[str, str], names: Iterable[str] = (), what: str = "") -> None:
    same = untranslated(runs["en"], runs["id"], names)
    assert not same, (
        f"{what}: printed the same in English and Indonesian:\n  "
        + "\n  ".join(same)
        + f"\n--- Indonesian output:\n{runs['id']}"
    )


def test_the_allow_list_lets_no_words_through() -> None:
    assert neutral("usage: vcdesk check [-h] --profile PATH [--json] [--only ID,ID...]") is False
    assert neutral("[--operator NAME]")
    assert neutral("COMMAND ...")
    assert neutral("{id,en}")
    assert neutral("/tmp/a.yaml:3: camera.min_fps:") is False  # the option path is a word
    assert neutral("#2    08:44-10:30 WIB  h264-720p  rapat.mp4", ["h264-720p"])
    assert neutral("23.431 MB")
    assert neutral("Pass: 2") is False
    assert neutral(f"09:00-10:30 WIB  {ROOM}", [ROOM])
    assert untranslated("The queue is empty.\n#1  2 MB", "The queue is empty.\n#1  2 MB") == [
        "The queue is empty."
    ]


# --- running the CLI in both languages -----------------------------------------------------


def run(lang: str, *args: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ("--data-dir", str(data)) if data else ()
    result = vcdesk(*prefix, *args, env={"VCDESK_LANG": lang, "COLUMNS": "100"})
    assert "Traceback" not in result.stderr, result.stderr
    return result


def both(*args: str, data: Path | None = None, codes: Iterable[int] = (0,)) -> dict[str, str]:
    """stdout and stderr of `vcdesk args` in each language (its exit code one of `codes`)."""
    out = {}
    for lang in LANGUAGES:
        result = run(lang, *args, data=data)
        assert result.returncode in tuple(codes), (lang, args, result.stdout, result.stderr)
        out[lang] = result.stdout + result.stderr
    return out


def commands() -> list[tuple[str, ...]]:
    """Every command's words: () for vcdesk itself, ("queue", "add")..."""
    from vcdesk.cli.main import build_parser

    found: list[tuple[str, ...]] = []

    def walk(parser: Any, path: tuple[str, ...]) -> None:
        found.append(path)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, (*path, name))

    walk(build_parser(), ())
    return found


@pytest.mark.parametrize("command", commands(), ids=lambda c: " ".join(c) or "vcdesk")
def test_help_is_translated(command: tuple[str, ...]) -> None:
    runs = both(*command, "--help")
    assert runs["en"].startswith("usage: vcdesk")
    assert "options:" in runs["en"] and "show this help message and exit" in runs["en"]
    assert_translated(runs, what=f"vcdesk {' '.join(command)} --help")


def test_usage_errors_are_translated(tmp_path: Path) -> None:
    room = tmp_path / "ruang.yaml"
    room.write_text(f"schema_version: 1\nroom:\n  name: {ROOM}\n", encoding="utf-8")
    for args, english in (
        (("check",), "the following arguments are required: --profile"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        (("queue", "move", "1", "sideways"), "invalid choice: 'sideways'"),
        (("queue", "pause", "abc"), "expected a whole number, found 'abc'"),
        (("history", "--limit"), "expected one argument"),
        (("schedule", "show", "--profile", str(room), "--date", "10/03/2025"), "YYYY-MM-DD"),
        (("check", "--profile", str(room), "--only", "camera,foo"), "unknown check foo"),
        (("check", "--profile", str(room), "--only", ","), "--only names no check"),
        (("history", "--limit", "0"), "--limit must be 1 or more"),
    ):
        runs = both(*args, data=tmp_path / "data", codes=(2,))
        assert english in runs["en"], runs["en"]
        assert_translated(runs, what="vcdesk " + " ".join(args))


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once it is closed


def faulty_room(folder: Path) -> Path:
    """A room whose network host refuses connections and whose disk has too little room."""
    path = folder / "ruang.yaml"
    path.write_text(
        "schema_version: 1\n"
        f"room:\n  name: {ROOM}\n  timezone: Asia/Makassar\n"
        f"disk:\n  recordings_dir: {folder}\n  min_free_gb: 900000\n"
        f'network:\n  hosts: ["127.0.0.1:{closed_port()}"]\n',
        encoding="utf-8",
    )
    return path


def masked(value: Any, drop: Iterable[str]) -> Any:
    """`value` without the keys in `drop` (when it was made) and with digits masked (what
    was measured: a processor's load changes from one run to the next)."""
    if isinstance(value, dict):
        return {k: masked(v, drop) for k, v in value.items() if k not in drop}
    if isinstance(value, list):
        return [masked(v, drop) for v in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "#"
    return re.sub(r"\d+", "#", value) if isinstance(value, str) else value


def test_check_and_history_with_real_faults(tmp_path: Path) -> None:
    data, room = tmp_path / "data", faulty_room(tmp_path)
    check = ("check", "--only", "cpu,memory,disk,network", "--profile", str(room))
    runs = both(*check, data=data, codes=(1,))
    assert "Verdict: NO-GO" in runs["en"]
    assert "Recording disk" in runs["en"] and "Move finished recordings" in runs["en"]
    assert "refused the connection" in runs["en"]
    assert_translated(runs, [ROOM], "vcdesk check")

    history = both("history", data=data)
    assert history["en"].count("NO-GO") == 2 and "WITA" in history["en"]
    assert_translated(history, [ROOM], "vcdesk history")

    reports = [json.loads(run(lang, *check, "--json", data=data).stdout) for lang in LANGUAGES]
    # what the processor was busy with changes from one run to the next, as its load does
    drop = ("started", "duration_s", "top", "background_top")
    english, indonesian = (masked(r, drop) for r in reports)
    # ... and so may its verdict, on a machine busy with other work: compared apart
    cpu = [next(r for r in report["results"] if r["id"] == "cpu") for report in reports]
    assert cpu[0]["threshold"] == cpu[1]["threshold"] and {c["unit"] for c in cpu} == {"%"}
    for report in (english, indonesian):
        report["results"] = [r for r in report["results"] if r["id"] != "cpu"]
    assert english == indonesian
    assert reports[1]["overall"] == "fail"
    network = next(r for r in reports[1]["results"] if r["id"] == "network")
    assert "refused the connection" in network["message"]  # JSON's words: English
    logged = [run(lang, "history", "--json", data=data).stdout for lang in LANGUAGES]
    assert logged[0] == logged[1] and len(json.loads(logged[0])) == 4


def test_profile_commands(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.yaml"
    broken.write_text(
        'schema_version: 1\nroom:\n  name: ""\ncamera:\n  min_fsp: 25\n', encoding="utf-8"
    )
    missing = tmp_path / "hilang.yaml"
    runs = both("profile", "validate", str(broken), str(missing), codes=(2,))
    assert f"{broken}:3: room.name: expected some text, found an empty value" in runs["en"]
    assert f"{broken}:5: camera.min_fsp: unknown option 'min_fsp'; did you mean" in runs["en"]
    assert f"{missing}: no such file" in runs["en"]  # no line: the file is not there
    assert_translated(runs, what="vcdesk profile validate")

    good = both("profile", "validate", str(ROOT / "profiles" / "example.yaml"))
    assert_translated(good, ["Ruang Contoh"], "vcdesk profile validate")

    for lang in LANGUAGES:
        assert run(lang, "profile", "new", str(tmp_path / f"{lang}.yaml")).returncode == 0
    made = {
        lang: run(lang, "profile", "new", str(tmp_path / "en.yaml")).stderr for lang in LANGUAGES
    }
    assert "already exists" in made["en"]
    assert_translated(made, what="vcdesk profile new")

    shown = [run(lang, "profile", "show", str(broken.parent / "en.yaml"), "--json").stdout
             for lang in LANGUAGES]  # fmt: skip
    assert shown[0] == shown[1]


def test_every_profile_problem_is_translated(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.yaml"
    broken.write_text("schema_version: 1\nroom:\n  name: R\ncamera:\n  min_fps: 0\n")
    runs = both("profile", "validate", str(broken), codes=(2,))
    assert_translated(runs, what="vcdesk profile validate")


def test_a_problem_of_the_file_is_placed_without_english_markers(tmp_path: Path) -> None:
    """A file that is not there, broken YAML, a file that is no profile, a profile whose
    option is no name: placed `PATH:LINE: message` (no "(file)" / "(yaml)" / "(profile)"
    between, in no language), `PATH: message` where no line was read (never `:0:`)."""
    missing = tmp_path / "hilang.yaml"
    doubled = tmp_path / "ganda.yaml"
    doubled.write_text("schema_version: 1\nroom:\n  name: R\nroom:\n  name: lagi\n")
    listed = tmp_path / "daftar.yaml"
    listed.write_text("- a\n")
    numbered = tmp_path / "angka.yaml"
    numbered.write_text("schema_version: 1\nroom:\n  name: R\n1: x\n")
    files = (missing, doubled, listed, numbered)
    expected = {
        "en": [
            f"{missing}: no such file",
            f"{doubled}:4: duplicate key 'room': each option may appear only once",
            f"{listed}:1: expected a room profile (key: value lines), found a list",
            f"{numbered}:LINE: option names must be text, found the number 1",
        ],
        "id": [
            f"{missing}: berkas tidak ada",
            f"{doubled}:4: kunci 'room' ganda: setiap opsi hanya boleh muncul sekali",
            f"{listed}:1: seharusnya profil ruangan (baris kunci: nilai), ditemukan daftar",
            f"{numbered}:LINE: nama opsi harus berupa teks, ditemukan angka 1",
        ],
    }
    for lang in LANGUAGES:
        result = run("en", "--lang", lang, "profile", "validate", *map(str, files))
        assert result.returncode == 2 and result.stdout == "", (lang, result.stdout)
        # LINE: the line a problem of the profile as a whole is placed at is load's to tell.
        patterns = [re.escape(line).replace("LINE", r"\d+") for line in expected[lang]]
        lines = result.stderr.splitlines()
        assert len(lines) == len(patterns), (lang, result.stderr)
        assert all(map(re.fullmatch, patterns, lines)), (lang, result.stderr)
        for marker in ("(file)", "(yaml)", "(profile)", ":0:"):
            assert marker not in result.stderr, (lang, marker, result.stderr)


def test_queue_commands(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "arsip"
    first = recording(tmp_path / "rapat.mp4", seconds=1)
    second = recording(tmp_path / "rapat-2.mp4", seconds=1)
    names = ["rapat.mp4", "rapat-2.mp4", "remux"]

    missing = both("queue", "add", str(tmp_path / "hilang.mp4"), data=data, codes=(2,))
    assert "hilang.mp4: no such file" in missing["en"] and "nothing was queued" in missing["en"]
    assert_translated(missing, what="vcdesk queue add")
    folder = both("queue", "add", str(tmp_path), data=data, codes=(2,))
    assert_translated(folder, what="vcdesk queue add")

    empty = both("queue", "list", data=data)
    assert empty["en"].strip() == "The queue is empty."
    assert_translated(empty, what="vcdesk queue list")

    added = {
        lang: run(lang, "queue", "add", str(file), "--output-dir", str(out), data=data).stdout
        for lang, file in zip(LANGUAGES, (first, second), strict=True)
    }
    assert added["en"].startswith("queued #1: ")
    assert_translated(added, names, "vcdesk queue add")

    for args in (("pause", "2"), ("pause",), ("meeting", "on"), ("move", "1", "down")):
        runs = both("queue", *args, data=data)
        assert_translated(runs, names, "vcdesk queue " + " ".join(args))
    listing = both("queue", "list", data=data)
    assert "The queue is paused" in listing["en"] and "Meeting mode is on" in listing["en"]
    assert "Paused" in listing["en"] and "Waiting" in listing["en"]
    assert_translated(listing, names, "vcdesk queue list")
    wrong = both("queue", "retry", "1", data=data, codes=(2,))
    assert "only a failed" in wrong["en"]
    assert_translated(wrong, what="vcdesk queue retry")
    for args in (("resume",), ("resume", "2"), ("meeting", "off")):
        assert_translated(both("queue", *args, data=data), names, "vcdesk queue " + args[0])

    ran = both("queue", "run", "--until-empty", data=data)  # the first run converts both
    assert "#1 Done: " in ran["en"] and "The queue stopped: Done: 2." in ran["en"]
    assert_translated(ran, names, "vcdesk queue run")
    done = both("queue", "list", data=data)
    assert done["en"].count("saved as") == 2
    assert_translated(done, names, "vcdesk queue list")

    listed = [run(lang, "queue", "list", "--json", data=data).stdout for lang in LANGUAGES]
    assert listed[0] == listed[1]


def test_schedule_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copy(ICS / "weekly.ics", tmp_path / "jadwal.ics")
    room = tmp_path / "ruang.yaml"
    room.write_text(
        f"schema_version: 1\nroom:\n  name: {ROOM}\n  timezone: Asia/Jakarta\n"
        "schedule:\n  ics: jadwal.ics\n",
        encoding="utf-8",
    )
    long = recording(tmp_path / "panjang.mp4", seconds=20)
    short = recording(tmp_path / "pendek.mp4", seconds=1)
    assert run("en", "queue", "add", str(long), str(short), data=data).returncode == 0
    names = [ROOM, "Rapat koordinasi mingguan", "Musrenbang daring dengan Bappenas", "h264-720p"]
    names += ["remux", "Asia/Jakarta", "pendek.mp4", "panjang.mp4"]

    args = ("--profile", str(room), "--date", "2025-03-10", "--now", "2025-03-10T08:44:40")
    shown = both("schedule", "show", *args, data=data)
    assert f"{ROOM}: Monday, 10 Mar 2025 (WIB, Asia/Jakarta)" in shown["en"]
    assert "Conversion plan from 08:44 WIB" in shown["en"]
    assert_translated(shown, names, "vcdesk schedule show")

    other = both("schedule", "show", "--profile", str(room), "--date", "2025-03-15", data=data)
    assert "No meetings." in other["en"]
    assert_translated(other, names, "vcdesk schedule show")

    ended = both("schedule", "end", "--profile", str(room), data=data, codes=(1,))
    assert f"no meeting is on now in {ROOM}" in ended["en"]
    assert_translated(ended, names, "vcdesk schedule end")

    (tmp_path / "jadwal.ics").unlink()  # the calendar is gone: its last good copy is shown
    gone = both("schedule", "show", *args, data=data)
    assert "cannot be read now: using the copy read" in gone["en"]
    assert_translated(gone, names, "vcdesk schedule show")

    reports = [
        json.loads(run(lang, "schedule", "show", *args, "--json", data=data).stdout)
        for lang in LANGUAGES
    ]
    assert masked(reports[0], ("read_at",)) == masked(reports[1], ("read_at",))
    assert reports[0]["meetings"] == reports[1]["meetings"]  # with their times, unmasked
    assert reports[0]["plan"] == reports[1]["plan"]


# --- choosing the language ------------------------------------------------------------------


def test_lang_option_overrides_the_environment(tmp_path: Path) -> None:
    data = tmp_path / "data"
    english = vcdesk("--data-dir", str(data), "--lang", "en", "queue", "list",
                     env={"VCDESK_LANG": "id"})  # fmt: skip
    assert english.stdout == "The queue is empty.\n"
    blank = {"VCDESK_LANG": "", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    system = vcdesk("--data-dir", str(data), "queue", "list", env={**blank, "LANG": "en_US.UTF-8"})
    assert system.stdout == english.stdout
    indonesian = vcdesk("--data-dir", str(data), "--lang=id", "queue", "list", env=blank)
    system_id = vcdesk("--data-dir", str(data), "queue", "list", env={**blank, "LANG": "id_ID"})
    assert indonesian.stdout == system_id.stdout
    assert indonesian.stdout != english.stdout


PROBE = """
import sys, types
console = types.ModuleType("vcdesk.ui.app")  # the console's window, not opened here
console.run_console = lambda args, catcher=None: 0
sys.modules["vcdesk.ui.app"] = console
from vcdesk.cli import main
from vcdesk.core.words import ts
assert main.main(["--data-dir", sys.argv[2], "--lang", sys.argv[1]]) == 0
read = [ts._catalogue.cache_info().currsize]
main.build_parser().format_help()
read.append(ts._catalogue.cache_info().currsize)
print(read)
"""


def test_words_are_read_only_when_needed(tmp_path: Path) -> None:
    """Starting the console (`vcdesk` alone) reads no translation; English never reads one;
    Indonesian reads the catalogue once a word is shown."""
    for lang, read in (("en", [0, 0]), ("id", [0, 1])):
        probe = subprocess.run(
            [sys.executable, "-c", PROBE, lang, str(tmp_path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert probe.returncode == 0, probe.stderr
        assert probe.stdout.strip() == str(read), lang
