"""The Room profiles page against real profile files in a temp folder: edits typed into the
widgets, saved to disk and compared byte for byte; invalid and broken files; New /
Duplicate / Delete / Revert; the unsaved-changes question.

The only fakes are QMessageBox.question and QInputDialog.getText: they stand for a
person's click in a modal dialog, which an offscreen test cannot give.
"""

from __future__ import annotations

import gc
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
)

from tests.cli import ROOT
from vcdesk.core.checks.result import Status
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui import status
from vcdesk.ui.pages import profile_editor, profile_files, profile_labels
from vcdesk.ui.pages.profile_fields import Kind, specs
from vcdesk.ui.pages.profile_list import entry_icon
from vcdesk.ui.pages.profiles import ProfilesPage

Buttons = QMessageBox.StandardButton
EXAMPLES = sorted((ROOT / "profiles").glob("*.yaml"))
# A drop-down or completion list opening: the offscreen platform's notices, not our code.
POPUPS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    repo = tmp_path / "repo-profiles"
    repo.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, repo / example.name)
    return repo, tmp_path / "data" / "profiles"  # the data dir's folder does not exist yet


@pytest.fixture
def page(qtbot, folders: tuple[Path, Path]) -> Iterator[ProfilesPage]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner(QThreadPool())
    widget = ProfilesPage(list(folders), tasks)
    qtbot.addWidget(widget)
    widget.resize(900, 680)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    settle(qtbot, widget)
    yield widget
    settle(qtbot, widget)
    tasks.wait(10_000)


def settle(qtbot, page: ProfilesPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)


def open_file(qtbot, page: ProfilesPage, path: Path) -> None:  # type: ignore[no-untyped-def]
    page.select(path)
    settle(qtbot, page)
    assert page.path == path


def type_into_spin(qtbot, spin: QSpinBox | QDoubleSpinBox, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.selectAll()  # the number only, not its unit suffix
    qtbot.keyClicks(spin, text)


def answer(monkeypatch: pytest.MonkeyPatch, reply: Buttons) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(f"{title}: {text}")
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    pairs = zip(before.splitlines(), after.splitlines(), strict=True)
    return [(a, b) for a, b in pairs if a != b]


def item_texts(page: ProfilesPage) -> list[str]:
    return [page.list.item(row).text() for row in range(page.list.count())]


@pytest.mark.parametrize(
    ("field", "section", "keys", "old", "new"),
    [
        ("cpu.max_percent", "cpu", "90", "  max_percent: 85", "  max_percent: 90"),
        ("camera.min_width", "camera", "1920", "  min_width: 1280", "  min_width: 1920"),
        (
            "microphone.max_clipping_pct",
            "microphone",
            "2.5",
            "  max_clipping_pct: 1.0",
            "  max_clipping_pct: 2.5",
        ),
    ],
)
def test_edit_a_field_and_save_changes_only_that_value(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders: tuple[Path, Path], field, section, keys, old, new
) -> None:
    path = folders[0] / "example.yaml"
    before = path.read_bytes()
    open_file(qtbot, page, path)
    assert not page.editor.save_button.isEnabled()  # nothing changed yet
    page.editor.form.reveal(field)
    spin = page.editor.form.editor(field).spin  # type: ignore[attr-defined]
    type_into_spin(qtbot, spin, keys)
    assert page.has_unsaved_changes() and page.editor.save_button.isEnabled()
    assert "unsaved changes" in page.editor.state.word.text()
    assert before == path.read_bytes()  # nothing is written before Save
    with qtbot.waitSignal(page.profileSaved, timeout=10_000) as saved:
        qtbot.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page)
    assert saved.args == [str(path)]
    after = path.read_bytes()
    # Exactly the one value changed; every other byte, comments included, is as it was.
    assert after == before.replace(old.encode(), new.encode(), 1)
    assert changed_lines(before.decode(), after.decode()) == [(old, new)]
    assert b"# Contoh profil ruang rapat vcdesk" in after
    assert not page.has_unsaved_changes() and not page.editor.save_button.isEnabled()
    assert page.editor.state.word.text() == "Valid"


