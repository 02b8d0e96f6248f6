"""Fields of the room profile form that offer what this computer has: the cameras and
microphones it lists (found on the task pool, never opened) and the time zones, WIB, WITA
and WIT first. Each stays a free text field: a file, a URL or an index is still allowed."""

from __future__ import annotations

import dataclasses
import functools
import typing
import zoneinfo
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core.checks.result import Status
from vcdesk.core.devices import audio, video
from vcdesk.core.schedule.zones import INDONESIA
from vcdesk.ui import status
from vcdesk.ui.pages.profile_fields import Editor, Run, Spec, typed

# --- fields that offer what this computer has -------------------------------------------

LIST_TIMEOUT_S = 5.0  # a wedged sound server or ffmpeg costs this long, then says so
INDONESIAN_ZONES = ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")  # WIB, WITA, WIT


@dataclasses.dataclass(frozen=True)
class Found:
    """One suggestion: the text the field gets (what the file will hold) and its label."""

    value: str
    label: str


def find_cameras() -> list[Found]:
    """The video devices the system lists (sysfs on Linux, DirectShow on Windows), as index
    and name; the field gets the index, as camera.source takes it. Listed, never opened: a
    camera in use by a meeting is left alone."""
    devices = video.list_device_names(timeout_s=LIST_TIMEOUT_S)
    return [Found(str(index), f"{index} – {name}") for index, name in devices]


def find_microphones() -> list[Found]:
    """The sound inputs PortAudio lists, by name (microphone.device takes a name, which
    stays right when a USB microphone moves to another port; an index does not). Nothing
    is opened."""
    names = dict.fromkeys(d.name for d in audio.list_input_devices(timeout=LIST_TIMEOUT_S))
    return [Found(name, name) for name in names]


@functools.cache
def find_zones() -> tuple[Found, ...]:
    """Every zone in the tz database (files on disk, or the tzdata package), sorted."""
    return tuple(Found(name, name) for name in sorted(zoneinfo.available_timezones()))


