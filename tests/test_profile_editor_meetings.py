"""The profile editor's meetings, licences, savings and shared-licences-file fields against
real profile files in a temp folder: rows added and cells typed into the licences table, an
SOP item written for one meeting kind, rupiah past a C int, saved to disk and read back with
load_profile, comments kept; problems shown under the fields, in Indonesian too.

The only fake is QFileDialog.getOpenFileName: it stands for a person's pick in a modal
dialog, which an offscreen test cannot give.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLineEdit

from tests.cli import ROOT
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Licence, Savings
from vcdesk.core.profile.shared import room_licences
from vcdesk.qt.tasks import TaskRunner
from vcdesk.ui.pages.profile_meetings import (
    LicencesEditor,
    PathEditor,
    RupiahEditor,
    SopEditor,
    rupiah_text,
)
from vcdesk.ui.pages.profiles import ProfilesPage

GOVERNOR = "ruang-rapat-gubernur.yaml"
POPUPS = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    repo = tmp_path / "profiles"
    repo.mkdir()
    for example in sorted((ROOT / "profiles").glob("*.yaml")):
        shutil.copy(example, repo / example.name)
    return repo


@pytest.fixture
def page(qtbot, folder: Path) -> Iterator[ProfilesPage]:  # type: ignore[no-untyped-def]
    tasks = TaskRunner(QThreadPool())
    widget = ProfilesPage([folder], tasks)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
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
    assert page.path == path and page.editor.doc is not None


def editors(page: ProfilesPage) -> tuple[LicencesEditor, SopEditor, RupiahEditor, PathEditor]:
    form = page.editor.form
    licences, sop = form.editor("licences"), form.editor("meetings.sop")
    travel, path = form.editor("savings.travel_cost_per_meeting"), form.editor("licences_file")
    assert isinstance(licences, LicencesEditor) and isinstance(sop, SopEditor)
    assert isinstance(travel, RupiahEditor) and isinstance(path, PathEditor)
    return licences, sop, travel, path


def type_in_cell(qtbot, editor: LicencesEditor, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """As a person does: to the cell with the keyboard, F2, the text, Enter."""
    table = editor.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = table.focusWidget()
    assert isinstance(cell, QLineEdit), "F2 opens the cell's editor"
    cell.selectAll()
    if text.replace(" ", "").replace(".", "").isalnum():
        qtbot.keyClicks(cell, text)
    else:  # QTest has no key for "@" or ","; typed in one go as a paste would
        cell.insert(text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    # The delegate commits the cell on its next turn of the event loop.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(row, column).text() == text


def save(qtbot, page: ProfilesPage) -> None:  # type: ignore[no-untyped-def]
    assert page.editor.problems == [], page.editor.problems
    with qtbot.waitSignal(page.profileSaved, timeout=10_000):
        page.editor.save_button.click()
    settle(qtbot, page)


def test_edit_licences_sop_and_savings_then_save(qtbot, page: ProfilesPage, folder: Path) -> None:  # type: ignore[no-untyped-def]
    path = folder / GOVERNOR
    before = path.read_text(encoding="utf-8")
    open_file(qtbot, page, path)
    licences, sop, travel, _file = editors(page)
    # What the file says is what the fields show.
    assert licences.table.rowCount() == 2
    assert [licences.table.item(0, c).text() for c in range(4)] == [
        "Zoom Webinar 500",
        "Webinar",
        "500",
        "webinar.diskominfo@kalbarprov.go.id",
    ]
    assert travel.edit.text() == "15.000.000"
    assert [sop.kinds.itemData(i) for i in range(sop.kinds.count())] == [
        "webmeeting",
        "webinar",
        "layanan",
    ]

    # A capacity changed in its cell, and a new licence row filled in.
    page.editor.form.reveal("licences")
    type_in_cell(qtbot, licences, 1, 2, "150")
    assert page.has_unsaved_changes()
    qtbot.mouseClick(licences.add_button, Qt.MouseButton.LeftButton)
    assert licences.table.rowCount() == 3
    assert page.editor.problems, "a new row is not a licence until it is filled in"
    type_in_cell(qtbot, licences, 2, 0, "Zoom Pro 50")
    type_in_cell(qtbot, licences, 2, 2, "50")
    type_in_cell(qtbot, licences, 2, 3, "rapat3@kalbarprov.go.id, rapat4@kalbarprov.go.id")

    # An SOP item for webinars.
    page.editor.form.reveal("meetings.sop")
    assert sop.current_kind() == "webinar"  # opened on the first kind with items
    sop.choose("webmeeting")
    assert sop.edit.toPlainText() == ""
    sop.choose("webinar")
    assert sop.edit.toPlainText().splitlines()[0].startswith("Peserta dibisukan")
    sop.edit.setFocus()
    sop.edit.moveCursor(sop.edit.textCursor().MoveOperation.End)
    qtbot.keyClick(sop.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(sop.edit, "Rekaman cloud dinyalakan")
    # Nothing for "layanan" yet: its items are written there, not under webinar.
    sop.choose("layanan")
    assert sop.edit.toPlainText() == ""

    # Savings typed as people write rupiah, past what a QSpinBox holds.
    page.editor.form.reveal("savings.travel_cost_per_meeting")
    travel.edit.setFocus()
    travel.edit.selectAll()
    qtbot.keyClicks(travel.edit, "3.000.000.000")
    travel.edit.clearFocus()  # editing finished: shown grouped again
    assert travel.edit.text() == "3.000.000.000"

    save(qtbot, page)
    profile = load_profile(path)
    assert profile.licences == (
        Licence(
            name="Zoom Webinar 500",
            kind="webinar",
            capacity=500,
            hosts=("webinar.diskominfo@kalbarprov.go.id",),
        ),
        Licence(
            name="Zoom Pro 100",
            kind="webmeeting",
            capacity=150,
            hosts=("rapat1.diskominfo@kalbarprov.go.id", "rapat2.diskominfo@kalbarprov.go.id"),
        ),
        Licence(
            name="Zoom Pro 50",
            kind="webmeeting",
            capacity=50,
            hosts=("rapat3@kalbarprov.go.id", "rapat4@kalbarprov.go.id"),
        ),
    )
    assert profile.meetings.sop["webinar"][-1] == "Rekaman cloud dinyalakan"
    assert len(profile.meetings.sop["webinar"]) == 4 and "layanan" not in profile.meetings.sop
    assert profile.savings == Savings(
        travel_cost_per_meeting=3_000_000_000, meal_cost_per_participant=65000
    )
    after = path.read_text(encoding="utf-8")
    # Every comment kept, the flow-style host lists too; only the edited lines differ.
    for line in before.splitlines():
        if "#" in line and "capacity: 100" not in line and "travel_cost" not in line:
            assert line in after, line
    assert "    capacity: 150\n" in after
    assert re.search(r"\n  travel_cost_per_meeting: 3000000000 +# Rp15\.000\.000\n", after)
    assert (
        "hosts: [rapat1.diskominfo@kalbarprov.go.id, rapat2.diskominfo@kalbarprov.go.id]" in after
    )
    assert not page.has_unsaved_changes()


def test_a_licence_removed_and_set_back_is_no_change(
    qtbot, page: ProfilesPage, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    path = folder / GOVERNOR
    open_file(qtbot, page, path)
    licences, _sop, _travel, _file = editors(page)
    licences.table.setFocus()
    licences.table.setCurrentCell(0, 0)
    qtbot.keyClick(licences.table, Qt.Key.Key_Delete)  # the keyboard removes the row
    assert licences.table.rowCount() == 1 and page.has_unsaved_changes()
    assert "Zoom Webinar 500" not in page.editor.doc.dumps()  # type: ignore[union-attr]
    type_in_cell(qtbot, licences, 0, 2, "100")  # unchanged value: still one row less
    assert page.has_unsaved_changes()
    page.editor.revert()
    settle(qtbot, page)
    type_in_cell(qtbot, licences, 1, 2, "99")
    type_in_cell(qtbot, licences, 1, 2, "100")  # back to what the file has
    assert not page.has_unsaved_changes()
    assert page.editor.doc.dumps() == path.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_a_bad_capacity_is_shown_in_indonesian(  # type: ignore[no-untyped-def]
    indonesian: None, qtbot, page: ProfilesPage, folder: Path
) -> None:
    path = folder / GOVERNOR
    before = path.read_bytes()
    open_file(qtbot, page, path)
    licences, _sop, _travel, _file = editors(page)
    page.editor.form.reveal("licences")
    type_in_cell(qtbot, licences, 0, 2, "0")
    error = page.editor.form.errors["licences"]
    assert error.isVisible()
    text = error.text.text()
    assert text.endswith("seharusnya angka ≥ 1, ditemukan angka 0"), text
    assert "1" in text.split(":")[0]  # the item's number, then the column it is in
    assert not page.editor.save_button.isEnabled()
    summary = page.editor.summary.text(0)
    assert summary.startswith(f"{GOVERNOR}:") and "licences[0].capacity" in summary
    page.editor.save()
    settle(qtbot, page)
    assert path.read_bytes() == before


def test_a_broken_licences_file_is_the_fields_problem(  # type: ignore[no-untyped-def]
    qtbot, page: ProfilesPage, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / GOVERNOR
    broken = folder / "shared" / "lisensi-rusak.yaml"
    broken.parent.mkdir()
    broken.write_text(
        "licences:\n  - name: Zoom Pro 300\n    kind: webmeeting\n    capacity: 0\n",
        encoding="utf-8",
    )
    open_file(qtbot, page, path)
    assert page.editor.problems == []  # the example's shared file is fine
    _licences, _sop, _travel, field = editors(page)
    picked: list[str] = []

    def pick(_parent, _title, start, _filter):  # type: ignore[no-untyped-def]
        picked.append(start)
        return str(broken), "YAML"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    page.editor.form.reveal("licences_file")
    qtbot.mouseClick(field.browse, Qt.MouseButton.LeftButton)
    assert picked == [str(folder / "licences-example.yaml")]
    assert field.edit.text() == "shared/lisensi-rusak.yaml"  # relative to the profile's folder
    settle(qtbot, page)  # the file is read on the pool
    error = page.editor.form.errors["licences_file"]
    qtbot.waitUntil(error.isVisible, timeout=10_000)
    assert error.text.text() == (
        "lisensi-rusak.yaml:4: licences[0].capacity: expected a number ≥ 1, found the number 0"
    )
    assert not page.editor.save_button.isEnabled()
    assert page.editor.state.word.text() == "Invalid, unsaved changes"
    # The licences page is marked, not the table: the problem is in the other file.
    assert not page.editor.form.errors["licences"].isVisible()

    # A file that is not there says so, under the same field.
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "tidak-ada.yaml")
    settle(qtbot, page)
    qtbot.waitUntil(lambda: "tidak-ada.yaml" in error.text.text(), timeout=10_000)
    assert not page.editor.save_button.isEnabled()

    # Fixed on disk and named again: fine, and saved.
    broken.write_text(broken.read_text(encoding="utf-8").replace("capacity: 0", "capacity: 300"))
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "shared/lisensi-rusak.yaml")
    settle(qtbot, page)
    qtbot.waitUntil(lambda: not error.isVisible(), timeout=10_000)
    save(qtbot, page)
    profile = load_profile(path)
    assert profile.licences_file == "shared/lisensi-rusak.yaml"
    names = [lic.name for lic in room_licences(profile, path)]
    assert names == ["Zoom Webinar 500", "Zoom Pro 100", "Zoom Pro 300"]
    text = path.read_text(encoding="utf-8")
    assert re.search(r"\nlicences_file: shared/lisensi-rusak\.yaml +# shared with", text)


def test_rupiah_are_grouped_with_dots() -> None:
    assert rupiah_text(15_000_000) == "15.000.000"
    assert rupiah_text(10**12) == "1.000.000.000.000"
    assert rupiah_text(0) == "0"
