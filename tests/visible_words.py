"""Every text a person can read in a window, keyed by where it stands, so that the same
window in two languages can be laid side by side: a text identical in both is a word nobody
translated (tests/test_every_word.py, tests/test_cli_language.py share the allow-list)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

# Texts that read the same in both languages and are right to: names of things, units,
# loan words Bahasa Indonesia uses as they are. Kept short: each one is a decision.
SAME_IN_BOTH = {
    "vcdesk", "OK", "Status", "Folder", "Total", "Video", "Audio", "UPS", "NUT",
    "CPU", "PDF", "CSV", "YAML", "JSON", "ffmpeg", "Ruang Uji", "Tim TI", "GO", "Host", "Port",
    "Server", "Log", "Operator", "Mikrofon", "Zoom", "Teams", "OBS", "Wi-Fi", "Email",
    "Valid",
    # each language named in its own words, so a reader finds theirs
    "Bahasa Indonesia", "English",
}  # fmt: skip

_NOT_WORDS = re.compile(
    r"""
      https?://\S+                       # addresses
    | (?:[\w.~-]*[/\\][^\s,;)]*)         # paths
    | [\w.-]+\.(?:mp4|mkv|mov|yaml|yml|pdf|csv|ics|log|txt|m4a)\b   # file names
    | \b[\w.-]+:\d+\b                    # host:port
    | \[[0-9a-f:]+\]:\d+                 # [v6]:port
    | \b\d[\d.,:x×]*\b                   # numbers, clock readings, 1280x720
    | \b(?:fps|dBFS|Hz|kB|MB|GB|TB|B|ms|Mbit/s|WIB|WITA|WIT|UTC|H\.264|AAC|MP4|MKV)\b
    | [#%°≥≤<>=↓↑→←–—\-+*/()\[\]{}:;,.!?"'“”‘’·•…|_&]
    """,
    re.VERBOSE,
)


def needs_words(text: str, names: frozenset[str] = frozenset()) -> bool:
    """True where `text` carries words a translator should have translated: what is left
    once names, numbers, units, paths and symbols are taken out still has a word of two or
    more letters."""
    rest = text
    for name in sorted(SAME_IN_BOTH | names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    rest = _NOT_WORDS.sub(" ", rest)
    return re.search(r"[^\W\d_]{2,}", rest) is not None


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, key: str
) -> Iterator[tuple[str, str]]:
    from PySide6.QtCore import QAbstractListModel, QAbstractTableModel

    # list models keep columnCount private, and neither has children
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    tree = not flat
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for c in range(columns):
        for orientation in (Qt.Orientation.Horizontal,):
            header = model.headerData(c, orientation, Qt.ItemDataRole.DisplayRole)
            if header:
                yield f"{key}/header{c}", str(header)
    for r in range(min(model.rowCount(parent), 200)):
        for c in range(columns):
            index = model.index(r, c, parent)
            for role, name in (
                (Qt.ItemDataRole.DisplayRole, "text"),
                (Qt.ItemDataRole.ToolTipRole, "tip"),
            ):
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield f"{key}/{r},{c}/{name}", value
            if tree and c == 0 and model.hasChildren(index):
                yield from _model_texts(model, index, f"{key}/{r}")


def _menu_texts(menu: QMenu, key: str) -> Iterator[tuple[str, str]]:
    for i, action in enumerate(menu.actions()):
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{key}/action{i}", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{key}/action{i}/tip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{key}/action{i}")


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = (
            [
                w
                for w in parent.findChildren(
                    type(widget), options=Qt.FindChildOption.FindDirectChildrenOnly
                )
            ]
            if parent is not None
            else [widget]
        )
        parts.append(
            f"{type(widget).__name__}{siblings.index(widget) if widget in siblings else 0}"
        )
        widget = parent
    return "/".join(reversed(parts))


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text shown in `root` and its visible children, by the widget's place."""
    texts: dict[str, str] = {}

    def add(key: str, text: object) -> None:
        if isinstance(text, str) and text.strip():
            texts[key] = text.replace("&", "") if "&&" not in text else text

    add("title", root.windowTitle())
    if isinstance(root, QMainWindow):
        for i, action in enumerate(root.menuBar().actions()):
            add(f"menu{i}", action.text())
            if action.menu() is not None:
                for key, text in _menu_texts(action.menu(), f"menu{i}"):
                    add(key, text)
    if isinstance(root, QMessageBox):
        add("box/text", root.text())
        add("box/informative", root.informativeText())
        add("box/details", root.detailedText())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        key = _path(widget, root)
        add(f"{key}/tip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(
                key,
                widget.text()
                if widget.textFormat() != Qt.TextFormat.RichText
                else _plain(widget.text()),
            )
        elif isinstance(widget, QAbstractButton):
            add(key, widget.text())
        elif isinstance(widget, QGroupBox):
            add(key, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{key}/placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{key}/item{i}", widget.itemText(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{key}/tab{i}", widget.tabText(i))
        elif isinstance(widget, QTextBrowser):
            for i, line in enumerate(widget.toPlainText().splitlines()):
                add(f"{key}/line{i}", line)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for k, text in _model_texts(widget.model(), widget.rootIndex(), key):
                add(k, text)
    return texts


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def untranslated(
    english: dict[str, str], indonesian: dict[str, str], names: frozenset[str] = frozenset()
) -> list[str]:
    """The texts identical in both windows that carry words (see `needs_words`)."""
    return sorted(
        f"{key}: {text!r}"
        for key, text in english.items()
        if indonesian.get(key) == text and needs_words(text, names)
    )
