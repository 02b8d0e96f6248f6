"""Every visible string has its Bahasa Indonesia translation, and the .ts is in sync."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from vcdesk.i18n import HERE
from vcdesk.i18n.__main__ import sources, tool


def sources_in_code(tmp_path: Path) -> set[tuple[str, str]]:
    fresh = tmp_path / "fresh_id.ts"
    subprocess.run(
        [tool("lupdate"), "-silent", "-locations", "none", *sources(), "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in ET.parse(fresh).iter("context")
        for msg in ctx.iter("message")
    }


def test_every_ui_string_is_translated_to_indonesian(tmp_path: Path) -> None:
    in_code = sources_in_code(tmp_path)
    assert in_code, "lupdate found no tr() strings"
    translated = {}
    for ctx in ET.parse(HERE / "vcdesk_id.ts").iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if (
                tr is not None
                and tr.get("type") not in ("unfinished", "vanished", "obsolete")
                and "".join(tr.itertext()).strip()  # plural forms sit in <numerusform>
            ):
                translated[(ctx.findtext("name"), msg.findtext("source"))] = "".join(tr.itertext())
    missing = sorted(in_code - set(translated))
    assert missing == [], (
        f"untranslated (run python -m vcdesk.i18n update, then translate): {missing}"
    )
    for (_, source), text in translated.items():
        assert source.count("%1") == text.count("%1"), (source, text)
