"""The shared terms read the same on every surface: the results table, the PDF report and
the CLI take them from one glossary, in the user's language."""

from __future__ import annotations

import datetime

from vcdesk.core.checks.result import CheckResult, Status
from vcdesk.core.history import RunRecord
from vcdesk.core.words import glossary
from vcdesk.ui import report
from vcdesk.ui.results_table import ResultsTable


def run(overall: Status) -> RunRecord:
    now = datetime.datetime(2026, 12, 3, 14, 5, tzinfo=datetime.UTC)
    result = CheckResult("cpu", overall, "cpu.internal_error", details={"error": "X: y"})
    return RunRecord(now, now, "/r.yaml", "Ruang Uji", "Tim TI", overall, (result,))


def test_a_run_that_ended_in_an_error_is_no_go_everywhere(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert glossary.verdict(Status.ERROR) == glossary.verdict(Status.FAIL) == "NO-GO"
    assert report.verdict(run(Status.ERROR)) == "NO-GO"
    assert report.verdict(run(Status.WARN)) == "GO, with warnings"
    assert report.verdict(run(Status.PASS)) == "GO"


def test_table_and_report_use_the_same_indonesian_terms(qtbot, indonesian: None) -> None:  # type: ignore[no-untyped-def]
    table = ResultsTable()
    qtbot.addWidget(table)
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads == ["Pemeriksaan", "Status", "Terukur", "Syarat", "Keterangan"]
    html = report.report_html(run(Status.FAIL))
    for head in heads:
        assert head in html
    assert "TIDAK SIAP" in html and glossary.status(Status.FAIL) == "Gagal"
