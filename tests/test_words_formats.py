"""How each UI language writes figures (vcdesk.core.words.formats), held side by side with
Qt's QLocale, which writes them in the console; and the CLI's translator reading the .ts
directly (vcdesk.core.words.ts)."""

from __future__ import annotations

import datetime as dt
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QLocale

from vcdesk.core import words
from vcdesk.core.words import ts
from vcdesk.core.words.formats import Formats, formats_for
from vcdesk.i18n import HERE

LANGS = ("id", "en")
Short = QLocale.FormatType.ShortFormat

# Several weekdays and months, a leap day, both ends of the year.
DATES = [dt.date(2026, 12, 3), dt.date(2025, 1, 1), dt.date(2024, 2, 29), dt.date(2025, 8, 17),
         dt.date(2025, 5, 4), dt.date(2030, 10, 26), dt.date(2025, 6, 30)]  # fmt: skip


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "spec", "shown"),
    [
        ("id", 1234567, "", "1.234.567"),
        ("en", 1234567, "", "1,234,567"),
        ("id", 3493, "d", "3493"),  # a port: no grouping asked for
        ("id", 12345.67, ",.1f", "12.345,7"),
        ("en", 12345.67, ",.1f", "12,345.7"),
        ("id", 29.84, ".1f", "29,8"),
        ("en", 29.84, ".1f", "29.8"),
        ("id", -31.24, ".1f", "-31,2"),
        ("id", 0.5, "g", "0,5"),
        ("id", 20.0, "g", "20"),
        ("id", 1234.5678, ",.2f", "1.234,57"),
        ("en", 1234.5678, ",.2f", "1,234.57"),
    ],
)
def test_numbers_with_grouping_and_decimals(lang: str, value: float, spec: str, shown: str) -> None:
    assert formats_for(lang).number(value, spec) == shown


INTEGERS = [0, 7, 999, 1000, 3493, 65535, 1234567, -1234567, 2_147_483_647]
ONE_DECIMAL = [0.04, 1.26, 29.84, 99.99, 153.21, 1234.56, 12345.67, -31.24, 987654.32]
TWO_DECIMALS = [0.011, 1.234, 29.846, 99.999, 153.217, 1234.5678, 12345.671, -31.244]


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_agree_with_qlocale(lang: str) -> None:
    formats, qt = formats_for(lang), QLocale(lang)
    for n in INTEGERS:
        assert formats.number(n) == qt.toString(n), n
    for x in ONE_DECIMAL:
        assert formats.number(x, ",.1f") == qt.toString(x, "f", 1), x
    for x in TWO_DECIMALS:
        assert formats.number(x, ",.2f") == qt.toString(x, "f", 2), x


def test_fill_writes_numbers_not_text_the_languages_way() -> None:
    template = "{n:,.1f} / {port} / {host} / {ok}"
    values = {"n": 12345.67, "port": 3493, "host": "10.0.0.5", "ok": True}
    assert formats_for("id").fill(template, **values) == "12.345,7 / 3493 / 10.0.0.5 / True"
    assert formats_for("en").fill(template, **values) == "12,345.7 / 3493 / 10.0.0.5 / True"
    with words.speaking(words.Language("id")):
        assert words.fill("{x:.1f} ms", x=24.44) == "24,4 ms"
        assert words.number(1234567) == "1.234.567"
    assert words.fill("{x:.1f} ms", x=24.44) == "24.4 ms"  # English outside the block


def test_a_language_not_shipped_writes_the_english_way() -> None:
    assert formats_for("fr").code == "en"
    assert Formats("fr").number(1234.5, ",.1f") == "1,234.5"


