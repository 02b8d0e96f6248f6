"""Where in the file a value stands, for `PATH:LINE:` messages."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq


def line_of(tree: Any, loc: Iterable[str | int]) -> int:
    """1-based line of the deepest part of `loc` that exists in the YAML tree."""
    line, node = 1, tree
    for part in loc:
        if isinstance(node, CommentedMap) and isinstance(part, str) and part in node:
            line = _line(node.lc.key, part, line)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = _line(node.lc.item, part, line)
            node = node[part]
        else:
            break
    return line


def _line(position: Any, part: str | int, fallback: int) -> int:
    # Values set by an edit in the GUI have no position in the file: use their parent's.
    try:
        return int(position(part)[0]) + 1
    except (KeyError, IndexError, TypeError):
        return fallback
