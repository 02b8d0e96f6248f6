"""The live graphs' header: the reading and its unit always whole, the title giving way on a
narrow column (the Indonesian "Jaringan masuk" had pushed "Mbit/s" out of sight)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vcdesk.ui.widgets.sparkline import Sparkline


def test_the_reading_and_its_unit_show_whole_on_a_narrow_graph(qtbot: QtBot) -> None:
    graph = Sparkline("Jaringan masuk", "Mbit/s")
    qtbot.addWidget(graph)
    assert graph.header(400) == ("Jaringan masuk:", "–")
    graph.add(12.25)
    wide_title, wide_value = graph.header(400)
    assert (wide_title, wide_value) == ("Jaringan masuk:", "12.2 Mbit/s")
    title, value = graph.header(110)
    assert value == "12.2 Mbit/s"
    assert title != wide_title and title.endswith("…")
    metrics = graph.fontMetrics()
    used = metrics.horizontalAdvance(title) + metrics.horizontalAdvance(f"  {value}")
    assert used <= 110
