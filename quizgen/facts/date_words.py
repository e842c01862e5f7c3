"""Date questions a learner can read away from the article.

A question is read without its story, so words that count from the story's own day ("instead of
today") are written as the day they mean, and a story with no date asks only for what it tells:
the day of the week ("On what day of the week was the match at Dunmore?" → Saturday).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.date_events import saying_of, when_verb
from quizgen.facts.date_starts import dated_verb
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.quote_marks import QUOTED
from quizgen.facts.relative import Base, own_words
from quizgen.facts.verb_forms import base_form
from quizgen.vocabulary import DAY_PARTS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Day words counted from the day of writing, outside quote marks ("today's" is left alone).
_DEICTIC = re.compile(
    r"(?<![\w'\u2019])(?:(of|than|since|until|before|after|from|by) )?"
    r"(today|yesterday|tomorrow|tonight)\b(?!['\u2019])"  # lower case: "USA Today" is a name
)
_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def learnable(aliases: list[str], answer: str) -> tuple[str, ...]:
    """The accepted answers a learner can know later: none that only counts from the day of writing,
    unless the answer itself is no more than that ("last week (the week before April 9)")."""
    return tuple(a for a in aliases if not own_words(a.strip().lower()) or a.lower() in answer.lower())


#: "When would …", "When could …": a day someone foresaw or threatened, not one on which anything happened.
_MAYBE = re.compile(r"^When (?:would|could|might|may)\b")


def on_which_weekday(question: str | None, answer: str = "") -> str | None:
    """ "When was the match at Dunmore?" → "On what day of the week was the match at Dunmore?";
    None for "By when …", "Since when …": a bare weekday bounds nothing a learner could name.
    An answer with the part of the day ("Saturday night") keeps "When …?"."""
    if question is None or not question.startswith("When ") or _MAYBE.match(question):
        return None  # ("When would the bomb explode?": a threat's day, with no date, is no event to place)
    if answer.lower().endswith(DAY_PARTS):
        return question
    return "On what day of the week " + question[len("When ") :]


def in_own_words(ent: Span, questions: list[str | None]) -> list[str | None]:
    """The questions a relative date answers in the article's own words ("When did the club withdraw
    its offer? — last week") when the story's day is unknown: only "When" and "By when" ("Since
    when … — yesterday" bounds nothing), and never a mere saying ("When did the coach say …? —
    yesterday": the remark is not the news)."""
    if ent.root.dep_ == "poss" and ent.root.lower_ in ("today", "tonight"):
        return [None] * len(questions)  # "today's closing price": the present one, not an event of the day
    talk = [only_talk(v) for v in asked_verbs(ent)[: len(questions)]]
    return [
        q if q is not None and not t and q.startswith(("When ", "By when ")) else None
        for q, t in zip(questions, talk, strict=True)
    ]


#: Sayings that are news in themselves ("announced a merger on Tuesday"): their day is worth asking.
MADE_PUBLIC = frozenset("announce declare confirm report reveal disclose unveil publish release".split())
#: Verbs of talking that report no statement of their own ("spoke to reporters", "discussed the game").
TALKING = frozenset({"speak", "talk", "discuss", "chat"})


def only_talk(verb: Token | None) -> bool:
    """The verb a weekday question asks about is someone speaking: "On what day of the week did the
    coach say …? — Saturday" is not worth asking (the saying is not the news, and the weekday alone
    places nothing). A full date ("When did … say …? — May 4, 2021") still is, and so is an
    announcement ("announced a merger on Tuesday")."""
    if verb is None:
        return False
    return (verb.lemma_ in REPORTING or verb.lemma_ in TALKING) and verb.lemma_ not in MADE_PUBLIC


#: Occasions that put a remark on the record: "said in a statement", "told … in an interview".
OCCASIONS = frozenset("statement interview speech letter briefing address broadcast testimony".split())


