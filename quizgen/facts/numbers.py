"""How many, how much, by what percentage: numbers with the thing they count.

Cardinals count the noun they modify ("25 representatives" → "How many representatives …?"),
percentages measure a change or a share, money is "how much", and lengths of time ("12 months",
"three days") are "how many months/days". The question comes from the clause the number sits in.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from quizgen.facts.clauses import according_to, ask
from quizgen.facts.compounds import hyphen_counts
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import CHANGE_NOUNS, CHANGE_VERBS
from quizgen.facts.measures import Measure, measure
from quizgen.facts.wording import lower_first
from quizgen.models import Fact, NumberFact
from quizgen.vocabulary import NUMBER_WORDS, TENS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

UNIT = re.compile(r"\b(days?|weeks?|months?|years?|decades?|hours?|minutes?)\b", re.I)
WORD_NUMBERS = {word: value for value, word in enumerate(NUMBER_WORDS) if value} | TENS | {"hundred": 100}
QUALIFIERS = re.compile(
    r"^(more than|less than|fewer than|over|under|about|around|nearly|almost|some|"
    r"at least|up to|just|only)\s+",
    re.I,
)


def extract_numbers(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    sized = hyphen_counts(ctx)
    taken = {tok.i for tok, _, _ in sized}
    for tok, question, answer in sized:
        _add(facts, ctx.doc[tok.i : tok.i + 3], question, answer)
    for ent in ctx.ents:
        if "\n" in ent.text.strip() or any(t.i in taken for t in ent):
            continue
        if ctx.in_quote(ent.start_char):
            claimed = according_to(ctx, ent, partial(_ask_number, ctx, ent))
            if claimed is not None:
                (question, answer), who = claimed
                _add(facts, ent, f"{who}, {question[:1].lower()}{question[1:]}", answer)  # "What"/"How"/"For"
            continue
        found = _ask_number(ctx, ent)
        if found is not None:
            _add(facts, ent, *found)
    return list(facts.values())


def _add(facts: dict[str, Fact], span: Span, question: str, answer: str) -> None:
    key = f"number|{_value_key(answer)}|{' '.join(re.findall('[a-z]+', question.lower()))[:50]}"
    at = span.start_char - span.sent.start_char
    facts.setdefault(
        key,
        NumberFact(
            key=key,
            sentence=span.sent.text.strip(),
            answer_span=(at, at + len(span.text)),
            question=question,
            answer=answer,
            aliases=tuple(_aliases(answer)),
        ),
    )


def _ask_number(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(question, answer) for one number entity, by what it measures and where it stands."""
    if ent.label_ == "DATE":
        if UNIT.search(ent.text) and _has_number(ent.text) and not _in_range_or_list(ent):
            return _duration(ctx, ent)
        return None
    if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if ent.label_ == "CARDINAL" and len(ent) > 1 and ent[0].like_num and not ent[1].like_num and ent[1].pos_ == "ADJ":
        return None  # "two additional 20-year options": NER ran the count into the words after it
    if ent.start > 0 and ctx.doc[ent.start - 1].lower_ in ("no", "no.", ".", "number", "#"):
        return None  # "ranked No. 1", "world number five": a rank, not a count
    if re.fullmatch(r"(19|20)\d\d/\d\d", ent.text.strip()):
        return None  # "the 1987/88 budget": a fiscal year, not a count
    if _in_range_or_list(ent) or _baseline(ent):
        return _range(ctx, ent)
    m = measure(ent)
    found = _change(ctx, ent, m) if ent.label_ != "QUANTITY" else None
    if found is not None:
        return found  # a change ("fell from 7,613 to 6,630") is asked as one
    if m.head.dep_ == "pobj" and m.head.head.lower_ == "of":  # "for an initial period of 20 years"
        how = {"percent": "what percentage", "money": "how much"}.get(m.kind) or (
            f"how many {m.unit}" if m.unit else None
        )
        if how is None and m.head.pos_ in ("NOUN", "PROPN") and m.head.i >= m.span.end:
            how = f"how many {m.head.text}"
        return _of_noun(ctx, ctx.doc[_qualified_start(ctx, m.span) : m.span.end], m.span, how) if how else None
    if m.kind == "percent":
        return _percent(ctx, m)
    if m.kind == "money":
        return _money(ctx, ent, m)
    if m.unit:
        return _units(ctx, m)
    return _count(ctx, ent) or _by_amount(ctx, m)


