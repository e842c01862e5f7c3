"""When things happened: dates of events, resolved against the publication date.

spaCy finds the date expressions (dateparser's own search finds "May" the name and "may" the
verb); `date_values` reads each one at the granularity written ("March 2006" is a month, not the
14th) and `date_events` words the question for the event it dates. Durations ("12 months") are
numbers, not dates, and go to the number extractor.
"""

from __future__ import annotations

import bisect
import re
from functools import partial
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.claims import according_to, contested_claim
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.context import ArticleContext
from quizgen.facts.date_agree import read_beside_weekday
from quizgen.facts.date_asking import event_question
from quizgen.facts.date_bare_periods import bare_period
from quizgen.facts.date_conjuncts import gapped_object, in_absolute, relative_conjunct, without_dated_conjunct
from quizgen.facts.date_doubts import asks, in_doubt, names_its_event
from quizgen.facts.date_events import ask_date, ask_when_clause
from quizgen.facts.date_periods import period_end_fact
from quizgen.facts.date_points import names_a_time
from quizgen.facts.date_present import nowadays, pictured, present_without_year, scheduled
from quizgen.facts.date_spans import with_between
from quizgen.facts.date_starts import effective_ahead
from quizgen.facts.date_tense import clause_future, past_when_over, tense_fits
from quizgen.facts.date_trims import score_as_written, trimmed
from quizgen.facts.date_unanchored import year_unknown
from quizgen.facts.date_values import year_span
from quizgen.facts.date_weekdays import day_of_clock_time, weekday_only
from quizgen.facts.date_with_starts import with_start_fact
from quizgen.facts.date_words import (
    WHICH_TIME,
    absolute_days,
    asked_verbs,
    balanced_quotes,
    founded,
    from_when,
    in_own_words,
    lacks,
    learnable,
    on_which_weekday,
    put_back_when_word,
    remark_of_the_day,
    simple_past,
    without_passing_talk,
)
from quizgen.facts.fact_types import DateFact, Fact
from quizgen.facts.late_attach import hung_on_late_participle, owning_verb
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.relative import Base
from quizgen.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def extract_dates(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    base = Base.of(ctx.published, ctx.dateline)
    for ent in _times(ctx.ents):
        if ent.label_ not in ("DATE", "CARDINAL"):
            continue  # each asker below reads a DATE (a fiscal year: a CARDINAL) only, and no other name
        ended = period_end_fact(ctx, ent, base, _key) or with_start_fact(ctx, ent, base, _key)  # ("ended Nov. 2")
        for fact in [ended] if ended else _date_facts(ctx, ent, base) if names_a_time(ent) else []:
            facts.setdefault(fact.key, fact)
    return list(facts.values())


#: A part of a day named by its day: "on Sunday night", "Tuesday morning", "last night", "tonight"
#: (a day counted from the story's date is read only in a dated story).
_DAY_PART = re.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)}|yesterday|tomorrow|this|last) (?:night|morning|afternoon|evening)|tonight)", re.I
)


def _times(ents: list[Span]) -> list[Span]:
    """The entities, with a weekday and the part of that day read as one date: spaCy calls "Sunday
    night" a TIME (or "Tuesday" a DATE and "morning" a TIME), yet the day is what a quiz asks."""
    from spacy.tokens import Span  # (loaded with the model already: dates are read from a parse)

    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "TIME" and out and out[-1].end == ent.start and out[-1].label_ == "DATE":
            joined = ent.doc[out[-1].start : ent.end]
            if _DAY_PART.fullmatch(joined.text):
                out[-1] = Span(ent.doc, joined.start, joined.end, label="DATE")
                continue
        lead = int(ent.label_ == "TIME" and len(ent) > 2 and ent[0].lower_ in ("just", "early", "late"))
        if ent.label_ == "TIME" and _DAY_PART.fullmatch(ent[lead:].text.strip()):
            ent = Span(ent.doc, ent.start + lead, ent.end, label="DATE")  # ("early this morning": the day)
        ent, year = day_of_clock_time(ent), _year_in_name(ent)  # ("5:31 p.m. Monday": the Monday)
        if year is not None:  # "the 2030 Island Games": spaCy keeps the year inside the event's name
            out.append(Span(ent.doc, year, year + 1, label="DATE"))
        out.append(ent)
    return out