class _Combo(QComboBox):
    """Turning the mouse wheel over the form scrolls the form: it changes this field's value
    only once the field has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def showPopup(self) -> None:
        # Open at the line for the value in the field ("0 – Integrated Camera" for 0), and
        # leave the field's text as it is. (A line whose label is the text, Asia/Jakarta in
        # the full list of zones, is chosen by Qt itself when the field loses the focus.)
        text = self.currentText()
        row = self.findData(text)
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)  # which puts the line's label into the field: undone
            self.setEditText(text)
        super().showPopup()


class ListEditor(Editor):
    """Free text (anything the option takes: an index, a name, a file, a URL) with a
    drop-down of suggestions found on the task pool once the field is first shown.

    The field shows the value as the file will hold it: picking "0 – Integrated Camera"
    puts 0 there, not the label. Lists are found with `set_runner`'s runner; without one
    the field is plain text."""

    FINDS_AGAIN = False  # a "Find devices" button beside the field lists again on request

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.combo = _Combo()
        self.combo.setObjectName(spec.dotted)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing adds no items
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )  # a long device or zone name never widens the page
        self.combo.setMinimumContentsLength(14)
        # No inline completion: it would type a label into the field for the admin.
        self.combo.setCompleter(None)  # type: ignore[arg-type]  # Qt takes nullptr
        edit = self.combo.lineEdit()
        assert edit is not None
        self.edit: QLineEdit = edit
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.changed)
        self.combo.activated.connect(self._picked)
        self.combo.activated.connect(self.changed)  # after _picked; relayed by Qt (see Editor)
        self.find_button: QPushButton | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo, 1)
        if self.FINDS_AGAIN:
            self.find_button = QPushButton(
                QCoreApplication.translate("ProfileFields", "Find devices")
            )
            self.find_button.setObjectName(f"find:{spec.dotted}")
            self.find_button.setToolTip(
                QCoreApplication.translate(
                    "ProfileFields",
                    "Look again for the devices this computer has (they are not opened)",
                )
            )
            self.find_button.clicked.connect(lambda: self.search())
            self.find_button.setEnabled(False)
            row.addWidget(self.find_button)
        self.note_icon = QLabel()
        self.note_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.note = QLabel()  # searching, nothing found, or why the list failed
        self.note.setObjectName(f"note:{spec.dotted}")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(0, 0, 0, 0)
        note_row.addWidget(self.note_icon)
        note_row.addWidget(self.note, 1)
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(note_row)
        self._add(column, 1)
        self._run: Run | None = None
        self._asked = False
        self._ticket = 0
        self._say(None)
        self._show_items([], None)

    # What each kind of list says ---------------------------------------------------------

    def finder(self) -> Callable[[], Sequence[Found]]:
        raise NotImplementedError

    def fixed(self) -> list[Found]:
        """Offered first, before anything is found (the system default, WIB/WITA/WIT)."""
        return []

    def searching(self) -> str | None:
        return None

    def none_found(self) -> tuple[str, str] | None:
        """(the drop-down's line, the note beside the field) when nothing is found."""
        return None

    def found_note(self, count: int) -> str | None:
        return None

    def failed_note(self, error: Exception) -> str:
        return QCoreApplication.translate(
            "ProfileFields", "The list could not be made: %1"
        ).replace("%1", str(error))

    def alias(self, text: str) -> str:
        return text

    # The field ---------------------------------------------------------------------------

    def focus_target(self) -> QWidget:
        return self.combo

    def value(self) -> Any:
        text = self.edit.text()
        row = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if row >= 0 and isinstance(self.combo.itemData(row), str):
            text = self.combo.itemData(row)  # a label typed out in full
        return typed(self.spec, self.alias(text))

    def set_value(self, value: Any) -> None:
        self.combo.setEditText("" if value is None else str(value))  # no textEdited
        self.edit.setCursorPosition(0)

    def _picked(self, row: int) -> None:
        value = self.combo.itemData(row)
        if isinstance(value, str):
            self.combo.setEditText(value)

    # The list ----------------------------------------------------------------------------

    def set_runner(self, run: Run | None) -> None:
        self._run = run
        if self.find_button is not None:
            self.find_button.setEnabled(run is not None)
        if run is not None and not self._asked and self.isVisible():
            self.search()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._run is not None and not self._asked:
            self.search()  # the first time the admin sees the field

    def search(self) -> None:
        """Make the list again on the pool; the field keeps what it holds meanwhile."""
        if self._run is None:
            return
        self._asked = True
        self._ticket += 1
        ticket = self._ticket
        searching = self.searching()
        self._show_items([], searching)
        self._say(searching)
        if self.find_button is not None:
            self.find_button.setEnabled(False)
        self._run(self.finder(), lambda result, error: self._found(ticket, result, error))

    def _found(self, ticket: int, result: Any, error: Exception | None) -> None:
        if ticket != self._ticket:
            return  # an older search, overtaken by a newer one
        if self.find_button is not None:
            self.find_button.setEnabled(True)
        found = list(result or ()) if error is None else []
        if error is not None:
            self._show_items([], None)
            self._say(self.failed_note(error), problem=True)
        elif not found:
            line, note = self.none_found() or (None, None)
            self._show_items([], line)
            self._say(note)
        else:
            self._show_items(found, None)
            self._say(self.found_note(len(found)))

    def _show_items(self, found: list[Found], message: str | None) -> None:
        """Fill the drop-down; the text being typed and its cursor stay as they are."""
        text, cursor = self.edit.text(), self.edit.cursorPosition()
        self.combo.clear()
        fixed = self.fixed()
        for item in fixed:
            self.combo.addItem(item.label, item.value)
        if fixed and (found or message):
            self.combo.insertSeparator(self.combo.count())
        for item in found:
            self.combo.addItem(item.label, item.value)
        if message:  # a line that says so, which cannot be picked
            self.combo.addItem(message)
            model = typing.cast(QStandardItemModel, self.combo.model())
            model.item(self.combo.count() - 1).setEnabled(False)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self.edit.setCursorPosition(cursor)

    def _say(self, text: str | None, problem: bool = False) -> None:
        size = self.note.fontMetrics().height()
        if problem:
            self.note_icon.setPixmap(status.icon(Status.WARN).pixmap(size, size))
        self.note_icon.setVisible(problem)
        self.note.setText(text or "")
        self.note.setVisible(bool(text))

    def items(self) -> list[tuple[str, Any, bool]]:
        """(label, value, can be picked) of each line in the drop-down, separators left out."""
        model = typing.cast(QStandardItemModel, self.combo.model())
        lines = []
        for row in range(self.combo.count()):
            label, value = self.combo.itemText(row), self.combo.itemData(row)
            if label or value is not None:
                lines.append((label, value, model.item(row).isEnabled()))
        return lines


class CameraEditor(ListEditor):
    FINDS_AGAIN = True

    def finder(self) -> Callable[[], Sequence[Found]]:
        return find_cameras

    def searching(self) -> str:
        return QCoreApplication.translate("ProfileFields", "Searching for devices…")

    def none_found(self) -> tuple[str, str]:
        return (
            QCoreApplication.translate("ProfileFields", "No camera found"),
            QCoreApplication.translate(
                "ProfileFields",
                "No camera found on this computer. You can still type an index, a device "
                "name, a video file or a stream URL.",
            ),
        )

    def found_note(self, count: int) -> str:
        return QCoreApplication.translate("ProfileFields", "Cameras found: %1").replace(
            "%1", str(count)
        )


class MicrophoneEditor(ListEditor):
    FINDS_AGAIN = True

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.edit.setPlaceholderText(
            QCoreApplication.translate("ProfileFields", "(system default)")
        )

    def finder(self) -> Callable[[], Sequence[Found]]:
        return find_microphones

    def fixed(self) -> list[Found]:
        return [Found("", QCoreApplication.translate("ProfileFields", "(system default)"))]

    def searching(self) -> str:
        return QCoreApplication.translate("ProfileFields", "Searching for devices…")

    def none_found(self) -> tuple[str, str]:
        return (
            QCoreApplication.translate("ProfileFields", "No microphone found"),
            QCoreApplication.translate(
                "ProfileFields",
                "No microphone found on this computer. Leave the field empty for the system "
                "default, or type a device name.",
            ),
        )

    def found_note(self, count: int) -> str:
        return QCoreApplication.translate("ProfileFields", "Microphones found: %1").replace(
            "%1", str(count)
        )

    def failed_note(self, error: Exception) -> str:
        if isinstance(error, audio.NoAudioBackend):
            return QCoreApplication.translate(
                "ProfileFields",
                "The sound system cannot be used (PortAudio is missing or would not start).",
            )
        if isinstance(error, audio.DeviceStalled):
            return QCoreApplication.translate(
                "ProfileFields", "The sound system did not answer in time. Try again later."
            )
        return super().failed_note(error)


class ZoneEditor(ListEditor):
    """WIB, WITA and WIT first, then every IANA zone; typing "maka" offers Asia/Makassar,
    and "WITA" typed out is taken as Asia/Makassar. The file gets the IANA name."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(completer)  # a pick from it goes through activated
        self.combo.setMaxVisibleItems(15)

    def finder(self) -> Callable[[], Sequence[Found]]:
        return find_zones

    def fixed(self) -> list[Found]:
        return [Found(zone, f"{INDONESIA[zone]} — {zone}") for zone in INDONESIAN_ZONES]

    def alias(self, text: str) -> str:
        names = {INDONESIA[zone]: zone for zone in INDONESIAN_ZONES}
        return names.get(text.strip().upper(), text)


# Options that offer what this computer has, by their dotted name.
LISTED: dict[str, type[ListEditor]] = {
    "camera.source": CameraEditor,
    "microphone.device": MicrophoneEditor,
    "room.timezone": ZoneEditor,
}
