"""When things happened: dates of events, resolved against the publication date.

spaCy finds the date expressions (dateparser's own search finds "May" the name and "may" the
verb); dateparser reads each one with the publication date as its base, and its `period` keeps
the granularity ("March 2006" is a month, not the 14th). Durations ("12 months") are numbers,
not dates, and go to the number extractor.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import TYPE_CHECKING

from quizgen.facts.clauses import according_to, ask, clause_verb
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.date_values import resolve
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.relative import Base
from quizgen.facts.wording import lower_first
from quizgen.models import DateFact, Fact
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

DURATION = re.compile(r"\b(days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century)\b", re.I)
#: The question word for a date after these prepositions ("starting Monday" → From when …?).
WH_FOR_PREP = {
    "by": "By when",
    "until": "Until when",
    "till": "Until when",
    "since": "Since when",
    "before": "Before when",
    "after": "After when",
    "starting": "From when",
    "beginning": "From when",
    "effective": "From when",
}
#: Prepositions that name where or on what occasion an event happened, so a date on their noun dates the event.
OCCASION_PREPS = ("in", "at", "on", "during", "for", "aboard")
VAGUE = re.compile(
    r"^(the )?(past|previous|recent|coming|next few|last few|several|many|some)\b|"
    r"\b(now|currently|monthly|yearly|annual|daily|weekly|every|each|decades|era)\b",
    re.I,
)


def extract_dates(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    base = Base.of(ctx.published, ctx.dateline)
    for ent in ctx.ents:
        for fact in _date_facts(ctx, ent, base) if _names_a_time(ent) else []:
            facts.setdefault(fact.key, fact)
    return list(facts.values())


def _names_a_time(ent: Span) -> bool:
    """A DATE entity that is a point in time an event took, by its words and place in the clause."""
    surface = ent.text.strip()
    if ent.label_ != "DATE" or "\n" in surface or _is_duration(surface) or VAGUE.search(surface):
        return False
    if " ago" in surface.lower() and ent.root.head.pos_ not in ("VERB", "AUX"):
        return False  # "… from $1.2 billion a year ago": a point of comparison, not an event
    # "rose from 150 in 2019 to 420 last year": when each figure held, not an event
    return not (_dates_a_figure(ent) or _not_when(ent))


def _date_facts(ctx: ArticleContext, ent: Span, base: Base | None) -> list[Fact]:
    """The date's fact, and a second one for the event of a "when" clause that it also dates."""
    surface = ent.text.strip()
    future = _future(ent)
    if _nowadays(ent, future):
        return []
    named = _named_day(ent)  # "on Tuesday (April 7)": the written date places the weekday
    value = resolve(named.text if named is not None else surface, ctx.published, future=future, base=base)
    if value is None or not _tense_fits(value[0], future, ctx.published):
        return []
    iso, answer, aliases, fmt = value
    if named is not None and fmt in ("day", "no-year"):
        answer, aliases = f"{surface}, {answer}", [*aliases, surface]
    if ctx.in_quote(ent.start_char):  # "… has been a grant university since 1989," she said
        claimed = according_to(ctx, ent, partial(_question, ctx, ent, iso))
        questions = [f"{claimed[1]}, {claimed[0][:1].lower()}{claimed[0][1:]}" if claimed else None]
    else:
        questions = [_question(ctx, ent, iso), _when_clause(ctx, ent)]
    at = ent.start_char - ent.sent.start_char
    return [
        DateFact(
            key=f"date|{iso or surface.lower()}|{_event_words(question)}",
            sentence=ent.sent.text.strip(),
            answer_span=(at, at + len(ent.text)),
            question=question,
            answer=answer,
            aliases=tuple(aliases),
            iso=iso,
            format=fmt,
            surface=surface,
        )
        for question in questions
        if question is not None
    ]


