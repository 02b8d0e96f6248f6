"""Why a conversion step refuses, as a code and values, never as a sentence.

A `Reason` is what leaves core: a stable `code` ("missing", "disk_space", ...) and the
`params` its words need (a disk, sizes in bytes, ffmpeg's own last line as `detail`). The
one catalogue, vcdesk.core.words.conversions, words it in the language of whoever reads it;
`message` is those words in English (the queue's `error` column, JSON, the log).

The two ways a conversion step refuses carry one: the input is not usable (MediaError), or
the output is not right (VerifyError).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Failure codes that say nothing against the encoder: the input, the disk or the folder is at
# fault (a hardware encoder's failure with one of these is not retried in software).
NOT_THE_ENCODER = frozenset(
    {
        "disk_full",
        "disk_space",
        "read_only",
        "permission",
        "name_too_long",
        "missing",
        "exists",
        "output_dir",
        "io_error",
        "no_memory",
        "truncated",
        "not_media",
        "no_streams",
        "corrupt",
    }
)


@dataclass(frozen=True, init=False)
class Reason:
    """A failure's code and the values its words need (JSON-serialisable: text, numbers,
    lists). `params["case"]`, when present, picks one of the code's wordings.

    Reason("disk_space", disk="/media/arsip (/dev/sdb1)", need=2_400_000_000, free=10**9),
    or with the values as one mapping: Reason("disk_space", {"disk": ..., ...}).
    """

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, code: str, params: Mapping[str, Any] | None = None, /, **more: Any) -> None:
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", {**(params or {}), **more})

    @property
    def blames_encoder(self) -> bool:
        """Whether the failure may be the encoder's: not when the input, the disk or the
        folder is at fault, where another encoder would fail just the same."""
        return self.code not in NOT_THE_ENCODER

    @property
    def message(self) -> str:
        """The words in English, whatever language the UI speaks."""
        from vcdesk.core.words import ENGLISH, speaking
        from vcdesk.core.words.conversions import reason_text

        with speaking(ENGLISH):
            return reason_text(self.code, self.params)

    def text(self) -> str:
        """The words in the current language."""
        from vcdesk.core.words.conversions import reason_text

        return reason_text(self.code, self.params)


class ConvertError(Exception):
    """A step that cannot go on, with its Reason: ConvertError("missing", case="file")."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.reason = Reason(code, **params)
        super().__init__(code)

    @property
    def code(self) -> str:
        return self.reason.code

    @property
    def params(self) -> dict[str, Any]:
        return self.reason.params

    @property
    def message(self) -> str:
        """In English (logs, tests); the UI words `reason` in its own language."""
        return self.reason.message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"


class MediaError(ConvertError):
    """The input cannot be read as a recording (missing, not media, truncated, ...)."""


class VerifyError(ConvertError):
    """A finished output failed verification; it must not replace anything."""