def on_record(verb: Token | None) -> bool:
    """A saying made on a named occasion ("said in a statement", "in an interview with …") or to a
    named outlet ("told the BBC", "told Reuters"): a remark of record, not a passing one ("said",
    "told reporters"). The question carries the occasion, so it asks about one event."""
    if verb is None:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "during"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in OCCASIONS for g in child.children):
                return True
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] if verb.lemma_ == "tell" else []
    return any(c.pos_ == "PROPN" and c.ent_type_ == "ORG" for c in told)


def without_passing_talk(ent: Span, questions: list[str | None]) -> list[str | None]:
    """The questions of the date `ent`, less those that ask only when someone spoke in passing ("On
    what day of the week did the coach say …? — Saturday"): cold readers find them not worth asking,
    for the saying is not the news, and a weekday alone, or the story's own date shown above the
    question, teaches nothing."""
    talk = [only_talk(v) and not on_record(v) for v in asked_verbs(ent)[: len(questions)]]
    return [None if t else q for q, t in zip(questions, talk, strict=True)]


def remark_of_the_day(published: dt.date | None, ent: Span, iso: str | None) -> bool:
    """The date is the story's own day, and the sentence is not its lead: a remark made that day is
    routine ("said on Wednesday that no decision had been made"), and the quiz shows the story's date
    beside the question. In the lead the remark is the news ("The WHO warned on Tuesday that …")."""
    return published is not None and iso == published.isoformat() and ent.sent.start > 0


def asked_verbs(ent: Span) -> tuple[Token | None, Token | None]:
    """The verbs the two questions of a date ask about: its own clause's (the saying when the parse
    hung the date on what was said), and its "when" clause's."""
    verb = dated_verb(ent)
    return (saying_of(ent, verb) or verb) if verb is not None else None, when_verb(ent)


#: "When had the council closed the pier?" reads as "When did the council close the pier?": one past event.
_PERFECT = re.compile(r"^(When|In what year|On what day of the week) had (?!been\b)")


def simple_past(question: str | None, verb: Token | None) -> str | None:
    """The past perfect of a dated event asked in the simple past; "Since when had …" keeps its perfect."""
    if question is None or verb is None or verb.tag_ != "VBN" or not _PERFECT.match(question):
        return question
    at = question.find(f" {verb.text} ")
    if at < 0 or question.find(f" {verb.text} ", at + 1) >= 0:
        return question  # (the participle not found once: left as written)
    before, rest = question[:at], question[at + len(verb.text) + 2 :]
    if before.endswith(" been"):
        return question  # a passive keeps its perfect: "had Lim been convicted", never "did Lim been convict"
    return _PERFECT.sub(r"\1 did ", before) + f" {base_form(verb)} " + rest


_FOUND = re.compile(r"^(When|In what year) did .+? found (?P<what>.+)\?$")


def founded(question: str | None, verb: Token | None) -> str | None:
    """ "In what year did Ann Ruiz found Northgate Finance?" reads as "find": "In what year was
    Northgate Finance founded?" asks the same, as a teacher would. Only when what was founded is
    a name and the verb's whole object (nothing after it that the passive would misplace)."""
    m = _FOUND.match(question or "")
    if m is None or verb is None or verb.lemma_ != "found" or question is None:
        return question
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    what = m["what"]
    if len(objects) != 1 or objects[0].pos_ != "PROPN":
        return question  # ("did Ruiz found the trust": "was the trust founded" would lose which trust)
    if what.lower() != "".join(t.text_with_ws for t in objects[0].subtree).strip().lower():
        return question
    return f"{m[1]} was {what[:1].lower() + what[1:] if what.startswith('The ') else what} founded?"


#: Adverbs that say which time of an event the date is ("first held in 1987", "officially opened").
WHICH_TIME = frozenset(
    {"first", "last", "again", "originally", "initially", "once", "officially", "formally", "finally"}
)