def _year_in_name(ent: Span) -> int | None:
    """The index of a year that opens an event's or a body's name ("the 2030 Island Games"), or None."""
    if ent.label_ not in ("EVENT", "ORG"):
        return None  # (asked first: the words of every other entity are never looked at)
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or not re.fullmatch(r"(19|20)\d\d", words[0].text):
        return None
    return words[0].i if words[0].dep_ in ("nummod", "compound", "nmod") and words[0].head in words else None


def _date_facts(ctx: ArticleContext, ent: Span, base: Base | None) -> list[Fact]:
    """The date's fact, and a second one for the event of a "when" clause that it also dates."""
    surface = ent.text.strip()
    future = effective_ahead(ent, ctx.published)
    future = clause_future(ent) if future is None else future
    if nowadays(ent, future) or in_doubt(ent) or asks(ent) or (hung_on_late_participle(ent) and not owning_verb(ent)):
        return []
    future = True if future is None and scheduled(ent) else future  # ("opens on March 3": one ahead)
    if future is None and present_without_year(ent):
        return []  # the lead's "The curfew ends on May 2": this May or last, the tense does not say
    named = _named_day(ctx, ent)  # "on Tuesday (April 7)": the written date places the weekday
    value = read_beside_weekday(ent.text, named, with_between(ent), ctx.published, future, base)  # (its year)
    spanned = _span_to(ent)
    if spanned is not None and value is not None:
        value, surface = year_span(spanned) or value, spanned
    if value is None or year_unknown(*value[:2]) or not tense_fits(value[0], future, ctx.published):
        return []  # ("last November" in a story that never gives its year; "found … by 2050" in 2014)
    if pictured(ent, value[0], ctx.published):
        return []
    iso, answer, aliases, fmt = value
    if named is not None and fmt in ("day", "no-year"):
        answer, aliases = f"{surface}, {answer}", [*aliases, surface]
    if ctx.in_quote(ent.start_char):  # "… has been a grant university since 1989," she said
        claimed = according_to(ctx, ent, partial(ask_date, ent=ent, iso=iso))
        questions = [f"{claimed[1]}, {claimed[0][:1].lower()}{claimed[0][1:]}" if claimed else None]
    else:
        # ("from May to July, when she was arrested": the arrest was at one end of the span, not over it)
        questions = [event_question(ctx, ent, iso), None if "/" in (iso or "") else ask_when_clause(ctx, ent)]
        if questions[1] is not None and (questions[0] or "").startswith("Since when"):
            questions[0] = None  # "has worked abroad since 1931, when it opened a branch": one event, one question
    if iso is None and fmt == "surface":  # "on Saturday" in a story with no date: only the weekday is known
        answer, aliases, fmt = weekday_only(answer, aliases)  # (never "On what day of the week did X say …?")
        questions = [on_which_weekday(q, answer) if answer else None for q in without_passing_talk(ent, questions)]
    questions = without_passing_talk(ent, questions) if remark_of_the_day(ctx.published, ent, iso) else questions
    if iso is None and fmt == "relative":  # "withdrew his offer last week" in a story with no date
        questions = in_own_words(ent, questions)
    if spanned is not None and fmt == "range":  # "from 1990 to 2015": both ends go
        end = re.compile(r"\s+(?:to|until|through)\s+" + re.escape(spanned.split()[-1]) + r"\b")
        questions = [end.sub("", q) if q else q for q in questions]
    if named is not None:  # "announced a deal Thursday, Feb. 15, to …": the answer's date leaves the question too
        cut = re.compile(r"\s*[,(]?\s*" + re.escape(named.text) + r"\s*[,)]?\s*")
        questions = [cut.sub(" ", q) if q else q for q in questions]
    sentence, at = span_text(ent.sent), ent.start_char - ent.sent.start_char
    questions = [past_when_over(q, iso, ctx.published, sentence) for q in _finished(ctx, ent, base, questions)]
    questions = [None if lacks(v) else q for q, v in zip(questions, asked_verbs(ent)[: len(questions)], strict=True)]
    return [
        DateFact(
            key=_key(iso or surface.lower(), question),
            sentence=sentence.strip(),
            answer_span=(at, at + len(ent.text)),
            question=question,
            answer=answer,
            aliases=learnable(aliases, answer),
            iso=iso,
            format=fmt,
            surface=surface,
        )
        for question in questions
        if question is not None
    ]


