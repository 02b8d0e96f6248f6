"""The Room profiles page's camera, microphone and time-zone fields with this machine's real
devices: no camera (no /dev/video*), and the PulseAudio null-sink microphone of the `pulse`
fixture. Lists are made on the task pool; a pick from a drop-down writes the value the
profile takes (index, name, IANA zone) into the file, comments kept.

The listers are wrapped in spies that record the thread and call the real function. One
test fakes a failure (PortAudio missing), which cannot be arranged on this machine without
taking sound away from every other test; it says so.
"""

from __future__ import annotations

import threading
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.test_page_profiles import (
    POPUPS,
    changed_lines,
    folders,
    open_file,
    page,
    settle,
)
from vcdesk.core.devices import audio, video
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.problems import ProfileError
from vcdesk.ui.pages.profile_lists import INDONESIAN_ZONES, ListEditor, find_zones
from vcdesk.ui.pages.profiles import ProfilesPage

__all__ = ["folders", "page"]  # fixtures used here: the same page, on the same files

Calls = dict[str, list[bool]]  # lister -> for each call, whether it ran on the UI thread


@pytest.fixture(autouse=True)
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[Calls]:
    """The listers, spied on before the page (test_page_profiles' fixtures) is made."""
    calls: Calls = {"cameras": [], "microphones": [], "zones": []}

    def spy(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name].append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(video, "list_device_names", spy("cameras", video.list_device_names))
    monkeypatch.setattr(audio, "list_input_devices", spy("microphones", audio.list_input_devices))
    monkeypatch.setattr(zoneinfo, "available_timezones", spy("zones", zoneinfo.available_timezones))
    find_zones.cache_clear()  # read once per process: again here, through the spy
    yield calls
    find_zones.cache_clear()


def field(page: ProfilesPage, dotted: str) -> ListEditor:
    editor = page.editor.form.editor(dotted)
    assert isinstance(editor, ListEditor)
    return editor


def show_field(qtbot, page: ProfilesPage, dotted: str) -> ListEditor:  # type: ignore[no-untyped-def]
    """Go to the field's section, as the admin does; its list is made when first shown."""
    page.editor.form.reveal(dotted)
    settle(qtbot, page)
    return field(page, dotted)


def pick(qtbot, combo: QComboBox, label: str) -> None:  # type: ignore[no-untyped-def]
    """Open the drop-down, move to the line and press Enter."""
    row = combo.findText(label, Qt.MatchFlag.MatchExactly)
    assert row >= 0, label
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(row, 0))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


def retype(qtbot, editor: ListEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.edit.setFocus()
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, text)