def _when_clause(ctx: ArticleContext, ent: Span) -> str | None:
    """'came on Saturday when the coach criticised the referees', 'since 1929, when he opened a
    bank': the "when" clause's event took place at the date too."""
    doc = ent.doc
    at = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "when" or doc[at].dep_ != "advmod":
        return None
    verb = doc[at].head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ not in ("advcl", "relcl") or not subjects:
        return None  # "on Monday when asked": no event of its own
    if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("he", "she"):
        return None  # "since 1929, when it opened a bank": "it" is the sentence's own subject, left unresolved
    owner = clause_verb(ent.root)
    if verb.head != ent.root and not (verb.head == owner and owner is not None and _dates_the_verb(ent, owner)):
        return None
    return _ask_clause(ctx, verb, doc[at : at + 1], "When")


def _tense_fits(iso: str | None, future: bool | None, published: dt.date | None) -> bool:
    """A past-tense clause cannot be dated after the story was written ("found … by 2050" in 2014:
    the year belongs to what was found, not to the finding)."""
    if future is not False or published is None or not iso or not iso[:4].isdigit():
        return True
    return iso.split("/")[0] <= published.isoformat()[: len(iso.split("/")[0])]


def _named_day(ent: Span) -> Span | None:
    """The date written beside a weekday ("Tuesday (April 7)", "Monday, Aug 17"), if any."""
    if ent.text.strip().lower() not in WEEKDAYS:
        return None
    for other in ent.doc.ents:
        if other.label_ == "DATE" and other.root.dep_ == "appos" and other.root.head.i == ent.root.i:
            return other
    return None


def _dates_a_figure(ent: Span) -> bool:
    """The date belongs to a number ("150 in 2019", "420 last year"), not to the clause's event."""
    head = ent.root.head
    start = ent.start
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        start = min(start, head.i)
        head = head.head
    before = ent.doc[start - 1] if start > 0 else None
    figure = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
    if head.lower_ in ("pct", "percent", "%", "cent", "dlrs", "bpd", "stg", "tonnes") and head.i < ent.start:
        return True  # "rise to 26 pct in 1987": the unit word stands for the figure
    if any(c.like_num and c.dep_ == "nummod" and not (ent.start <= c.i < ent.end) for c in ent.root.children):
        return True  # "down from 311,764 last month": the parse hangs the figure on the date
    if (
        ent.start >= 2
        and ent.doc[ent.start - 2].lower_ in ("so", "as")
        and ent.doc[ent.start - 1].lower_ in ("far", "of")
    ):
        return True  # "so far this week", "as of Wednesday": when a running figure stood, not an event
    units = ("pct", "percent", "%", "cent", "dlrs", "bpd", "stg", "tonnes", "tons")
    return (
        head.pos_ == "NUM"
        or head.ent_type_ in figure
        or (before is not None and (before.like_num or before.ent_type_ in figure or before.lower_ in units))
    )


def _not_when(ent: Span) -> bool:
    """'instead of today', 'rather than in May': a time the event did not take; 'Sheffield
    Wednesday': a weekday that ends a name."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 3) : ent.start]]
    if any(
        " ".join(before[i:]) in ("instead of", "rather than", "than", "instead of in", "rather than in")
        for i in range(len(before))
    ):
        return True
    prev = doc[ent.start - 1] if ent.start > ent.sent.start else None
    weekday = ent.text.strip().lower() in WEEKDAYS
    return weekday and prev is not None and prev.pos_ == "PROPN" and prev.is_title


def _whose_time(ent: Span, noun: Token | None = None, attach: Token | None = None) -> str | None:
    """'Saturday's game at Bolton' → When was the game at Bolton? Only a noun with words that single
    it out ("the elections" alone could be any), and only a past one.

    `noun` is the noun the date belongs to and `attach` the date's own word or preposition under
    it (by default the possessive date: "Saturday's").
    """
    noun = noun if noun is not None else ent.root.head
    attach = attach if attach is not None else ent.root
    if noun.pos_ != "NOUN" or re.search(r"\b(tomorrow|next|coming)\b", ent.text, re.I):
        return None
    if any(c.dep_ == "poss" and c != attach for c in noun.children):
        return None  # "Ford's earnings last year": no "the" can stand before it
    skip = {t.i for t in attach.subtree}
    cut = [
        t
        for t in noun.subtree
        if t.i > noun.i
        and t.i not in skip
        and (t.dep_ in ("appos", "relcl", "acl", "cc", "conj") or t.text in (",", ";", "(", "-", "\u2014"))
    ]
    stop = min((t.left_edge.i for t in cut), default=noun.right_edge.i + 1)
    tokens = [
        t
        for t in noun.subtree
        if t.i not in skip
        and (noun.i <= t.i < stop or (t.i < noun.i and t.dep_ not in ("case", "det") and t.head != ent.root))
    ]
    if len([t for t in tokens if t.i != noun.i and not t.is_punct]) < 1:
        return None
    phrase = words_of(tokens).strip(" ,;:-")
    if not phrase or len(phrase.split()) > 14 or re.search(r"\b(his|her|its|their|this|these)\b", phrase):
        return None
    be = "were" if noun.tag_ == "NNS" else "was"
    return f"When {be} the {phrase}?"


def _timed_against(ent: Span) -> tuple[Token, Token] | None:
    """The event noun a date belongs to when the clause is timed against that event ("was free of
    the virus until an outbreak in July"): (noun, the date's preposition), or None."""
    root = ent.root
    attach = root.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "on") else root
    if attach is root and root.dep_ not in ("npadvmod", "tmod"):
        return None
    noun = attach.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("until", "till", "after", "before", "following"):
        return None
    return noun, attach


