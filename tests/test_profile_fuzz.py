"""A fuzzer for the profile loader: the shipped profiles, mutated (random keys, values and
types, deep nesting, huge strings, tags, anchors and aliases, control characters), must
each give a Profile or a ProfileError whose problems say in words what is wrong; never a
traceback, never more than 2 s. The nastiest cases also go through the real
`vcdesk profile validate`, which must exit 0 or 2 and print no traceback.

VCDESK_FUZZ_EXAMPLES sets how many cases hypothesis tries (default 1000, as in CI; more for
a longer hunt)."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from tests.cli import vcdesk
from vcdesk.core.profile.load import load_profile
from vcdesk.core.profile.model import Profile
from vcdesk.core.profile.problems import ProfileError

PROFILES = sorted((Path(__file__).parent.parent / "profiles").glob("*.yaml"))
TEXTS = [p.read_text(encoding="utf-8") for p in PROFILES]
EXAMPLES = int(os.environ.get("VCDESK_FUZZ_EXAMPLES", "1000"))
PER_CASE_S = 2.0


def _safe() -> YAML:
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.width = 1 << 20
    return yaml


TREES = [_safe().load(text) for text in TEXTS]

# -- what a case is made of --------------------------------------------------------------

CONTROL = st.characters(codec="utf-8", categories=["Cc", "Cs", "Co", "Cn", "Zl", "Zp"])
ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(CONTROL, min_size=1, max_size=8),
    st.sampled_from(
        ["~nosuchuser/x", "~", "\0", "a\0b", "../../etc/passwd", "Asia", "Asia/Jakarta",
         "127.0.0.1:0", "[::1]:99999", "http://", "ftp://x", "yes", "0x1F", ".nan", "1e999"]
    ),
    st.integers(1000, 60_000).map(lambda n: "A" * n),  # huge strings
)  # fmt: skip
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**400),
    st.floats(),
    ODD_TEXT,
    st.dates(),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, loc: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [loc]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*loc, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*loc, i))
    return out


def _set(tree: Any, loc: tuple[Any, ...], value: Any) -> Any:
    if not loc:
        return value
    node = tree
    for part in loc[:-1]:
        node = node[part]
    node[loc[-1]] = value
    return tree


@st.composite
def mutated_trees(draw: st.DrawFn) -> str:
    tree = draw(st.sampled_from(TREES))
    tree = _safe().load(io.StringIO(_dump(tree)))  # a fresh copy
    for _ in range(draw(st.integers(1, 4))):
        loc = draw(st.sampled_from(_paths(tree)))
        kind = draw(st.sampled_from(["replace", "add_key", "delete", "nest"]))
        if kind == "replace":
            tree = _set(tree, loc, draw(VALUES))
        elif kind == "add_key":
            node = tree
            for part in loc:
                node = node[part]
            if isinstance(node, dict):
                node[draw(st.one_of(st.text(max_size=10), st.integers()))] = draw(VALUES)
        elif kind == "delete" and loc:
            node = tree
            for part in loc[:-1]:
                node = node[part]
            del node[loc[-1]]
        else:
            deep: Any = draw(SCALARS)
            for _ in range(draw(st.integers(10, 120))):
                deep = [deep] if draw(st.booleans()) else {"x": deep}
            tree = _set(tree, loc, deep)
    return _dump(tree)


def _dump(tree: Any) -> str:
    out = io.StringIO()
    try:
        _safe().dump(tree, out)
    except RecursionError:  # deeper than the dumper goes: the flow form, written by hand
        return "room: " + "[" * 5000 + "\n"
    return out.getvalue()


def _laughs(depth: int, width: int) -> str:
    lines = ["a0: &a0 [lol]"]
    for i in range(1, depth):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


SNIPPETS = st.one_of(
    st.sampled_from(
        [
            "  x: !!python/object/apply:os.system [echo hi]\n",
            "tz: !!binary aGVsbG8=\n",
            "room: !custom {name: x}\n",
            "schema_version: !!int '1'\n",
            "? [a, b]\n: c\n",
            "x: &anchor\n  y: *anchor\n",
            "x: *undefined\n",
            "<<: {room: {name: x}}\n",
            "%YAML 1.1\n---\n",
            "---\n---\n",
            "\t\tx: 1\n",
            '"unclosed: [1, 2\n',
            "x: " + "[" * 3000 + "\n",
            "x: " + "{a: " * 2000 + "\n",
            # YAML's other standard types and impossible dates: ruamel raises a bare
            # ValueError or AttributeError building them (found by hand, not by this fuzzer)
            "  min_fps: 2024-02-30\n",
            "  x: 2024-13-01 25:61:00\n",
            "  location: !!omap 5\n",
            "  x: !!set 5\n",
            "  x: !!pairs {a: 1}\n",
            "  x: !!binary '%%%'\n",
            "  x: !!timestamp nonsense\n",
            "  x: !!float abc\n",
            "  x: !!int 0x\n",
        ]
    ),
    st.builds(_laughs, st.integers(2, 12), st.integers(2, 10)),
    st.text(CONTROL, min_size=1, max_size=5).map(lambda t: f"room:\n  name: {t}\n"),
    st.integers(1000, 200_000).map(lambda n: "room:\n  name: " + "x" * n + "\n"),
)


@st.composite
def mutated_texts(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(TEXTS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines)))
        if draw(st.booleans()) and lines:
            del lines[min(at, len(lines) - 1)]
        lines.insert(at, draw(SNIPPETS))
    return "".join(lines)


CASES = st.one_of(mutated_trees(), mutated_texts())

# -- what must hold --------------------------------------------------------------------------


def assert_clean(path: Path) -> Profile | ProfileError:
    began = time.monotonic()
    try:
        outcome: Profile | ProfileError = load_profile(path)
    except ProfileError as exc:
        outcome = exc
        assert exc.problems
        for problem in exc.problems:
            message = problem.message
            assert message.strip(), problem
            assert "Traceback" not in message and "Traceback" not in str(problem)
    elapsed = time.monotonic() - began
    assert elapsed <= PER_CASE_S, f"{elapsed:.2f} s"
    return outcome


@settings(
    max_examples=EXAMPLES,
    deadline=None,  # measured in the test: the loader's time, not hypothesis's generating
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large, HealthCheck.large_base_example],
)  # fmt: skip
@given(CASES)
def test_any_mutated_profile_gives_a_profile_or_worded_problems(tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    assert_clean(path)


NASTIEST = {
    "billion-laughs": _laughs(12, 10),
    "deep-lists": "schema_version: 1\nroom: " + "[" * 20_000 + "\n",
    "deep-sections": "schema_version: 1\nroom:\n" + "".join(
        "  " * i + f"k{i}:\n" for i in range(1, 400)
    ),
    "huge-time-zone": "schema_version: 1\nroom:\n  name: x\n  timezone: " + "A" * 5000 + "\n",
    "nul-and-unknown-user": (
        "schema_version: 1\nroom:\n  name: x\nconversion:\n  output_dir: \"\\0\"\n"
        "  watch_dirs: [\"~nosuchuser/x\"]\nschedule:\n  ics: \"~nosuchuser/a.ics\"\n"
    ),
    "python-tag": "schema_version: 1\nroom: !!python/object/apply:os.system [echo owned]\n",
    "impossible-date": "schema_version: 1\nroom:\n  name: x\ncamera:\n  min_fps: 2024-02-30\n",
    "omap-scalar": "schema_version: 1\nroom:\n  name: x\n  location: !!omap 5\n",
    "control-characters": "schema_version: 1\nroom:\n  name: \"\\x07\\x1b[31m\\u2028\"\n",
    "huge-string": "schema_version: 1\nroom:\n  name: " + "x" * 990_000 + "\n",
    "shipped": TEXTS[0],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(NASTIEST))
def test_the_nastiest_cases_through_the_real_cli(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(NASTIEST[name], encoding="utf-8")
    assert_clean(path)
    began = time.monotonic()
    done = vcdesk("profile", "validate", str(path), timeout=60)
    elapsed = time.monotonic() - began
    out = done.stdout + done.stderr
    assert done.returncode in (0, 2), out
    assert "Traceback" not in out and "Error:" not in out.split(":", 1)[0], out
    assert out.strip(), "no words at all"
    if name == "shipped":
        assert done.returncode == 0, out
    elif name != "control-characters":  # escaped control characters are valid text
        assert done.returncode == 2, out
    assert elapsed < 30, f"{elapsed:.1f} s"
