"""Qt's own words (standard buttons, a message box's details, the text fields' right-click
menu) in Bahasa Indonesia through vcdesk's catalogue: Qt ships no Indonesian of its own.
Read from the widgets Qt builds, so a text that does not match Qt's letter for letter shows
here as English."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

Buttons = QDialogButtonBox.StandardButton


def texts(box: QDialogButtonBox | QMessageBox) -> set[str]:
    return {button.text().replace("&", "") for button in box.buttons()}


def test_standard_buttons_speak_indonesian(qtbot, indonesian: None) -> None:  # type: ignore[no-untyped-def]
    question = QMessageBox()
    qtbot.addWidget(question)
    question.setStandardButtons(
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )  # fmt: skip
    assert texts(question) == {"Ya", "Tidak", "Batal"}

    unsaved = QDialogButtonBox(Buttons.Save | Buttons.Discard | Buttons.Cancel)
    qtbot.addWidget(unsaved)
    assert texts(unsaved) == {"Simpan", "Buang", "Batal"}
    others = QDialogButtonBox(Buttons.Ok | Buttons.Close | Buttons.Open | Buttons.Retry)
    qtbot.addWidget(others)
    assert texts(others) == {"OK", "Tutup", "Buka", "Coba Lagi"}

    details = QMessageBox()
    qtbot.addWidget(details)
    details.setDetailedText("ffmpeg: moov atom not found")
    assert "Tampilkan Rincian..." in texts(details)


def test_the_right_click_menus_of_text_fields_speak_indonesian(qtbot, indonesian: None) -> None:  # type: ignore[no-untyped-def]
    for field in (QLineEdit("Ruang Rapat"), QPlainTextEdit("schema_version: 1")):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        words = {action.text().split("\t")[0].replace("&", "") for action in menu.actions()}
        assert {"Urungkan", "Ulangi", "Potong", "Salin", "Tempel", "Hapus", "Pilih Semua"} <= (
            words
        ), words
        menu.deleteLater()


def test_qts_own_file_dialog_speaks_indonesian(qtbot, indonesian: None, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QLabel, QTreeView

    (tmp_path / "rapat.mp4").write_bytes(b"x")
    (tmp_path / "arsip").mkdir()
    english = {
        "Look in:", "File name:", "Files of type:", "Open", "Save", "Cancel", "Back",
        "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View",
        "Name", "Size", "Type", "Date Modified", "mp4 File", "All Files (*)",
    }  # fmt: skip
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "", str(tmp_path), "All Files (*)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        tree = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2)  # noqa: B023
        shown = {label.text() for label in dialog.findChildren(QLabel)}
        for button in dialog.findChildren(QAbstractButton):
            shown |= {button.text(), button.toolTip()}
        header = tree.findChild(QHeaderView)
        model = tree.model()
        shown |= {str(model.headerData(c, header.orientation())) for c in range(header.count())}
        shown |= {
            str(model.index(row, 2, tree.rootIndex()).data())
            for row in range(model.rowCount(tree.rootIndex()))
        }
        shown = {text.replace("&", "") for text in shown if text}
        assert not shown & english, sorted(shown & english)
        # (a file's type is the system's MIME description, in the system's own language)
        assert {"Nama", "Ukuran", "Jenis", "Tanggal Diubah", "Folder"} <= shown, sorted(shown)
        dialog.reject()
