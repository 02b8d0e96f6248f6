"""The words of a room profile's problems, as `vcdesk profile validate` (and every command
that reads a profile) prints them and the console's Room profiles page shows them:
"PATH:LINE: FIELD: what is wrong".

vcdesk.core.profile hands out each problem as a code and its values (vcdesk.core.profile.
problems): what was expected (the kinds of value, the bound and its sign, the values
allowed) and what was found (a kind and the value). The words are chosen here, when shown,
in the current language: `problem_message(problem)`, `problem_line(problem)`. A code's
`params["case"]` picks one of its wordings. Templates are str.format() strings marked with
QT_TRANSLATE_NOOP("profile", ...); numbers are written the current language's way. What
YAML or the system said (`detail`) is shown as it was said, inside a translated sentence.
tests/test_words_profile.py checks that every problem core can give has words here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, current, fill, tr, yaml_problems
from vcdesk.core.words.templates import Templates, unworded

if TYPE_CHECKING:
    from vcdesk.core.profile.problems import Problem

CONTEXT = "profile"

Words = str | Mapping[str, str]  # one template, or one per case ("" when none is given)

_PROBLEMS: dict[str, Words] = {
    # --- the file ----------------------------------------------------------------------
    "not_found": QT_TRANSLATE_NOOP("profile", "no such file"),
    "not_a_file": QT_TRANSLATE_NOOP("profile", "is a folder; expected a .yaml file"),
    "unreadable": {
        "": QT_TRANSLATE_NOOP("profile", "cannot read the file: {detail}"),
        "permission": QT_TRANSLATE_NOOP("profile", "permission denied: cannot read the file"),
    },
    "too_large": QT_TRANSLATE_NOOP("profile", "larger than {max_bytes}; not a room profile"),
    "not_utf8": QT_TRANSLATE_NOOP(
        "profile", "not UTF-8 text (byte {byte}); save the file as UTF-8"
    ),
    "empty_file": QT_TRANSLATE_NOOP(
        "profile", "the file is empty; expected a room profile (see profiles/example.yaml)"
    ),
    "not_a_profile": {
        "list": QT_TRANSLATE_NOOP(
            "profile", "expected a room profile (key: value lines), found a list"
        ),
        "value": QT_TRANSLATE_NOOP(
            "profile", "expected a room profile (key: value lines), found a single value"
        ),
    },
    "save_failed": {
        "unchanged": QT_TRANSLATE_NOOP(
            "profile", "could not save: {detail}; the file on disk is unchanged"
        ),
        "nothing_written": QT_TRANSLATE_NOOP(
            "profile", "could not save: {detail}; nothing was written"
        ),
        "no_free_name": QT_TRANSLATE_NOOP("profile", "no free file name for {stem!r}"),
    },
    "unwritable": {
        "delete": QT_TRANSLATE_NOOP("profile", "could not delete: {detail}"),
    },
    # --- YAML ---------------------------------------------------------------------------
    "yaml_syntax": QT_TRANSLATE_NOOP("profile", "not valid YAML: {detail}"),
    "yaml_unclosed": {
        "list": QT_TRANSLATE_NOOP(
            "profile", "a list opened here with {open} is never closed; close it with {close}"
        ),
        "section": QT_TRANSLATE_NOOP(
            "profile", "a section opened here with {open} is never closed; close it with {close}"
        ),
        "quote": QT_TRANSLATE_NOOP(
            "profile", "a text opened here with {open} is never closed; close it with {close}"
        ),
    },
    "yaml_tab": QT_TRANSLATE_NOOP(
        "profile", "a tab character; YAML is indented with spaces, not tabs"
    ),
    "yaml_duplicate_key": QT_TRANSLATE_NOOP(
        "profile", "duplicate key {key!r}: each option may appear only once"
    ),
    "yaml_control": QT_TRANSLATE_NOOP(
        "profile",
        "a control character ({character}) that YAML text cannot hold; is this a binary file?",
    ),
    "too_many_values": QT_TRANSLATE_NOOP(
        "profile", "more than {limit:,} values (aliases?); not a room profile"
    ),
    "tag_not_allowed": QT_TRANSLATE_NOOP(
        "profile", "YAML tags (!...) are not allowed in a room profile"
    ),
    "bad_key": QT_TRANSLATE_NOOP("profile", "option names must be text, found {found}"),
    # --- the options --------------------------------------------------------------------
    "unknown_key": {
        "": QT_TRANSLATE_NOOP("profile", "unknown option {key!r}; expected one of: {options}"),
        "hint": QT_TRANSLATE_NOOP("profile", "unknown option {key!r}; did you mean {hint!r}?"),
        "alone": QT_TRANSLATE_NOOP("profile", "unknown option {key!r}"),
    },
    "missing": {
        "": QT_TRANSLATE_NOOP("profile", "required, but missing"),
        "schema_version": QT_TRANSLATE_NOOP(
            "profile", "required, but missing; add `schema_version: {version}` at the top"
        ),
    },
    "too_new": QT_TRANSLATE_NOOP(
        "profile",
        "this profile is for schema {version}, made by a newer vcdesk; this one reads up to "
        "{supported}: update vcdesk",
    ),
    "wrong_type": QT_TRANSLATE_NOOP("profile", "expected {expected}, found {found}"),
    "out_of_range": QT_TRANSLATE_NOOP("profile", "expected a number {sign} {bound}, found {found}"),
    "not_finite": QT_TRANSLATE_NOOP("profile", "expected a finite number, found {found}"),
    "not_allowed": {
        "": QT_TRANSLATE_NOOP("profile", "expected one of {allowed}, found {found}"),
        "one": QT_TRANSLATE_NOOP("profile", "expected {allowed}, found {found}"),
    },
    "empty": QT_TRANSLATE_NOOP("profile", "expected some text, found an empty value"),
    "too_short": QT_TRANSLATE_NOOP("profile", "expected at least {min} characters"),
    "too_long": QT_TRANSLATE_NOOP("profile", "expected at most {max} characters, found {length}"),
    "bad_host_port": QT_TRANSLATE_NOOP(
        "profile", "expected host:port with a port from 1 to 65535, found {value!r}"
    ),
    "bad_time_zone": QT_TRANSLATE_NOOP(
        "profile",
        "unknown time zone {value!r}; expected e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura",
    ),
    "bad_url": QT_TRANSLATE_NOOP("profile", "expected an http:// or https:// URL, found {value!r}"),
    "path_nul": QT_TRANSLATE_NOOP("profile", "a path cannot hold a nul character, found {value!r}"),
    "path_unknown_user": QT_TRANSLATE_NOOP(
        "profile",
        "{value!r} names the home folder of {user!r}, but this computer has no such user",
    ),
    "path_symlink_loop": QT_TRANSLATE_NOOP(
        "profile", "{value!r} is a loop of symbolic links; point it at a real folder or file"
    ),
    # --- meetings, licences, savings -------------------------------------------------------
    "bad_kind": QT_TRANSLATE_NOOP(
        "profile",
        "expected a meeting kind in lowercase: a letter, then letters, digits, - or _ (at most "
        "32), found {value!r}",
    ),
    "duplicate_kind": QT_TRANSLATE_NOOP(
        "profile", "{value!r} is listed twice; each meeting kind may appear only once"
    ),
    "sop_unknown_kind": QT_TRANSLATE_NOOP(
        "profile",
        "SOP items for {value!r}, which is not a meeting kind of this room; expected one of: "
        "{options} (meetings.kinds)",
    ),
    "duplicate_licence": QT_TRANSLATE_NOOP(
        "profile", "a second licence named {value!r}; each licence needs its own name"
    ),
    "rupiah_not_whole": QT_TRANSLATE_NOOP(
        "profile",
        "expected whole rupiah written without dots or commas (e.g. 15000000), found {found}",
    ),
    "rupiah_text": QT_TRANSLATE_NOOP(
        "profile",
        "expected whole rupiah as a number, found text {value!r}; write {hint} (no dots, "
        "commas or Rp)",
    ),
    "not_a_licences_file": QT_TRANSLATE_NOOP(
        "profile", "expected a licences file (licences: and savings: lines), found {found}"
    ),
    # A pydantic error the schema does not make: pydantic's own words.
    "invalid": QT_TRANSLATE_NOOP("profile", "{detail}, found {found}"),
}

# What an option expects: vcdesk.core.profile.problems.EXPECTED_KINDS
_EXPECTED = {
    "whole_number": QT_TRANSLATE_NOOP("profile", "a whole number"),
    "number": QT_TRANSLATE_NOOP("profile", "a number"),
    "text": QT_TRANSLATE_NOOP("profile", "text"),
    "bool": QT_TRANSLATE_NOOP("profile", "true or false"),
    "list": QT_TRANSLATE_NOOP("profile", "a list"),
    "section": QT_TRANSLATE_NOOP("profile", "a section (key: value lines)"),
    "nothing": QT_TRANSLATE_NOOP("profile", "nothing"),
}

# What was found: vcdesk.core.profile.problems.FOUND_KINDS, with the value
_FOUND = {
    "nothing": QT_TRANSLATE_NOOP("profile", "nothing (an empty value)"),
    "bool": QT_TRANSLATE_NOOP("profile", "{value} (yes/no)"),
    "number": QT_TRANSLATE_NOOP("profile", "the number {value}"),
    "text": QT_TRANSLATE_NOOP("profile", "text {value!r}"),
    "list": QT_TRANSLATE_NOOP("profile", "a list"),
    "section": QT_TRANSLATE_NOOP("profile", "a section (key: value lines)"),
    "date": QT_TRANSLATE_NOOP("profile", "a date ({value})"),
    "other": QT_TRANSLATE_NOOP("profile", "a value of type {value}"),
}
_HUGE_NUMBER = QT_TRANSLATE_NOOP("profile", "a number far too large")
_EITHER = QT_TRANSLATE_NOOP("profile", "{items} or {last}")  # "a, b or c"


def _tr(text: str) -> str:
    return tr(CONTEXT, text)


_TABLE = Templates(CONTEXT, _PROBLEMS)
has_words = _TABLE.has_words
worded = _TABLE.worded


def _word(code: str, params: Mapping[str, Any]) -> str | None:
    """The words for a problem, or None where there are none or the values do not fit."""
    return _TABLE.word(code, str(params.get("case") or ""), _values(params))


def problem_message(problem: Problem) -> str:
    """What is wrong, in the current language. A code without words shows as itself, with
    what YAML or the system said: never blank."""
    text = _word(problem.code, problem.params)
    return text if text is not None else unworded(problem.code, problem.params)


def problem_line(problem: Problem) -> str:
    """ "PATH:LINE: FIELD: what is wrong", placed as Problem's str() has it (`located`), in
    the current language."""
    return problem.located(problem_message(problem))


def found_words(kind: str, value: Any = None) -> str:
    """A found value named: "the number 150", "text 'wide'", "a list"..."""
    from vcdesk.core.profile.problems import HUGE

    if kind == "number" and isinstance(value, int | float) and abs(value) >= HUGE:
        return _tr(_HUGE_NUMBER)
    if kind == "bool":
        value = "true" if value else "false"  # as YAML writes it
    template = _FOUND.get(kind)
    return fill(_tr(template), value=value) if template else str(value)


def expected_words(kinds: Sequence[str]) -> str:
    """ "a whole number or text": the kinds of value an option takes."""
    return either([_tr(_EXPECTED[k]) if k in _EXPECTED else str(k) for k in kinds])


def either(items: Sequence[str]) -> str:
    """ "a, b or c" in the current language."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return fill(_tr(_EITHER), items=", ".join(items[:-1]), last=items[-1])


# --- values written the current language's way --------------------------------------------


def _values(params: Mapping[str, Any]) -> dict[str, Any]:
    values = dict(params)
    if yaml_problems.KEY in values:
        # ruamel's own text, named by a code: worded here; ruamel's English where it is not.
        values["detail"] = yaml_problems.yaml_words(values) or values.get("detail")
    if "found" in values:
        values["found"] = found_words(str(values["found"]), values.get("value"))
    if "expected" in values:
        values["expected"] = expected_words(values["expected"])
    if "allowed" in values:
        values["allowed"] = either([str(v) for v in values["allowed"]])
    if "options" in values:
        values["options"] = ", ".join(str(v) for v in values["options"])
    if "bound" in values:
        bound = values["bound"]
        if isinstance(bound, float) and bound.is_integer():
            values["bound"] = int(bound)  # "≤ 100", as the admin would write it
    if "max_bytes" in values:
        values["max_bytes"] = current().formats.size(float(values["max_bytes"]))
    return values
