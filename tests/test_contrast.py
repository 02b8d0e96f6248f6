"""Readable in a light and a dark palette (Windows' dark mode under Fusion): every coloured
text the console paints has a contrast of at least 4.5:1 (WCAG AA) against what it is
painted on, computed from the palette the widgets really use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.screenshots import dark_palette
from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.queue.jobs import JobState
from vcdesk.ui import jobs_model, status
from vcdesk.ui.pages.checklist import Banner
from vcdesk.ui.results_table import ResultsTable
from vcdesk.ui.widgets.agenda import Agenda

STATES = (*Status, status.WAITING, status.RUNNING)
Role = QPalette.ColorRole


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    chosen = qapp.style().standardPalette() if request.param == "light" else dark_palette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_the_contrast_formula_matches_wcag() -> None:
    assert status.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert status.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_the_banner_reads_in_every_state(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    banner = Banner()
    qtbot.addWidget(banner)
    for state in STATES:
        banner.show_state(state, "TIDAK SIAP", "2 pemeriksaan gagal")
        wash, title, text = banner.colours()
        assert status.contrast(title, wash) >= 4.5, state
        assert status.contrast(text, wash) >= 4.5, state
    # The wash is the palette's own kind: dark on a dark palette, light on a light one.
    window = palette.color(Role.Window)
    assert (status.luminance(wash) < 0.2) == (status.luminance(window) < 0.2)


def test_status_words_in_the_tables_read(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    table = ResultsTable()
    qtbot.addWidget(table)
    table.reset_rows(["cpu"])
    rows = (table.palette().color(Role.Base), table.palette().color(Role.AlternateBase))
    for state in Status:
        table.show_result(CheckResult("cpu", state, "cpu.ok", 1.0, "%", {"percent": 1}))
        shown = table.item(0, ResultsTable.STATUS).foreground().color()
        for background in rows:
            assert status.contrast(shown, background) >= 4.5, state
    for state in (*JobState, jobs_model.HELD):
        if state in jobs_model._PLAIN:  # drawn in the palette's own text colour
            continue
        shown = jobs_model.state_colour(state)
        assert status.contrast(shown, palette.color(Role.Base)) >= 4.5, state


def test_the_calendar_warning_and_the_meter_words_read(qtbot, palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    agenda = Agenda()
    qtbot.addWidget(agenda)
    warn = status.text_colour(Status.WARN, agenda.palette(), Role.Window)
    assert status.contrast(warn, agenda.palette().color(Role.Window)) >= 4.5
    muted = status.readable(palette.color(Role.PlaceholderText), palette.color(Role.Window))
    assert status.contrast(muted, palette.color(Role.Window)) >= 4.5  # the meter's "no clip"
    assert status.contrast(palette.color(Role.WindowText), palette.color(Role.Window)) >= 4.5
