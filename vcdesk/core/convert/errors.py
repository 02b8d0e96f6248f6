"""The two ways a conversion step refuses: the input is not usable, or the output is not right.

Both carry a stable `code` the UI translates and an English `message` a person can act on.
"""

from __future__ import annotations


class ConvertError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r})"


class MediaError(ConvertError):
    """The input cannot be read as a recording (missing, not media, truncated, ...)."""


class VerifyError(ConvertError):
    """A finished output failed verification; it must not replace anything."""