def put_back_when_word(ent: Span, question: str) -> str:
    """ "Vents were first found in 1977" → "When were vents first found?": the adverb that says which
    time the date is goes back before its verb (the question is dropped when it cannot)."""
    verb = clause_verb(ent.root)
    if verb is None:
        return question
    which = [c for c in verb.children if c.i == verb.i - 1 and c.lower_ in WHICH_TIME]
    if not which or which[0].lower_ in question.lower().split():
        return question
    for form in dict.fromkeys((verb.text, verb.lemma_)):
        found = list(re.finditer(rf" {re.escape(form)}\b", question))
        if len(found) == 1:
            return f"{question[: found[0].start()]} {which[0].lower_}{question[found[0].start() :]}"
    return question


_FROM_WHEN = re.compile(r"^From when (did) ")


def from_when(question: str | None, verb: Token | None) -> str | None:
    """ "From when did Ruiz work at the branch? — 2009" is not how a teacher asks of a past span:
    "When did Ruiz start to work at the branch?" ("From when will the fares apply?" reads well.)
    The verb must stand once in the question, in its base form; one the article wrote as a gerund
    ("with the mayor closing the pier from May 2") keeps it: "… start closing the pier?"."""
    m = _FROM_WHEN.match(question or "")
    if m is None or verb is None or question is None:
        return question
    found = list(re.finditer(rf" {re.escape(base_form(verb))}\b", question))
    if len(found) != 1:
        return question
    at = found[0].start()
    if question[:at].endswith(" to"):
        return (
            question  # "From when did the board agree to close the pier?" ("… agree to start to close": the vote's day)
        )
    if verb.tag_ == "VBG":
        rest = question[at + 1 + len(base_form(verb)) :]
        return f"When {m[1]} {question[m.end() : at]} start {verb.lower_}{rest}".replace("  ", " ")
    return f"When {m[1]} {question[m.end() : at]} start to{question[at:]}".replace("  ", " ")


def balanced_quotes(question: str | None) -> str | None:
    """ "When was the “Harbour Accord, signed?": a title's closing mark stayed behind a comma the
    question left out; the lone opening mark goes too (a mark in doubt is never guessed a place).
    A bracketed acronym that lost its closing bracket gets it back."""
    if question is None:
        return None
    at = question.rfind("\u201c")
    if question.count("\u201c") == question.count("\u201d") + 1 and "\u201d" not in question[at:]:
        return question[:at] + question[at + 1 :]
    if question.count("(") == question.count(")") + 1:  # "the Safety Board (NTSB arrive": the gloss lost its ")"
        return _OPEN_GLOSS.sub(r"\1)\2", question, count=1)
    return question


#: An acronym in brackets after the name it shortens, whose closing bracket the clause's cut left behind.
_OPEN_GLOSS = re.compile(r"(\b[A-Z][a-z]+ \([A-Z][A-Za-z&]{1,9})(\s|\?$)(?![^(]*\))")


def absolute_days(question: str | None, base: Base | None) -> str | None:
    """ "… on May 3 instead of today" → "… on May 3 instead of June 12, 2024": the day the word means.

    Without a known day the question is left as it is (the quality gate drops it: out of its story,
    "today" names no day).
    """
    if question is None or base is None:
        return question
    quoted = [m.span() for m in QUOTED.finditer(question)]

    def named(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group()
        word = m.group(2).lower()
        day = base.day + dt.timedelta(days=_OFFSET[word])
        written = f"{day:%B} {day.day}" + (f", {day.year}" if base.year_known else "")
        if m.group(1):
            return f"{m.group(1)} {written}"
        return f"on the night of {written}" if word == "tonight" else f"on {written}"

    return _DEICTIC.sub(named, question)


def lacks(verb: Token | None) -> bool:
    """ "said it had no information on the shootings late on Thursday": having nothing is no event,
    and the day is as likely the shootings' as the saying's; "When did … have no …?" is not asked."""
    if verb is None or verb.lemma_ != "have" or verb.dep_ == "aux":
        return False
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children
    )
