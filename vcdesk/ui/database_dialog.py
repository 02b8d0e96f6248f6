"""The database is damaged: the console says so where it first opens it, says where the copy
of the damaged file is, and offers to rebuild it from what can still be read (issue 14).

[Repair] runs vcdesk.core.repair off the UI thread, with a busy bar meanwhile, then shows what
was saved and what was lost, and [Continue] opens the console on the new database. [Quit]
leaves everything as it is (the damaged file and its copy). The repair also puts back, from
the sidecars of the active profile's archive, the meetings and recordings the damage lost."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from vcdesk.core.repair import RepairReport, repair
from vcdesk.core.storage import DatabaseError
from vcdesk.core.words.storage import database_text, repair_lines
from vcdesk.qt.tasks import TaskRunner


class DamagedDatabaseDialog(QDialog):
    """Accepted once the database was rebuilt; rejected by [Quit]."""

    def __init__(
        self,
        error: DatabaseError,
        parent: QWidget | None = None,
        archive_roots: Sequence[Path] = (),
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.path = Path(str(error.params.get("path", "")))
        self.archive_roots = tuple(archive_roots)
        self.report: RepairReport | None = None
        self.tasks = TaskRunner(parent=self)
        self.busy = False
        self.setWindowTitle("vcdesk")
        self.setModal(True)
        self._build()

    def _build(self) -> None:
        self.heading = QLabel(self.tr("The database is damaged"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.text = self._label(self._problem())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: how long a repair takes is not known
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.outcome = self._label("")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox()
        self.repair_button = self._button(self.tr("&Repair"), self.start_repair)
        self.continue_button = self._button(self.tr("&Continue"), self.accept)
        self.continue_button.hide()
        self.quit_button = self._button(self.tr("&Quit"), self.reject)
        self.repair_button.setDefault(True)
        self.setLayout(self._layout())

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setMinimumWidth(460)
        return label

    def _button(self, text: str, slot: object) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> QHBoxLayout:
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        for widget in (self.heading, self.text, self.progress, self.outcome, self.buttons):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # fits, as a message box
        row.addWidget(icon)
        row.addLayout(column, 1)
        return row

    def _problem(self) -> str:
        params = self.error.params
        where = self.tr("vcdesk cannot use its database %1: %2.").replace("%1", str(self.path))
        where = where.replace("%2", " ".join(str(params.get("detail", "")).split()))
        if "backup" in params:
            kept = self.tr("A copy of the damaged file was kept as %1; nothing was deleted.")
            kept = kept.replace("%1", str(params["backup"]))
        else:
            kept = database_text(self.error)
        offer = self.tr(
            "Repair builds a new database and copies into it everything that can still be "
            "read: the conversion queue, the checklist history and the schedule. Conversions "
            "that were running will run again. Recordings and converted files are not touched."
        )
        return "\n\n".join((where, kept, offer))

    # repairing

    def start_repair(self) -> None:
        self._set_busy(True)
        self.outcome.setText(self.tr("Repairing the database…"))
        self.outcome.show()
        path, roots = self.path, self.archive_roots
        self.tasks.run(lambda: repair(path, roots), self._repaired)

    def _repaired(self, report: RepairReport | None, error: Exception | None) -> None:
        self._set_busy(False)
        if report is None:
            self._failed(error)
            return
        self.report = report
        self.heading.setText(self.tr("The database was repaired"))
        self.text.hide()  # what was wrong: the outcome says where the damaged file is kept
        first, *tables = repair_lines(report)
        self.outcome.setText("\n\n".join((first, "\n".join(tables))).strip())
        self.repair_button.hide()
        self.quit_button.hide()
        self.continue_button.show()
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def _failed(self, error: Exception | None) -> None:
        detail = database_text(error) if isinstance(error, DatabaseError) else str(error)
        text = self.tr("The database could not be repaired: %1").replace("%1", detail)
        self.outcome.setText(text)
        self.repair_button.setText(self.tr("&Try again"))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.repair_button.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)

    # a repair under way is not left half-seen: the file is being replaced

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


def offer_repair(
    error: DatabaseError, parent: QWidget | None = None, archive_roots: Sequence[Path] = ()
) -> bool:
    """Show the dialog for a "damaged" `error`: True once the database was rebuilt (open
    the console), False when the person chose to quit. `archive_roots`: conversion output
    folders whose archive's sidecars give back what the damage lost."""
    dialog = DamagedDatabaseDialog(error, parent, archive_roots)
    return dialog.exec() == QDialog.DialogCode.Accepted


def active_output_dirs(settings: QSettings) -> list[Path]:
    """The active profile's conversion output folder (where its archive is), read before
    the window opens; none when there is no profile or it cannot be read."""
    from vcdesk.core.profile.load import load_profile
    from vcdesk.core.profile.problems import ProfileError

    name = settings.value("room/profile", None)
    if not name:
        return []
    try:
        return [Path(load_profile(Path(str(name))).conversion.output_dir)]
    except ProfileError:  # the console says what is wrong with it once its window opens
        return []
