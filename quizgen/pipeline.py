"""Articles in, questions out: the generation pipeline shared by every command."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizgen.articles import read_articles
from quizgen.models import Article, QuestionBank

Progress = Callable[[int, int], None]


def generate_bank(paths: Sequence[str], progress: Progress | None = None) -> QuestionBank:
    """Read the articles at `paths` and write questions for all of them.

    `progress(done, total)` is called after each article (the TUI shows it).
    """
    reading = read_articles(paths)
    bank = questions_for(reading.articles, progress)
    return QuestionBank(articles=bank.articles, questions=bank.questions, warnings=reading.warnings)


def questions_for(articles: Sequence[Article], progress: Progress | None = None) -> QuestionBank:
    """Parse every article in one `nlp.pipe` pass and write their questions.

    Each article's questions are written as soon as its last piece is parsed, so `progress`
    moves while the pass goes on.
    """
    from quizgen.facts import extract_facts
    from quizgen.nlp import chunks, load_nlp
    from quizgen.questions import write_questions

    nlp = load_nlp()
    pieces = [(chunk, index) for index, article in enumerate(articles) for chunk in chunks(article.text)]
    questions: list = []
    parts: list = []
    current = 0

    def finish(index: int) -> None:
        questions.extend(write_questions(articles[index], parts))
        parts.clear()
        if progress:
            progress(index + 1, len(articles))

    for doc, index in nlp.pipe(pieces, as_tuples=True, batch_size=32):
        while index != current:  # the previous article is complete (an empty one has no pieces)
            finish(current)
            current += 1
        parts.append(extract_facts(doc, articles[index].published, articles[index].dateline))
    while current < len(articles):
        finish(current)
        current += 1
    return QuestionBank(articles=tuple(articles), questions=tuple(questions))
