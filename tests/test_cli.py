from __future__ import annotations

import json
from pathlib import Path

from tests.cli import ROOT, vcdesk
from vcdesk import __version__

EXAMPLE = str(ROOT / "profiles" / "example.yaml")


def no_traceback(result) -> None:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.stderr, result.stderr


def test_version_and_help() -> None:
    version = vcdesk("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"vcdesk {__version__}"
    help_text = vcdesk("--help").stdout
    for command in ("profile", "check", "history", "--data-dir"):
        assert command in help_text


def test_profile_validate_exit_codes(tmp_path: Path) -> None:
    good = vcdesk("profile", "validate", *map(str, sorted((ROOT / "profiles").glob("*.yaml"))))
    assert good.returncode == 0, good.stderr
    assert good.stdout.count(": no problems (") == 3

    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nroom:\n  name: x\ncamera:\n  min_fps: 0\n  colour: red\n")
    result = vcdesk("profile", "validate", EXAMPLE, str(bad))
    assert result.returncode == 2
    no_traceback(result)
    lines = result.stderr.splitlines()
    assert lines[0] == f"{bad}:5: camera.min_fps: expected a number > 0, found the number 0"
    assert lines[1].startswith(f"{bad}:6: camera.colour: unknown option 'colour'")
    assert len(lines) == 2


def test_profile_validate_broken_inputs_never_traceback(tmp_path: Path) -> None:
    (tmp_path / "binary.yaml").write_bytes(bytes(range(256)))
    (tmp_path / "latin1.yaml").write_bytes("room:\n  name: Caf\xe9\n".encode("latin-1"))
    (tmp_path / "empty.yaml").write_bytes(b"")
    (tmp_path / "folder.yaml").mkdir()
    paths = [str(p) for p in sorted(tmp_path.iterdir())] + [str(tmp_path / "missing.yaml")]
    result = vcdesk("profile", "validate", *paths)
    assert result.returncode == 2
    no_traceback(result)
    assert len(result.stderr.splitlines()) == 5


def test_profile_show_fills_defaults_and_masks_secrets() -> None:
    result = vcdesk(
        "profile", "show", str(ROOT / "profiles" / "ruang-rapat-gubernur.yaml"), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["camera"]["sample_seconds"] == 2.0  # a default
    assert data["power"]["nut"]["password"] == "**********"
    assert "ganti-saya" not in result.stdout
    text = vcdesk("profile", "show", EXAMPLE)
    assert text.returncode == 0 and "room:\n  name: Ruang Contoh" in text.stdout


def test_check_json_history_and_exit_codes(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    result = vcdesk(
        "--data-dir", data, "check", "--profile", EXAMPLE, "--only", "cpu,memory,disk", "--json"
    )
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"profile", "overall", "started", "results"}
    assert [r["id"] for r in report["results"]] == ["cpu", "memory", "disk"]
    for item in report["results"]:
        assert set(item) >= {
            "id",
            "status",
            "value",
            "unit",
            "threshold",
            "message",
            "details",
            "duration_s",
        }
    assert result.returncode == (1 if report["overall"] == "fail" else 0)

    history = vcdesk("--data-dir", data, "history", "--json")
    runs = json.loads(history.stdout)
    assert len(runs) == 1 and runs[0]["room"] == "Ruang Contoh"
    assert [r["id"] for r in runs[0]["results"]] == ["cpu", "memory", "disk"]
    assert (tmp_path / "data" / "logs" / "vcdesk.log").exists()


def test_check_fails_on_a_missing_recordings_folder(tmp_path: Path) -> None:
    profile = tmp_path / "room.yaml"
    profile.write_text(
        f"schema_version: 1\nroom:\n  name: R\ndisk:\n  recordings_dir: {tmp_path / 'nope'}\n"
    )
    result = vcdesk("check", "--profile", str(profile), "--only", "disk")
    assert result.returncode == 1
    assert "does not exist" in result.stdout and "NO-GO" in result.stdout


def test_check_usage_errors() -> None:
    assert vcdesk("check", "--profile", EXAMPLE, "--only", "camera,foo").returncode == 2
    nothing = vcdesk("check", "--profile", EXAMPLE, "--only", ",")  # not a GO of no checks
    assert nothing.returncode == 2 and "names no check" in nothing.stderr
    missing = vcdesk("check", "--profile", "/nonexistent/room.yaml")
    assert missing.returncode == 2
    assert "/nonexistent/room.yaml: no such file" in missing.stderr
    no_traceback(missing)
    assert vcdesk("history", "--limit", "0").returncode == 2


def test_console_profile_does_not_leak_into_commands() -> None:
    from vcdesk.cli.main import build_parser

    args = build_parser().parse_args(["--profile", "a.yaml", "queue", "run", "--profile", "b.yaml"])
    assert (args.console_profile, args.profile) == ("a.yaml", "b.yaml")
    assert build_parser().parse_args(["--profile", "a.yaml"]).console_profile == "a.yaml"


def test_profile_new_writes_the_commented_example_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "rooms" / "-y.yaml"  # a name that looks like an option is just a file
    name = 'Ruang Bupati: "Utama" #2'
    made = vcdesk("profile", "new", str(target), "--room", name)
    assert made.returncode == 0, made.stderr
    text = target.read_text(encoding="utf-8")
    example = (ROOT / "profiles" / "example.yaml").read_text(encoding="utf-8")
    # Every comment of the example is kept; only the room's name differs.
    changed = [
        (a, b) for a, b in zip(example.splitlines(), text.splitlines(), strict=True) if a != b
    ]
    assert len(changed) == 1 and "name:" in changed[0][1]
    shown = vcdesk("profile", "show", str(target), "--json")
    assert json.loads(shown.stdout)["room"]["name"] == name

    before = target.read_bytes()
    again = vcdesk("profile", "new", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr
    no_traceback(again)
    assert target.read_bytes() == before

    plain = tmp_path / "plain.yaml"
    assert vcdesk("profile", "new", str(plain)).returncode == 0
    assert plain.read_text(encoding="utf-8") == example

    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    failed = vcdesk("profile", "new", str(blocked / "room.yaml"))
    assert failed.returncode == 2 and "could not write" in failed.stderr
    no_traceback(failed)
