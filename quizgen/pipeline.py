"""Articles in, questions out: the generation pipeline shared by every command.

Generation streams: each article's questions are ready as soon as its last piece is parsed, and
only the text being parsed is held as a spaCy document, so memory follows the size of an
article, not the number of articles.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizgen.articles import read_articles
from quizgen.facts.fact_types import Fact
from quizgen.models import Article, Question, QuestionBank

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

OnArticleDone = Callable[[int, int], None]

#: A question bank written by `quizgen generate --format jsonl`; export and quiz read it back.
BANK_SUFFIX = ".jsonl"


def generate_bank(paths: Sequence[str], progress: OnArticleDone | None = None) -> QuestionBank:
    """Read the articles at `paths` and write questions for all of them; a `.jsonl` bank among
    `paths` is read back as it is (banks first, then the articles in the order given).

    `progress(done, total)` is called after each article (the TUI shows it).
    """
    banks = [p for p in paths if is_bank(p)]
    others = [p for p in paths if not is_bank(p)]
    from quizgen.export.bank import read_jsonl_bank

    parts = [read_jsonl_bank(Path(p)) for p in banks]
    warnings: tuple[str, ...] = ()
    if others:
        reading = read_articles(others)
        parts.append(questions_for(reading.articles, progress))
        warnings = reading.warnings
    return QuestionBank(
        articles=tuple(a for part in parts for a in part.articles),
        questions=tuple(q for part in parts for q in part.questions),
        warnings=warnings,
    )


def is_bank(path: str) -> bool:
    return path.lower().endswith(BANK_SUFFIX) and Path(path).is_file()


def questions_for(articles: Sequence[Article], progress: OnArticleDone | None = None) -> QuestionBank:
    """Questions for `articles`, parsed in this process."""
    questions: list[Question] = []
    for done, (_article, found) in enumerate(article_questions(articles), 1):
        questions.extend(found)
        if progress:
            progress(done, len(articles))
    return QuestionBank(articles=tuple(articles), questions=tuple(questions))


def article_questions(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Question]]]:
    """Each article with its questions, in input order, as soon as its last piece is parsed.

    The model is loaded once per process; articles are read from `articles` only as the parse
    needs them, in batches bounded by their length (see `nlp.parse_batches`).
    """
    from quizgen.facts import extract_facts
    from quizgen.nlp import load_nlp, parse_batches
    from quizgen.questions import write_many

    parts: list[tuple[ArticleContext, list[Fact]]] = []
    pieces = ((text, (text, where)) for text, where in _pieces(articles))  # the text parsed is the document's
    for batch in parse_batches(load_nlp(), pieces):
        done = []  # the articles whose last piece is in this batch: their questions are written together
        for doc, (text, (article, last)) in batch:
            ctx, facts = extract_facts(doc, article.published, article.dateline, text)
            ctx.release_doc()
            parts.append((ctx, facts))
            if last:
                done.append((article, parts))
                parts = []
        yield from zip((article for article, _ in done), write_many(done), strict=True)


def _pieces(articles: Iterable[Article]) -> Iterator[tuple[str, tuple[Article, bool]]]:
    """(text, (article, whether it is the article's last piece)) for every piece of every article."""
    from quizgen.nlp import chunks

    for article in articles:
        texts = chunks(article.text)  # never empty: an empty text is one empty piece
        for number, text in enumerate(texts, 1):
            yield text, (article, number == len(texts))


#: One parse at a time per process: a Dask worker with several threads shares one model.
_PARSING = threading.Lock()


def questions_of(articles: list[Article]) -> list[list[Question]]:
    """The questions of each article in `articles`: one unit of work for a worker process or a
    Dask worker (importable by name, so it can be sent to one)."""
    with _PARSING:
        return [found for _article, found in article_questions(articles)]


def generate_texts(items: Iterable[tuple[str, str | bytes]]) -> Iterator[dict[str, Any]]:
    """`(id or path, text)` pairs in, one article record with its questions out per pair, in order.

    A name with an article file's ending ("news/harbour.html") is read as that kind of file and
    gets the id `quizgen generate` gives the file ("harbour"); any other name is slugged into the
    id. Repeated ids get "-2", "-3", ... An unusable text raises `quizgen.errors.InputError`.
    """
    from quizgen.export.bank import record

    for article, found in article_questions(_text_articles(items)):
        yield record(article, found)


def _text_articles(items: Iterable[tuple[str, str | bytes]]) -> Iterator[Article]:
    from quizgen.articles import ARTICLE_SUFFIXES, slugify
    from quizgen.articles.sources import _article

    ids: set[str] = set()
    for name, text in items:
        kind = ARTICLE_SUFFIXES.get(Path(name).suffix.lower())
        data = text.encode("utf-8") if isinstance(text, str) else text
        article, _warning = _article(data, name, kind or "text", slug=slugify(Path(name).stem if kind else name))
        unique, n = article.id, 2
        while unique in ids:
            unique, n = f"{article.id}-{n}", n + 1
        ids.add(unique)
        yield article if unique == article.id else _renamed(article, unique)


def _renamed(article: Article, new_id: str) -> Article:
    return dataclasses.replace(article, id=new_id)
