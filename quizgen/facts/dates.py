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
from typing import TYPE_CHECKING, Any

from quizgen.facts.clauses import according_to, ask, clause_verb
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.relative import Base, Reading, is_relative, resolve_relative
from quizgen.facts.wording import lower_first
from quizgen.models import DateFact, Fact
from quizgen.vocabulary import MONTH_NAMES, MONTHS, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

DURATION = re.compile(r"\b(days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century)\b", re.I)
VAGUE = re.compile(
    r"^(the )?(past|previous|recent|coming|next few|last few|several|many|some)\b|"
    r"\b(now|currently|monthly|yearly|annual|daily|weekly|every|each|decades|era)\b",
    re.I,
)


def extract_dates(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    published = ctx.published
    base = Base.of(published, ctx.dateline)
    for ent in ctx.ents:
        if ent.label_ != "DATE" or "\n" in ent.text.strip():
            continue
        surface = ent.text.strip()
        if _is_duration(surface) or VAGUE.search(surface):
            continue
        if " ago" in surface.lower() and ent.root.head.pos_ not in ("VERB", "AUX"):
            continue  # "… from $1.2 billion a year ago": a point of comparison, not an event
        if _dates_a_figure(ent) or _not_when(ent):
            continue  # "rose from 150 in 2019 to 420 last year": when each figure held, not an event
        future = _future(ent)
        if _nowadays(ent, future):
            continue
        named = _named_day(ent)  # "on Tuesday (April 7)": the written date places the weekday
        value = resolve(named.text if named is not None else surface, published, future=future, base=base)
        if value is None:
            continue
        iso, answer, aliases, fmt = value
        if named is not None and fmt in ("day", "no-year"):
            answer, aliases = f"{surface}, {answer}", [*aliases, surface]
        if ctx.in_quote(ent.start_char):  # "… has been a grant university since 1989," she said
            claimed = according_to(ctx, ent, partial(_question, ctx, ent, iso))
            question = f"{claimed[1]}, {claimed[0][:1].lower()}{claimed[0][1:]}" if claimed else None
        else:
            question = _question(ctx, ent, iso)
        if question is None:
            continue
        sentence = ent.sent.text.strip()
        at = ent.start_char - ent.sent.start_char
        key = f"date|{iso or surface.lower()}|{_event_words(question)}"
        if key in facts:
            continue
        facts[key] = DateFact(
            key=key,
            sentence=sentence,
            answer_span=(at, at + len(ent.text)),
            question=question,
            answer=answer,
            aliases=tuple(aliases),
            iso=iso,
            format=fmt,
            surface=surface,
        )
    return list(facts.values())


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


def _whose_time(ent: Span) -> str | None:
    """'Saturday's game at Bolton' → When was the game at Bolton? Only a noun with words that single
    it out ("the elections" alone could be any), and only a past one."""
    noun = ent.root.head
    if noun.pos_ != "NOUN" or re.search(r"\b(tomorrow|next|coming)\b", ent.text, re.I):
        return None
    cut = [
        t
        for t in noun.subtree
        if t.i > noun.i
        and (t.dep_ in ("appos", "relcl", "acl", "cc", "conj") or t.text in (",", ";", "(", "-", "\u2014"))
    ]
    stop = min((t.left_edge.i for t in cut), default=noun.right_edge.i + 1)
    tokens = [
        t
        for t in noun.subtree
        if noun.i <= t.i < stop
        or (t.i < noun.i and not ent.start <= t.i < ent.end and t.dep_ != "case" and t.head != ent.root)
    ]
    tokens = [t for t in tokens if not (t.dep_ == "case" and t.head.i in range(ent.start, ent.end))]
    if len([t for t in tokens if t.i != noun.i and not t.is_punct and t.dep_ != "det"]) < 1:
        return None
    phrase = words_of(tokens).strip(" ,;:-")
    if not phrase or len(phrase.split()) > 14 or re.search(r"\b(his|her|its|their|this|these)\b", phrase):
        return None
    be = "were" if noun.tag_ == "NNS" else "was"
    return f"When {be} the {phrase}?"


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
    if re.search(r"\b(ago|last|next|this|early|late|mid|end|beginning|start)\b", surface, re.I):
        return False
    return bool(DURATION.search(surface))


def _future(ent: Span) -> bool | None:
    """The tense of the clause a date belongs to: True future, False past, None unknown."""
    head = ent.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
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
        if word in ("by", "until", "till", "since", "before", "after"):
            wh = {
                "by": "By when",
                "until": "Until when",
                "till": "Until when",
                "since": "Since when",
                "before": "Before when",
                "after": "After when",
            }[word]
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
    if verb is not None and verb.lemma_ in REPORTING and not any(a.lemma_ in REPORTING for a in verb.ancestors):
        return _reported_when(ctx, verb, target, wh)  # (a verb inside what is reported is not the saying)
    return ask(ctx, target, wh)


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


def _date_parser(published: dt.date | None, future: bool) -> Any:  # dateparser has no type hints
    """A dateparser reader relative to the publication date (built once per article and tense)."""
    import dateparser  # deferred: dateparser's import is slow and only dates need it

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


def _nowadays(ent: Span, future: bool | None) -> bool:
    """ "Today, most readers pay online": today as the present age, not a day (the clause is present tense)."""
    if ent.text.strip().lower().rstrip("'s’") not in ("today", "now"):
        return False
    verb = ent.root.head
    return future is None and verb.tag_ in ("VBZ", "VBP") or ent.root.dep_ == "pobj"


def resolve(
    surface: str, published: dt.date | None, future: bool | None = None, base: Base | None = None
) -> Reading | None:
    """See `_resolve`; a date that cannot exist ("February 29, 2023", "May 20-40") is no date.

    Dates counted from the day of writing ("last week", "two months ago") are read against
    `base` (by default the publication date), which may be a year-less wire dateline.
    """
    if base is None:
        base = Base.of(published, None)
    try:
        if is_relative(surface):
            found = resolve_relative(surface, base, future)
            if found is not None:
                return found
        return _resolve(surface, published, future)
    except (ValueError, OverflowError):
        return None


def _resolve(surface: str, published: dt.date | None, future: bool | None = None) -> Reading | None:
    """(iso, answer, aliases, format) for a date expression, or None when it names no date.

    iso keeps the granularity: YYYY-MM-DD, YYYY-MM, YYYY, or None for a weekday that cannot be
    placed (no publication date). `future` is the tense of the clause (None: not known): a day
    or month without a year is the next one for the future and the last one for the past;
    otherwise it takes the publication year. A weekday that is the publication day's own is
    that day ("said on Thursday" in a Thursday story).
    """
    text = re.sub(r"\s+", " ", surface.strip())
    low = text.lower()
    words = set(re.findall(r"[a-z]+", low))
    weekday = next((w for w in WEEKDAYS if w in words), None)
    relative = weekday or words & {
        "yesterday",
        "tomorrow",
        "tonight",
        "today",
        "last",
        "next",
        "ago",
        "this",
        "earlier",
        "later",
    }
    if relative and published is None:
        return (None, text, [], "surface") if weekday else None
    # a range: "from Oct 16 to 18", "October 16-18"
    m = re.search(r"(?:from\s+)?([A-Za-z]+)\.?\s+(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\b", text)
    if m and m.group(1).lower()[:3] in [x[:3] for x in MONTH_NAMES]:
        month = [x[:3] for x in MONTH_NAMES].index(m.group(1).lower()[:3]) + 1
        year = _year_in(text) or (published.year if published else None)
        if year is None:
            return None
        start, end = dt.date(year, month, int(m.group(2))), dt.date(year, month, int(m.group(3)))
        answer = f"{start.strftime('%B')} {start.day}\u2013{end.day}, {year}"
        return (
            f"{start.isoformat()}/{end.isoformat()}",
            answer,
            [start.isoformat(), f"{start.strftime('%B')} {start.day}, {year}", text],
            "range",
        )
    cleaned = re.sub(r"^(on|in|at|by|from|the)\s+", "", low)
    if weekday and published is not None and cleaned == weekday and WEEKDAYS[published.weekday()] == weekday:
        day = published
        answer = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"
        return day.isoformat(), answer, [day.isoformat(), f"{day.strftime('%B')} {day.day}", text], "weekday"

    early = re.match(r"^(early|late|mid|mid-|the end of|end of|the beginning of|beginning of)\s+", cleaned)
    core = cleaned[early.end() :] if early else cleaned
    found = _plain_date(core, published)
    if found is None:
        data = _date_parser(published, bool(future)).get_date_data(core)
        if data is None or data.date_obj is None:
            return None
        found = data.date_obj.date(), data.period
    day, period = found
    has_year = _year_in(text) is not None
    if not has_year and not relative and published is not None and period in ("day", "month"):
        day = day.replace(year=published.year)  # "May 30" in a 2020 article is May 30, 2020
        start = published.replace(day=1) if period == "month" else published
        if future is True and day < start:
            day = day.replace(year=day.year + 1)  # "will take effect on April 1" in November
        elif future is False and day > published:
            day = day.replace(year=day.year - 1)  # "retired in December" in February
    if not has_year and not relative and published is None:
        if period == "month":
            return (f"XXXX-{day.month:02d}", text, [], "surface")
        if period == "day":
            return (f"XXXX-{day.month:02d}-{day.day:02d}", f"{day.strftime('%B')} {day.day}", [text], "no-year")
        return None
    if period == "year":
        answer = f"{early.group(1)} {day.year}" if early else str(day.year)
        return str(day.year), answer, [str(day.year)] if early else [], "year"
    if period == "month":
        answer = f"{day.strftime('%B')} {day.year}"
        if early:
            answer = f"{early.group(1)} {answer}"
        return f"{day.year}-{day.month:02d}", answer, [f"{day.year}-{day.month:02d}"], "month"
    answer = f"{day.strftime('%B')} {day.day}, {day.year}"
    aliases = [day.isoformat(), f"{day.day} {day.strftime('%B')} {day.year}", f"{day.strftime('%B')} {day.day}"]
    fmt = "day"
    if relative:
        aliases.append(text)
        answer = f"{day.strftime('%A')}, {answer}"
        fmt = "weekday"
    return day.isoformat(), answer, aliases, fmt


_MONTH = r"(?P<month>[a-z]+)\.?"
_PLAIN = [
    re.compile(p)
    for p in (
        rf"^{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?$",  # May 30, 2020
        rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? (?P<year>\d{{4}}))?$",  # 30 May 2020
        rf"^{_MONTH}(?:,? (?P<year>\d{{4}}))?$",  # March 2006, March
        r"^(?P<year>\d{4})$",  # 2010
    )
]


def _plain_date(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The common absolute forms, read without dateparser (whose first call costs about a second);
    anything else ("last Tuesday", "the end of May") goes to dateparser."""
    for pattern in _PLAIN:
        m = pattern.match(text)
        if m is None:
            continue
        parts = m.groupdict()
        month = MONTHS.get(parts.get("month") or "", 0) if "month" in parts else 0
        if "month" in parts and not month:
            return None
        year = int(parts["year"]) if parts.get("year") else (published.year if published else 2000)
        if parts.get("day"):
            return dt.date(year, month, int(parts["day"])), "day"
        if month:
            return dt.date(year, month, 1), "month"
        return dt.date(year, 1, 1), "year"
    return None


def _year_in(text: str) -> int | None:
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    return int(m.group(1)) if m else None
