"""Start the console when the operator logs in to the room PC, so the checklist and the
conversion queue are there without anyone remembering to open them.

Each desktop has its own per-user switch, and nothing here needs admin rights:
- Linux and other XDG desktops: a desktop entry in `$XDG_CONFIG_HOME/autostart/` (XDG
  Autostart spec); GNOME, KDE, Xfce, LXQt and Cinnamon all read it.
- Windows: the value `vcdesk` under `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`.
- macOS: not supported yet (`AutostartUnsupported`).

Errors come back as `AutostartError` with the path or key and the OS's reason, so the setting
in the UI can tell the person what to fix."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from vcdesk.core import files
from vcdesk.core.resources import asset

APP_ID = "id.vcdesk.Console"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "vcdesk"
ICON = "icons/vcdesk-256.png"

# Desktop Entry spec, "The Exec key": an argument holding any of these must be quoted, and
# inside quotes these four must be escaped with a backslash.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class AutostartError(RuntimeError):
    """Turning autostart on or off failed. The message (English, for logs and the CLI) names
    the file or key, the reason and what to do; `target` and `reason` are the same facts
    apart, for a UI that words them in the operator's language."""

    def __init__(self, message: str, *, target: str, reason: str) -> None:
        super().__init__(message)
        self.target = target  # the autostart file's path, or the registry key and value
        self.reason = reason  # the operating system's reason, e.g. "Permission denied"


class AutostartUnsupported(RuntimeError):
    """This operating system has no autostart support in vcdesk (today: macOS)."""


def is_supported() -> bool:
    """Whether `enable` can work here; the UI hides its setting when it cannot."""
    return sys.platform != "darwin"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start the console at login, for the way this copy of vcdesk is installed."""
    frozen = getattr(sys, "frozen", False)
    command = _frozen_command() if frozen else _installed_command()
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _frozen_command() -> list[str]:
    # The PyInstaller one-folder app: its EXE is the app. On Windows it has two; the windowed
    # vcdeskw.exe opens no console window at login, whichever of the two is running now.
    exe = Path(sys.executable)
    if sys.platform == "win32" and (exe.parent / "vcdeskw.exe").is_file():
        return [str(exe.parent / "vcdeskw.exe")]
    return [str(exe)]


def _installed_command() -> list[str]:
    # Not resolved: a venv's python is a symlink, and its scripts sit beside the link.
    python = Path(sys.executable)
    if sys.platform == "win32":
        # vcdeskw is the GUI launcher: no console window opens beside the app at login.
        for folder in (python.parent, python.parent / "Scripts"):
            if (folder / "vcdeskw.exe").is_file():
                return [str(folder / "vcdeskw.exe")]
        pythonw = python.with_name("pythonw.exe")
        return [str(pythonw if pythonw.is_file() else python), "-m", "vcdesk"]
    script = python.parent / "vcdesk"
    if script.is_file():
        return [str(script)]
    return [str(python), "-m", "vcdesk"]


def is_enabled() -> bool:
    """Whether vcdesk starts at login (False where autostart is unsupported)."""
    if sys.platform == "darwin":
        return False
    if sys.platform == "win32":
        return _run_value() is not None
    return _entry_enabled(autostart_file())


def enable(command: list[str]) -> None:
    """Start `command` (see `launch_command`) at every login of this user."""
    if sys.platform == "darwin":
        raise _unsupported()
    if sys.platform == "win32":
        _set_run_value(subprocess.list2cmdline(command))
        return
    _write_atomically(autostart_file(), desktop_entry(command))


def disable() -> None:
    """Stop starting at login; already off is fine."""
    if sys.platform == "darwin":
        raise _unsupported()
    if sys.platform == "win32":
        _delete_run_value()
        return
    path = autostart_file()
    try:
        path.unlink()
    except (FileNotFoundError, NotADirectoryError):
        return  # no entry, or not even its folder: nothing starts vcdesk
    except OSError as exc:
        raise AutostartError(
            f"Could not remove {path}: {_reason(exc)}. Delete the file by hand, or check the "
            "permissions of its folder.",
            target=str(path),
            reason=_reason(exc),
        ) from exc


def _unsupported() -> AutostartUnsupported:
    return AutostartUnsupported(
        "Starting vcdesk with the computer is not supported on macOS yet: add it under "
        "System Settings > General > Login Items instead."
    )


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# --- XDG -------------------------------------------------------------------------------------


def autostart_file() -> Path:
    """`$XDG_CONFIG_HOME/autostart/id.vcdesk.Console.desktop`; the spec ignores a relative
    XDG_CONFIG_HOME, and so does this."""
    configured = os.environ.get("XDG_CONFIG_HOME", "")
    config = Path(configured) if os.path.isabs(configured) else Path.home() / ".config"
    return config / "autostart" / f"{APP_ID}.desktop"


def desktop_entry(command: list[str]) -> str:
    """The autostart entry's text. The Icon is an absolute path: an installed wheel or the
    one-folder app puts no icon in the desktop's icon theme."""
    icon = asset(ICON).resolve()
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=vcdesk",
            "Name[id]=vcdesk",
            "Comment=Start the video-conference room console at login",
            "Comment[id]=Jalankan konsol ruang konferensi video saat masuk",
            f"Exec={exec_line(command)}",
            f"Icon={_escape_value(str(icon))}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def exec_line(command: list[str]) -> str:
    """`command` as the value of an Exec key: each argument quoted as the Desktop Entry spec
    says (reserved characters, `%` doubled), then escaped as any string value (so a literal
    backslash inside quotes is written as four)."""
    if not command:
        raise ValueError("an autostart command needs at least the program")
    return _escape_value(" ".join(_exec_argument(argument) for argument in command))


