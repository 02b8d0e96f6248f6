"""ruamel.yaml's own words for broken YAML, as codes with values, worded in the current
language: "expected <block end>, but found '<block mapping start>'" is shown to an
Indonesian operator as "seharusnya akhir blok, tetapi ditemukan awal bagian baru".

ruamel says what is wrong in a MarkedYAMLError's `problem` (and where it was, what it was
reading, in `context`): texts from a finite set in its scanner, parser, composer and
constructor, with a value or two (a token such as '<block end>', a character such as '\\t',
a kind of node, a name from the file). Each text is written below once, as the English
template of its code: the same words ruamel uses, its values as {placeholders}, so English
reads exactly as ruamel said it, and the template is also the pattern the text is matched
by (`yaml_problem`). A text not here (a newer ruamel's) keeps today's words: ruamel's own,
as the problem's `detail`. tests/test_yaml_words.py lists which of ruamel's texts are here.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from functools import cache
from typing import Any

from vcdesk.core.words import QT_TRANSLATE_NOOP, fill, tr

CONTEXT = "profile"
KEY = "yaml"  # the params key naming the code of ruamel's text

# code -> ruamel's text, its values as {placeholders} (a literal brace doubled, as format
# writes it). The placeholders: token (a token's repr, '<block end>'), character (a
# character's repr, '\t'), node (scalar, sequence, mapping), number, and names from the file
# (alias, handle, tag, key, text) or from Python (depth, reason), shown as they are.
_TEXTS: dict[str, str] = {
    # --- scanner: characters -----------------------------------------------------------------
    "character_cannot_start": QT_TRANSLATE_NOOP(
        "profile", "found character {character} that cannot start any token"
    ),
    "key_without_colon": QT_TRANSLATE_NOOP("profile", "could not find expected ':'"),
    "sequence_entry_here": QT_TRANSLATE_NOOP("profile", "sequence entries are not allowed here"),
    "mapping_key_here": QT_TRANSLATE_NOOP("profile", "mapping keys are not allowed here"),
    "mapping_value_here": QT_TRANSLATE_NOOP("profile", "mapping values are not allowed here"),
    "expected_name_character": QT_TRANSLATE_NOOP(
        "profile", "expected alphabetic or numeric character, but found {character}"
    ),
    "expected_digit_or_dot": QT_TRANSLATE_NOOP(
        "profile", "expected a digit or '.', but found {character}"
    ),
    "expected_digit": QT_TRANSLATE_NOOP("profile", "expected a digit, but found {character}"),
    "expected_space": QT_TRANSLATE_NOOP("profile", "expected ' ', but found {character}"),
    "expected_comment_or_line_end": QT_TRANSLATE_NOOP(
        "profile", "expected a comment or a line break, but found {character}"
    ),
    "expected_block_indicator": QT_TRANSLATE_NOOP(
        "profile", "expected chomping or indentation indicators, but found {character}"
    ),
    "block_indent_zero": QT_TRANSLATE_NOOP(
        "profile", "expected indentation indicator in the range 1-9, but found 0"
    ),
    "block_more_indented": QT_TRANSLATE_NOOP(
        "profile", "more indented follow up line than first in a block scalar"
    ),
    "unexpected_end": QT_TRANSLATE_NOOP("profile", "found unexpected end of stream"),
    "unexpected_document_separator": QT_TRANSLATE_NOOP(
        "profile", "found unexpected document separator"
    ),
    "unexpected_colon": QT_TRANSLATE_NOOP("profile", "found unexpected ':'"),
    "tag_expected_bang": QT_TRANSLATE_NOOP("profile", "expected '!', but found {character}"),
    "tag_handle_expected_bang": QT_TRANSLATE_NOOP("profile", "expected '!' but found {character}"),
    "tag_expected_uri": QT_TRANSLATE_NOOP("profile", "expected URI, but found {character}"),
    "tag_expected_close": QT_TRANSLATE_NOOP("profile", "expected '>' but found {character}"),
    "tag_uri_escape": QT_TRANSLATE_NOOP(
        "profile",
        "expected URI escape sequence of 2 hexdecimal numbers, but found {character}",
    ),
    "escape_hex": QT_TRANSLATE_NOOP(
        "profile",
        "expected escape sequence of {number} hexdecimal numbers, but found {character}",
    ),
    "escape_unknown": QT_TRANSLATE_NOOP("profile", "found unknown escape character {character}"),
    # --- parser: tokens ----------------------------------------------------------------------
    "expected_block_end": QT_TRANSLATE_NOOP("profile", "expected <block end>, but found {token}"),
    "expected_document_start": QT_TRANSLATE_NOOP(
        "profile", "expected '<document start>', but found ({token},)"
    ),
    "after_document_end": QT_TRANSLATE_NOOP(
        "profile", "found non-comment content after document end marker, ({token},)"
    ),
    "undefined_tag_handle": QT_TRANSLATE_NOOP("profile", "found undefined tag handle {handle}"),
    "duplicate_yaml_directive": QT_TRANSLATE_NOOP("profile", "found duplicate YAML directive"),
    "yaml_version": QT_TRANSLATE_NOOP(
        "profile", "found incompatible YAML document (version 1.* is required)"
    ),
    "duplicate_tag_handle": QT_TRANSLATE_NOOP("profile", "duplicate tag handle {handle}"),
    "flow_sequence_expected": QT_TRANSLATE_NOOP("profile", "expected ',' or ']', but got {token}"),
    "flow_mapping_expected": QT_TRANSLATE_NOOP("profile", "expected ',' or '}}', but got {token}"),
    "expected_node": QT_TRANSLATE_NOOP("profile", "expected the node content, but found {token}"),
    # --- composer ----------------------------------------------------------------------------
    "another_document": QT_TRANSLATE_NOOP("profile", "but found another document"),
    "too_deep_structure": QT_TRANSLATE_NOOP(
        "profile",
        "maximum depth of data structure exceeded ({depth}), if necessary increase "
        "YAML().max_depth",
    ),
    "undefined_alias": QT_TRANSLATE_NOOP("profile", "found undefined alias {alias}"),
    # --- constructor -------------------------------------------------------------------------
    "unknown_tag": QT_TRANSLATE_NOOP(
        "profile", "could not determine a constructor for the tag {tag}"
    ),
    "expected_scalar_node": QT_TRANSLATE_NOOP(
        "profile", "expected a scalar node, but found {node}"
    ),
    "expected_sequence_node": QT_TRANSLATE_NOOP(
        "profile", "expected a sequence node, but found {node}"
    ),
    "expected_mapping_node": QT_TRANSLATE_NOOP(
        "profile", "expected a mapping node, but found {node}"
    ),
    "expected_sequence": QT_TRANSLATE_NOOP("profile", "expected a sequence, but found {node}"),
    "expected_one_pair": QT_TRANSLATE_NOOP(
        "profile", "expected a mapping of length 1, but found {node}"
    ),
    "expected_one_item": QT_TRANSLATE_NOOP(
        "profile", "expected a single mapping item, but found {number} items"
    ),
    "bad_timestamp": QT_TRANSLATE_NOOP("profile", 'failed to construct timestamp from "{text}"'),
    "binary_not_ascii": QT_TRANSLATE_NOOP(
        "profile", "failed to convert base64 data into ascii: {reason}"
    ),
    "binary_not_base64": QT_TRANSLATE_NOOP("profile", "failed to decode base64 data: {reason}"),
    "set_duplicate_key": QT_TRANSLATE_NOOP("profile", 'found duplicate key "{key}"'),
    "unhashable_key": QT_TRANSLATE_NOOP("profile", "found unhashable key"),
    "duplicate_merge_key": QT_TRANSLATE_NOOP("profile", 'found duplicate merge key "<<"'),
    "merge_expected": QT_TRANSLATE_NOOP(
        "profile", "expected a mapping or list of mappings for merging, but found {node}"
    ),
    "merge_expected_mapping": QT_TRANSLATE_NOOP(
        "profile", "expected a mapping for merging, but found {node}"
    ),
    # Python's, for brackets nested too deep (vcdesk.core.profile.load refuses them early).
    "too_deep": QT_TRANSLATE_NOOP("profile", "maximum recursion depth exceeded"),
}

# A token as ruamel names it (its repr, quotes and all) -> its words.
_TOKENS = {
    "'<stream start>'": QT_TRANSLATE_NOOP("profile", "'<stream start>'"),
    "'<stream end>'": QT_TRANSLATE_NOOP("profile", "'<stream end>'"),
    "'<document start>'": QT_TRANSLATE_NOOP("profile", "'<document start>'"),
    "'<document end>'": QT_TRANSLATE_NOOP("profile", "'<document end>'"),
    "'<directive>'": QT_TRANSLATE_NOOP("profile", "'<directive>'"),
    "'<block sequence start>'": QT_TRANSLATE_NOOP("profile", "'<block sequence start>'"),
    "'<block mapping start>'": QT_TRANSLATE_NOOP("profile", "'<block mapping start>'"),
    "'<block end>'": QT_TRANSLATE_NOOP("profile", "'<block end>'"),
    "'['": QT_TRANSLATE_NOOP("profile", "'['"),
    "']'": QT_TRANSLATE_NOOP("profile", "']'"),
    "'{'": QT_TRANSLATE_NOOP("profile", "'{'"),
    "'}'": QT_TRANSLATE_NOOP("profile", "'}'"),
    "'?'": QT_TRANSLATE_NOOP("profile", "'?'"),
    "':'": QT_TRANSLATE_NOOP("profile", "':'"),
    "'-'": QT_TRANSLATE_NOOP("profile", "'-'"),
    "','": QT_TRANSLATE_NOOP("profile", "','"),
    "'<alias>'": QT_TRANSLATE_NOOP("profile", "'<alias>'"),
    "'<anchor>'": QT_TRANSLATE_NOOP("profile", "'<anchor>'"),
    "'<tag>'": QT_TRANSLATE_NOOP("profile", "'<tag>'"),
    "'<scalar>'": QT_TRANSLATE_NOOP("profile", "'<scalar>'"),
    "'<comment>'": QT_TRANSLATE_NOOP("profile", "'<comment>'"),
}

# A character as ruamel names it (its repr) -> its words, for the ones a reader cannot see;
# any other character is shown as it is ('@').
_CHARACTERS = {
    "'\\t'": QT_TRANSLATE_NOOP("profile", "'\\t'"),
    "' '": QT_TRANSLATE_NOOP("profile", "' '"),
    "'\\n'": QT_TRANSLATE_NOOP("profile", "'\\n'"),
    "'\\r'": QT_TRANSLATE_NOOP("profile", "'\\r'"),
    "'\\x00'": QT_TRANSLATE_NOOP("profile", "'\\x00'"),  # the reader's end of the text
}

# A kind of node as ruamel names it -> its words.
_NODES = {
    "scalar": QT_TRANSLATE_NOOP("profile", "scalar"),
    "sequence": QT_TRANSLATE_NOOP("profile", "sequence"),
    "mapping": QT_TRANSLATE_NOOP("profile", "mapping"),
}

_WORDED_VALUES = {"token": _TOKENS, "character": _CHARACTERS, "node": _NODES}

# What each placeholder matches: tight where a value is one of ruamel's names, so one text
# never fits two templates; anything for names from the file.
_VALUE_PATTERNS = {
    "token": r"'[^']*'",
    "character": r"'(?:[^'\\]|\\[^']+)'|\"'\"",
    "node": r"scalar|sequence|mapping",
    "number": r"\d+",
}


def texts() -> dict[str, str]:
    """code -> ruamel's text with its values as {placeholders} (the English template)."""
    return dict(_TEXTS)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    patterns = {}
    for code, text in _TEXTS.items():
        regex = ""
        for literal, name, _spec, _conversion in string.Formatter().parse(text):
            regex += re.escape(literal)
            if name is not None:
                regex += f"(?P<{name}>{_VALUE_PATTERNS.get(name, '.*?')})"
        patterns[code] = re.compile(regex, re.DOTALL)
    return patterns


def yaml_problem(problem: str | None, context: str | None = None) -> dict[str, str]:
    """The params naming ruamel's text (its `problem`; its `context` where it gave only
    that): {KEY: code, value name: value as ruamel wrote it}; {} for a text not here."""
    said = problem if problem is not None else context
    if not said:
        return {}
    for code, pattern in _patterns().items():
        match = pattern.fullmatch(said)
        if match:
            return {KEY: code, **match.groupdict()}
    return {}


def yaml_words(params: Mapping[str, Any]) -> str | None:
    """ruamel's text in the current language, its values worded; None where `params` name
    no text of ruamel's here (the caller then shows ruamel's own words)."""
    template = _TEXTS.get(str(params.get(KEY)))
    if template is None:
        return None
    values: dict[str, Any] = {}
    for _literal, name, _spec, _conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if name not in params:
            return None
        value = str(params[name])
        words = _WORDED_VALUES.get(name, {}).get(value)
        values[name] = tr(CONTEXT, words) if words else value
    try:
        return fill(tr(CONTEXT, template), **values)
    except (KeyError, ValueError, IndexError):
        return None
