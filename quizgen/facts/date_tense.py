"""Which way a date without a year points: the tense of the clause it belongs to.

"will open in June" in an October story is next June, "opened in June" the last one; "is due to",
"must", "hopes to" and "has been postponed until" look ahead too. `None` when the clause does not
say, and the story's own year is taken.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.asserted import MISREAD_LEMMAS
from quizgen.facts.date_starts import start_word
from quizgen.facts.late_attach import owning_verb

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def clause_future(ent: Span) -> bool | None:
    """The tense of the clause a date belongs to: True future, False past, None unknown."""
    head = owning_verb(ent) or ent.root.head  # ("awarded it to a firm led by Li on Oct 28": "awarded")
    start = start_word(ent)
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep" or head == start) and head.head != head:
        head = head.head  # (past "starting" in "will open starting Monday": a preposition, no tense)
    chain = [head, *([head.head] if head.dep_ in ("xcomp", "conj") else [])]
    for verb in chain:
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & WILL or verb.lower_ in ("will",):
            return True  # ("won't" is "wo" + "n't")
        if MISREAD_LEMMAS.get(verb.lower_, verb.lemma_) in INTEND_VERBS and verb is not head:
            # ("had planned to open in June": the plan is past, its June may be too; the story's year)
            return None if verb.tag_ == "VBD" or aux & {"had", "was", "were"} else True
        if _owed(verb, aux, verb is head):
            return True  # "must file by March", "has to file by March", "is due to decide by March"
    if _held_until(ent, head) or _present_for_future(head):
        return True  # "has been postponed until May": the state holds from now until then
    if head.tag_ == "VBD" or {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")} & {
        "had",
        "has",
        "have",
        "was",
        "were",
        "did",
    }:
        return False
    return None


#: Auxiliaries of the future ("won't" is split "wo" + "n't"; "'ll" may come with a curly mark).
WILL = frozenset({"will", "would", "'ll", "\u2019ll", "shall", "wo"})
#: Verbs of intending whose infinitive is still to come when they are said in the present ("hopes to open in May").
INTEND_VERBS = frozenset(
    {"plan", "expect", "aim", "intend", "schedule", "hope", "want", "seek", "promise", "pledge", "decide", "agree"}
)


def _held_until(ent: Span, verb: Token) -> bool:
    """ "has been postponed until May", "is open until May", "is closed until June": a present or
    present perfect with "until" holds now and ends at the date, so the date is the next one."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("until", "till"):
        return False
    if root.head.head != verb and not (root.head.head.dep_ == "acomp" and root.head.head.head == verb):
        return False  # ("is open until May": the date may hang on "open")
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ in ("VBZ", "VBP")  # "is open until May", "remains shut until June"
    return any(c.lower_ in ("has", "have", "'s", "'ve", "is", "are", "'re") for c in aux) and len(aux) <= 2


#: Words that open a clause of time, whose present tense speaks of what is still to come.
_TIME_MARKS = frozenset({"when", "once", "after", "before", "until", "till"})


def _present_for_future(verb: Token) -> bool:
    """ "faces prison when he is sentenced in January": a clause of time in the present, under a
    main verb in the present or future, tells of what is to come (English has no future there)."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (verb.tag_ in ("VBZ", "VBP") and not aux or verb.tag_ == "VBN" and aux in (["is"], ["are"])):
        return False
    main = verb.head
    main_aux = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass")}
    # ("Staff get a bonus when the plant reopens in March" may be every March: only a passive one is news)
    return bool(main_aux & WILL) or (main.tag_ in ("VBZ", "VBP") and not main_aux and verb.tag_ == "VBN")


def _owed(verb: Token, aux: set[str], own: bool) -> bool:
    """A duty still to be done, in the present: "must/should file", "has to/needs to file", "is due to decide"."""
    if own:
        return bool(aux & {"must", "should"}) and "have" not in aux  # ("should have filed": past)
    if verb.lemma_ in ("have", "need"):
        return verb.tag_ in ("VBZ", "VBP")
    return verb.lower_ in ("due", "set") and (verb.head.tag_ in ("VBZ", "VBP") or bool(aux & {"is", "are", "am"}))


def tense_fits(iso: str | None, future: bool | None, published: dt.date | None) -> bool:
    """A past-tense clause cannot be dated after the story was written ("found … by 2050" in 2014:
    the year belongs to what was found, not to the finding)."""
    if future is not False or published is None or not iso or not iso[:4].isdigit():
        return True
    # (every end of a span: "analysed … over 2000-2050" dates what was analysed, not the analysis)
    return all(part <= published.isoformat()[: len(part)] for part in iso.split("/"))


#: A question in the simple present: "When do engineers move …?", "In what month is the probe seen …?"
_PRESENT = re.compile(r"^(When|(?:In|On) (?:what|which) (?:year|month|date|day)) (do|does|is|are) ")
_SHOWN = re.compile(r"\b(?:seen|pictured|shown)\b")
_PAST = {"do": "did", "does": "did", "is": "was", "are": "were"}
#: A picture's or a film's caption: "Watch as engineers move …", "The probe is seen in the chamber".
_CAPTION = re.compile(r"^(?:Watch|See|Pictured|Above|Below)\b|\b(?:is|are) (?:seen|pictured|shown)\b")


def past_when_over(question: str | None, iso: str | None, published: dt.date | None, sentence: str) -> str | None:
    """ "When do engineers move the probe …? → February 2024" from a caption's "Watch as engineers
    move …": what a picture shows is over, and so is a date before the story; the question asks in
    the past ("When did …", "In what month was the probe seen …")."""
    m = _PRESENT.match(question or "")
    if question is None or m is None:
        return question
    day = published.isoformat() if published is not None else ""
    before = bool(day and iso and iso[:4].isdigit()) and all(p < day[: len(p)] for p in (iso or "").split("/"))
    if not before and _CAPTION.search(sentence) is None:
        return question  # this month, this year or later: the present may still be right
    if m.group(2) in ("is", "are") and _SHOWN.search(question) is None:
        return question  # "When is the probe due …": a plan, not a picture
    return f"{m.group(1)} {_PAST[m.group(2)]} {question[m.end() :]}"