# --- sizes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_bytes", "in_id", "in_en"),
    [
        (512, "512 B", "512 B"),
        (1_500, "1,5 kB", "1.5 kB"),
        (23_431_000, "23 MB", "23 MB"),
        (412_000_000, "412 MB", "412 MB"),
        (1_234_567_890, "1,2 GB", "1.2 GB"),
        (23_431_000_000, "23,4 GB", "23.4 GB"),
        (234_000_000_000, "234 GB", "234 GB"),
        (1_234_000_000_000, "1,2 TB", "1.2 TB"),
        (4_321_000_000_000_000, "4.321 TB", "4,321 TB"),
        (float("nan"), "–", "–"),
    ],
)
def test_sizes(n_bytes: float, in_id: str, in_en: str) -> None:
    assert formats_for("id").size(n_bytes) == in_id
    assert formats_for("en").size(n_bytes) == in_en


# --- dates and times ------------------------------------------------------------------------


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


@pytest.mark.parametrize("lang", LANGS)
def test_dates_weekdays_and_months_agree_with_qlocale(lang: str) -> None:
    formats, qt = formats_for(lang), QLocale(lang)
    for day in DATES:
        assert formats.date(day) == qt.toString(qdate(day), "dddd, d MMM yyyy"), day
        assert formats.date(day, weekday=False) == qt.toString(qdate(day), "d MMM yyyy"), day
        assert formats.weekday(day) == qt.dayName(day.isoweekday()), day
        assert formats.weekday(day, short=True) == qt.dayName(day.isoweekday(), Short), day
    for month in range(1, 13):
        assert formats.month(month) == qt.monthName(month), month
        assert formats.month(month, short=True) == qt.monthName(month, Short), month


def test_dates_read_as_each_language_writes_them() -> None:
    day = dt.date(2026, 12, 3)
    assert formats_for("id").date(day) == "Kamis, 3 Des 2026"
    assert formats_for("en").date(day) == "Thursday, 3 Dec 2026"
    assert formats_for("id").date(dt.date(2025, 8, 17), weekday=False) == "17 Agu 2025"
    assert formats_for("id").weekday(dt.date(2025, 8, 15)) == "Jumat"
    assert formats_for("id").month(5) == "Mei" and formats_for("en").month(5) == "May"
    assert formats_for("id").month(12, short=True) == "Des"


def test_clock_and_moment() -> None:
    moment = dt.datetime(2026, 12, 3, 15, 4, 59)
    assert Formats.clock(moment, "WITA") == "15:04 WITA"
    assert Formats.clock(dt.time(9, 5)) == "09:05"
    assert formats_for("id").moment(moment, "WITA") == "3 Des 2026 15:04 WITA"
    assert formats_for("en").moment(moment, "WIB", weekday=True) == "Thursday, 3 Dec 2026 15:04 WIB"


# --- durations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "in_id", "in_en"),
    [
        (0, "0 dtk", "0 s"),
        (45, "45 dtk", "45 s"),
        (59.4, "59 dtk", "59 s"),
        (90, "1 mnt 30 dtk", "1 min 30 s"),
        (600, "10 mnt", "10 min"),
        (605, "10 mnt", "10 min"),
        (3599, "59 mnt", "59 min"),
        (3600, "1 jam", "1 h"),
        (4800, "1 jam 20 mnt", "1 h 20 min"),
        (4 * 3600 + 1, "4 jam", "4 h"),
        (2 * 86400 + 3 * 3600, "2 hari 3 jam", "2 d 3 h"),
        (86400 + 20 * 60, "1 hari", "1 d"),
        (-5, "0 dtk", "0 s"),
        (float("inf"), "–", "–"),
    ],
)
def test_durations(seconds: float, in_id: str, in_en: str) -> None:
    assert formats_for("id").duration(seconds) == in_id
    assert formats_for("en").duration(seconds) == in_en


# --- the CLI's translator -------------------------------------------------------------------


@pytest.fixture
def fresh_catalogue() -> Iterator[None]:
    ts._catalogue.cache_clear()
    yield
    ts._catalogue.cache_clear()


def test_the_cli_reads_the_translations_from_the_ts(fresh_catalogue: None) -> None:
    indonesian = ts.language("id")
    assert indonesian.code == "id" and indonesian.formats.code == "id"
    assert indonesian.tr("checks", "Camera") == "Kamera"
    assert indonesian.tr("checks", "Network") == "Jaringan"
    assert indonesian.tr("checks", "no such source text") == "no such source text"
    assert indonesian.tr("no such context", "Camera") == "Camera"
    english = ts.language("en")
    assert english.code == "en" and english.tr("checks", "Camera") == "Camera"
    assert ts.language("fr").code == "en"  # a language not shipped: English


