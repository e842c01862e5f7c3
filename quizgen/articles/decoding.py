"""Turn an article file's bytes into text: UTF-8 first, then a stated or detected encoding.

Articles saved from old pages or Windows editors are often cp1252 or Latin-1. Those are read
with charset-normalizer's guess and a warning the caller passes on, so the user knows the text may be
slightly off; files that are not text at all are refused with an InputError.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from quizgen.articles.sanitize import strip_escapes
from quizgen.errors import InputError

#: Byte-order marks that settle the encoding without guessing, longest first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Control characters that text files do not contain (tab, newlines and form feed are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: Share of control characters above which a decoded "text" is really binary data.
MAX_CONTROL_SHARE = 0.01
#: Share of non-ASCII letters up to which undeclared 8-bit text is taken as Western (cp1252).
MAX_WESTERN_SHARE = 0.2
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class Decoded(NamedTuple):
    """An article's text, and a warning when it had to be read as something other than UTF-8."""

    text: str
    warning: str | None = None


def decode_article(data: bytes, name: str, declared: str | None = None) -> Decoded:
    """Decode an article file; raise InputError when it is not text.

    Args:
        data: The file's bytes.
        name: The path as the user gave it, for messages.
        declared: The encoding the file itself states (an HTML page's charset), tried after UTF-8
            and without a warning.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                break
            warning = _warning(name, encoding) if encoding != "utf-8-sig" else None
            return Decoded(_checked(text, name), warning)
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not an article")
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(_checked(text, name))
    mixed = _mixed_lines(data)
    if mixed is not None:
        text, bad = mixed
        lines = f"line {bad[0]}" if len(bad) == 1 else f"{len(bad)} lines (first: line {bad[0]})"
        return Decoded(_checked(text, name), f"{name}: {lines} not UTF-8; read as cp1252, the rest as UTF-8")
    if declared:
        text = _strict(data, declared)
        if text is not None:
            return Decoded(_checked(text, name))

    text, encoding = _guess(data, name)
    return Decoded(_checked(text, name), _warning(name, encoding))


def _guess(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes of unknown encoding: Western Windows text first, else charset-normalizer's guess.

    Almost every non-UTF-8 English article is cp1252 (or its subset Latin-1) with a few accented
    letters and curly quotes; on such short, mostly-ASCII input charset-normalizer often picks a
    look-alike code page (cp775 turns "café" into "cafķ"). So cp1252 is used when it decodes the
    bytes and only a few letters are non-ASCII; text in other scripts has mostly non-ASCII
    letters and goes to charset-normalizer.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = high + len(data) - len(data.translate(None, _ASCII_LETTERS))
    western = _strict(data, "cp1252")
    if western is not None and high <= MAX_WESTERN_SHARE * letters:
        return western, "cp1252"

    # Deferred: charset-normalizer is only needed for the rare file that is not UTF-8.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot be decoded as text (not UTF-8 or any known encoding)")
    return str(best), best.encoding


def _mixed_lines(data: bytes) -> tuple[str, list[int]] | None:
    """A file that is UTF-8 but for a few lines (one pasted from a cp1252 page), decoded line by
    line, with the numbers of the lines that were not UTF-8; None when no line shows UTF-8.

    Decoding the whole file as cp1252 would garble every UTF-8 character in it ("café" → "cafÃ©").
    """
    lines = data.split(b"\n")
    if not any(_is_utf8_beyond_ascii(line) for line in lines):
        return None
    bad: list[int] = []
    decoded = []
    for number, line in enumerate(lines, start=1):
        text = _strict(line, "utf-8")
        if text is None:
            bad.append(number)
            text = _strict(line, "cp1252") or line.decode("latin-1")
        decoded.append(text)
    return "\n".join(decoded), bad


def _is_utf8_beyond_ascii(line: bytes) -> bool:
    return not line.isascii() and _strict(line, "utf-8") is not None


def _strict(data: bytes, encoding: str) -> str | None:
    """`data` decoded with `encoding`, or None if it does not decode cleanly."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str, name: str) -> str:
    """`text` without terminal escapes, unless it is full of control characters (a binary file
    that happened to decode)."""
    text = strip_escapes(text)
    if text and len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError(f"{name}: looks like a binary file (control characters), not an article")
    return text


def _warning(name: str, encoding: str) -> str:
    """One line saying that the file was not UTF-8 and how it was read."""
    return f"{name}: not UTF-8; read as {encoding}"
