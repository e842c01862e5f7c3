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
    return questions_for(read_articles(paths), progress)


def questions_for(articles: Sequence[Article], progress: Progress | None = None) -> QuestionBank:
    """Parse every article in one `nlp.pipe` pass and write their questions."""
    from quizgen.facts import extract_facts
    from quizgen.nlp import chunks, load_nlp
    from quizgen.questions import write_questions

    nlp = load_nlp()
    pieces = [(chunk, index) for index, article in enumerate(articles) for chunk in chunks(article.text)]
    by_article: dict[int, list] = {i: [] for i in range(len(articles))}
    for doc, index in nlp.pipe(pieces, as_tuples=True, batch_size=32):
        by_article[index].append(extract_facts(doc, articles[index].published))
    questions = []
    for index, article in enumerate(articles):
        questions += write_questions(article, by_article[index])
        if progress:
            progress(index + 1, len(articles))
    return QuestionBank(articles=tuple(articles), questions=tuple(questions))
