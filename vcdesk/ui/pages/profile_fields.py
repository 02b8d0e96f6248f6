"""One editor widget per profile option, chosen from the option's type in the schema.

`specs()` reads the pydantic model (type, default, range, description) so the form is
built from the schema itself: a new option in core appears in the form without UI code.
A few options also offer what this computer has: the camera and the microphone fields list
the devices found, the time zone every IANA zone (WIB, WITA and WIT first). Those lists are
found on the task pool, never on the UI thread.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import annotated_types
from pydantic import BaseModel, SecretStr
from pydantic_core import PydanticUndefined
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from vcdesk.ui.pages import profile_labels as labels

Loc = tuple[str, ...]
INT_LIMIT = 2_147_483_647  # QSpinBox holds a C int
# The page's task runner: run(func, on_done) with func on the pool, on_done(result, error) here.
Run = Callable[[Callable[[], Any], Callable[[Any, Exception | None], None]], None]


class Kind(enum.Enum):
    SECTION = "section"
    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    CHOICE = "choice"
    TEXT = "text"
    INT_OR_TEXT = "int_or_text"
    LINES = "lines"
    SECRET = "secret"  # noqa: S105 (a kind of option, not a password)
    MAPPING = "mapping"  # a mapping of lists (meetings.sop): an editor of its own, by name
    FIXED = "fixed"  # schema_version: set by migrations, never by hand


class Keep:
    """An editor's answer meaning "leave the value as it was" (an untouched password)."""


KEEP = Keep()


@dataclasses.dataclass(frozen=True)
class Spec:
    loc: Loc
    kind: Kind
    default: Any = None
    optional: bool = False  # None (an empty value) is allowed
    low: float | None = None
    high: float | None = None
    low_open: bool = False  # gt rather than ge
    high_open: bool = False
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    description: str = ""
    children: tuple[Spec, ...] = ()

    @property
    def dotted(self) -> str:
        return ".".join(self.loc)


def specs(model: type[BaseModel], loc: Loc = ()) -> tuple[Spec, ...]:
    out = []
    for name, info in model.model_fields.items():
        here = (*loc, name)
        default = None if info.default is PydanticUndefined else info.default
        kind, optional, inner, choices = _classify(info.annotation)
        if default is None and info.default_factory is not None and kind is not Kind.SECTION:
            # meetings.sop: an empty mapping, so "set back to empty" is "unchanged".
            default = info.default_factory()  # type: ignore[call-arg]
        if kind is Kind.SECTION:
            children = specs(typing.cast(type[BaseModel], inner), here)
            out.append(Spec(here, kind, description=info.description or "", children=children))
            continue
        bounds = _bounds([*info.metadata, *_metadata(inner)])
        out.append(
            Spec(
                here,
                kind,
                default=default,
                optional=optional,
                choices=choices,
                description=info.description or "",
                **bounds,
            )
        )
    return tuple(out)


def _classify(annotation: Any) -> tuple[Kind, bool, Any, tuple[str, ...]]:
    """(kind, None allowed, the annotation that carries the constraints, choices)."""
    args = typing.get_args(annotation) if _is_union(annotation) else (annotation,)
    optional = type(None) in args
    raw = [a for a in args if a is not type(None)]
    members = [_strip(a) for a in raw]
    first = members[0]
    if len(members) == 1 and isinstance(first, type) and issubclass(first, BaseModel):
        return Kind.SECTION, optional, first, ()
    if typing.get_origin(first) is typing.Literal:
        values = typing.get_args(first)
        if all(isinstance(v, str) for v in values):
            return Kind.CHOICE, optional, raw[0], tuple(values)
        return Kind.FIXED, optional, raw[0], ()
    if typing.get_origin(first) is tuple:
        return Kind.LINES, optional, typing.get_args(first)[0], ()
    if typing.get_origin(first) is dict:
        return Kind.MAPPING, optional, first, ()
    plain = {m for m in members if isinstance(m, type)}
    kinds = {
        frozenset({SecretStr}): Kind.SECRET,
        frozenset({bool}): Kind.BOOL,
        frozenset({int}): Kind.INT,
        frozenset({float}): Kind.FLOAT,
        frozenset({int, str}): Kind.INT_OR_TEXT,
    }
    return kinds.get(frozenset(plain), Kind.TEXT), optional, raw[-1], ()


