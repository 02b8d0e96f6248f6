"""ruamel.yaml's own words for a broken profile are ours too: an Indonesian operator reads
`vcdesk --lang id profile validate` without one English word of ruamel's in it, an English
one reads ruamel's words as before; and every text the installed ruamel can raise is listed
here as worded or deliberately not, so an upgrade that adds one is noticed."""

from __future__ import annotations

import ast
import io
import re
import string
from pathlib import Path

import pytest
import ruamel.yaml
from ruamel.yaml.error import MarkedYAMLError

from tests.cli import vcdesk
from vcdesk.core.profile.load import new_yaml, parse
from vcdesk.core.profile.problems import ProfileError
from vcdesk.core.words import yaml_problems

MINIMAL = "schema_version: 1\nroom:\n  name: Ruang Uji\n"

# Texts of ruamel's that a problem of its own words (load.py): a duplicate key names the key.
ELSEWHERE = {'found duplicate key "{}" with value "{}" (original value: "{}")'}
# Texts not worded: ruamel's Python-object constructors (a round-trip load never calls them)
# and a text that is Python's own (`str(exc)`, no literal); ruamel's words are shown.
NOT_WORDED = {
    "expected non-empty name appended to the tag",
    "cannot find module {} ({})",
    "cannot find {} in the module {}",
    "expected the empty value, but found {}",
}

# (file text, line, the Indonesian message after `PATH:LINE: `): the common ways a profile
# written by hand breaks.
CASES: dict[str, tuple[str, int, str]] = {
    "indentation": (
        MINIMAL + "camera:\n  min_fps: 5\n max_fps: 6\n",
        6,
        "YAML tidak valid: seharusnya akhir blok, tetapi ditemukan awal bagian baru "
        "(kunci: nilai); periksa indentasinya",
    ),
    "tab": (
        MINIMAL + "camera:\n\tmin_fps: 5\n",
        5,
        "ada karakter tab; indentasi YAML memakai spasi, bukan tab",
    ),
    "unclosed_quote": (
        MINIMAL + 'camera:\n  device: "USB Camera\n',
        5,
        'teks yang dibuka di sini dengan " tidak pernah ditutup; tutup dengan "',
    ),
    "duplicate_key": (
        MINIMAL + "camera:\n  min_fps: 5\n  min_fps: 6\n",
        6,
        "kunci 'min_fps' ganda: setiap opsi hanya boleh muncul sekali",
    ),
    "undefined_alias": (
        MINIMAL + "camera: *kamera\n",
        4,
        "YAML tidak valid: alias 'kamera' tidak didefinisikan: tidak ada jangkar (&) bernama "
        "itu sebelumnya",
    ),
    "key_value_value": (
        MINIMAL + "camera:\n  min_fps: 5: 6\n",
        5,
        "YAML tidak valid: tanda ':' (kunci: nilai) tidak diizinkan di sini",
    ),
    "stray_bracket": (
        MINIMAL + "camera: ]\n",
        4,
        "YAML tidak valid: seharusnya sebuah nilai, tetapi ditemukan ']' (akhir daftar)",
    ),
    "document_end": (
        MINIMAL + "camera: [\n...\n",
        5,
        "YAML tidak valid: seharusnya sebuah nilai, tetapi ditemukan akhir dokumen (...)",
    ),
    "at_sign": (
        MINIMAL + "network:\n  hosts: @zoom.us\n",
        5,
        "YAML tidak valid: ditemukan karakter '@' yang tidak boleh mengawali unsur YAML apa pun",
    ),
    "key_without_colon": (
        MINIMAL + "camera\nmicrophone:\n  device: x\n",
        5,
        "YAML tidak valid: tanda ':' setelah kunci tidak ditemukan",
    ),
    "list_in_section": (
        MINIMAL + "- kamera\n",
        4,
        "YAML tidak valid: seharusnya akhir blok, tetapi ditemukan '-' (butir daftar); periksa "
        "indentasinya",
    ),
    "list_after_value": (
        MINIMAL + "camera: - kamera\n",
        4,
        "YAML tidak valid: butir daftar (-) tidak diizinkan di sini",
    ),
    "two_documents": (
        MINIMAL + "---\nroom:\n  name: Lagi\n",
        4,
        "YAML tidak valid: berkas hanya boleh berisi satu dokumen, tetapi ditemukan dokumen lain",
    ),
    "unknown_escape": (
        MINIMAL + 'conversion:\n  output_dir: "D:\\data\\vicon"\n',
        5,
        "YAML tidak valid: karakter 'd' setelah garis miring terbalik (\\) tidak dikenal",
    ),
    "empty_anchor": (
        MINIMAL + "camera: & kamera\n",
        4,
        "YAML tidak valid: seharusnya huruf atau angka, tetapi ditemukan spasi",
    ),
    "block_indent_zero": (
        MINIMAL + "  location: |0\n    Lantai 2\n",
        4,
        "YAML tidak valid: angka indentasi setelah | atau > harus dari 1 sampai 9, tetapi "
        "ditemukan 0",
    ),
    "merge_value": (
        MINIMAL + "camera:\n  <<: 5\n",
        5,
        "YAML tidak valid: penggabungan (<<) memerlukan bagian atau daftar bagian, tetapi "
        "ditemukan nilai tunggal",
    ),
    "directive_late": (
        MINIMAL + "%YAML 1.2\n",
        5,
        "YAML tidak valid: seharusnya awal dokumen (---), tetapi ditemukan akhir berkas",
    ),
}