def _in_subject(token: Token) -> bool:
    node = token
    for _ in range(8):
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return False
        node = node.head
    return False


def _counts(verb: Token | None) -> bool:
    """The clause counts something ("recorded 23 cases", "fired in all 14 missions")."""
    if verb is None:
        return False
    return any(
        t.like_num and t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "attr")
        for t in c.subtree
    )


def _is_duration(surface: str) -> bool:
    """'12 months', 'more than three years', 'two-day': lengths of time, not points in it."""
    if re.search(r"\b(ago|last|next|this|early|late|mid|end|beginning|start)\b|^(the )?year \d{4}$", surface, re.I):
        return False
    return bool(DURATION.search(surface))


def _future(ent: Span) -> bool | None:
    """The tense of the clause a date belongs to: True future, False past, None unknown."""
    head = ent.root.head
    while (head.pos_ not in ("VERB", "AUX") or head.dep_ == "prep") and head.head != head:
        head = head.head  # (past "starting" in "will open starting Monday": a preposition, no tense)
    chain = [head, *([head.head] if head.dep_ in ("xcomp", "conj") else [])]
    for verb in chain:
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"will", "would", "'ll", "shall"} or verb.lower_ in ("will",):
            return True
        if verb.lemma_ in ("plan", "expect", "aim", "intend", "schedule") and verb is not head:
            return True
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


def _event_words(question: str) -> str:
    words = re.findall(r"[a-z0-9]+", question.lower())
    return " ".join(w for w in words if len(w) > 3)[:60]