def _in_range_or_list(ent: Span) -> bool:
    """'between 15.3 and 15.5', 'two or three', '118 to 128': no one figure is the answer."""
    doc = ent.doc
    for tok in ent:
        if tok.like_num and (
            tok.dep_ == "conj" and tok.head.like_num or any(c.dep_ == "conj" and c.like_num for c in tok.children)
        ):
            return True
    before = doc[ent.start - 3 : ent.start] if ent.start >= 3 else None
    after = doc[ent.end : ent.end + 2] if ent.end + 2 <= len(doc) else None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "from" or before is not None and before[0].lower_ == "from":
        return False  # "fell from 785 to 708": a change, asked as one
    return bool(before is not None and before[2].lower_ in ("to", "-", "–") and before[1].like_num) or bool(
        after is not None and after[0].lower_ in ("to", "–") and after[1].like_num
    )


def _range(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'a two or three pct tariff', 'between 15.3 and 15.5 mln bpd': the whole range is the answer,
    asked once from its first number."""
    first = next((t for t in ent if t.like_num), None)
    last = next((c for c in first.children if c.dep_ == "conj" and c.like_num), None) if first else None
    if last is None or _baseline(ent):
        return None
    ends = [e for e in ctx.ents if e.start <= last.i < e.end]
    if not ends:
        return None
    tail = measure(ends[0])
    span = ctx.doc[_qualified_start(ctx, ent) : tail.span.end]
    m = Measure(span=span, head=tail.head, kind=tail.kind, unit=tail.unit)
    how = {"percent": "what percentage", "money": "how much"}.get(m.kind) or (f"how many {m.unit}" if m.unit else "")
    return _generic(ctx, m, how) if how else None


def _baseline(ent: Span) -> bool:
    """'compared with 117,303 a year earlier': the figure a change is measured from."""
    node = ent.root
    for _ in range(4):
        if node.lower_ in ("compared", "compare", "comparison", "against", "versus") or node.head == node:
            return node.lower_ in ("compared", "compare", "comparison", "versus")
        node = node.head
    return False


def _has_number(text: str) -> bool:
    return bool(re.search(r"\d", text)) or any(w in WORD_NUMBERS for w in text.lower().split())


def _value_key(answer: str) -> str:
    return re.sub(r"[^0-9a-z.%]", "", answer.lower())


def _aliases(answer: str) -> list[str]:
    bare = QUALIFIERS.sub("", answer)
    out = [bare] if bare != answer else []
    digits = bare.replace(",", "")
    if digits != bare:
        out.append(digits)
    for word, value in WORD_NUMBERS.items():
        if bare.lower().startswith(word + " ") or bare.lower() == word:
            out.append(str(value) + bare[len(word) :])
    return out


def _noun_phrase(ctx: ArticleContext, noun: Token, number: Span) -> tuple[Span, str]:
    """The phrase the answer replaces, and the words that follow "how many" ("representatives of …")."""
    subtree = list(noun.subtree)
    start = min(t.i for t in subtree)
    end = max(t.i for t in subtree) + 1
    rest = [t for t in subtree if t.i > noun.i]
    # a relative clause stays when short: "devices that are sold as HD but are not HD ready"
    cut = [
        t
        for t in subtree
        if t.head == noun and (t.dep_ == "appos" or (t.dep_ in ("relcl", "acl") and len(list(t.subtree)) > 12))
    ]
    if cut:
        end = min(t.left_edge.i for t in cut)
        rest = [t for t in rest if t.i < end]
    mods = [t for t in subtree if number.end <= t.i < noun.i and not t.is_punct]
    kept = [t for t in [*mods, noun, *rest] if t.ent_type_ not in ("DATE", "TIME") or t == noun]
    return ctx.doc[start:end], words_of(kept).strip(" ,")


def _change(ctx: ArticleContext, ent: Span, m: Measure) -> tuple[str, str] | None:
    """Changes: 'fell from 7,613 to 6,630, or 12.9%', 'rose 12% to $4.2 billion', 'dropping an average of 20%'."""
    root = m.head
    if " to " in ent.text:
        return None  # "$310 million to $402 million": NER joined both ends
    is_percent = m.kind == "percent"
    unit = "amount" if m.kind == "money" else "level" if is_percent else "figure"
    if m.unit:
        unit = f"number of {m.unit}"
    ent = m.span
    prep = root.head if root.dep_ == "pobj" else None
    # the chain of from/to phrases hangs off the change verb (or off each other)
    top = prep
    while (
        top is not None
        and top.head != top
        and (top.head.dep_ == "prep" or (top.head.dep_ == "pobj" and top.head.head.dep_ == "prep"))
    ):
        top = top.head if top.head.dep_ == "prep" else top.head.head
    anchor = top.head if top is not None else None
    if prep is not None and (prep.dep_ == "conj" or any(c.dep_ == "conj" for c in prep.children)):
        return None  # "rise to 26 pct in 1987 and to 44 pct by 1990": two targets, one question would mix them
    if prep is not None and prep.lower_ in ("from", "to") and anchor is not None and _changes(anchor):
        target = ctx.doc[prep.i : prep.right_edge.i + 1]
        if prep.lower_ == "to":  # keep "from X" in the question, drop "to Y" and what follows it
            target = ctx.doc[prep.i : max(prep.right_edge.i, ent.end - 1) + 1]
        question = ask(ctx, target, f"{prep.text.capitalize()} what {unit}", drop_dates=False)
        return (question, ent.text) if question else None
    if is_percent and root.dep_ == "conj" and root.head.dep_ == "pobj":  # "…, or 12.9%"
        first = root.head.head
        while first.head != first and (
            first.head.dep_ == "prep" or (first.head.dep_ == "pobj" and first.head.head.dep_ == "prep")
        ):
            first = first.head if first.head.dep_ == "prep" else first.head.head
        if first.lower_ in ("from", "to") and _changes(first.head):
            target = ctx.doc[first.i : max(first.right_edge.i, ent.end - 1) + 1]
            question = ask(ctx, target, "By what percentage", drop_dates=False)
            return (question, ent.text) if question else None
    if is_percent and root.dep_ == "npadvmod" and _changes(root.head):  # "rose 12%"
        question = ask(ctx, ent, "By what percentage", drop_dates=False)
        return (question, ent.text) if question else None
    average = prep.head if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "average" else None
    if (
        is_percent
        and average is not None
        and (
            (average.dep_ == "dobj" and _changes(average.head))  # "dropping an average of 20%"
            or (average.dep_ == "pobj" and average.head.lower_ == "by" and _changes(average.head.head))
        )
    ):
        start = average.head.i if average.dep_ == "pobj" else average.left_edge.i  # "by an average of 3.8%"
        target = ctx.doc[start : average.right_edge.i + 1]
        question = ask(ctx, target, "By what percentage, on average,", drop_dates=False)
        return (question, ent.text) if question else None
    return None


def _changes(token: Token) -> bool:
    """A verb or noun of change ("fell", "a decline"), or a verb whose object is one."""
    if token.lemma_.lower() in CHANGE_VERBS and token.pos_ == "VERB":
        return True
    if token.lemma_.lower() in CHANGE_NOUNS and token.pos_ == "NOUN":
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_NOUNS for c in token.children)


def _count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'25 representatives' → How many representatives …?"""
    root = ent.root
    if root.dep_ not in ("nummod", "quantmod") and not (root.dep_ in ("pobj", "dobj", "nsubj") and root.pos_ == "NUM"):
        return None
    noun = root.head if root.dep_ in ("nummod", "quantmod") else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS", "NN"):
        return None
    if noun.lower_ in ("percent", "per", "cent") or ent.text.lower() in ("one",):
        return None
    phrase, words = _noun_phrase(ctx, noun, ent)
    found = _wh_for(ctx, phrase, f"how many {words}")
    if found is None:
        return None
    target, wh, pied = found
    question = ask(ctx, target, wh, pied=pied, drop_dates=False)
    answer = _answer_text(ctx, ent, noun)
    return (question, answer) if question else None


def _answer_text(ctx: ArticleContext, ent: Span, noun: Token | None) -> str:
    """The number as the article claims it: "more than 30" keeps its qualifier."""
    return ctx.doc[_qualified_start(ctx, ent) : ent.end].text.strip()


def _qualified_start(ctx: ArticleContext, ent: Span) -> int:
    start = ent.start
    while (
        start > ent.sent.start
        and ctx.doc[start - 1].dep_ in ("quantmod", "advmod", "amod")
        and ctx.doc[start - 1].head.i in range(start - 1, ent.end + 1)
        and ctx.doc[start - 1].lower_
        in (
            "than",
            "more",
            "less",
            "over",
            "nearly",
            "about",
            "around",
            "almost",
            "some",
            "roughly",
            "under",
            "approximately",
            "just",
            "only",
            "fewer",
        )
    ):
        start -= 1
    return start


def _wh_for(ctx: ArticleContext, phrase: Span, wh: str) -> tuple[Span, str, str | None] | None:
    """Front the preposition with the wh-phrase when the number sits in a prepositional phrase
    of the verb ("In how many missions …"); deeper ones cannot be asked cleanly."""
    root = phrase.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        if prep.head.pos_ not in ("VERB", "AUX"):
            return None
        return ctx.doc[prep.i : phrase.end], wh, prep.text.capitalize()
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "oprd"):
        return None
    return phrase, wh[:1].upper() + wh[1:], None