# Words that may stand in an Indonesian line although ruamel's texts hold them too.
SHARED_WORDS = {"yaml", "tag", "uri", "data", "alias"}


def _literal(node: ast.AST | None) -> str | None:
    """A string literal as its source writes it, each formatted value as {}."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    return None


def ruamel_texts() -> set[str]:
    """Every `problem` (or lone `context`) text the installed ruamel's scanner, parser,
    composer and constructor raise: the third argument of a MarkedYAMLError, or the first
    where it is given alone (as the argument lists of DuplicateKeyError are built too)."""
    folder = Path(ruamel.yaml.__file__).parent
    found: set[str] = set()
    for name in ("scanner.py", "parser.py", "composer.py", "constructor.py"):
        for node in ast.walk(ast.parse((folder / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "").endswith("Error"):
                args: list[ast.expr] = list(node.args)
            elif isinstance(node, ast.List) and node.elts:
                args = list(node.elts)
                if not (_literal(args[0]) or "").startswith("while "):
                    continue
            else:
                continue
            if len(args) > 2 and not isinstance(args[2], ast.Starred):
                text = _literal(args[2])
            elif len(args) == 2:  # context and its mark alone: the context says it
                text = _literal(args[0])
            else:
                continue  # DuplicateKeyError(*args): its list is read above
            if text is not None:
                found.add(text)
    return found


def _shape(template: str) -> str:
    """A template as ruamel's source writes it: each {placeholder} as {}, braces single
    (and "({token},)" as {}: ruamel formats a one-item tuple there, `{token.id,!r}`)."""
    return "".join(
        literal + ("{}" if name is not None else "")
        for literal, name, _spec, _conversion in string.Formatter().parse(template)
    ).replace("({},)", "{}")


def test_every_text_ruamel_can_raise_is_worded_or_listed() -> None:
    raised = ruamel_texts()
    assert len(raised) > 40, raised  # the extraction itself works
    worded = {_shape(t) for code, t in yaml_problems.texts().items() if code != "too_deep"}
    new = raised - worded - ELSEWHERE - NOT_WORDED
    assert not new, f"ruamel texts without words (add them to yaml_problems): {sorted(new)}"
    gone = (worded | ELSEWHERE | NOT_WORDED) - raised
    assert not gone, f"words for texts ruamel no longer raises: {sorted(gone)}"


SAMPLES = {
    "token": "'<block end>'",
    "character": "'\\t'",
    "node": "mapping",
    "number": "4",
    "alias": "'kamera'",
    "handle": "'!x!'",
    "tag": "'!foo'",
    "key": "x",
    "text": "2026-02-30",
    "depth": "51",
    "reason": "Incorrect padding",
}


def test_each_text_is_matched_and_reads_in_english_as_ruamel_wrote_it() -> None:
    for code, template in yaml_problems.texts().items():
        names = [n for _, n, _, _ in string.Formatter().parse(template) if n is not None]
        said = template.format(**{n: SAMPLES[n] for n in names})
        params = yaml_problems.yaml_problem(said)
        assert params == {"yaml": code, **{n: SAMPLES[n] for n in names}}, said
        assert yaml_problems.yaml_words(params) == said  # English: ruamel's words
    assert yaml_problems.yaml_problem("a text of a newer ruamel") == {}
    assert yaml_problems.yaml_words({"yaml": "gone"}) is None


def _ruamel_said(text: str) -> MarkedYAMLError:
    with pytest.raises(MarkedYAMLError) as caught:
        new_yaml().load(io.StringIO(text))
    return caught.value


def test_a_text_not_worded_keeps_ruamels_words() -> None:
    # A Python object constructor's text, as a newer ruamel's unknown text would be.
    text = "cannot find module 'x' (No module named 'x')"
    assert yaml_problems.yaml_problem(text) == {}
    assert yaml_problems.yaml_problem(None, None) == {}


def test_a_text_given_as_context_alone_is_one_line_and_worded() -> None:
    # Spaces on a blank line deeper than on the one before, in a `|` text.
    text = MINIMAL + "  location: |\n   \n    \n   Lantai 2\n"
    error = _ruamel_said(text)
    assert error.problem is None and error.context  # ruamel's words are the context
    with pytest.raises(ProfileError) as caught:
        parse(text, "p.yaml")
    (problem,) = caught.value.problems
    assert str(problem) == f"p.yaml:7: not valid YAML: {error.context}"  # no mark's lines
    assert problem.params["yaml"] == "block_more_indented"


@pytest.fixture(scope="module")
def validated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str, str]]:
    """name -> (file, what `profile validate` said on stderr in Indonesian, in English): one
    run per language for all the files."""
    folder = tmp_path_factory.mktemp("yaml")
    paths = {}
    for name, (text, _line, _words) in CASES.items():
        paths[name] = folder / f"{name}.yaml"
        paths[name].write_text(text, encoding="utf-8")
    files = [str(p) for p in paths.values()]
    runs = {lang: vcdesk("--lang", lang, "profile", "validate", *files) for lang in ("id", "en")}
    for run in runs.values():
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr, run.stderr
    return {name: (path, runs["id"].stderr, runs["en"].stderr) for name, path in paths.items()}


def _lines_of(output: str, path: Path) -> list[str]:
    return [line for line in output.splitlines() if line.startswith(f"{path}:")]


def _ruamel_words() -> set[str]:
    words: set[str] = set()
    for text in ruamel_texts():
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", text))
    return words - SHARED_WORDS


@pytest.mark.parametrize("name", list(CASES))
def test_indonesian_holds_no_english_of_ruamels(
    validated: dict[str, tuple[Path, str, str]], name: str
) -> None:
    path, indonesian, _english = validated[name]
    _text, line, words = CASES[name]
    assert _lines_of(indonesian, path) == [f"{path}:{line}: {words}"]  # one line, its line
    said = f"{path}:{line}: {words}".removeprefix(f"{path}:{line}: ")
    english = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", said)} & _ruamel_words()
    assert not english, f"English of ruamel's in {said!r}: {english}"
    assert "<" not in said.replace("<<", ""), said  # no token named as ruamel names it


@pytest.mark.parametrize("name", list(CASES))
def test_english_reads_as_before(validated: dict[str, tuple[Path, str, str]], name: str) -> None:
    path, _indonesian, english = validated[name]
    text, line, _words = CASES[name]
    (shown,) = _lines_of(english, path)
    error = _ruamel_said(text)
    assert shown.startswith(f"{path}:{line}: ")
    if shown.startswith(f"{path}:{line}: not valid YAML: "):
        # ruamel's own words, as it said them
        assert shown == f"{path}:{line}: not valid YAML: {error.problem or error.context}"
