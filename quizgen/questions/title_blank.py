"""The title as shown above one question: with the answer blanked out when the title names it.

The quiz, the Anki card and the CSV/TSV front show "From: <title> · <date>" above every
question, so "Which organization chose Port Vell?" under "Harbour Board Picks Port Vell for Ferry
Hub" is answered by the line above it. Dropping such questions would lose real facts (a headline's
fact is often the article's main one), so the title is shown with the answer as a blank instead:
"From: ___ Picks Port Vell for Ferry Hub". A blank rather than no title at all: the learner still
sees which article the question is about (several articles share one deck), and sees that
something was hidden on purpose. `title_giveaway.py` drops only what the blank cannot hide: a
question whose answer, in a form this module does not know, still stands in the blanked title
and the title restates it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from quizgen.models import Article, Question
from quizgen.questions.title_quantity import BLANK as BLANK
from quizgen.questions.title_quantity import NUMBER_TERMS, same_quantity
from quizgen.text import initials
from quizgen.vocabulary import BODY_WORDS

#: Words of a name that do not tell which one it is: a title sharing only these gives nothing away.
#: Compared without dots: "U.S." is "us".
_PLAIN = set(
    "a an the of in on at to for by and or de la le du von van der us uk un eu national "
    "international federal state states united new world global general american british chinese "
    "department ministry council committee commission agency office board association organization "
    "organisation university college institute center centre company group corporation corp inc ltd "
    "bank fund foundation society service services authority administration house city county party "
    "minister secretary president director chief senior deputy vice head north south east west".split()
)
_ASKS_BODY = re.compile(
    r"\bwhich (?:organi[sz]ation|body|agency|company|group|party|ministry|department|union|firm|bank)", re.I
)
#: Lower-case words of a person's name ("Ursula von Kessel").
_PARTICLES = set("de la le du von van der den da di dos bin al".split())
#: Posts written before a name ("Mayor Quant"): such a word beside a name is no other name.
_POSTS = set("mayor governor senator premier chancellor judge prime pm ceo chair king queen dr mr mrs ms sir".split())
#: One token: "U.S." with its dots, a word, or a figure.
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w&.'\u2019-]*[\w&]|[A-Za-z]|\d+(?:[.,]\d+)*")
_THE = re.compile(r"^(?:the|an?)\s+", re.I)  # "the", and "a" of a description
#: Hedges before a number that a title may leave out ("nearly six million" → "six million").
HEDGE = re.compile(r"^(?:nearly|almost|about|around|some|roughly|over|just|only|more than|less than|up to)\s+", re.I)
#: A figure ("1.2m", "$40,000", "12%") or a word; `_numberish` tells which words are number words.
_NUMERIC = re.compile(r"(?<![\w.,])[$€£¥]?\d+(?:[.,]\d+)*(?:k|m|mn|bn|b|tn)?%?(?!\w)|[A-Za-z]+(?:-[A-Za-z]+)*")

_SHORT_NAME = re.compile(r"[A-Z][A-Za-z&]{1,9}")
_BLANKS = re.compile(rf"{BLANK}(?:\s+{BLANK})+")  # blanks side by side: one


def answer_forms(question: Question, text: str) -> list[str]:
    """The answer, its aliases, and its other form the article gives in brackets ("WHO" / the long form)."""
    forms = [question.answer, *question.aliases]
    if len(question.answer) > 3:
        bracket = _bracket_after(question.answer, text)
        if bracket:
            forms.append(bracket)
    if f"({question.answer})" in text and _SHORT_NAME.fullmatch(question.answer):
        answer = re.escape(question.answer)
        long = re.search(rf"((?:[A-Z][\w&'\u2019-]*\s+(?:(?:of|for|and|the|on)\s+)?){{1,6}})\({answer}\)", text)
        if long:
            forms.append(long.group(1).strip())
    return forms


_BRACKET = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")


def _bracket_after(answer: str, text: str) -> str | None:
    """What stands in brackets right after the first `answer` that has them ("WHO" after "World Health
    Organization (WHO)"): found with one pattern for all answers, not one compiled for each."""
    at = text.find(answer)
    while at != -1:
        bracket = _BRACKET.match(text, at + len(answer))
        if bracket:
            return bracket.group(1)
        at = text.find(answer, at + 1)
    return None


def _is_place(word: str) -> bool:
    """ "Texas", "Australia": a title naming the place gives no body or person away."""
    from quizgen.facts.places import US_STATES, country_names

    return word in US_STATES or word in country_names()


@lru_cache(maxsize=1024)  # an answer's name is read again for each of its article's questions
def _name_words(form: str) -> tuple[str, ...]:
    """The words that tell which one a name is: its first and last, leaving out "National",
    "Department" and places ("Kestrel" of "Kestrel Commission", "Quant" of "Marisol Quant")."""
    words = [w for w in _WORD.findall(form) if w[0].isupper() and len(w) > 1]
    telling = [w for w in words if w.lower().replace(".", "") not in _PLAIN and not _is_place(w)]
    return tuple(dict.fromkeys(telling[:1] + telling[-1:]))


def _names_body(question: Question, form: str) -> bool:
    """Does the answer name an organization (whose initials a title may use), not a person? A
    description ("Harwick Foods spokesman") names its body: a person's name has no lower-case word."""
    words = form.split()
    return (
        any(w.lower() in BODY_WORDS for w in words)
        or any(w[:1].islower() and w not in _PARTICLES for w in words)
        or _asks_body(question.question)
    )


def _asks_body(question: str) -> bool:
    """ "Which organization …", "which party …" (an ASCII question without "which" is not searched)."""
    if question.isascii() and "which" not in question.lower():
        return False
    return _ASKS_BODY.search(question) is not None


def _pieces(form: str, question: Question, names: bool) -> tuple[list[str], list[str]]:
    """What of one answer form, if it stands in a title, gives the answer away: the pieces to
    blank wherever they stand, and the words of the name to blank only where no other name holds them.

    The whole form; for a number its figures; for a name (not a post, a date or a description
    such as "a source close to the bank") its telling words, and a body's initials.
    """
    if question.kind == "number":
        bare = HEDGE.sub("", form)  # "nearly six million": the title says "six million"
        return [form, bare, *_same_figures(form)], []
    if not names:
        return [form], []
    bare = _THE.sub("", form)
    if not bare[:1].isupper():
        return [form], []
    short = initials(bare) if _names_body(question, bare) else ""
    return [form, short if len(short) >= 2 else ""], [w for w in _name_words(bare) if w != bare]


def _same_figures(form: str) -> list[str]:
    """The figures of a number that are its value ("40,000" of "$40,000"), not the "12" of "12 million"."""
    from quizgen.grading.values import parse_number, same_number  # loads after the first card is drawn

    value = parse_number(form)
    figures = [w for w in _WORD.findall(form) if w[0].isdigit()]
    if value is None:
        return figures
    return [w for w in figures if (v := parse_number(w)) is not None and same_number(v, value)]


def _asks_name(question: Question) -> bool:
    """Does the question ask for a person or a body (not a post, a date or a number)?"""
    if question.kind in ("date", "number", "acronym"):
        return False  # the whole form only (and a number's figures): a title's "Harbor" is not "HTA"
    asked = f" {question.question.lower()}"
    return question.kind != "role" or " who " in asked


@lru_cache(maxsize=1024)  # an answer's pieces recur over its article's questions
def _pattern(piece: str, caps: bool) -> re.Pattern[str]:
    flags = re.IGNORECASE if caps or " " in piece or not piece[:1].isalpha() else 0
    if piece[:1].isdigit():  # a figure, not the "1" of another score or range ("2-1", "10-12")
        edges = rf"(?<![\w.])(?<!\d[-\u2013:/]){re.escape(piece)}(?![\w]|\.\w|[.,]\d|[-\u2013:/]\d)"
        return re.compile(edges, flags)
    return re.compile(rf"(?<![\w.]){re.escape(piece)}(?![\w]|\.\w|[.,]\d)", flags)


def _absent(piece: str, title: str) -> bool:
    """Surely not in `title`, whatever the case: an exact test for ASCII text only (without case,
    a pattern's "k" also finds the Kelvin sign, which `lower` does not give)."""
    return piece.isascii() and title.isascii() and piece.lower() not in title.lower()


@lru_cache(maxsize=64)  # one title, every question of its article
def _title_case(title: str) -> bool:
    """Are (nearly) all its longer words capitalised ("Harbour Board Picks Port Vell")? Then a
    capital tells no name, and a word beside a name cannot be told from a word of it."""
    words = [w for w in re.findall(r"[A-Za-z]+", title) if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _in_other_name(title: str, match: re.Match[str], own: set[str]) -> bool:
    """Does the word `match` found stand in another name: "Westhaven" of "Westhaven Rovers" when
    the answer is "Westhaven Council"? A capitalised word beside it that is not the answer's says so."""
    after = re.match(r"\s+([A-Z][\w&'\u2019.-]*)", title[match.end() :])
    before = re.search(r"\S\s+([A-Z][\w&'\u2019.-]*)\s+$", title[: match.start()])  # not the title's first word
    words = [m.group(1) for m in (after, before) if m]
    return any(w not in own and w.lower().rstrip(".") not in _POSTS | _PLAIN for w in words)


def _blank_alone(pattern: re.Pattern[str], title: str, own: set[str]) -> str:
    """`title` with what `pattern` finds blanked, except where it stands in another name."""
    return pattern.sub(lambda m: m.group() if _in_other_name(title, m, own) else BLANK, title)


def blanked(question: Question, title: str, text: str = "") -> str:
    """`title` with every piece of the answer it holds replaced by a blank.

    A piece the question itself spells out ("What does WHO stand for?") is not blanked: it is
    no secret. A title in capitals ("KESTREL REPORT …") is matched without case.
    """
    caps = title.upper() == title
    asked = question.question
    shown = title
    names = _asks_name(question)
    forms = answer_forms(question, text)
    whole: set[str] = set()
    lone: set[str] = set()
    for form in forms:
        pieces, words = _pieces(form, question, names)
        whole.update(p for p in pieces if p)
        lone.update(words)
    own: set[str] | None = None  # the answer's own words: read only for a piece that may stand in another name
    plain = _title_case(title)
    for piece in sorted(whole | lone, key=len, reverse=True):  # "Kestrel Commission" before "Kestrel"
        if _absent(piece, shown):
            continue  # most pieces: the costly patterns below cannot find them
        if _pattern(piece, caps=False).search(asked):
            continue
        if piece not in whole and _common_opening(piece, shown, text):
            continue
        if piece in whole or plain:
            shown = _pattern(piece, caps).sub(BLANK, shown)
        else:
            own = own if own is not None else {w for form in forms for w in _WORD.findall(form)}
            shown = _blank_alone(_pattern(piece, caps), shown, own)
    if question.kind == "number":
        shown = _blank_values(shown, forms)
    elif names and BLANK in shown:  # a given name is blanked only before a blanked surname
        shown = _blank_short_given_names(shown, forms)
    if BLANK not in shown:
        return shown  # nothing blanked (most titles): no blanks to join, no figure to check
    shown = _BLANKS.sub(BLANK, shown)
    if question.kind == "number" and not same_quantity(question, shown):
        return title  # "Storm kills ___ villagers" above "How many points …?" would point at the wrong figure
    return shown


def _common_opening(word: str, title: str, text: str) -> bool:
    """ "Hurricane leaves trail …" for the "US National Hurricane Center": a word of the name that
    opens the title only, and that the article also writes in lower case, is a common word there."""
    opens = title.startswith(f"{word} ") and title.count(word) == 1
    return opens and re.search(rf"\b{re.escape(word.lower())}", text) is not None


def _blank_short_given_names(shown: str, forms: list[str]) -> str:
    """ "Dan ___ vows …" for Daniel Andrews: a short form of the given name, right before the blanked
    surname, still tells which person it is."""
    for form in forms:
        words = form.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        given = words[0].lower()

        def short(m: re.Match[str], given: str = given) -> str:
            word = m.group(1).lower()
            return BLANK if len(word) >= 3 and word != given and given.startswith(word) else m.group(0)

        shown = re.sub(rf"\b([A-Z][a-z]+)(?=\s+{re.escape(BLANK)})", short, shown)
    return shown


def _numberish(token: str) -> bool:
    return not token[0].isalpha() or all(p in NUMBER_TERMS for p in token.lower().split("-"))


_DECIMAL = re.compile(r"\d+(?:,\d{3})*\.(\d+)")


def _alike(text: str, value: float, form: str, answer: float) -> bool:
    """The same value, or within the last digit of the coarser figure, as rounding or cutting gives:
    "$1.865 billion" in a title gives away "$1.87 billion". Only between two figures written with
    decimals, whose precision the writing shows ("3" may be a count of anything)."""
    from quizgen.grading.values import same_number  # the grader loads after the first card is drawn

    if same_number(value, answer):
        return True
    mine, theirs = _DECIMAL.search(text), _DECIMAL.search(form)
    if mine is None or theirs is None or value <= 0 or answer <= 0:
        return False
    step = max(
        value / float(mine.group(0).replace(",", "")) * 10 ** -len(mine.group(1)),
        answer / float(theirs.group(0).replace(",", "")) * 10 ** -len(theirs.group(1)),
    )  # the coarser figure's last digit, with its scale ("1.87 billion" → 0.01 billion)
    return bool(abs(value - answer) < step * (1 - 1e-9))  # rounded or cut ("$1.588 billion" for "$1.58 billion")


def _in_score(title: str, m: re.Match[str]) -> bool:
    """One side of "Castleford United 2-2 Brampton City": a score's figure is no count a question asks."""
    return bool(re.match(r"[-\u2013]\d", title[m.end() :]) or re.search(r"\d[-\u2013]$", title[: m.start()]))


@lru_cache(maxsize=64)  # one title, every number question of its article
def _number_tokens(title: str) -> tuple[tuple[int, int], ...]:
    """Where `title` writes a figure or a number word, outside a score."""
    return tuple(m.span() for m in _NUMERIC.finditer(title) if _numberish(m.group()) and not _in_score(title, m))


def _blank_values(title: str, forms: list[str]) -> str:
    """`title` with every number of the answer's value blanked, however written: "six" or "6",
    "1.2m", "1.2 million" or "1,200,000", or rounded ("$1.865 billion" for "$1.87 billion")."""
    from quizgen.grading.values import parse_number  # the grader loads after the first card is drawn

    tokens = _number_tokens(title)
    if not tokens:
        return title  # no figure or number word (many titles)
    values = [(f, v) for f, v in ((f, parse_number(f)) for f in forms) if v is not None]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i + 1  # tokens[i:j]: the run of number tokens with only spaces between
        while j < len(tokens) and not title[tokens[j - 1][1] : tokens[j][0]].strip():
            j += 1
        for k in range(j, i, -1):  # the longest run that reads as the answer's value
            start, end = tokens[i][0], tokens[k - 1][1]
            number = parse_number(title[start:end])
            if number is not None and any(_alike(title[start:end], number, f, v) for f, v in values):
                spans.append((start, end))
                i = k
                break
        else:
            i += 1
    for start, end in reversed(spans):
        title = title[:start] + BLANK + title[end:]
    return title


def shown_title(question: Question, article: Article | None) -> str:
    """The title a learner sees above `question` ("" when the article or its title is unknown).

    As worked out when the question was written (`with_shown_titles`), from the whole article,
    while the article still has that title; else (an older bank or store, a title changed since)
    from the article as far as it is known here.
    """
    carried = question.shown_title
    if article is None or not article.title.strip():
        return carried or ""
    if carried and _blanked_from(carried, article.title):
        return carried
    return blanked(question, article.title, f"{article.text}\n{question.source}")


def _blanked_from(shown: str, title: str) -> bool:
    """Is `shown` `title` with some of it blanked (not a title the article had before)? A blank
    stands for one or more characters of one line; the pieces between are found in order,
    each at its earliest (a pattern compiled per question cost more than the scan)."""
    if BLANK not in shown:
        return shown == title
    if "\n" in title:
        return re.fullmatch(".+?".join(re.escape(part) for part in shown.split(BLANK)), title) is not None
    first, *middle, last = shown.split(BLANK)
    if not title.startswith(first):
        return False
    at = len(first)
    for part in middle:
        at = title.find(part, at + 1)
        if at == -1:
            return False
        at += len(part)
    return title.endswith(last) and len(title) - len(last) > at


def with_shown_titles(article: Article, questions: Iterable[Question]) -> list[Question]:
    """`questions` carrying the title shown above them, worked out while the whole article is at
    hand: a store or bank keeps no article text, so an acronym it defines would not be found later."""
    if not article.title.strip():
        return list(questions)
    fresh = (q if q.shown_title is None else replace(q, shown_title=None) for q in questions)
    return [replace(q, shown_title=shown_title(q, article)) for q in fresh]


def shown_article(question: Question, article: Article | None) -> Article | None:
    """The article as its From line shows it above `question`: without its date when that date is
    the answer ("When did the port open its new pier?" on the day's own news)."""
    day = article.published if article is not None else None
    if article is not None and day is None and article.dateline is not None and question.kind == "date":
        month_day = dt.date(2000, *article.dateline)  # a wire dateline with no year: "4 March"
        spelled_day = (f"{month_day:%B} {month_day.day}", f"{month_day.day} {month_day:%B}")
        answers = (question.answer, *question.aliases)
        return replace(article, dateline=None) if any(f in a for a in answers for f in spelled_day) else article
    if article is None or day is None or question.kind != "date":
        return article
    spelled = (day.isoformat(), f"{day:%B} {day.day}, {day.year}", f"{day.day} {day:%B} {day.year}")
    if any(form in answer for answer in (question.answer, *question.aliases) for form in spelled):
        return replace(article, published=None)
    return article


def shown_byline(question: Question, article: Article) -> str:
    """ "Title · 30 May 2020" as `Article.byline` writes it, the title blanked as above (and the
    date left out when it is the answer)."""
    return (shown_article(question, article) or article).byline(shown_title(question, article))