def _question(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    root = ent.root
    doc = ctx.doc
    target = ent
    wh = "When"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        target = doc[prep.left_edge.i : max(ent.end, root.right_edge.i + 1)]  # "up until", "as late as"
        if target.end < len(doc) and doc[target.end].text == ")" and "(" in target.text:
            target = doc[target.start : target.end + 1]  # "on Tuesday (April 7)"
        word = prep.lower_
        if _in_subject(prep):
            return None  # "A visit in 2016 convinced them": the date is inside the subject
        if word in WH_FOR_PREP:
            wh = WH_FOR_PREP[word]
        elif word == "from" and re.search(r"\bto\b", ent.text):
            wh = "When"
        elif word == "to":
            return None  # "… to the end of November": a span's end, asked badly out of context
        elif iso and re.fullmatch(r"\d{4}", iso) and word == "in":
            wh = "In what year"
        elif word not in ("on", "in", "at", "during", "from", "over", "within", "around", "through", "throughout"):
            return None  # "instead of today", "for 2020": not when the event happened
        if word == "since" and _counts(clause_verb(root)):
            return None  # "has recorded 23 cases since June": the date bounds a count, it dates no event
    elif root.dep_ == "poss":
        return _whose_time(ent)  # "Last week's walkout by dock workers" → When was the walkout by dock workers?
    elif root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return None  # "the 2019 Forum": a date that modifies a noun dates no event
    verb = clause_verb(root)
    if verb is None or not _dates_the_verb(ent, verb):
        # "discussed the game in October": the game's month, not the discussion's
        timed = _timed_against(ent) if _future(ent) is False else None
        return _whose_time(ent, *timed) if timed is not None else None
    return _ask_clause(ctx, verb, target, wh)


def _ask_clause(ctx: ArticleContext, verb: Token, target: Span, wh: str) -> str | None:
    """The question for the clause of `verb`, whose answer is `target`: a saying is asked as one."""
    if verb.lemma_ in REPORTING and not any(a.lemma_ in REPORTING for a in verb.ancestors):
        return _reported_when(ctx, verb, target, wh)  # (a verb inside what is reported is not the saying)
    return ask(ctx, target, wh)


def _dates_the_verb(ent: Span, verb: Token) -> bool:
    """The date modifies the clause's own verb in the parse, not a noun that has a time of its own.

    A noun counts only as the place or occasion of the verb's event, one preposition away ("held
    at the centre from May 4 to 6", "said in a statement on Thursday"); never a noun the event is
    timed against ("after the game in October", "until an outbreak in July"), nor the topic of a
    saying ("spoke about the crash on Monday").
    """
    root = ent.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if head == verb:
        return True
    if head.dep_ in ("acomp", "attr", "oprd") and head.head == verb:
        return True  # "was open in May", "remained chairman until 2004"
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.head != verb:
        return False
    occasions = ("in", "at", "during") if verb.lemma_ in REPORTING else OCCASION_PREPS
    return head.head.lower_ in occasions


def _reported_when(ctx: ArticleContext, verb: Token, target: Span, wh: str) -> str | None:
    """'…, a senior official said on Thursday' → 'When did … say that …?', from the quote found there."""
    extra = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i > verb.i
        and not (target.start <= c.i < target.end)
        and c.lower_ in ("in", "at", "during")
    ]
    if verb.lemma_ == "tell":  # "told Radio Kent on Monday": whom they told names the occasion
        extra = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i] + extra
    where = " ".join(
        words_of([t for t in c.subtree if not target.start <= t.i < target.end and t.text != "("]) for c in extra
    )
    quote = ctx.quote_at(verb.sent.start_char)
    if quote is not None:
        speaker, content = quote.speaker.name, quote.predicate.split(" ", 1)[1]
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not subjects or not clauses:
            return None
        speaker = re.sub(r"\s*\([^)]*$", "", words_of(list(subjects[0].subtree)))  # "(WHO" torn from ")"
        clause = clauses[0]
        words = [t.text_with_ws for t in clause.subtree if not (t.is_punct and t.i == clause.right_edge.i)]
        content = "that " + "".join(words).strip().rstrip(",")
        if len(content.split()) > 20:
            content = " ".join(content.split()[:18]) + " \u2026"
    for said_when in (target.text, ctx.text[target.start_char : target.end_char]):
        content = content.replace(" " + said_when, "")  # the answer must not stay in the question
    words = [re.escape(t.text) for t in target if not t.is_punct]
    content = re.sub(r"\s*" + r"[\s()]*".join(words) + r"\)?", "", content)  # "on Tuesday (April 7)"
    content = re.sub(r"^\s*" + re.escape(where) + r"\b", "", content).strip() if where else content
    content = re.sub(r"^[\s):,;]+", "", re.sub(r"\bthat that\b", "that", content))
    if content.count('"') % 2:
        content += '"'
    if re.match(r"(The|A|An) [a-z]", speaker):
        speaker = lower_first(speaker)
    speaker = re.sub(r"\s*\([^)]*$", "", speaker)  # "the agency (WHO" torn from its ")"
    if content.startswith("that "):
        content = "that " + lower_first(content[len("that ") :])
    if where and where in content:
        where = ""
    return f"{wh} did {speaker} {verb.lemma_}{' ' + where if where else ''} {content}?"


def _nowadays(ent: Span, future: bool | None) -> bool:
    """ "Today, most readers pay online": today as the present age, not a day (the clause is present tense)."""
    if ent.text.strip().lower().rstrip("'s’") not in ("today", "now"):
        return False
    verb = ent.root.head
    return future is None and verb.tag_ in ("VBZ", "VBP") or ent.root.dep_ == "pobj"