def _finished(ctx: ArticleContext, ent: Span, base: Base | None, questions: list[str | None]) -> list[str | None]:
    """The questions in the simple past, with days written out, and None for one that names no
    event, lost its "first", or kept another date."""
    asked = asked_verbs(ent)
    pairs = zip(questions, asked[: len(questions)], strict=True)
    questions = [founded(from_when(simple_past(q, v), v), v) for q, v in pairs]
    questions = [balanced_quotes(absolute_days(q, base)) for q in questions]
    questions = [score_as_written(q, ent.sent.text) if q else q for q in questions]  # ("beat Rovers 2-1")
    questions = [q if q is None or names_its_event(q, ent) else None for q in questions]
    questions = [None if q is None or _GLUED_QUOTE.search(q) or _DATELINE_LEFT.search(q) else q for q in questions]
    questions = [trimmed(_LEFT_BEHIND.sub("?", put_back_when_word(ent, q))) if q else q for q in questions]
    questions = [without_dated_conjunct(ent, clause_verb(ent.root), q) if q else q for q in questions]
    verb = clause_verb(ent.root)  # "awarded A in 1988 and B in 2006"; "books, the last of which appeared …"
    torn = gapped_object(ent, verb) or relative_conjunct(verb) or in_absolute(ent)  # ("…, with X due to open in …")
    questions = [None if torn else q for q in questions]
    questions = [None if bare_period(q) else contested_claim(ent, q, ctx) if q else q for q in questions]  # (critics')
    return [q if q is None or _keeps_its_when_words(ctx, ent, q) else None for q in questions]


#: ('… will stay shut,"Ruiz told …'): a quote's last word glued to the next one, so the parse's
#: subject is torn from the quote.
_GLUED_QUOTE = re.compile(r"\w[,.;:!?]?[\"\u201c\u201d]\w")
#: "When were DUNMORE - Visitors … pleased …?": a dateline left in a later paragraph was read into the subject.
_DATELINE_LEFT = re.compile(r"\b[A-Z]{3,}(?:,? [A-Z]{2,})* [-\u2013\u2014]+ [A-Z][a-z]")

#: "had underproduced partly because …" asked without its reason: the adverb of the reason stays behind.
#: An elision mark ("[...]") the sentence split tore open before the question mark goes too.
_LEFT_BEHIND = re.compile(
    r",?\s+(?:partly|largely|mainly|mostly|chiefly|partially|in part|in large part)\?$|\s*\[(?:\.\.\.|\u2026)?\s*\?$"
)


