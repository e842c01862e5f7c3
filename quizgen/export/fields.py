"""The HTML inside exported notes: every piece of article text escaped, the answer in bold.

Anki fields are HTML, and article text is data: a headline with `<script>` or "AT&T" must show
as written. So every value goes through `html.escape` before any markup of ours is added, and
spans are cut from the raw text first (escaping shifts character offsets), then escaped.
"""

from __future__ import annotations

import html

from quizgen.models import Article, Question
from quizgen.questions.highlight import whole_word
from quizgen.text import squeeze


def plain(value: str) -> str:
    """Plain text as HTML: escaped, line breaks kept visible."""
    return html.escape(value).replace("\n", "<br>")


def _same(a: str, b: str) -> bool:
    """Do two snippets say the same thing, ignoring case and spacing?"""
    return squeeze(a) == squeeze(b)


def answer_span(question: Question) -> tuple[int, int] | None:
    """Where the answer (or an accepted alias) stands in the source sentence, if it does.

    The question's own span is trusted when its text is the answer or an alias; otherwise the
    first occurrence of the answer as whole words is used, so an off-by-one span from an older
    bank does not bold half a name, nor "CAS" inside "CAST", on a learner's card.
    """
    source = question.source
    if question.span:
        start, end = question.span
        if 0 <= start < end <= len(source):
            found = source[start:end]
            if any(_same(found, a) for a in (question.answer, *question.aliases)):
                return start, end
    answer = question.answer.strip()
    if not answer:
        return None
    match = whole_word(answer).search(source)
    return (match.start(), match.end()) if match else None


def cloze_span(question: Question) -> tuple[int, int] | None:
    """The answer's span when it is the answer itself (not an alias), so a cloze tests the fact."""
    span = answer_span(question)
    if span and _same(question.source[span[0] : span[1]], question.answer):
        return span
    return None


def context(question: Question) -> str:
    """The source sentence with the answer in bold (escaped first, then bolded)."""
    span = answer_span(question)
    if span is None:
        return plain(question.source)
    start, end = span
    source = question.source
    return f"{plain(source[:start])}<b>{plain(source[start:end])}</b>{plain(source[end:])}"


# Anki reads `{{c1::...}}` and `::hint` in the raw field, so braces anywhere in the sentence and
# a `::` inside the deletion are written as character references: shown the same, never parsed.
_CLOZE_SAFE = str.maketrans({"{": "&#123;", "}": "&#125;"})


def cloze(question: Question, span: tuple[int, int]) -> str:
    """The source sentence with the answer as Anki's single deletion `{{c1::...}}`."""
    start, end = span
    source = question.source
    hidden = plain(source[start:end]).translate(_CLOZE_SAFE).replace("::", ":&#58;")
    before = plain(source[:start]).translate(_CLOZE_SAFE)
    after = plain(source[end:]).translate(_CLOZE_SAFE)
    return f"{before}{{{{c1::{hidden}}}}}{after}"


def choices(question: Question) -> str:
    """The choices as a lettered list, in the order the quiz shows them."""
    items = "".join(f"<li>{plain(choice)}</li>" for choice in question.choices)
    return f'<ol class="choices" type="A">{items}</ol>'


def source(article: Article | None, article_id: str, title: str | None = None) -> str:
    """Where the fact comes from: title (or `title`, the one shown for this question), date, and
    the article's URL or file.

    Each part is its own span, its " · " inside it, so a card's front can show the title and
    date (`.from .where` is hidden by anki.css) while the back shows all of it; the text reads
    the same either way.
    """
    if article is None:
        return f'<span class="title">{plain(article_id)}</span>'
    title = article.title if title is None else title
    parts = [f'<span class="title">{plain(title or article_id)}</span>']  # "": title unknown
    if article.published:
        parts.append(f'<span class="date"> · {article.published.isoformat()}</span>')
    if article.url and article.url.startswith(("https://", "http://")):
        url = html.escape(article.url)
        parts.append(f'<span class="where"> · <a href="{url}">{url}</a></span>')
    elif article.url:
        parts.append(f'<span class="where"> · {plain(article.url)}</span>')
    elif article.path and article.path != "-":
        parts.append(f'<span class="where path"> · {plain(article.path)}</span>')
    return "".join(parts)


def from_line(article: Article | None, title: str | None = None) -> str:
    """The line "From: <title> · <date>", for a front that has no note type of ours to style (CSV/TSV).

    `title` is the one shown for this question, when it differs from the article's.
    """
    title = (article.title if title is None else title) if article else ""
    if article is None or not title.strip():
        return ""
    date = f" · {article.published.isoformat()}" if article.published else ""
    return f"<small>From: <i>{plain(title)}</i>{date}</small><br>"
