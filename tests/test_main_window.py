from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.cli import ROOT
from vcdesk.ui.app import build_window, settings_for
from vcdesk.ui.main_window import MainWindow


def window_for(qtbot, data_dir: Path, profile: str | None) -> MainWindow:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    args = argparse.Namespace(data_dir=data_dir, console_profile=profile)
    window = build_window(args, QApplication.instance())
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_opens_with_five_pages_and_the_room(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, tmp_path, str(ROOT / "profiles" / "example.yaml"))
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Checklist", "Conversions", "Meetings", "Room profiles", "History"]
    assert window.pages.count() == 5
    assert window.room_label.text() == "Room: Ruang Contoh"


def test_keyboard_and_mouse_switch_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, tmp_path, None)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 2
    rect = window.sidebar.visualItemRect(window.sidebar.item(3))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == 3


def test_remembers_page_and_room(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, tmp_path, str(ROOT / "profiles" / "example.yaml"))
    window.sidebar.setCurrentRow(1)
    window.close()
    again = window_for(qtbot, tmp_path, None)
    assert again.pages.currentIndex() == 1
    assert again.room_label.text() == "Room: Ruang Contoh"
    assert settings_for(tmp_path).value("room/profile").endswith("example.yaml")


def test_the_page_is_remembered_by_its_name_not_its_place(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(tmp_path)
    settings.setValue("window/page", "history")  # fifth now; a page added later moves it
    settings.sync()
    window = window_for(qtbot, tmp_path, None)
    assert window.pages.currentWidget() is window.history_page
    window.sidebar.setCurrentRow(2)
    window.close()
    assert settings_for(tmp_path).value("window/page") == "meetings"
    settings = settings_for(tmp_path)
    settings.setValue("window/page", 1)  # an older vcdesk kept the row's number
    settings.sync()
    assert window_for(qtbot, tmp_path, None).pages.currentIndex() == 1


def test_starts_with_a_broken_profile(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\nroom: [\n")
    window = window_for(qtbot, tmp_path, str(broken))
    assert window.isVisible()
    assert (
        "problems" in window.room_label.text()
        and "broken.yaml:3: not valid YAML" in window.room_label.text()
    )


def test_language_menu_stores_the_choice(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = window_for(qtbot, tmp_path, None)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Language")
    indonesian = next(a for a in menu.actions() if a.data() == "id")
    indonesian.trigger()
    assert settings_for(tmp_path).value("ui/language") == "id"
    assert "next start" in window.statusBar().currentMessage()


def test_a_profile_chosen_on_the_profiles_page_becomes_the_room(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    booth = tmp_path / "profiles" / "gerai-layanan-virtual.yaml"
    booth.parent.mkdir()
    shutil.copy(ROOT / "profiles" / booth.name, booth)
    active = ROOT / "profiles" / "example.yaml"
    window = window_for(qtbot, tmp_path, str(active))
    window.sidebar.setCurrentRow(window.pages.indexOf(window.profiles_page))
    page = window.profiles_page
    # The data dir's own folder, and the active room's file wherever it lives; nothing
    # else of the source tree.
    assert page.folders == [tmp_path / "profiles"]
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=5000)
    assert page.list.item_for(active) is not None and page.list.item_for(booth) is not None
    page.select(booth)
    qtbot.waitUntil(lambda: page.path is not None and page.path.name == booth.name, timeout=5000)
    page.use_button.click()
    qtbot.waitUntil(lambda: "Ruang Contoh" not in window.room_label.text(), timeout=5000)
    assert window.profile is not None and window.profile_path == booth
    assert window.room_label.text() == f"Room: {window.profile.room.name}"
    assert settings_for(tmp_path).value("room/profile") == str(booth)
    # The room it left stays listed no more: only the active room's file is.
    qtbot.waitUntil(lambda: page.list.item_for(active) is None, timeout=5000)


def test_an_invalid_profile_in_the_data_dir_is_listed_and_the_app_starts(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "rusak.yaml").write_text("schema_version: 1\nroom:\n  name: [\n")
    window = window_for(qtbot, tmp_path, None)
    window.sidebar.setCurrentRow(window.pages.indexOf(window.profiles_page))
    page = window.profiles_page
    qtbot.waitUntil(lambda: page.list.item_for(folder / "rusak.yaml") is not None, timeout=5000)
    entry = page.list.entry_for(folder / "rusak.yaml")
    assert entry is not None and not entry.valid
    assert "rusak.yaml" in page.list.item_for(folder / "rusak.yaml").toolTip() + str(entry.problem)


def room_file(tmp_path: Path) -> Path:
    """A room whose conversions stay in tmp_path and whose disk check fails at once."""
    path = tmp_path / "ruang.yaml"
    path.write_text(
        "schema_version: 1\n"
        "room:\n  name: Ruang Uji\n"
        f"disk:\n  recordings_dir: {tmp_path / 'tidak-ada'}\n"
        f"conversion:\n  output_dir: {tmp_path / 'arsip'}\n  preset: remux\n"
    )
    return path


def test_status_bar_and_notices_follow_the_queue_and_the_checklist(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.fixtures.queue import recording

    window = window_for(qtbot, tmp_path, str(room_file(tmp_path)))
    assert window.queue_label.text() == "Queue: idle"
    assert window.meeting_label.text().endswith("Meeting mode: off")

    window.meeting_action.trigger()  # Console menu / tray: meeting mode on
    # The switch shows at once; the engine holds the queue a moment later.
    qtbot.waitUntil(lambda: "Meeting mode: on" in window.meeting_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.queue.meeting_on, timeout=10_000)
    assert not window.meeting_icon.isHidden()
    # One state, in the same words, in the status bar, on the page's button and the tray.
    said = "Meeting mode: on (switched on here)"
    qtbot.waitUntil(lambda: said in window.meeting_label.text(), timeout=10_000)
    assert window.conversions_page.meeting_button.text() == said
    assert window.conversions_page.meeting_button.isChecked() and window.meeting_action.isChecked()
    assert said in window.tray.tooltip()
    window.meeting_action.trigger()
    qtbot.waitUntil(lambda: "Meeting mode: off" in window.meeting_label.text(), timeout=10_000)
    assert not window.queue.meeting_on

    source = recording(tmp_path / "rapat pagi.mp4", seconds=1)
    window.conversions_page.add_files([source])
    qtbot.waitUntil(
        lambda: any(title == "Conversion finished" for title, _ in window.tray.notices),
        timeout=30_000,
    )
    assert (tmp_path / "arsip" / "rapat pagi.mp4").exists()
    title, text = window.tray.notices[-1]
    assert title == "Conversion finished"
    assert "rapat pagi.mp4" in text and "arsip" in text
    qtbot.waitUntil(lambda: window.queue_label.text() == "Queue: idle", timeout=5000)

    # A NO-GO while the operator looks at another page: one short line, no balloon.
    notices = len(window.tray.notices)
    window.sidebar.setCurrentRow(1)
    window.checklist_page.run_checklist(only=["disk"])
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Checklist: NO-GO (Recording disk)",
        timeout=15_000,
    )
    assert len(window.tray.notices) == notices
    # On the Checklist page itself, the banner says it and nothing else does.
    window.statusBar().clearMessage()
    window.sidebar.setCurrentRow(0)
    window.checklist.finished.connect(lambda _: done.append(True))
    done: list[bool] = []
    window.checklist_page.run_checklist(only=["disk"])
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert window.checklist_page.banner.title.text() == "NO-GO"
    assert window.statusBar().currentMessage() == "" and len(window.tray.notices) == notices
    # The window hidden: the tray tells (no tray on this offscreen desktop: the status bar).
    assert not window.tray.available
    window.hide()
    window.checklist_page.run_checklist(only=["disk"])
    qtbot.waitUntil(lambda: len(window.tray.notices) > notices, timeout=15_000)
    assert window.tray.notices[-1] == (
        "Checklist: NO-GO for Ruang Uji",
        "Not ready: Recording disk.",
    )


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG entry; Windows' Run key is untested")
def test_start_with_the_computer_writes_and_removes_the_login_entry(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "id.vcdesk.Console.desktop"
    window = window_for(qtbot, tmp_path / "data", None)
    action = window.autostart_action
    assert action.isVisible() and not action.isChecked()
    action.trigger()
    qtbot.waitUntil(entry.is_file, timeout=5000)
    qtbot.waitUntil(action.isChecked, timeout=5000)
    # Not the default data folder: the entry starts the console on this one.
    assert f"--data-dir {tmp_path / 'data'}" in entry.read_text()
    action.trigger()
    qtbot.waitUntil(lambda: not entry.exists(), timeout=5000)
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=5000)

    # A file where the autostart folder should be: the operator is told, the tick stays off.
    shutil.rmtree(tmp_path / "config")
    (tmp_path / "config").write_text("")
    action.trigger()
    qtbot.waitUntil(
        lambda: (
            "Could not change starting with the computer" in window.statusBar().currentMessage()
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: not action.isChecked(), timeout=5000)


def test_help_menu_about_and_user_guide(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from vcdesk.ui.about import AboutDialog, GuideDialog, readme_text

    window = window_for(qtbot, tmp_path, None)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    guide_action, readme_action, _, about_action = menu.actions()
    assert guide_action.text() == "&User guide" and about_action.text() == "&About vcdesk"

    shown: list[object] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self))  # a modal click
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self))
    about_action.trigger()
    about = shown[-1]
    assert isinstance(about, AboutDialog)
    text = about.details.text()
    assert str(tmp_path) in text and str(tmp_path / "logs" / "vcdesk.log") in text
    assert about.log_folder_url().toLocalFile() == str(tmp_path / "logs")

    opened: list[str] = []
    monkeypatch.setattr(
        "vcdesk.ui.about.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile())
    )
    about.open_logs.click()
    assert opened == [str(tmp_path / "logs")]

    # F1: the operator's guide in the UI's language, rendered from Markdown.
    for language, heading in (("en", "vcdesk operator's guide"), ("id", "Panduan operator")):
        monkeypatch.setattr(QLocale, "name", lambda _self, lang=language: f"{lang}_XX")
        qtbot.keyClick(window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: len(shown) > 1 and isinstance(shown[-1], GuideDialog))
        guide = shown.pop()
        rendered = guide.browser.toPlainText()
        assert rendered.startswith(heading) and "# " not in rendered and "**" not in rendered

    readme_action.trigger()
    qtbot.waitUntil(lambda: len(shown) > 1 and isinstance(shown[-1], GuideDialog))
    assert readme_text().startswith("# vcdesk")
    assert "Room profiles" in shown[-1].browser.toPlainText()