def test_the_cli_and_the_console_word_a_result_alike(
    indonesian: None, fresh_catalogue: None
) -> None:
    """The console translates through Qt's .qm, the CLI reads the .ts: the same words."""
    from vcdesk.core.checks.result import CheckResult, Status
    from vcdesk.core.words import checks

    limits = {"min_download_mbps": 10.0, "min_upload_mbps": 5.0, "max_latency_ms": 150.0,
              "max_jitter_ms": 30.0}  # fmt: skip
    slow = {"download_mbps": 4.25, "min_download_mbps": 10.0}
    results = [
        CheckResult("network", Status.FAIL, "network.download_slow", 4.25, "Mbit/s",
                    {**limits, **slow, "problems": [{"code": "network.download_slow", **slow}]}),
        CheckResult("disk", Status.FAIL, "disk.missing", None, "GB",
                    {"folder": "/srv/rekaman", "min_free_gb": 20.0}),
    ]  # fmt: skip
    for result in results:
        console = checks.check_name(result.id), checks.message(result), checks.required(result)
        with words.speaking(ts.language("id")):
            cli = checks.check_name(result.id), checks.message(result), checks.required(result)
        assert cli == console
        assert cli[1] != result.message and cli[2] != result.threshold, cli
    assert "4,2" in checks.message(results[0])


def test_only_finished_translations_of_the_real_ts_are_used(fresh_catalogue: None) -> None:
    finished: dict[tuple[str, str], str] = {}
    left_over: set[tuple[str, str]] = set()  # vanished or obsolete: lupdate keeps them
    for context in ET.parse(HERE / "vcdesk_id.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") is None and translation.text:
                finished[key] = translation.text
            elif translation.get("type") is not None:
                left_over.add(key)
    # lupdate runs with -no-obsolete, so the real file has none left over; a temporary
    # one shows they are skipped (test_an_unfinished_translation_is_not_used)
    assert len(finished) > 300
    indonesian = ts.language("id")
    for (where, source), text in finished.items():
        assert indonesian.tr(where, source) == text, source
    for where, source in left_over - set(finished):
        assert indonesian.tr(where, source) == source, source


def test_an_unfinished_translation_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_catalogue: None
) -> None:
    (tmp_path / "vcdesk_id.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>checks</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished">Mikrofon (belum diperiksa)</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation type="vanished">Prosesor lama</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation><numerusform>%n pemeriksaan</numerusform></translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    package_files = SimpleNamespace(files=lambda package: tmp_path)
    monkeypatch.setattr("vcdesk.core.words.ts.resources", package_files)
    indonesian = ts.language("id")
    assert indonesian.tr("checks", "Camera") == "Kamera"
    assert indonesian.tr("checks", "Microphone") == "Microphone"
    assert indonesian.tr("checks", "Processor") == "Processor"
    assert indonesian.tr("checks", "Memory") == "Memory"
    assert indonesian.tr("checks", "%n check(s)") == "%n check(s)"


@pytest.mark.parametrize(
    ("environ", "code"),
    [
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "en:id"}, "en"),
        ({"LANGUAGE": "id:en", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_MESSAGES": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"VCDESK_LANG": "id"}, "id"),
        ({"VCDESK_LANG": "id", "LANG": "en_US.UTF-8"}, "id"),
        ({"VCDESK_LANG": "en", "LANGUAGE": "id"}, "en"),
        ({"LANGUAGE": "", "LANG": "id_ID"}, "id"),
    ],
)
def test_system_language(environ: dict[str, str], code: str) -> None:
    assert ts.system_language(environ) == code


@pytest.mark.skipif(sys.platform == "win32", reason="Windows asks the user's UI language")
def test_no_language_set_is_english() -> None:
    assert ts.system_language({}) == "en"
