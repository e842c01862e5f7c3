"""Test articles for the benches: the project's own genre articles, copied with small changes.

Never the shared corpus: benches must not carry other people's writing. Each copy swaps names
and numbers so no two articles are identical (spaCy and the extractors see fresh text).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENRE = ROOT / "tests" / "data" / "genre"

#: Invented surnames swapped in for the genre articles' own, one set per copy.
SURNAMES = [
    "Okafor",
    "Lindqvist",
    "Marchetti",
    "Delacroix",
    "Hargreave",
    "Ibarra",
    "Novak",
    "Tanaka",
    "Whitcombe",
    "Brennan",
    "Castell",
    "Fairley",
    "Gorski",
    "Halloran",
    "Iversen",
    "Jarvik",
]
#: Surnames in the genre articles that the copies replace.
OWN_SURNAMES = ["Pennington", "Ashby", "Reynolds", "Collins", "Kapoor", "Osei", "Duarte", "Reyes", "Liu"]


def genre_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(GENRE.glob("*.txt"))]


def variant(text: str, n: int) -> str:
    """Copy `n` of `text`: numbers shifted and the people's surnames swapped."""
    text = re.sub(r"(?<![\d,.])(\d{2,3})\b(?![,.]\d)", lambda m: str(int(m.group(1)) + n % 7), text)
    names = SURNAMES[n % len(SURNAMES) :] + SURNAMES[: n % len(SURNAMES)]
    for old, new in zip(OWN_SURNAMES, names, strict=False):
        text = re.sub(rf"\b{old}\b", new, text)
    return text


def articles(count: int) -> list[str]:
    """`count` distinct article texts, cycling through the genre articles."""
    base = genre_texts()
    return [variant(base[i % len(base)], i // len(base) + i) for i in range(count)]


def write_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(articles(count)):
        (folder / f"article-{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder


def big_text(size: int, shape: str) -> str:
    """About `size` characters of article prose: "long-line" (one line, no breaks) or
    "short-lines" (one short line per clause, no blank lines)."""
    body = []
    total = 0
    for i in itertools.count():
        paragraphs = [p for p in variant(genre_texts()[i % 6], i).split("\n\n")[1:] if p.strip()]
        for p in paragraphs:
            body.append(p.strip())
            total += len(p) + 1
        if total >= size:
            break
    title = "Harbour board report runs long"
    if shape == "long-line":
        return title + "\n\n" + " ".join(body)[:size]
    lines = []
    for p in body:
        lines += [seg.strip() for seg in re.split(r"(?<=[,.]) ", p) if seg.strip()]
    return (title + "\n\n" + "\n".join(lines))[:size]