def test_a_value_set_back_is_no_change(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    spin = page.editor.form.editor("microphone.max_clipping_pct").spin  # type: ignore[attr-defined]
    type_into_spin(qtbot, spin, "3")
    assert page.has_unsaved_changes()
    type_into_spin(qtbot, spin, "1")
    assert not page.has_unsaved_changes() and not page.editor.save_button.isEnabled()
    assert "unsaved" not in page.list.currentItem().text()
    assert page.editor.doc is not None and page.editor.doc.dumps() == path.read_text(
        encoding="utf-8"
    )


def test_an_option_in_a_section_the_file_lacks(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "gerai-layanan-virtual.yaml"
    before = path.read_text(encoding="utf-8")
    assert "schedule:" not in before
    open_file(qtbot, page, path)
    spin = page.editor.form.editor("schedule.pause_before_min").spin  # type: ignore[attr-defined]
    type_into_spin(qtbot, spin, "25")
    assert page.has_unsaved_changes()
    type_into_spin(qtbot, spin, "15")  # the default again: the section goes away again
    assert not page.has_unsaved_changes()
    type_into_spin(qtbot, spin, "25")
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert path.read_text(encoding="utf-8") == before + "\nschedule:\n  pause_before_min: 25\n"
    assert load_profile(path).schedule.pause_before_min == 25


def test_an_invalid_value_is_shown_inline_and_blocks_save(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders
) -> None:
    path = folders[0] / "example.yaml"
    before = path.read_bytes()
    open_file(qtbot, page, path)
    name = page.editor.form.editor("room.name").edit  # type: ignore[attr-defined]
    name.setFocus()
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    error = page.editor.form.errors["room.name"]
    assert error.isVisible()
    assert error.text.text() == "expected some text, found an empty value"
    assert not page.editor.save_button.isEnabled()
    assert page.editor.state.word.text() == "Invalid, unsaved changes"
    summary = [page.editor.summary.text(i) for i in range(page.editor.summary.count())]
    assert summary == ["example.yaml:10: room.name: expected some text, found an empty value"]
    room_row = page.editor.form.sections.item(0)
    assert room_row.icon().cacheKey() == status.icon(Status.FAIL).cacheKey()
    qtbot.keyClick(name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # refused
    settle(qtbot, page)
    assert path.read_bytes() == before
    qtbot.keyClicks(name, "Ruang Baru")
    assert not error.isVisible() and page.editor.save_button.isEnabled()
    assert page.editor.summary.isHidden()


BAD_VALUES = "schema_version: 1\nroom:\n  name: Ruang Uji\ncpu:\n  max_percent: 150\n"


def test_unsaved_and_invalid_entries_are_marked_in_the_list(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders
) -> None:
    """Each state by an icon of its own shape and by words, in the text and the tooltip."""
    example, bad = folders[0] / "example.yaml", folders[0] / "bad-values.yaml"
    bad.write_text(BAD_VALUES, encoding="utf-8")
    page.refresh()
    settle(qtbot, page)
    open_file(qtbot, page, example)
    item = page.list.item_for(example)
    assert item is not None and item.text() == "Ruang Contoh\nexample.yaml"
    assert item.toolTip() == str(example)
    assert item.icon().cacheKey() == status.icon(Status.PASS).cacheKey()

    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "90")  # type: ignore[attr-defined]
    assert item.text() == "Ruang Contoh\nexample.yaml (unsaved changes)"
    assert item.toolTip().splitlines() == [str(example), "unsaved changes"]
    unsaved = entry_icon(valid=True, dirty=True)
    assert item.icon().cacheKey() == unsaved.cacheKey()
    assert unsaved.cacheKey() not in (
        status.icon(Status.PASS).cacheKey(),
        status.icon(Status.FAIL).cacheKey(),
        entry_icon(valid=False, dirty=True).cacheKey(),
    )
    assert unsaved.pixmap(32, 32).toImage() != status.icon(Status.PASS).pixmap(32, 32).toImage()
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert item.text() == "Ruang Contoh\nexample.yaml" and item.toolTip() == str(example)
    assert item.icon().cacheKey() == status.icon(Status.PASS).cacheKey()

    invalid = page.list.item_for(bad)
    assert invalid is not None and invalid.text() == "Ruang Uji\nbad-values.yaml (invalid)"
    tip = invalid.toolTip().splitlines()
    assert tip[:2] == [str(bad), "invalid"] and "max_percent" in tip[2]
    assert invalid.icon().cacheKey() == status.icon(Status.FAIL).cacheKey()
    open_file(qtbot, page, bad)
    location = page.editor.form.editor("room.location").edit  # type: ignore[attr-defined]
    qtbot.keyClicks(location, "Lantai 3")
    assert invalid.text() == "Ruang Uji\nbad-values.yaml (invalid, unsaved changes)"
    assert invalid.toolTip().splitlines()[1] == "invalid, unsaved changes"
    assert invalid.icon().cacheKey() == entry_icon(valid=False, dirty=True).cacheKey()
    assert invalid.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Ruang Uji, bad-values.yaml (invalid, unsaved changes)"
    )


def test_the_list_marks_read_in_indonesian(  # type: ignore[no-untyped-def]
    indonesian: None, qtbot, page: ProfilesPage, folders
) -> None:
    invalid_word = QCoreApplication.translate("ProfileList", "invalid")
    unsaved_word = QCoreApplication.translate("ProfileList", "unsaved changes")
    assert invalid_word == "tidak valid"
    assert unsaved_word not in ("", "unsaved changes")  # whichever words the .ts gives
    example, bad = folders[0] / "example.yaml", folders[0] / "bad-values.yaml"
    bad.write_text(BAD_VALUES, encoding="utf-8")
    page.refresh()
    settle(qtbot, page)
    invalid = page.list.item_for(bad)
    assert invalid is not None and invalid.text() == "Ruang Uji\nbad-values.yaml (tidak valid)"
    assert invalid.toolTip().splitlines()[1] == "tidak valid"
    open_file(qtbot, page, example)
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "90")  # type: ignore[attr-defined]
    item = page.list.item_for(example)
    assert item is not None
    assert item.text() == f"Ruang Contoh\nexample.yaml ({unsaved_word})"
    assert item.toolTip().splitlines()[1] == unsaved_word
    assert item.icon().cacheKey() == entry_icon(valid=True, dirty=True).cacheKey()