def _is_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def _strip(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if _is_annotated(annotation) else annotation


def _is_annotated(annotation: Any) -> bool:
    return typing.get_origin(annotation) is typing.Annotated


def _metadata(annotation: Any) -> list[Any]:
    if not _is_annotated(annotation):
        return []
    found: list[Any] = []
    for item in typing.get_args(annotation)[1:]:
        found.extend(getattr(item, "metadata", [item]))
    return found


def _bounds(metadata: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            out["low"] = float(typing.cast(float, item.ge))
        elif isinstance(item, annotated_types.Gt):
            out["low"], out["low_open"] = float(typing.cast(float, item.gt)), True
        elif isinstance(item, annotated_types.Le):
            out["high"] = float(typing.cast(float, item.le))
        elif isinstance(item, annotated_types.Lt):
            out["high"], out["high_open"] = float(typing.cast(float, item.lt)), True
        elif isinstance(item, annotated_types.MaxLen):
            out["max_length"] = item.max_length
    return out


class Editor(QWidget):
    """A field editor: `changed` only on a person's edit, never on set_value().

    `changed` is relayed from the input's own signal (signal to signal, inside Qt) rather
    than emitted from Python: PySide6 6.12.0's SignalInstance.emit() drops a reference to
    True on every call, which on Python 3.11 ends in a crash after a few thousand edits.
    """

    changed = Signal()

    def __init__(self, spec: Spec) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName(f"editor:{spec.dotted}")  # the input inside is named spec.dotted
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        return self

    def _add(self, widget: QWidget, stretch: int = 0) -> None:
        self.layout_.addWidget(widget, stretch)
        self.setFocusProxy(self.focus_target())


class BoolEditor(Editor):
    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.box = QCheckBox()
        self.box.setObjectName(spec.dotted)
        self.box.toggled.connect(self.changed)
        self._add(self.box, 1)

    def focus_target(self) -> QWidget:
        return self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(value is True)
        self.box.blockSignals(False)


class _Decimal(QDoubleSpinBox):
    def textFromValue(self, value: float) -> str:
        # "85" rather than "85.00": the number as an admin would write it in the file.
        locale = self.locale()
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1500", as in YAML
        text = locale.toString(value, "f", self.decimals())
        point = locale.decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class NumberEditor(Editor):
    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.spin: QSpinBox | QDoubleSpinBox = QSpinBox() if spec.kind is Kind.INT else _Decimal()
        self.spin.setObjectName(spec.dotted)
        step = 10.0 ** -self.spin.decimals() if isinstance(self.spin, QDoubleSpinBox) else 1.0
        low = spec.low if spec.low is not None else -INT_LIMIT
        high = spec.high if spec.high is not None else INT_LIMIT
        low, high = low + step * spec.low_open, high - step * spec.high_open
        if isinstance(self.spin, QSpinBox):
            self.spin.setRange(max(math.ceil(low), -INT_LIMIT), min(math.floor(high), INT_LIMIT))
        else:
            self.spin.setRange(low, high)
            self.spin.setSingleStep(0.1 if high - low <= 10 else 1.0)
        suffix = labels.unit(spec.loc[-1])
        if suffix:
            self.spin.setSuffix(suffix if suffix == "%" else f" {suffix}")
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("0" * 10) + 60)
        self.spin.valueChanged.connect(self.changed)
        self._add(self.spin)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:
        return self.spin

    def text_of(self, number: float) -> str:
        if isinstance(self.spin, QSpinBox):
            return self.spin.textFromValue(round(number))
        return self.spin.textFromValue(number)

    def value(self) -> int | float:
        value = self.spin.value()
        # Whole numbers go to the file as `30`, not `30.0`; the schema takes either.
        return int(value) if float(value).is_integer() else round(float(value), 6)

    def set_value(self, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            value = self.spec.default  # not a number: the problem list says what is wrong
        # Out of range (the problem list says so too): shown at the nearest allowed value.
        value = min(max(value, self.spin.minimum()), self.spin.maximum())
        self.spin.blockSignals(True)
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(round(value))
        else:
            self.spin.setValue(float(value))
        self.spin.blockSignals(False)


class ChoiceEditor(Editor):
    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.combo = QComboBox()
        self.combo.setObjectName(spec.dotted)
        for choice in spec.choices:
            self.combo.addItem(labels.choice(spec.dotted, choice), choice)
        self.combo.activated.connect(self.changed)
        self._add(self.combo)
        self.layout_.addStretch(1)

    def focus_target(self) -> QWidget:
        return self.combo

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))  # -1 (blank) if unknown


