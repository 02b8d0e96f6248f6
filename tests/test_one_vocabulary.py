"""The presets are declared once (vcdesk.core.convert.presets.CATALOGUE): the profile's schema,
the CLI's choices, the estimator and the console's words read it, and no other module of the
program spells a preset's name."""

from __future__ import annotations

import re
from typing import get_args

from tests.cli import ROOT, vcdesk
from vcdesk.core.convert.presets import BY_NAME, CATALOGUE, PRESETS, preset_label
from vcdesk.core.profile.model import Conversion
from vcdesk.core.schedule.estimate import preset_speed
from vcdesk.core.words import ENGLISH, speaking


def test_the_schema_the_estimator_and_the_words_read_the_catalogue() -> None:
    assert get_args(Conversion.model_fields["preset"].annotation) == PRESETS
    assert set(BY_NAME) == set(PRESETS) and len(CATALOGUE) == len(PRESETS)
    for preset in CATALOGUE:
        assert preset_speed(preset.name, []) == preset.speed
    with speaking(ENGLISH):
        assert preset_label("h264-720p") == "H.264, 720p"
        assert preset_label("tidak-ada") == "tidak-ada"


def test_the_cli_offers_the_catalogue() -> None:
    helped = vcdesk("queue", "add", "--help").stdout
    assert "{" + ",".join(PRESETS) + "}" in helped.replace("\n", "").replace(" ", "")


def test_no_other_module_spells_a_presets_name() -> None:
    names = [p.name for p in CATALOGUE if p.name != "remux"]  # "remux" is also a verb
    pattern = re.compile("|".join(re.escape(f'"{n}"') for n in names))
    home = ROOT / "vcdesk" / "core" / "convert" / "presets.py"
    found = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "vcdesk").rglob("*.py"))
        if path != home and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
