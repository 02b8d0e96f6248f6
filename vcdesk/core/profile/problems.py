"""Validation problems, worded as `PATH:LINE: FIELD.PATH: message` (what was expected, what
was found). Each keeps a stable code and its values so the UI can word it in Indonesian."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any


@dataclasses.dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 when the file itself could not be read
    field: str  # dotted path in the profile, or "(file)" / "(yaml)"
    message: str
    code: str = "invalid"
    params: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class ProfileError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def describe(value: Any) -> str:
    """How a found value is named in a message."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (yes/no)"
    if isinstance(value, int | float):
        return f"the number {value!r}" if abs(value) < 1e15 else "a number far too large"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"text {shown!r}"
    if isinstance(value, tuple | list):
        return "a list"
    if isinstance(value, dict):
        return "a section (key: value lines)"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    return f"a value of type {type(value).__name__}"


_TYPE_WORDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "float_type": "a number",
    "string_type": "text",
    "bool_type": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_type": "a section (key: value lines)",
    "model_attributes_type": "a section (key: value lines)",
    "dict_type": "a section (key: value lines)",
    "none_required": "nothing",
    "is_instance_of": "text",
}

_BOUNDS = {
    "greater_than_equal": ("ge", ">="),
    "greater_than": ("gt", ">"),
    "less_than_equal": ("le", "<="),
    "less_than": ("lt", "<"),
}


def expected_for(error_type: str) -> str | None:
    return _TYPE_WORDS.get(error_type)


def word_error(error_type: str, ctx: dict[str, Any], found: Any, msg: str) -> tuple[str, str]:
    """(code, message) for one pydantic error."""
    if error_type in _TYPE_WORDS:
        return "wrong_type", f"expected {_TYPE_WORDS[error_type]}, found {describe(found)}"
    if error_type in _BOUNDS:
        key, sign = _BOUNDS[error_type]
        return "out_of_range", f"expected a number {sign} {ctx[key]}, found {describe(found)}"
    if error_type == "finite_number":
        return "out_of_range", f"expected a finite number, found {describe(found)}"
    if error_type == "literal_error":
        return "not_allowed", f"expected one of {ctx['expected']}, found {describe(found)}"
    if error_type == "string_too_short":
        if ctx.get("min_length") == 1:
            return "empty", "expected some text, found an empty value"
        return "too_short", f"expected at least {ctx['min_length']} characters"
    if error_type == "string_too_long":
        return "too_long", f"expected at most {ctx['max_length']} characters, found {len(found)}"
    if error_type == "missing":
        return "missing", "required, but missing"
    if error_type == "value_error":
        return "invalid", msg.removeprefix("Value error, ")
    return "invalid", f"{msg}, found {describe(found)}"