def _percent(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'fell by 9.8%', 'caused 46 percent of the damage', 'lift its share to 50 pct'."""
    head, doc = m.head, ctx.doc
    span = doc[_qualified_start(ctx, m.span) : m.span.end]
    answer = span.text
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    prep = head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    fronted = (
        next(
            (c for c in head.head.children if c.dep_ in ("prep", "advmod") and c.lower_ == "of" and c.i < span.start),
            None,
        )
        if head.dep_ in ("nsubj", "nsubjpass") and of is None
        else None
    )
    if fronted is not None:  # "Of all the screens sold, just 1.3% are HD-ready" → What percentage of all the screens …
        whole = lower_first(words_of([t for t in fronted.subtree if not t.is_punct]).strip())
        question = ask(
            ctx,
            doc[span.start : head.i + 1],
            f"What percentage {whole}",
            drop_dates=False,
            extra_drop=doc[fronted.i : fronted.right_edge.i + 1],
        )
        return (question, answer) if question else None
    if prep is not None and prep.lower_ == "by":  # "has fallen by 9.8%", "dropped by 43 pct"
        target = doc[prep.i : max(head.right_edge.i, span.end - 1) + 1]
        question = ask(ctx, target, "By what percentage", drop_dates=False)
    elif of is None and head.dep_ in ("npadvmod", "dobj") and _changes(head.head):  # "falling 20 pct in value"
        question = ask(ctx, doc[span.start : span.end], "By what percentage", drop_dates=False)
    elif of is not None and head.dep_ in ("nsubj", "nsubjpass", "dobj"):  # "replace six percent of the binder"
        whole = words_of(list(of.subtree)).strip()
        target = doc[span.start : of.right_edge.i + 1]
        question = ask(ctx, target, f"What percentage {whole}", drop_dates=False)
    elif of is None and prep is not None and prep.lower_ in ("to", "at") and prep.head.pos_ in ("VERB", "AUX"):
        target = doc[prep.i : span.end]  # "lift the foreign share of its earnings to 50 pct"
        question = ask(ctx, target, "what percentage", pied=prep.text.capitalize(), drop_dates=False)
    else:
        return _generic(ctx, m, "what percentage")
    return (question, answer) if question else None


def _units(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'output at around 16 mln bpd' → At how many barrels per day …; '200 tons of tarmac' → how many tons."""
    of = next((c for c in m.head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return _generic(ctx, m, f"how many {m.unit}")
    phrase = ctx.doc[_qualified_start(ctx, m.span) : of.right_edge.i + 1]
    found = _wh_for(ctx, phrase, f"how many {m.unit} {words_of(list(of.subtree)).strip()}")
    return _asked(ctx, found, m)


def _generic(ctx: ArticleContext, m: Measure, how: str) -> tuple[str, str] | None:
    """A measure asked where it stands: before the noun it sizes ("a five pct sales tax" → what
    percentage sales tax), or as the subject, object or prepositional object of its clause."""
    head = m.head
    span = ctx.doc[_qualified_start(ctx, m.span) : m.span.end]
    noun = head.head
    if head.dep_ in ("nummod", "compound", "amod", "nmod") and noun.pos_ in ("NOUN", "PROPN") and noun.i >= span.end:
        phrase, words = _noun_phrase(ctx, noun, span)
        return _asked(ctx, _wh_for(ctx, phrase, f"{how} {words}"), m)
    if head.dep_ in ("nummod", "compound", "amod", "nmod", "conj", "appos"):
        return None
    return _asked(ctx, _wh_for(ctx, span, how), m)


def _asked(ctx: ArticleContext, found: tuple[Span, str, str | None] | None, m: Measure) -> tuple[str, str] | None:
    if found is None:
        return None
    target, wh, pied = found
    question = ask(ctx, target, wh, pied=pied, drop_dates=False)
    return (question, _answer_text(ctx, m.span, None)) if question else None


def _of_noun(ctx: ArticleContext, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """A number that sizes a noun through "of": "lease it for an initial period of 20 years" →
    For an initial period of how many years …?; "leave their loans of £4.5m" → How much in loans …?"""
    of = span.root.head
    noun = of.head
    if noun.pos_ != "NOUN" or of.i < noun.i:
        return None
    doc = ctx.doc
    if any(t.i < noun.left_edge.i or t.i > span.end for t in [of]) or noun.left_edge.i > noun.i:
        return None
    named = words_of(list(doc[noun.left_edge.i : of.i + 1]))
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("VERB", "AUX")
        and noun.head.lower_ not in ("of", "than", "despite")
    ):
        prep = noun.head
        target = doc[prep.i : span.end]
        question = ask(ctx, target, f"{lower_first(named)} {how}", pied=prep.text.capitalize(), drop_dates=False)
    elif how == "how much" and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        words = f"How much {noun.lower_}" if noun.tag_ == "NN" else f"How much in {noun.lower_}"
        question = ask(ctx, doc[noun.left_edge.i : span.end], words, drop_dates=False)
    else:
        return None
    return (question, _answer_text(ctx, answer, None)) if question else None


def _by_amount(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'the number grew by 4.7 million' → By how much did the number grow …?"""
    head = m.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "by" or not _changes(prep.head) or head.pos_ != "NUM":
        return None
    target = ctx.doc[prep.i : max(m.span.end, head.right_edge.i + 1)]
    question = ask(ctx, target, "By how much", drop_dates=False)
    return (question, _answer_text(ctx, m.span, None)) if question else None


def _money(ctx: ArticleContext, ent: Span, m: Measure | None = None) -> tuple[str, str] | None:
    """'announced £264m for health services' → How much did … announce for health services?

    Only amounts that are the subject or object of their clause: an amount inside a phrase
    ("revenue of $4bn", "at a cost of £6.5m") leaves a stranded preposition when taken out.
    """
    span = _amount(ctx, ent)
    if m is not None and m.span.end > span.end:
        span = ctx.doc[span.start : m.span.end]  # "six billion stg", "154 mln Canadian dlrs"
    head = span.root
    while head.head != head and span.start <= head.head.i < span.end:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "at") and head.head.head.pos_ in ("VERB", "AUX"):
        prep = head.head  # "ventilators, which go for more than $10,000" → For how much do … go?
        target = ctx.doc[prep.i : span.end]
        question = ask(ctx, target, "how much", pied=prep.text.capitalize(), drop_dates=False)
        return (question, _answer_text(ctx, span, None)) if question else None
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    end = max(span.end, head.right_edge.i + 1) if head.dep_ in ("nsubj", "nsubjpass") else span.end
    target = ctx.doc[span.start : end]
    words = "How much"
    mods = [t for t in head.children if t.dep_ == "prep" and t.i >= span.end]
    if mods and head.dep_ in ("nsubj", "nsubjpass"):
        words = "How much money " + " ".join(words_of(list(m.subtree)) for m in mods)
    question = ask(ctx, target, words, drop_dates=False)
    purpose = [
        c for c in head.children if c.dep_ in ("acl", "relcl") and c.i >= span.end and c.left_edge.lower_ == "to"
    ]
    if question and head.dep_ == "dobj" and purpose:  # "had six billion stg to give back"
        question = question[:-1] + " " + words_of(list(purpose[0].subtree)).rstrip(" ,.") + "?"
    if question and any(c.lower_ == "worth" for c in head.children) and " worth" not in question:
        question = question[:-1] + " worth?"  # "was worth about $4 billion" → How much was … worth?
    return (question, span.text) if question else None


def _amount(ctx: ArticleContext, ent: Span) -> Span:
    """A money entity with its currency sign and scale word ("£" "264" "m" → "£264m")."""
    start, end = ent.start, ent.end
    while start > 0 and ctx.doc[start - 1].text in ("£", "$", "€", "¥"):
        start -= 1
    while end < len(ctx.doc) and ctx.doc[end].lower_ in ("m", "bn", "million", "billion", "trillion", "k", "tn"):
        end += 1
    return ctx.doc[start:end]


def _duration(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'last for three days' → For how many days …?; '12 months' → how many months."""
    if ent.text.lower().startswith(("the ", "this ", "last ", "next ")):
        return None  # "the 52 weeks to February 24", "the next 18 months": a period, not a count
    unit_word = UNIT.search(ent.text)
    if unit_word is None:
        return None
    unit = unit_word.group(1).lower()
    unit = unit if unit.endswith("s") else unit + "s"
    root = ent.root
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":  # "95 days' supply of cars" → How many days' supply …
        noun = root.head
        phrase, words = _noun_phrase(ctx, noun, ent)
        found = _wh_for(ctx, ctx.doc[ent.start : phrase.end], f"how many {unit}' {words}")
        if found is None:
            return None
        target, wh, pied = found
        question = ask(ctx, target, wh, pied=pied, drop_dates=False)
        return (question, ent.text.strip().rstrip("'’")) if question else None
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return _of_noun(ctx, ent, ent, f"how many {unit}")
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX"):
        prep = root.head
        target = ctx.doc[prep.i : ent.end]
        question = ask(ctx, target, f"how many {unit}", pied=prep.text.capitalize(), drop_dates=False)
    elif root.dep_ in ("npadvmod", "dobj", "attr"):
        if of is not None:  # "undergo 14 days of quarantine" → How many days of quarantine …
            target = ctx.doc[ent.start : of.right_edge.i + 1]
            question = ask(ctx, target, f"How many {unit} {words_of(list(of.subtree))}", drop_dates=False)
        else:
            question = ask(ctx, ent, f"How many {unit}", drop_dates=False)
    else:
        return None
    answer = ent.text.strip()
    return (question, answer) if question else None