def test_a_file_with_wrong_values_is_listed_and_opens(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders
) -> None:
    path = folders[0] / "bad-values.yaml"
    path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Uji\ncpu:\n  max_percent: 150\n"
        "network:\n  hosts: [zoom.us:443, nope]\n",
        encoding="utf-8",
    )
    page.refresh()
    settle(qtbot, page)
    item = page.list.item_for(path)
    assert item is not None and item.text() == "Ruang Uji\nbad-values.yaml (invalid)"
    assert item.icon().cacheKey() == status.icon(Status.FAIL).cacheKey()
    open_file(qtbot, page, path)
    assert page.editor.form.errors["cpu.max_percent"].text.text() == (
        "expected a number ≤ 100, found the number 150"
    )
    assert (
        page.editor.form.errors["network.hosts"]
        .text.text()
        .startswith("Item 2: expected host:port with a port from 1 to 65535, found 'nope'")
    )
    assert page.editor.state.word.text() == "Invalid"
    assert not page.use_button.isEnabled()
    # Fixing the value in the form makes it savable.
    page.editor.form.reveal("cpu.max_percent")
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "95")  # type: ignore[attr-defined]
    hosts = page.editor.form.editor("network.hosts").edit  # type: ignore[attr-defined]
    hosts.setPlainText("zoom.us:443\n\nmeet.example.go.id:443\n")
    assert page.editor.problems == [] and page.editor.save_button.isEnabled()
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    saved = load_profile(path)
    assert saved.cpu.max_percent == 95
    assert saved.network.hosts == ("zoom.us:443", "meet.example.go.id:443")
    assert page.list.item_for(path).text() == "Ruang Uji\nbad-values.yaml"
    assert page.use_button.isEnabled()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"schema_version: 1\nroom: [\n", "broken.yaml:3: not valid YAML: "),
        (b"", "broken.yaml:1: the file is empty"),
        (b"schema_version: 1\nroom:\n  name: \xff\n", "broken.yaml:3: not UTF-8 text"),
        (b"- a list\n", "broken.yaml:1: expected a room profile"),
    ],
)
def test_a_broken_file_is_listed_as_invalid_and_the_page_still_works(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, content: bytes, message: str
) -> None:
    broken = folders[0] / "broken.yaml"
    broken.write_bytes(content)
    page.refresh()
    settle(qtbot, page)
    item = page.list.item_for(broken)
    assert item is not None
    assert item.text() == "broken\nbroken.yaml (invalid)"
    assert item.icon().cacheKey() == status.icon(Status.FAIL).cacheKey()
    assert f"{broken}:" in item.toolTip()
    open_file(qtbot, page, broken)
    assert page.editor.notice.isVisible() and page.editor.notice.text.text().startswith(message)
    assert page.editor.notice.toolTip().startswith(f"{broken}:")  # the full PATH:LINE
    assert page.editor.state.word.text() == "Invalid"
    assert not page.editor.tabs.isTabEnabled(0)
    assert page.editor.tabs.currentWidget() is page.editor.yaml_view
    try:
        readable = content.decode("utf-8")
    except UnicodeDecodeError:
        readable = ""  # nothing to show: the notice says why
    assert page.editor.yaml_view.toPlainText() == readable
    assert page.delete_button.isEnabled() and not page.editor.save_button.isEnabled()
    # The rest of the page carries on.
    example = folders[0] / "example.yaml"
    open_file(qtbot, page, example)
    assert page.editor.doc is not None and page.editor.state.word.text() == "Valid"
    assert page.editor.tabs.isTabEnabled(0) and page.editor.tabs.currentWidget() is page.editor.form
    assert not page.editor.notice.isVisible()


