"""Validation problems of a room profile: where (`PATH:LINE: FIELD`) and what is wrong, as a
stable code and the values its words need (what was expected, what was found).

Every place a problem is shown puts it the same way (`Problem.located`): `PATH:LINE: FIELD:
message` for an option, `PATH:LINE: message` for a problem of the file, its YAML or the
profile as a whole (their markers are no words to show), `PATH: message` when the file could
not be read at all (line 0 is no line).

Core words none of them: vcdesk.core.words.profile does, in the current language when a
problem is shown (`problem_line`), in English for `message` and str() (logs, tests)."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

# How a found value is named: a kind, worded in vcdesk.core.words.profile, and the value.
NOTHING, BOOL, NUMBER, TEXT, LIST, SECTION, DATE, OTHER = (
    "nothing", "bool", "number", "text", "list", "section", "date", "other",
)  # fmt: skip
FOUND_KINDS = (NOTHING, BOOL, NUMBER, TEXT, LIST, SECTION, DATE, OTHER)

HUGE = 1e15  # a number this large is named "far too large", not written out
SHOWN_TEXT = 60  # found text longer than this is cut

# The field of a problem with no option: a marker, for code to tell such problems apart;
# never shown (English words in any language), see Problem.place.
FILE = "(file)"  # the file itself
YAML_FIELD = "(yaml)"  # its YAML syntax
PROFILE_FIELD = "(profile)"  # the profile as a whole
MARKERS = frozenset({FILE, YAML_FIELD, PROFILE_FIELD})


@dataclasses.dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 when the file itself could not be read
    field: str  # dotted path in the profile, or one of MARKERS
    code: str = "invalid"
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    @property
    def message(self) -> str:
        """What is wrong, in English (the words of vcdesk.core.words.profile)."""
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.profile import problem_message

        with speaking(ENGLISH):
            return problem_message(self)

    def place(self, path: str | None = None) -> str:
        """Where the problem is: `PATH:LINE: FIELD`, `PATH:LINE` for a marker, `PATH` for
        line 0. `path` shows the file otherwise (a page shows the file's name only)."""
        where = self.path if path is None else path
        if self.line > 0:
            where = f"{where}:{self.line}"
        if self.field and self.field not in MARKERS:
            where = f"{where}: {self.field}"
        return where

    def located(self, message: str, path: str | None = None) -> str:
        """`message` (what is wrong, in any language) after the problem's place."""
        return f"{self.place(path)}: {message}"

    def __str__(self) -> str:
        return self.located(self.message)


class ProfileError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def found(value: Any) -> dict[str, Any]:
    """The params naming a found value: its kind ("found") and, where it tells something,
    the value itself ("value": plain, so a problem's params stay JSON)."""
    if value is None:
        return {"found": NOTHING}
    if isinstance(value, bool):
        return {"found": BOOL, "value": value}
    if isinstance(value, int | float):
        plain = int(value) if isinstance(value, int) else float(value)  # not ruamel's types
        return {"found": NUMBER, "value": plain}  # from HUGE on: "a number far too large"
    if isinstance(value, str):
        shown = value if len(value) <= SHOWN_TEXT else value[: SHOWN_TEXT - 3] + "..."
        return {"found": TEXT, "value": str(shown)}
    if isinstance(value, tuple | list):
        return {"found": LIST}
    if isinstance(value, dict):
        return {"found": SECTION}
    if isinstance(value, datetime.date):
        return {"found": DATE, "value": value.isoformat()}
    return {"found": OTHER, "value": type(value).__name__}


# The kinds of value an option expects, by pydantic's error type; worded in
# vcdesk.core.words.profile.
WHOLE_NUMBER, ANY_NUMBER, TEXT_VALUE, YES_NO, A_LIST, A_SECTION, NO_VALUE = (
    "whole_number", "number", "text", "bool", "list", "section", "nothing",
)  # fmt: skip
EXPECTED_KINDS = (WHOLE_NUMBER, ANY_NUMBER, TEXT_VALUE, YES_NO, A_LIST, A_SECTION, NO_VALUE)

_EXPECTED = {
    "int_type": WHOLE_NUMBER,
    "int_parsing": WHOLE_NUMBER,
    "float_type": ANY_NUMBER,
    "string_type": TEXT_VALUE,
    "bool_type": YES_NO,
    "tuple_type": A_LIST,
    "list_type": A_LIST,
    "model_type": A_SECTION,
    "model_attributes_type": A_SECTION,
    "dict_type": A_SECTION,
    "none_required": NO_VALUE,
    "is_instance_of": TEXT_VALUE,
}

# pydantic's bound -> (its ctx key, the sign)
_BOUNDS = {
    "greater_than_equal": ("ge", "≥"),
    "greater_than": ("gt", ">"),
    "less_than_equal": ("le", "≤"),
    "less_than": ("lt", "<"),
}

# The model's own validators (vcdesk.core.profile.model) raise these error types, their
# values in the error's ctx.
CUSTOM = (
    "bad_host_port",
    "bad_time_zone",
    "bad_url",
    "path_nul",
    "path_unknown_user",
    "path_symlink_loop",
    "bad_kind",
    "duplicate_kind",
    "sop_unknown_kind",
    "duplicate_licence",
    "rupiah_not_whole",
    "rupiah_text",
)


def expected_for(error_type: str) -> str | None:
    """The kind of value (one of EXPECTED_KINDS) a type error of pydantic's expects."""
    return _EXPECTED.get(error_type)


def code_for(
    error_type: str, ctx: dict[str, Any], value: Any, msg: str
) -> tuple[str, dict[str, Any]]:
    """(code, params) for one pydantic error."""
    if error_type in _EXPECTED:
        return "wrong_type", {"expected": [_EXPECTED[error_type]], **found(value)}
    if error_type in _BOUNDS:
        key, sign = _BOUNDS[error_type]
        return "out_of_range", {"sign": sign, "bound": ctx[key], **found(value)}
    if error_type == "finite_number":
        return "not_finite", found(value)
    if error_type == "literal_error":
        return "not_allowed", allowed(_listed(str(ctx.get("expected", ""))), value)
    if error_type == "string_too_short":
        if ctx.get("min_length") == 1:
            return "empty", {}
        return "too_short", {"min": ctx["min_length"]}
    if error_type == "string_too_long":
        return "too_long", {"max": ctx["max_length"], "length": len(value)}
    if error_type == "missing":
        return "missing", {}
    if error_type in CUSTOM:
        return error_type, dict(ctx)
    # Not a type the schema makes (a newer pydantic's?): pydantic's own words, as detail.
    return "invalid", {"detail": msg.removeprefix("Value error, "), **found(value)}


def allowed(values: list[str], value: Any) -> dict[str, Any]:
    """The params of a value that is not one of `values` (as the file would write them)."""
    case = {"case": "one"} if len(values) == 1 else {}
    return {**case, "allowed": values, **found(value)}


def _listed(expected: str) -> list[str]:
    """The values a Literal allows, as pydantic lists them: "'a', 'b' or 'c'"."""
    head, _, last = expected.rpartition(" or ")
    return [*(v for v in head.split(", ") if v), last] if head else [expected]
