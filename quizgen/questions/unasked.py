"""Drafts a teacher would not ask, whatever their wording: a photo caption's date, a weekday that is
no date ("always on a Friday"), a time before any calendar, the dateline taken for a subject, a
speaker the article names only by nationality, a body named only as part of a minister's title, and
the news agency that reports the story.

Each is a right-looking question with a wrong or empty answer, so it is dropped, not reworded.
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import DateFact, Fact, NumberFact, QuoteFact
from quizgen.facts.lexicon import DOCUMENT_NOUNS, NEWS_AGENCIES
from quizgen.facts.titles import is_post
from quizgen.questions.draft import Draft


def reason_not_asked(d: Draft, fact: Fact, ctx: ArticleContext) -> str | None:
    """Why the draft is not worth a question, or None."""
    if d.answer_type in ("org", "group") and _news_agency(d.answer):
        return "the news agency that reports the story"  # "Which organization's survey …? — Reuters"
    if isinstance(fact, DateFact):
        return _date_reason(d, fact, ctx)
    if isinstance(fact, QuoteFact):
        return _speaker_reason(fact)
    if isinstance(fact, NumberFact) and _number_in_a_name(d, fact, ctx):
        return "a number that is part of a name"  # "During how many Genomes project …? — 1000"
    if isinstance(fact, NumberFact) and _ratio_as_count(d, fact):
        return "a ratio asked as a count"  # "for every worker there are 1.5 …": "How many …? — 1.5"
    return None


def _ratio_as_count(d: Draft, fact: NumberFact) -> bool:
    """ "For every legal worker, there are about 1.5 illegal ones": the figure is per worker, and a
    question that drops the "for every" asks a count the article never gave."""
    if re.search(r"\bfor (?:every|each)\b", d.question, re.I):
        return False
    ratio = rf"\bfor (?:every|each) [^.;]{{1,60}}?\b(?:\w+ ){{0,4}}{re.escape(d.answer)}\b"
    return re.search(ratio, fact.sentence, re.I) is not None


#: "How many Genomes project …", "how many Americans …": a capitalised word counted.
_COUNTED_NAME = re.compile(r"\b[Hh]ow many ([A-Z][a-z]+)\b")


def _number_in_a_name(d: Draft, fact: NumberFact, ctx: ArticleContext) -> bool:
    """The figure opens a name ("the 1000 Genomes project": no plural follows the name to be counted).
    A people ("20 Britons") and a noun after a name ("two General Motors plants") are counted."""
    found = _COUNTED_NAME.search(d.question)
    if found is None:
        return False
    run = re.search(rf"\b{re.escape(d.answer)} {found.group(1)}\b(?:[\w-]*\s+[A-Z][\w-]*)*\s+([a-z]+)", fact.sentence)
    if run is None or run.group(1).endswith("s"):
        return False  # "23,993 Covid-19 cases", "two General Motors parts plants": the plural is counted
    return not any(found.group(1) in e.text for e in ctx.ents if e.label_ in ("NORP", "GPE"))


def _news_agency(answer: str) -> bool:
    """ "Reuters", "the Reuters survey", "AFP": a wire service, alone or with what it put out."""
    name = re.sub(r"^(?:the|a|an) ", "", answer.strip(), flags=re.I)
    return name in NEWS_AGENCIES or any(
        name.startswith(agency + " ") and name.split()[-1].lower() in DOCUMENT_NOUNS for agency in NEWS_AGENCIES
    )


#: "When does an official wait …?", "When do students use …?": a caption's present, not an event's past.
_PRESENT_WHEN = re.compile(r"^When (?:do|does) ")
#: "CHENGDU - ", "KYIV, Ukraine (AP) — ": the place a wire story was filed from, in capitals.
_DATELINE = re.compile(r"^([A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*)\b[^-\u2013\u2014]{0,40}?\s[-\u2013\u2014]")


def _date_reason(d: Draft, fact: DateFact, ctx: ArticleContext) -> str | None:
    if _PRESENT_WHEN.match(d.question) and _on_or_before(fact.iso, ctx.published):
        return "a photo caption's date"  # "Students use hand sanitisers at a school on April 27, 2020."
    dateline = _DATELINE.match(fact.sentence)
    if dateline and re.search(rf"\b{re.escape(dateline.group(1))}\b", d.question):
        return "the dateline taken for the question's subject"  # "When were CHENGDU?"
    return None


def _on_or_before(iso: str | None, published: dt.date | None) -> bool:
    """A full date no later than the publication date."""
    if not iso or published is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return False
    return dt.date.fromisoformat(iso) <= published


#: One person of a nation ("the Serbian", "the Spaniard", "the Pakistani"); not "the Taliban", "the Greens".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ard|ch|i)")


def _speaker_reason(fact: QuoteFact) -> str | None:
    speaker = fact.speaker
    name = speaker.name.strip()
    if speaker.wh == "Which group" and _DEMONYM.fullmatch(name) and re.search(rf"\bthe {name}\b", fact.sentence):
        return "a person named by nationality, not a group"  # "… the Serbian explained"
    if speaker.wh == "Which organization" and _before_a_title(name, fact.sentence):
        return "a body named in a minister's title, not the speaker"
    return None


def _before_a_title(name: str, sentence: str) -> bool:
    """ "Crown Relations — Te Tari — Minister Ana Pohe explained": the body is the minister's portfolio,
    and the speaker is the minister."""
    after = r"\s*(?:[-\u2013\u2014][^-\u2013\u2014]{1,40}[-\u2013\u2014]\s*)?([A-Z][a-z]+(?:-[A-Za-z]+)?) [A-Z]"
    return any(is_post(m.group(1)) for m in re.finditer(re.escape(name) + after, sentence))


#: Endings of the abstract nouns that close a portfolio or a department's name ("Safety", "Exploration",
#: "Development"), never a given name's.
_ABSTRACT_END = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ety|ship|ics|ogy|fare)")


def title_word_glued(name: str, sentence: str) -> bool:
    """ "Workplace Relations and Safety Michael Wood said": the tagger took the last word of the title
    for the first of the name, wherever `sentence` (or a whole article) writes it. The person is the
    name without it; the title is torn."""
    words = name.split()
    if len(words) < 3 or not _ABSTRACT_END.fullmatch(words[0]):
        return False
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}\b", sentence))
    return bool(found) and all(re.search(r"(?:\band|\bof|\bfor|[A-Z][a-z]+) $", sentence[: m.start()]) for m in found)
