"""The language the CLI speaks, and argparse speaking it too.

The CLI speaks `ts.system_language()` (VCDESK_LANG, else the system's), or the global
option `--lang` (`chosen`). `install` makes that language the one `vcdesk.core.words`
chooses words in before any parser is built; its words are read from the .ts only when the
first one is needed, and never for English (see vcdesk.core.words.ts).

Every text of ours is marked QT_TRANSLATE_NOOP("cli", ...) and kept as its English source
in the parsers: `Parser`'s help formatter translates help strings, section titles and
descriptions only when help is shown. Building the parsers therefore needs no word at all,
and starting the console (`vcdesk` alone) never reads a translation.

argparse's own words ("usage: ", "options", "the following arguments are required: %s"...)
are gettext messages: argparse.py does `from gettext import gettext as _, ngettext` and
calls those two module globals when it builds a parser or reports an error. The route the
argparse HOWTO describes (compiled .mo files found through gettext's process-wide default
domain) would need a second catalogue beside the .ts and would capture every other
module's gettext calls too. So `argparse_speaks` rebinds argparse's two names to a
`gettext.NullTranslations` subclass that reads the "argparse" context of our own catalogue:
one place for argparse's words, for argparse only (packages such as i18nparse translate
argparse the same way). Its messages are listed below, marked for lupdate; a message not
listed (a newer Python's) stays English.
"""

from __future__ import annotations

import argparse
import gettext
import sys
from collections.abc import Sequence
from typing import Any

from vcdesk.core import words
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import QT_TRANSLATE_NOOP, fill, tr, ts
from vcdesk.core.words.profile import problem_line

CONTEXT = "cli"
ARGPARSE = "argparse"

# argparse's messages an operator can meet (Python 3.11 to 3.13); its errors about a
# badly built parser are for us, not for them, and stay English.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(heading)s:"),
    QT_TRANSLATE_NOOP("argparse", " (default: %(default)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: warning: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "argument '%(argument_name)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "option '%(option)s' is deprecated"),
    QT_TRANSLATE_NOOP("argparse", "command '%(parser_name)s' is deprecated"),
)

LANG_HELP = QT_TRANSLATE_NOOP(
    "cli", "the language of the output (default: $VCDESK_LANG, else the system's)"
)


# --- choosing and installing the language ----------------------------------------------


def chosen(argv: Sequence[str]) -> str:
    """The language `argv` asks for with --lang (before a lone "--"), else the system's.
    A value argparse will reject is ignored here: the error is then in the system's."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in ts.LANGUAGES:
            return value
    return ts.system_language()


class _ArgparseWords(gettext.NullTranslations):
    """argparse's gettext messages, from the "argparse" context of our catalogue."""

    def gettext(self, message: str) -> str:
        return message and tr(ARGPARSE, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return tr(ARGPARSE, msgid1 if n == 1 else msgid2)


def install(code: str) -> None:
    """Speak `code` from now on (see the module's docstring); no word is read yet."""
    words.use(ts.language(code))


def argparse_speaks() -> None:
    """argparse's words from our catalogue from now on (see the module's docstring). Done
    once the parsers are built: building them calls argparse's gettext for the titles of
    its sections, which `Parser`'s formatter translates when they are shown, so building
    them needs no word."""
    translator = _ArgparseWords()
    argparse._ = translator.gettext  # type: ignore[attr-defined]
    argparse.ngettext = translator.ngettext  # type: ignore[attr-defined]


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=ts.LANGUAGES, help=LANG_HELP)


# --- parsers whose help is translated when shown ----------------------------------------


def word(text: str) -> str:
    """A text marked in "cli", else one of argparse's, in the current language."""
    translated = tr(CONTEXT, text)
    return translated if translated != text else tr(ARGPARSE, text)


class _Formatter(argparse.HelpFormatter):
    def start_section(self, heading: str | None) -> None:
        super().start_section(word(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(word(text) if isinstance(text, str) and text else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return word(action.help) if action.help else action.help


class Parser(argparse.ArgumentParser):
    """argparse's parser with `_Formatter`; subcommands' parsers are Parsers too (argparse
    makes them of the parser's own class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def type_error(template: str, **values: object) -> argparse.ArgumentTypeError:
    """An option's value rejected, in the current language (argparse prints it)."""
    return argparse.ArgumentTypeError(phrase(template, **values))


WHOLE_NUMBER = QT_TRANSLATE_NOOP("cli", "expected a whole number, found {text!r}")


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise type_error(WHOLE_NUMBER, text=text) from None


# --- printing -----------------------------------------------------------------------------


def phrase(template: str, /, **values: object) -> str:
    """`template` (marked in "cli") in the current language, filled with `values`."""
    return fill(tr(CONTEXT, template), **values)


def say(template: str, /, **values: object) -> None:
    """Print `template` (marked in "cli") in the current language, filled with `values`."""
    print(phrase(template, **values), flush=True)


def complain(command: str, template: str, /, **values: object) -> None:
    """A problem on stderr, prefixed by the command that met it ("vcdesk queue add: ...")."""
    prefix = f"vcdesk {command}".strip()
    print(f"{prefix}: {phrase(template, **values)}", file=sys.stderr, flush=True)


def print_problems(error: ProfileError) -> None:
    """A room profile's problems, one line each on stderr."""
    for problem in error.problems:
        print(problem_line(problem), file=sys.stderr)