def paste(qtbot, editor: ListEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Over the whole field, at once (typed, "Europe" on the way would be a zone folder)."""
    QApplication.clipboard().setText(text)
    editor.edit.setFocus()
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.text() == text


def test_no_camera_is_said_and_any_typed_source_still_works(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, listed: Calls
) -> None:
    if video.list_device_names():
        pytest.skip("this machine has a camera")
    listed["cameras"].clear()  # that look was the test's own
    path = folders[0] / "example.yaml"
    before = path.read_text(encoding="utf-8")
    open_file(qtbot, page, path)
    assert listed["cameras"] == []  # not before the admin goes to the camera's section
    editor = show_field(qtbot, page, "camera.source")
    assert listed["cameras"] == [False]  # once, on a pool thread
    assert listed["microphones"] == []  # the microphone's section has not been shown
    assert editor.items() == [("No camera found", None, False)]
    assert editor.note.isVisible() and editor.note.text() == (
        "No camera found on this computer. You can still type an index, a device name, a "
        "video file or a stream URL."
    )
    assert not editor.note_icon.isVisible()  # nothing went wrong: there is none
    assert editor.edit.text() == "0" and not page.has_unsaved_changes()

    assert editor.find_button is not None
    editor.find_button.click()  # the admin has plugged one in, say
    assert editor.items() == [("Searching for devices…", None, False)]
    assert editor.note.text() == "Searching for devices…"
    assert not editor.find_button.isEnabled()
    settle(qtbot, page)
    assert editor.find_button.isEnabled() and editor.items() == [("No camera found", None, False)]
    assert listed["cameras"] == [False, False]

    retype(qtbot, editor, "1")
    assert page.editor.doc is not None and page.editor.doc.get(("camera", "source")) == 1
    retype(qtbot, editor, "rtsp://kamera.local:554/utama")
    assert page.editor.problems == []
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert load_profile(path).camera.source == "rtsp://kamera.local:554/utama"
    [(old, new)] = changed_lines(before, path.read_text(encoding="utf-8"))
    assert old.startswith("  source: 0 ") and new.startswith("  source: rtsp://kamera.local")
    assert new.endswith("# device index, name, video file or stream URL")


@POPUPS
def test_the_microphone_list_offers_the_pulse_device_and_saves_its_name(  # type: ignore[no-untyped-def]
    qtbot, pulse, page: ProfilesPage, folders, listed: Calls
) -> None:
    path = folders[0] / "example.yaml"
    before = path.read_text(encoding="utf-8")
    open_file(qtbot, page, path)
    editor = show_field(qtbot, page, "microphone.device")
    assert listed["microphones"] and not any(listed["microphones"])
    assert audio.open_stream_count() == 0  # listed, never opened
    items = editor.items()
    assert items[0] == ("(system default)", "", True)
    names = [label for label, _value, _ok in items[1:]]
    assert "pulse" in names
    assert all(value == label and ok for label, value, ok in items[1:])  # the name, as written
    assert editor.note.text() == f"Microphones found: {len(names)}"
    assert editor.edit.text() == "" and editor.edit.placeholderText() == "(system default)"

    pick(qtbot, editor.combo, "pulse")
    assert editor.edit.text() == "pulse"
    assert page.editor.doc is not None and page.editor.doc.get(("microphone", "device")) == "pulse"
    item = page.list.item_for(path)
    assert item is not None and item.text().endswith("(unsaved changes)")
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert not item.text().endswith("(unsaved changes)")
    assert load_profile(path).microphone.device == "pulse"
    [(old, new)] = changed_lines(before, path.read_text(encoding="utf-8"))
    assert old.startswith("  device: ") and new.startswith("  device: pulse ")
    assert new.endswith("# empty = system default; or an index / part of the name")

    pick(qtbot, editor.combo, "(system default)")  # back to an empty field
    assert editor.edit.text() == "" and page.has_unsaved_changes()
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert load_profile(path).microphone.device is None
    assert path.read_text(encoding="utf-8") == before


@POPUPS
def test_the_time_zone_offers_wib_wita_wit_and_writes_the_iana_name(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, listed: Calls
) -> None:
    path = folders[0] / "example.yaml"
    before = path.read_text(encoding="utf-8")
    open_file(qtbot, page, path)
    editor = field(page, "room.timezone")  # the Room section is the one shown first
    assert listed["zones"] == [False]
    items = editor.items()
    assert items[:3] == [
        ("WIB — Asia/Jakarta", "Asia/Jakarta", True),
        ("WITA — Asia/Makassar", "Asia/Makassar", True),
        ("WIT — Asia/Jayapura", "Asia/Jayapura", True),
    ]
    assert [value for _label, value, _ok in items[:3]] == list(INDONESIAN_ZONES)
    rest = [value for _label, value, _ok in items[3:]]
    assert rest == sorted(zoneinfo.available_timezones()) and len(rest) > 300
    assert editor.edit.text() == "Asia/Jakarta"

    pick(qtbot, editor.combo, "WITA — Asia/Makassar")
    assert editor.edit.text() == "Asia/Makassar"
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert load_profile(path).room.timezone == "Asia/Makassar"
    [(old, new)] = changed_lines(before, path.read_text(encoding="utf-8"))
    assert old.startswith("  timezone: Asia/Jakarta ")
    assert new.startswith("  timezone: Asia/Makassar ")
    assert new.endswith("# WIB; Asia/Makassar = WITA, Asia/Jayapura = WIT")

    # Typing part of a name offers the zones that contain it; a pick writes the IANA name.
    retype(qtbot, editor, "jayap")
    completer = editor.combo.completer()
    assert completer is not None
    assert completer.completionCount() == 2  # WIT — Asia/Jayapura, and Asia/Jayapura
    popup = completer.popup()
    assert popup is not None and popup.isVisible()
    popup.setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.edit.text() == "Asia/Jayapura"
    assert page.editor.doc is not None
    assert page.editor.doc.get(("room", "timezone")) == "Asia/Jayapura"
    retype(qtbot, editor, "WITA")  # the name operators use is taken as the zone
    assert page.editor.doc.get(("room", "timezone")) == "Asia/Makassar"
    assert not page.has_unsaved_changes()
    paste(qtbot, editor, "Europe/Lisbon")  # any IANA zone
    assert page.editor.doc.get(("room", "timezone")) == "Europe/Lisbon"
    assert page.editor.problems == [] and page.editor.save_button.isEnabled()
    paste(qtbot, editor, "Asia/Nowhere")
    assert page.editor.form.errors["room.timezone"].text.text().startswith("unknown time zone")


def test_a_region_alone_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """Typed letter by letter on the way to Asia/Makassar, "Asia" is a folder of the tz
    database: it is shown as a problem, it does not escape validation."""
    path = tmp_path / "ruang.yaml"
    path.write_text("schema_version: 1\nroom:\n  name: R\n  timezone: Asia\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="unknown time zone"):
        load_profile(path)


def test_a_failed_listing_is_said_beside_the_field(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fake: PortAudio missing. Removing it here would take sound from every other test."""

    def no_portaudio(*_args: object, **_kwargs: object) -> object:
        raise audio.NoAudioBackend("The PortAudio sound library is not installed", error="-")

    monkeypatch.setattr(audio, "list_input_devices", no_portaudio)
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    editor = show_field(qtbot, page, "microphone.device")
    assert editor.note.text() == (
        "The sound system cannot be used (PortAudio is missing or would not start)."
    )
    assert editor.note.isVisible() and editor.note_icon.isVisible()
    assert editor.items() == [("(system default)", "", True)]
    assert not page.editor.notice.isVisible()  # the field's trouble, not the page's
    retype(qtbot, editor, "USB")
    assert page.editor.doc is not None and page.editor.doc.get(("microphone", "device")) == "USB"
    assert page.editor.save_button.isEnabled()