def _exec_argument(argument: str) -> str:
    text = argument.replace("%", "%%")  # field codes are expanded before unquoting
    if text and not _RESERVED.intersection(text):
        return text
    inner = "".join("\\" + char if char in _ESCAPED_IN_QUOTES else char for char in text)
    return f'"{inner}"'


def _escape_value(value: str) -> str:
    # The escapes of the spec's string type; a newline must never end the line early.
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def _entry_enabled(path: Path) -> bool:
    """The file exists and has not been switched off by a desktop's own startup settings
    (GNOME writes X-GNOME-Autostart-enabled=false, others Hidden=true)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    keys: dict[str, str] = {}
    for line in text.splitlines():
        key, equals, value = line.partition("=")
        if equals and not line.startswith("#"):
            keys[key.strip()] = value.strip()
    return keys.get("Hidden") != "true" and keys.get("X-GNOME-Autostart-enabled") != "false"


def _write_atomically(path: Path, text: str) -> None:
    """A crash or a full disk leaves the old entry or none, never half of one."""
    try:
        files.write_atomic(path, text)
    except UnicodeEncodeError as exc:
        raise AutostartError(
            f"Could not write {path}: the command contains a name that is not valid text "
            f"({exc.reason}). Move vcdesk or its data folder to a path with a plain name.",
            target=str(path),
            reason=exc.reason,
        ) from exc
    except OSError as exc:
        raise AutostartError(
            f"Could not write {path}: {_reason(exc)}. Check that {path.parent} is a folder "
            "you can write to, or that the disk is not full.",
            target=str(path),
            reason=_reason(exc),
        ) from exc


# --- Windows ---------------------------------------------------------------------------------

if sys.platform == "win32":
    import winreg

    # Task Manager's "Startup apps" switch: a binary value per Run entry whose first byte is
    # odd when the user turned it off there. No value means on.
    APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
    WHERE = f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"  # for messages

    def _read_value(path: str) -> object:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
                return winreg.QueryValueEx(key, RUN_VALUE)[0]
        except OSError:  # FileNotFoundError: no key or no value
            return None

    def _run_value() -> str | None:
        value = _read_value(RUN_KEY)
        if not value:
            return None
        approved = _read_value(APPROVED_KEY)
        if isinstance(approved, bytes) and approved and approved[0] & 1:
            return None  # switched off in Task Manager
        return str(value)

    def _set_run_value(command_line: str) -> None:
        try:
            with winreg.CreateKeyEx(
                winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, command_line)
        except OSError as exc:
            raise AutostartError(
                f"Could not write the registry value {WHERE}: {_reason(exc)}. A Windows "
                "policy may block start-up programs; ask the PC's administrator.",
                target=WHERE,
                reason=_reason(exc),
            ) from exc
        with contextlib.suppress(OSError):  # then is_enabled says off, which is the truth
            _delete_value(APPROVED_KEY)  # an earlier "off" in Task Manager would win otherwise

    def _delete_run_value() -> None:
        try:
            _delete_value(RUN_KEY)
        except OSError as exc:
            raise AutostartError(
                f"Could not remove the registry value {WHERE}: {_reason(exc)}. Turn vcdesk "
                "off in Task Manager > Startup apps instead.",
                target=WHERE,
                reason=_reason(exc),
            ) from exc

    def _delete_value(path: str) -> None:
        """Remove our value under `path`; a missing key or value is fine."""
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return