class TextEditor(Editor):
    """Text, or for an int|str option (a device index or a name/URL) either one."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.edit = QLineEdit()
        self.edit.setObjectName(spec.dotted)
        if spec.max_length:
            self.edit.setMaxLength(spec.max_length)
        if spec.optional:
            self.edit.setPlaceholderText(self.tr("not set"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.changed)
        self._add(self.edit, 1)

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> Any:
        return typed(self.spec, self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)


def typed(spec: Spec, text: str) -> Any:
    """The value of text typed into a text field: None for an empty optional one, and a
    number for digits where the option takes a device index or a name (int | str)."""
    if spec.optional and not text.strip():
        return None
    if spec.kind is Kind.INT_OR_TEXT and re.fullmatch(r"\s*-?\d{1,9}\s*", text):
        return int(text)
    return text


class LinesEditor(Editor):
    """A list of text, one item a line; blank lines are not items."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(spec.dotted)
        self.edit.setTabChangesFocus(True)  # Tab moves on to the next option
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        height = self.edit.fontMetrics().lineSpacing()
        if len(spec.loc) == 1:  # a list that is a whole section: it takes the page's height
            self.edit.setMinimumHeight(height * 6 + 12)
        else:
            self.edit.setFixedHeight(height * 4 + 12)
        self.edit.setPlaceholderText(self.tr("One item per line"))
        self.edit.textChanged.connect(self.changed)
        self._add(self.edit, 1)

    def focus_target(self) -> QWidget:
        return self.edit

    def value(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.edit.toPlainText().splitlines() if line.strip())

    def set_value(self, value: Any) -> None:
        items = value if isinstance(value, list | tuple) else ()
        self.edit.blockSignals(True)
        self.edit.setPlainText("\n".join(str(item) for item in items))
        self.edit.blockSignals(False)


class SecretEditor(Editor):
    """A password is never shown: only whether one is set. Typing replaces it."""

    def __init__(self, spec: Spec) -> None:
        super().__init__(spec)
        self.edit = QLineEdit()
        self.edit.setObjectName(spec.dotted)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.textEdited.connect(self.changed)
        self.clear = QPushButton(self.tr("Remove"))
        self.clear.setToolTip(self.tr("Remove the password from the profile"))
        self.clear.clicked.connect(self._clear)
        self.clear.clicked.connect(self.changed)  # after _clear; relayed by Qt (see Editor)
        self._is_set = False
        self._cleared = False
        self._add(self.edit, 1)
        self.layout_.addWidget(self.clear)

    def focus_target(self) -> QWidget:
        return self.edit

    def _clear(self) -> None:
        self.edit.clear()
        self._cleared = True
        self._show_state(False)

    def _show_state(self, is_set: bool) -> None:
        self.edit.setPlaceholderText(
            self.tr("A password is set; type to replace it") if is_set else self.tr("No password")
        )
        self.clear.setEnabled(is_set)

    def value(self) -> Any:
        if self.edit.text():
            return self.edit.text()
        return None if self._cleared else KEEP

    def set_value(self, value: Any) -> None:
        self._is_set = value is not None
        self._cleared = False
        self.edit.clear()
        self._show_state(self._is_set)


EDITORS: dict[Kind, type[Editor]] = {
    Kind.BOOL: BoolEditor,
    Kind.INT: NumberEditor,
    Kind.FLOAT: NumberEditor,
    Kind.CHOICE: ChoiceEditor,
    Kind.TEXT: TextEditor,
    Kind.INT_OR_TEXT: TextEditor,
    Kind.LINES: LinesEditor,
    Kind.SECRET: SecretEditor,
}


def editor_for(spec: Spec) -> Editor:
    # Imported here: the listed editors build on this module's Editor.
    from vcdesk.ui.pages.profile_lists import LISTED
    from vcdesk.ui.pages.profile_meetings import OWN

    chosen = OWN.get(spec.dotted) or LISTED.get(spec.dotted) or EDITORS[spec.kind]
    editor = chosen(spec)
    tips = [labels.description(spec.description)] if spec.description else []
    if isinstance(editor, NumberEditor):
        low, high = editor.spin.minimum(), editor.spin.maximum()
        tips.append(labels.range_text(editor.text_of(low), editor.text_of(high)))
    range_tip = getattr(editor, "range_tip", None)  # an editor of its own knows its range
    if callable(range_tip):
        tips.append(range_tip())
    default = spec.default
    if isinstance(editor, ChoiceEditor) and default is not None:
        tips.append(labels.default_text(labels.choice(spec.dotted, str(default))))
    elif isinstance(editor, NumberEditor) and isinstance(default, int | float):
        tips.append(labels.default_text(editor.text_of(default)))  # as the field writes it
    elif spec.kind in (Kind.INT, Kind.FLOAT, Kind.TEXT, Kind.INT_OR_TEXT) and spec.default:
        tips.append(labels.default_text(spec.default))
    editor.focus_target().setToolTip("\n".join(tips))
    return editor