def _keeps_its_when_words(ctx: ArticleContext, ent: Span, question: str) -> bool:
    """ "The festival, first held in 1987" → "When was the festival held?" would teach 1987 as the
    date of every festival: a question that lost "first" is not asked. Nor "Since when did the
    museum close?" from "the museum, closed since 2020": "since" bounds a state, never a past act."""
    verb = clause_verb(ent.root)
    if verb is None:
        return True
    asked = set(re.findall(r"[a-z]+", question.lower()))
    lost = {c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in WHICH_TIME} - asked
    if lost - ({"again"} if "will" in asked else set()):  # ("will again plead": the one to come is one)
        return False
    if question.startswith(("Since when did ", "Since when do ", "Since when does ")):
        return False
    if any(c.dep_ == "neg" for c in verb.children) and not question.startswith(("Since", "Until")):
        return False  # "When did the port not open?": what did not happen has no date
    sent = ent.sent  # an entity's sentence is the one holding its first word: the window of starts below
    lo, hi = (bisect.bisect_left(ctx.ent_starts, at) for at in (sent.start, sent.end))
    others = [e for e in ctx.ents[lo:hi] if e.label_ == "DATE" and e.start != ent.start]
    named = [e for e in others if re.search(r"\d", e.text) or set(e.text.lower().split()) & {*WEEKDAYS, *MONTHS}]
    if any(_time_of(e) == verb and e.text in question for e in named):
        return False  # "rose in 2021 and again in 2022" → "… rise again in 2022?": the other date is left in
    if set(re.findall(r"\w+", question)) & _named_words(ent):
        return False  # "When was the inspection in March? — March 2023": the parse split "in March | last year"
    return not (_shares_passive(verb) and " did " in question)  # "was built … and refitted in 2012"


def _named_words(ent: Span) -> set[str]:
    """The words of the date that give its answer away: its month, weekday or year (no day number)."""
    return {t.text for t in ent if t.lower_ in MONTHS or t.lower_ in WEEKDAYS or re.fullmatch(r"\d{4}", t.text)}


def _time_of(ent: Span) -> Token | None:
    """The verb a date is a time adverbial of ("rose in 2022", "rose last year"), or None (a date
    inside a noun: "the 2019 forum", "a four-day walkout")."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX"):
        return root.head.head
    return root.head if root.dep_ in ("npadvmod", "tmod") and root.head.pos_ in ("VERB", "AUX") else None


def _shares_passive(verb: Token) -> bool:
    """ "was built in 1990 and refitted in 2012": the second participle is passive by its first's "was"."""
    own = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)
    # ("refitted" may be tagged a past tense; "sank" cannot be a participle, so "did … sink" stands)
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))
    return verb.dep_ == "conj" and participle and not own and any(c.dep_ == "auxpass" for c in verb.head.children)


def _span_to(ent: Span) -> str | None:
    """ "from 1990 to 2015": spaCy parts the two years; the first one's fact answers with both."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "from" or ent.end + 1 >= len(doc):
        return None
    end = doc[ent.end + 1]
    if doc[ent.end].lower_ not in ("to", "until", "through") or end.head.i != ent.end or end.dep_ != "pobj":
        return None  # ("from 1990 to 2015 levels": the second year names a level, not the span's end)
    if not (re.fullmatch(r"\d{4}", ent.text) and re.fullmatch(r"\d{4}", end.text) and end.text > ent.text):
        return None
    return f"{ent.text} to {end.text}"


def _named_day(ctx: ArticleContext, ent: Span) -> Span | None:
    """The date written beside a weekday ("Tuesday (April 7)", "Monday, Aug 17"), if any."""
    if ent.text.strip().lower() not in WEEKDAYS:
        return None
    for other in ctx.ents:  # (`doc.ents` is rebuilt on every access)
        if other.label_ == "DATE" and other.root.dep_ == "appos" and other.root.head.i == ent.root.i:
            return other
    return None


#: "When did Ann Ruiz say …?", "On what day of the week did the minister admit …?": who spoke, and the verb.
_SAYING = re.compile(r"^(?:When|On what day of the week) did (.+?) ([a-z]+) ")


def _key(when: str, question: str) -> str:
    """One saying per speaker and day: "Ruiz said on Monday" three times over is one press
    conference, so one question about it (the first, the story's lead), not three with one answer."""
    said = _SAYING.match(question)
    if said is not None and said.group(2) in REPORTING:
        return f"said|{when}|{said.group(1)}"
    return f"date|{when}|{_event_words(question)}"


def _event_words(question: str) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower())
    return " ".join(w for w in words if len(w) > 3)[:60]
