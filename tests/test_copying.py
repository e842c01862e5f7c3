"""The project's text is its own: no six words in a row from a corpus article in code, tests or docs.

The founders' rule: the corpus articles are others' writing, to score against and never to copy in
(a comment quoting one, a test sentence lifted from one). seeds/ is the one exemption, since its
articles ship with the project: a run the seed articles hold is allowed wherever it stands. The
corpus is found through QUIZGEN_CORPUS or as `shared/corpus` beside the checkout or one of its
parents (../shared/corpus); a checkout without it skips these tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN = 6
#: Where the project's own words live, and the kinds of file that hold words.
CHECKED = ("quizgen", "tests", "bench", "docs", "README.md")
SUFFIXES = {".py", ".md", ".txt", ".json", ".toml", ".tcss", ".cfg", ".ini"}

#: Runs common enough in English that sharing one with an article copies nothing; each says why.
ALLOWED: dict[str, str] = {
    "at the end of the day": "a stock phrase, in any news article",
}

_WORD = re.compile(r"[a-z0-9]+")


def corpus_folder() -> Path | None:
    """The corpus the project is scored against, when this machine has it."""
    named = os.environ.get("QUIZGEN_CORPUS")
    if named:
        return Path(named) if Path(named).is_dir() else None
    for folder in (ROOT, *ROOT.parents):
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return None


def runs(text: str) -> set[str]:
    """Every run of RUN words in `text`, lower-cased, punctuation and line breaks ignored."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def project_files() -> Iterator[Path]:
    """The files whose words are the project's own (seeds/ is not among them)."""
    for name in CHECKED:
        path = ROOT / name
        found = [path] if path.is_file() else sorted(path.rglob("*"))
        yield from (p for p in found if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts)


def copied_runs(text: str, forbidden: set[str]) -> list[tuple[int, str]]:
    """(line, run) for each forbidden run in `text`, once per line it starts on; a run may span lines."""
    found = [(m.group(0), text.count("\n", 0, m.start()) + 1) for m in _WORD.finditer(text.lower())]
    hits: dict[int, str] = {}
    for i in range(len(found) - RUN + 1):
        run = " ".join(word for word, _line in found[i : i + RUN])
        if run in forbidden:
            hits.setdefault(found[i][1], run)
    return sorted(hits.items())


@pytest.fixture(scope="module")
def forbidden() -> set[str]:
    folder = corpus_folder()
    if folder is None:
        pytest.skip("no corpus on this machine (set QUIZGEN_CORPUS or put it at ../shared/corpus)")
    seeds = set().union(*(runs(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")))
    articles = set().union(*(runs(p.read_text(encoding="utf-8")) for p in folder.glob("*.txt")))
    return articles - seeds - set(ALLOWED)


def test_no_project_file_repeats_six_words_of_a_corpus_article(forbidden: set[str]) -> None:
    copied = [
        f"{path.relative_to(ROOT)}:{line}: {run!r}"
        for path in project_files()
        for line, run in copied_runs(path.read_text(encoding="utf-8"), forbidden)
    ]
    assert not copied, "corpus wording copied into the project; say the shape in invented words:\n" + "\n".join(copied)


def test_a_pasted_corpus_sentence_is_caught_even_across_a_line_break(forbidden: set[str]) -> None:
    folder = corpus_folder()
    assert folder is not None
    article = next(p for p in sorted(folder.glob("*.txt")) if not (ROOT / "seeds" / p.name).exists())
    words = next(ws for ws in (s.split() for s in article.read_text(encoding="utf-8").split(". ")) if len(ws) >= 14)
    pasted = "# " + " ".join(words[:7]) + "\n# " + " ".join(words[7:14]) + "\n"
    assert copied_runs(pasted, forbidden), pasted
    assert not copied_runs("# The ferry to the island will run twice a day from May.\n", forbidden)


def test_runs_the_seed_articles_hold_are_allowed(forbidden: set[str]) -> None:
    seed = next((ROOT / "seeds").glob("*.txt"))
    assert not copied_runs(seed.read_text(encoding="utf-8"), forbidden)
