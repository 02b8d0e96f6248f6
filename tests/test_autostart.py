"""Start with the computer, on Linux for real: the XDG autostart entry is written into a
throw-away XDG_CONFIG_HOME, checked by desktop-file-validate, read back by a parser written
from the Desktop Entry spec, and its command is run.

The Windows registry (winreg) cannot run here; only how the Windows command is chosen is
tested, with sys.platform patched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vcdesk import __version__
from vcdesk.core import autostart
from vcdesk.core.autostart import (
    AutostartError,
    AutostartUnsupported,
    disable,
    enable,
    exec_line,
    is_enabled,
    launch_command,
)
from vcdesk.core.resources import asset

AWKWARD = 'Rapat "Bupati" $HOME `id` 100% C:\\data\\ruang;1 & it\'s #2'


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def entry_path(config_home: Path) -> Path:
    return config_home / "autostart" / "id.vcdesk.Console.desktop"


def read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] group's raw values, keyed as written."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    keys = {}
    for line in lines[1:]:
        key, equals, value = line.partition("=")
        assert equals and key not in keys, line
        keys[key] = value
    return keys


def unescape_string(value: str) -> str:
    """Desktop Entry spec, "Possible value types": the escapes of a string value."""
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[following])
        else:
            out.append(char)
    return "".join(out)


def parse_exec(value: str) -> list[str]:
    """Desktop Entry spec, "The Exec key", as a launcher reads it: string escapes first,
    then arguments split on spaces, double quotes grouping, and inside quotes a backslash
    escaping only ", `, $ and \\. `%%` is a literal % (no other field code is used here).
    Anything the spec forbids (a reserved character unquoted, a stray escape) fails."""
    text = unescape_string(value)
    arguments: list[str] = []
    current: list[str] = []
    started = quoted = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%":
            assert text[index + 1] == "%", f"field code in {text!r}"
            current.append("%")
            started = True
            index += 2
            continue
        if quoted:
            if char == "\\":
                following = text[index + 1]
                assert following in '"`$\\', f"stray escape in {text!r}"
                current.append(following)
                index += 1
            elif char == '"':
                quoted = False
            else:
                current.append(char)
        elif char == " ":
            if started:
                arguments.append("".join(current))
            current, started = [], False
        elif char == '"':
            quoted = started = True
        else:
            assert char not in "\t\n\"'\\><~|&;$*?#()`", f"unquoted {char!r} in {text!r}"
            current.append(char)
            started = True
        index += 1
    assert not quoted, f"unclosed quote in {text!r}"
    if started:
        arguments.append("".join(current))
    return arguments


def validate(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.fail("desktop-file-validate is missing: run .ci/setup")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_enable_is_enabled_disable_round_trip(config_home: Path) -> None:
    command = launch_command()
    assert not is_enabled()
    enable(command)
    assert is_enabled()
    entry = read_entry(entry_path(config_home))
    assert parse_exec(entry["Exec"]) == command
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert entry["Name"] and entry["Name[id]"] and entry["Comment"] and entry["Comment[id]"]
    assert Path(entry["Icon"]).is_absolute()
    assert Path(entry["Icon"]).samefile(asset("icons/vcdesk-256.png"))
    enable(command)  # again: replaced, not duplicated
    assert is_enabled()
    disable()
    assert not is_enabled() and not entry_path(config_home).exists()
    disable()  # already off is fine


def test_the_written_entry_passes_desktop_file_validate(config_home: Path, tmp_path: Path) -> None:
    enable(launch_command(tmp_path / AWKWARD))
    validate(entry_path(config_home))


def test_awkward_arguments_survive_the_exec_line(config_home: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / AWKWARD
    command = launch_command(data_dir)
    assert command[-2:] == ["--data-dir", str(data_dir)]
    enable(command)
    written = entry_path(config_home).read_text(encoding="utf-8")
    assert "100%%" in written  # a lone % would be a field code
    assert parse_exec(read_entry(entry_path(config_home))["Exec"]) == command
    # No temporary file is left beside the entry.
    assert [p.name for p in entry_path(config_home).parent.iterdir()] == [
        "id.vcdesk.Console.desktop"
    ]


@given(
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")),
        min_size=1,
        max_size=5,
    )
)
def test_any_command_round_trips_through_the_exec_line(command: list[str]) -> None:
    assert parse_exec(exec_line(command)) == command
    assert "\n" not in exec_line(command) and "\r" not in exec_line(command)


def test_the_exec_line_really_starts_vcdesk(config_home: Path, tmp_path: Path) -> None:
    """What a desktop runs at login: the Exec line, parsed back, with --version added."""
    command = launch_command(tmp_path / AWKWARD)
    assert Path(command[0]).name == "vcdesk"  # the console script of this install
    enable(command)
    argv = parse_exec(read_entry(entry_path(config_home))["Exec"])
    result = subprocess.run(
        [*argv, "--version"], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"vcdesk {__version__}"


def test_the_module_fallback_really_starts_vcdesk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With no console script beside the interpreter, `python -m vcdesk` is the command."""
    real_python = sys.executable
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python3"))
    assert launch_command() == [str(tmp_path / "bin" / "python3"), "-m", "vcdesk"]
    result = subprocess.run(
        [real_python, "-m", "vcdesk", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.stdout.strip() == f"vcdesk {__version__}", result.stderr


def test_a_folder_that_cannot_be_written_gives_an_error_to_act_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Root ignores chmod, so the config "folder" is a regular file: nothing can go under it.
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(AutostartError) as caught:
        enable(launch_command())
    message = str(caught.value)
    target = str(blocker / "autostart" / "id.vcdesk.Console.desktop")
    assert target in message and caught.value.target == target
    assert caught.value.reason in ("Not a directory", "File exists")
    assert caught.value.reason in message and "Check that" in message
    assert isinstance(caught.value.__cause__, OSError)
    assert not is_enabled()
    disable()  # nothing there to remove: fine


def test_a_failed_write_keeps_the_old_entry_and_leaves_no_temporary_file(
    config_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    enable(launch_command())
    before = entry_path(config_home).read_text(encoding="utf-8")

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autostart.os, "replace", full_disk)
    with pytest.raises(AutostartError, match="No space left on device"):
        enable(launch_command(tmp_path / "elsewhere"))
    assert entry_path(config_home).read_text(encoding="utf-8") == before
    assert len(list(entry_path(config_home).parent.iterdir())) == 1


def test_switched_off_by_the_desktop_counts_as_off(config_home: Path) -> None:
    """GNOME's startup settings keep the file and write X-GNOME-Autostart-enabled=false."""
    enable(launch_command())
    path = entry_path(config_home)
    path.write_text(path.read_text().replace("Autostart-enabled=true", "Autostart-enabled=false"))
    assert not is_enabled()
    enable(launch_command())  # turning it on again in vcdesk wins
    assert is_enabled()
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not is_enabled()


def test_a_relative_xdg_config_home_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/config")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert autostart.autostart_file() == tmp_path / ".config/autostart/id.vcdesk.Console.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert autostart.autostart_file() == tmp_path / ".config/autostart/id.vcdesk.Console.desktop"


def test_the_frozen_app_starts_its_own_executable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app = tmp_path / "vcdesk" / "vcdesk"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    assert launch_command() == [str(app)]
    assert launch_command(tmp_path / "data") == [str(app), "--data-dir", str(tmp_path / "data")]


def test_on_windows_the_windowed_launcher_is_chosen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No console window at login: vcdeskw(.exe), never the console vcdesk.exe."""
    frozen = tmp_path / "dist" / "vcdesk"
    frozen.mkdir(parents=True)
    (frozen / "vcdeskw.exe").touch()
    venv = tmp_path / "venv" / "Scripts"
    venv.mkdir(parents=True)
    (venv / "vcdeskw.exe").touch()
    system = tmp_path / "Python311"
    (system / "Scripts").mkdir(parents=True)
    (system / "Scripts" / "vcdeskw.exe").touch()
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "pythonw.exe").touch()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(frozen / "vcdesk.exe"))
    assert launch_command() == [str(frozen / "vcdeskw.exe")]
    monkeypatch.setattr(sys, "frozen", False)
    monkeypatch.setattr(sys, "executable", str(venv / "python.exe"))
    assert launch_command() == [str(venv / "vcdeskw.exe")]
    monkeypatch.setattr(sys, "executable", str(system / "python.exe"))
    assert launch_command() == [str(system / "Scripts" / "vcdeskw.exe")]
    monkeypatch.setattr(sys, "executable", str(bare / "python.exe"))
    assert launch_command() == [str(bare / "pythonw.exe"), "-m", "vcdesk"]


def test_the_windows_run_value_quotes_like_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry's Run value is one command line; list2cmdline is what CreateProcess's
    own parser (CommandLineToArgvW rules) reads back."""
    written: list[str] = []
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(autostart, "_set_run_value", written.append, raising=False)
    enable([r"C:\Program Files\vcdesk\vcdeskw.exe", "--data-dir", r"D:\Rapat Bupati\data"])
    assert written == [r'"C:\Program Files\vcdesk\vcdeskw.exe" --data-dir "D:\Rapat Bupati\data"']


def test_macos_is_refused_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not autostart.is_supported() and not is_enabled()
    with pytest.raises(AutostartUnsupported, match="not supported on macOS"):
        enable(["vcdesk"])
    with pytest.raises(AutostartUnsupported):
        disable()
    assert issubclass(AutostartUnsupported, RuntimeError)
    assert issubclass(AutostartError, RuntimeError)