def test_new_profile_goes_into_the_last_folder(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = 'Ruang: "Bupati" #1'  # quotes, a colon and a hash: YAML must quote it
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (name, True))
    page.new_button.click()
    settle(qtbot, page)
    created = folders[1] / "ruang-bupati-1.yaml"
    assert created.is_file()
    assert load_profile(created).room.name == name
    # It starts from the shipped example: every section there, explained in its comments.
    example = (ROOT / "profiles" / "example.yaml").read_text(encoding="utf-8")
    text = created.read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == [
        line for line in example.splitlines() if line.lstrip().startswith("#")
    ]
    assert (
        page.path == created
        and page.editor.doc is not None
        and page.editor.state.word.text() == "Valid"
    )
    assert sorted(p.name for p in folders[0].iterdir()) == [p.name for p in EXAMPLES]
    # The same name again gets its own file; nothing is overwritten.
    page.new_button.click()
    settle(qtbot, page)
    assert (folders[1] / "ruang-bupati-1-2.yaml").is_file()
    assert load_profile(created).room.name == name


def test_new_profile_into_a_folder_that_cannot_be_made_says_why(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders[1].parent.mkdir(parents=True, exist_ok=True)
    folders[1].write_text("a file where the profiles folder should be")
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Ruang Baru", True))
    page.new_button.click()
    settle(qtbot, page)
    assert page.editor.notice.isVisible()
    assert "could not save" in page.editor.notice.text.text()
    assert folders[1].read_text() == "a file where the profiles folder should be"


def test_new_profile_cancelled_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Ruang X", False))
    page.new_button.click()
    settle(qtbot, page)
    assert not folders[1].exists()


def test_duplicate_keeps_everything_but_the_name(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = folders[0] / "ruang-rapat-gubernur.yaml"
    open_file(qtbot, page, source)
    offered: list[str] = []

    def get_text(*_args, text: str = "", **_kwargs):  # type: ignore[no-untyped-def]
        offered.append(text)
        return "Ruang Rapat Wakil Gubernur", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    page.duplicate_button.click()
    settle(qtbot, page)
    assert offered == ["Ruang Rapat Gubernur (copy)"]
    copy = folders[1] / "ruang-rapat-wakil-gubernur.yaml"
    assert changed_lines(source.read_text("utf-8"), copy.read_text("utf-8")) == [
        ("  name: Ruang Rapat Gubernur", "  name: Ruang Rapat Wakil Gubernur")
    ]
    assert page.path == copy
    assert any(text.startswith("Ruang Rapat Wakil Gubernur\n") for text in item_texts(page))


def test_delete_asks_with_the_file_name_and_removes_only_it(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = folders[0] / "gerai-layanan-virtual.yaml"
    open_file(qtbot, page, victim)
    asked = answer(monkeypatch, Buttons.No)
    page.delete_button.click()
    settle(qtbot, page)
    assert asked and "gerai-layanan-virtual.yaml" in asked[0]
    assert victim.exists()
    answer(monkeypatch, Buttons.Yes)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert not victim.exists()
    others = sorted(p.name for p in folders[0].iterdir())
    assert others == [p.name for p in EXAMPLES if p != ROOT / "profiles" / victim.name]
    assert page.list.item_for(victim) is None and page.list.count() == 2
    assert page.path is not None and page.path != victim and page.editor.doc is not None


def test_revert_restores_the_file(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    spin = page.editor.form.editor("cpu.max_percent").spin  # type: ignore[attr-defined]
    type_into_spin(qtbot, spin, "60")
    page.editor.form.editor("camera.optional").box.click()  # type: ignore[attr-defined]
    assert page.editor.revert_button.isEnabled()
    page.editor.revert_button.click()
    settle(qtbot, page)
    assert spin.value() == 85
    assert not page.editor.form.editor("camera.optional").box.isChecked()  # type: ignore[attr-defined]
    assert not page.has_unsaved_changes() and not page.editor.revert_button.isEnabled()
    assert path.read_bytes() == (ROOT / "profiles" / "example.yaml").read_bytes()


def test_switching_with_unsaved_changes_asks(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    example, other = folders[0] / "example.yaml", folders[0] / "gerai-layanan-virtual.yaml"
    open_file(qtbot, page, example)
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "70")  # type: ignore[attr-defined]

    asked = answer(monkeypatch, Buttons.Cancel)
    page.select(other)
    settle(qtbot, page)
    assert asked == ["Unsaved changes: Save the changes to example.yaml?"]
    assert page.path == example and page.has_unsaved_changes()
    assert page.list.path_of(page.list.currentItem()) == example

    answer(monkeypatch, Buttons.Save)
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.select(other)
    settle(qtbot, page)
    assert page.path == other and load_profile(example).cpu.max_percent == 70

    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "71")  # type: ignore[attr-defined]
    answer(monkeypatch, Buttons.Discard)
    before = other.read_bytes()
    page.select(example)
    settle(qtbot, page)
    assert page.path == example and other.read_bytes() == before


@POPUPS
def test_unsaved_invalid_changes_can_only_be_discarded(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_file(qtbot, page, folders[0] / "example.yaml")
    zone = page.editor.form.editor("room.timezone").edit  # type: ignore[attr-defined]
    zone.selectAll()
    qtbot.keyClicks(zone, "Mars/Olympus")
    assert page.editor.form.errors["room.timezone"].text.text().startswith("unknown time zone")
    asked = answer(monkeypatch, Buttons.Cancel)
    assert not page.confirm_leave()
    assert "cannot be saved" in asked[0]
    answer(monkeypatch, Buttons.Discard)
    assert page.confirm_leave()


def test_confirm_leave_saves(qtbot, page: ProfilesPage, folders, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    type_into_spin(qtbot, page.editor.form.editor("memory.min_free_mb").spin, "2048")  # type: ignore[attr-defined]
    answer(monkeypatch, Buttons.Save)
    assert page.confirm_leave()
    assert load_profile(path).memory.min_free_mb == 2048


def test_yaml_view_follows_the_form(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    open_file(qtbot, page, folders[0] / "example.yaml")
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert page.editor.tabs.currentWidget() is page.editor.yaml_view
    qtbot.waitUntil(lambda: "max_percent: 85" in page.editor.yaml_view.toPlainText())
    assert page.editor.yaml_view.isReadOnly()
    assert page.editor.yaml_view.font() == QFontDatabase.systemFont(
        QFontDatabase.SystemFont.FixedFont
    )
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "91")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "max_percent: 91" in page.editor.yaml_view.toPlainText())
    assert "# Contoh profil ruang rapat" in page.editor.yaml_view.toPlainText()


def test_password_is_never_shown(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "ruang-rapat-gubernur.yaml"
    open_file(qtbot, page, path)
    editor = page.editor.form.editor("power.nut.password")
    assert editor.edit.echoMode() == QLineEdit.EchoMode.Password  # type: ignore[attr-defined]
    assert editor.edit.text() == ""  # type: ignore[attr-defined]
    assert "password is set" in editor.edit.placeholderText()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.edit, "baru-123")  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    saved = load_profile(path).power.nut.password
    assert saved is not None and saved.get_secret_value() == "baru-123"
    editor.clear.click()  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert load_profile(path).power.nut.password is None
    assert "ganti-saya" not in path.read_text("utf-8")


def test_use_for_this_room(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    with qtbot.waitSignal(page.activateRequested) as blocker:
        page.use_button.click()
    assert blocker.args == [str(path)]
    page.list.setFocus()
    with qtbot.waitSignal(page.activateRequested) as blocker:
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert blocker.args == [str(path)]


def test_widgets_follow_the_schema(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    open_file(qtbot, page, folders[0] / "example.yaml")
    widget = {d: e.focus_target() for d, e in page.editor.form.editors.items()}
    assert isinstance(widget["camera.optional"], QCheckBox)
    width = widget["camera.min_width"]
    assert isinstance(width, QSpinBox) and (width.minimum(), width.maximum()) == (1, 16384)
    cpu = widget["cpu.max_percent"]
    assert isinstance(cpu, QDoubleSpinBox) and 0 < cpu.minimum() < 0.1 and cpu.maximum() == 100
    source = widget["power.source"]
    assert isinstance(source, QComboBox)
    assert [source.itemData(i) for i in range(source.count())] == ["battery", "nut", "none"]
    for dotted in ("camera.source", "microphone.device", "room.timezone"):
        combo = widget[dotted]  # typed freely, with what this computer has in the drop-down
        assert isinstance(combo, QComboBox) and combo.isEditable(), dotted
    assert isinstance(widget["checklist"], QPlainTextEdit)
    assert isinstance(widget["network.hosts"], QPlainTextEdit)
    assert (
        widget["camera.source"]
        .toolTip()
        .startswith("Device index, device name, video file path or stream URL")
    )
    assert "Allowed: 1 to 16384" in width.toolTip()
    assert "schema_version" not in page.editor.form.editors


def test_camera_source_takes_an_index_or_a_name(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    path = folders[0] / "example.yaml"
    open_file(qtbot, page, path)
    edit = page.editor.form.editor("camera.source").edit  # type: ignore[attr-defined]
    edit.selectAll()
    qtbot.keyClicks(edit, "2")
    assert page.editor.doc is not None and page.editor.doc.get(("camera", "source")) == 2
    edit.selectAll()
    qtbot.keyClicks(edit, "http://127.0.0.1:18090/cam.mjpg")
    assert page.editor.problems == []
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)
    assert load_profile(path).camera.source == "http://127.0.0.1:18090/cam.mjpg"


def test_every_option_has_its_words() -> None:
    """A new option in the schema must get a label (and its description a translation)."""
    missing = []

    def walk(items):  # type: ignore[no-untyped-def]
        for spec in items:
            table = profile_labels.SECTIONS if spec.kind is Kind.SECTION else profile_labels.FIELDS
            if spec.kind is not Kind.FIXED and spec.dotted not in table:
                missing.append(spec.dotted)
            if spec.description and spec.description not in profile_labels.DESCRIPTIONS:
                missing.append(f"description of {spec.dotted}")
            walk(spec.children)

    walk(specs(Profile))
    assert missing == []


def test_keyboard_reaches_list_and_form(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    open_file(qtbot, page, folders[0] / "example.yaml")
    page.list.setFocus()
    reached = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert page.editor.form.sections in reached
    assert page.editor.form.editor("room.name").focus_target() in reached
    assert page.editor.save_button.text() == "&Save" and page.new_button.text() == "&New…"


def test_files_are_read_and_written_off_the_ui_thread(  # type: ignore[no-untyped-def]
    qtbot, folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[tuple[str, bool]] = []
    real_read, real_write = profile_files.read_text, profile_editor.write_atomic

    def read_text(path: Path) -> str:  # records where it ran, then does the real read
        threads.append(("read", threading.current_thread() is threading.main_thread()))
        return real_read(path)

    def write_atomic(path: Path, text: str) -> None:
        threads.append(("write", threading.current_thread() is threading.main_thread()))
        real_write(path, text)

    monkeypatch.setattr(profile_files, "read_text", read_text)  # scanning and opening
    monkeypatch.setattr(profile_editor, "write_atomic", write_atomic)  # saving
    tasks = TaskRunner(QThreadPool())
    page = ProfilesPage(list(folders), tasks)
    qtbot.addWidget(page)
    assert page.list.count() == 0  # the folder scan has not blocked the constructor
    settle(qtbot, page)
    assert page.list.count() == 3 and page.path is not None
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "50")  # type: ignore[attr-defined]
    page.editor.save()
    settle(qtbot, page)
    tasks.wait(10_000)
    assert ("read", False) in threads and ("write", False) in threads
    assert all(not on_main for _, on_main in threads)


def test_screenshot(qtbot, page: ProfilesPage, folders, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Saved for a person to look at (VCDESK_SHOTS=/tmp/shots); not compared."""
    (folders[0] / "broken.yaml").write_text("schema_version: 1\nroom: [\n", encoding="utf-8")
    page.refresh()
    settle(qtbot, page)
    open_file(qtbot, page, folders[0] / "example.yaml")
    page.editor.form.reveal("room.name")
    page.editor.form.editor("room.name").edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(page.editor.form.editor("room.name").edit, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    type_into_spin(qtbot, page.editor.form.editor("cpu.max_percent").spin, "90")  # type: ignore[attr-defined]
    qtbot.wait(100)  # let the layout settle after the last edit, as a person would see it
    shots = Path(os.environ.get("VCDESK_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    image = page.grab()
    assert image.save(str(shots / "profiles.png"))
    assert image.width() >= 800


def test_a_file_with_odd_values_opens_without_harm(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders
) -> None:
    path = folders[0] / "odd.yaml"
    path.write_text(
        "schema_version: 1\nroom:\n  name: Ruang Aneh\n  unknown: 1\ncpu: 5\n"
        "memory:\n  min_free_mb: 10.5\ncamera:\n  min_width: 99999999999\n  min_fps: .nan\n"
        "  source: [1, 2]\nconversion:\n  preset: fast\n  watch_dirs: zoom\n"
        "power:\n  nut:\n    password: 1234\nchecklist: [1, {a: b}]\n",
        encoding="utf-8",
    )
    page.refresh()
    settle(qtbot, page)
    open_file(qtbot, page, path)
    assert page.editor.doc is not None and page.editor.state.word.text() == "Invalid"
    fields = {p.field for p in page.editor.problems}
    assert {"room.unknown", "cpu", "memory.min_free_mb", "camera.min_width"} <= fields
    assert {"conversion.preset", "conversion.watch_dirs", "checklist[0]"} <= fields
    assert not page.editor.form.errors["memory.min_free_mb"].isHidden()
    assert not page.editor.form.errors["conversion.preset"].isHidden()
    assert page.editor.form.editor("conversion.preset").combo.currentIndex() == -1  # type: ignore[attr-defined]
    assert page.editor.form.editor("camera.min_width").spin.value() == 16384  # type: ignore[attr-defined]
    cpu_row = next(
        page.editor.form.sections.item(i)
        for i in range(page.editor.form.sections.count())
        if page.editor.form.sections.item(i).data(Qt.ItemDataRole.UserRole) == "cpu"
    )
    assert cpu_row.icon().cacheKey() == status.icon(Status.FAIL).cacheKey()
    summary = [page.editor.summary.text(i) for i in range(page.editor.summary.count())]
    assert any(line.startswith("odd.yaml:5: cpu: ") for line in summary)
    assert path.read_text("utf-8").startswith("schema_version: 1\nroom:\n  name: Ruang Aneh")


def test_typing_does_not_wear_down_true(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0's Signal.emit() drops a reference to True per call; on Python 3.11 a few
    thousand keystrokes would then crash the console. Edits must not go through it."""
    open_file(qtbot, page, folders[0] / "example.yaml")
    location = page.editor.form.editor("room.location").edit  # type: ignore[attr-defined]
    hosts = page.editor.form.editor("network.hosts").edit  # type: ignore[attr-defined]
    # Collected first and last: earlier tests' garbage (dicts full of True) freed mid-way
    # moved the count by hundreds in a full run, which read as a leak.
    gc.collect()
    before = sys.getrefcount(True)
    qtbot.keyClicks(location, "x" * 400)
    qtbot.keyClicks(hosts, "a" * 400)
    gc.collect()
    # A leak shows as about -800 or worse; live threads' own use of True moves the count by
    # a few dozen either way, so the bound sits far from both.
    assert sys.getrefcount(True) - before > -300


def test_real_dialogs_answered_by_keyboard(qtbot, page: ProfilesPage, folders) -> None:  # type: ignore[no-untyped-def]
    """The real QInputDialog and QMessageBox, answered the way a person would."""
    seen: list[str] = []

    def answer_with(keys: str, key: Qt.Key) -> None:
        def press() -> None:
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            seen.append(dialog.windowTitle())
            if keys:
                qtbot.keyClicks(QApplication.focusWidget(), keys)
            qtbot.keyClick(QApplication.focusWidget(), key)

        QTimer.singleShot(200, press)

    answer_with("Ruang Uji", Qt.Key.Key_Return)
    page.new_button.click()
    settle(qtbot, page)
    created = folders[1] / "ruang-uji.yaml"
    assert created.is_file() and page.path == created
    answer_with("", Qt.Key.Key_Escape)  # the default answer is No: Escape keeps the file
    page.delete_button.click()
    settle(qtbot, page)
    assert created.is_file()
    assert seen == ["New room profile", "Delete room profile"]


def test_the_active_rooms_file_is_listed_wherever_it_lives(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folders, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere" / "ruang-lain.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(folders[0] / "gerai-layanan-virtual.yaml", elsewhere)
    before = item_texts(page)
    page.set_active_file(elsewhere)
    settle(qtbot, page)
    assert len(item_texts(page)) == len(before) + 1
    assert page.list.item_for(elsewhere) is not None
    page.set_active_file(folders[0] / "example.yaml")  # already in a folder: listed once
    settle(qtbot, page)
    assert item_texts(page) == before
