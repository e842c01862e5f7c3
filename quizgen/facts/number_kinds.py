"""One asker per kind of quantity: a count of a noun, a percentage, an amount of money, a count of
units ("barrels per day"), a length of time, and a number that sizes a noun through "of"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.late_attach import hung_on_late_participle
from quizgen.facts.lexicon import CHANGE_NOUNS
from quizgen.facts.measures import Measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_changes import is_change, under_noun
from quizgen.facts.number_complements import ask_complemented, object_adjective
from quizgen.facts.number_fines import ask_fined_apart, fined_apart, fined_whom
from quizgen.facts.number_from import from_level
from quizgen.facts.number_held import ask_held
from quizgen.facts.number_in_kind import in_kind
from quizgen.facts.number_nouns import MEASURED_FROM, kind_words, to_the_tune
from quizgen.facts.number_phrases import (
    answer_text,
    ask_found,
    ask_generic,
    coordinated_counts,
    money_span,
    noun_phrase,
    qualified_start,
    set_off,
    wh_for,
)
from quizgen.facts.number_sized import a_rate, rate_of_noun, sized_of_noun
from quizgen.facts.number_sizes import ask_fronted_price, ask_sized_noun
from quizgen.facts.number_totals import ask_total
from quizgen.facts.wording import lower_first
from quizgen.text import named_mid_sentence
from quizgen.vocabulary import TIME_UNITS_PATTERN

#: Verbs whose object is a mark a figure is measured against ("beat forecasts of $2bn"): "How much in
#: forecasts did it beat?" asks nothing that was beaten.
MEASURED_AGAINST = {"beat", "exceed", "top", "miss", "surpass", "outstrip", "outpace", "trail", "lag"}
#: Nouns whose count says little without the list it counts ("three things", "two ways").
VAGUE_COUNTED = {"thing", "way", "reason", "aspect", "kind", "sort", "type", "area", "factor", "element", "lesson"}
#: "won a combined 22 titles": a count summed over the subject's members is asked as one ("… combined?").
SUMMED = {"combined": "combined", "total": "in total", "collective": "between them"}
#: Units of time a duration counts ("three days", "12 months").
#: Not part of a hyphened unit: "20 light-years" measures distance, not time.
UNIT = re.compile(rf"(?<![\w-])({TIME_UNITS_PATTERN})\b(?!-)", re.I)

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def ask_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'25 representatives' → How many representatives …?"""
    root = ent.root
    if root.dep_ not in ("nummod", "quantmod") and not (root.dep_ in ("pobj", "dobj", "nsubj") and root.pos_ == "NUM"):
        return None
    noun = root.head if root.dep_ in ("nummod", "quantmod") else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS", "NN"):
        return None
    if noun.lower_ in ("percent", "per", "cent") or ent.text.lower() in ("one",):
        return None
    if object_adjective(noun):
        return ask_complemented(ctx, ent, noun)  # "make 300 staff redundant"
    if noun.lower_ in ("m", "k", "bn", "mn", "tn"):
        return None  # "spaced at least 1m apart": a metre or a million, the letter does not say; never "how many m"
    if noun.lemma_.lower() in VAGUE_COUNTED:
        return None  # "the bill does three things": what they are is the fact, not how many
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and (
        noun.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)
    ):
        return None  # "The two stars … are …": the count is given, not told
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children):
        return None  # "Harbour Bank's 14 offices include …": how many its owner has (see ask_possessed_count)
    others = _other_objects(noun)
    if others is None:
        return None
    phrase, words = coordinated_counts(ctx, noun, ent) or noun_phrase(ctx, noun, ent)
    complement = _object_complement(noun)
    if complement is not None:  # "had two goals disallowed" → How many goals did United have disallowed?
        phrase = ctx.doc[phrase.start : complement.i]
        words = words_of([t for t in ctx.doc[ent.end : complement.i] if not t.is_punct]).strip(" ,")
    total = _total_of(noun)
    if total is not None:  # "reported a total of 18 cases": the count is of the cases, asked where "total" stands
        phrase = ctx.doc[total.left_edge.i : max(phrase.end, total.right_edge.i + 1)]
    found = wh_for(ctx, phrase, f"how many {words}")
    if found is None:
        return None
    target, wh, pied = found
    question = ask(ctx, target, wh, pied=pied, drop_dates=False, extra_drop=others)
    if question and complement is not None and f" {complement.text}" not in question:
        question = f"{question[:-1]} {words_of(list(complement.subtree)).strip(' ,')}?"
    if question and any(c.dep_ == "amod" and c.lower_ in SUMMED and c.i < ent.start for c in noun.children):
        question = f"{question[:-1]} {SUMMED[next(c.lower_ for c in noun.children if c.lower_ in SUMMED)]}?"
    answer = answer_text(ctx, ent, noun)
    return (question, answer) if question else None


#: Verbs whose object takes a participle after it ("had two goals disallowed", "saw 40 flights cancelled").
_CAUSATIVE = {"have", "get", "see"}


def _object_complement(noun: Token) -> Token | None:
    """'United had two goals disallowed': the participle says what happened to the counted object; it
    goes after the verb in the question, never inside the wh-phrase ("How many goals disallowed …")."""
    part = next((c for c in noun.children if c.dep_ in ("acl", "oprd") and c.tag_ == "VBN"), None)
    if part is None or part.i != noun.i + 1 or noun.dep_ != "dobj" or noun.head.lemma_ not in _CAUSATIVE:
        return None
    return part


def _total_of(noun: Token) -> Token | None:
    """'a total of 18 cases': the noun "total" whose "of" holds the counted noun."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ != "total" or of.head.pos_ != "NOUN":
        return None
    return of.head


def _direction(token: Token) -> bool:
    """'down', 'up', 'higher', 'lower': a word that makes the figure before it the size of a change."""
    return token.lower_ in ("up", "down", "higher", "lower") and token.pos_ in ("ADV", "ADP", "ADJ")


def _other_objects(noun: Token) -> list[Token] | None:
    """'provide the launch of the rover as well as two missions': the parse reads the count as a second
    object of its verb. Joined by "as well as", it is asked alone (the other object and the joint left
    out); any other second object makes the question doubtful (None)."""
    if noun.dep_ != "dobj":
        return []
    others = [c for c in noun.head.children if c.dep_ == "dobj" and c != noun]
    if not others:
        return []
    doc, start = noun.doc, noun.left_edge.i
    if all(o.i > noun.i and o.lemma_ in CHANGE_NOUNS and doc[o.left_edge.i - 1].text == "," for o in others):
        return [t for o in others for t in doc[o.left_edge.i - 1 : o.right_edge.i + 1]]  # "…, a rise of 86%": an aside
    joint = doc[start - 3 : start] if start >= 3 else None
    if joint is None or joint.text.lower() != "as well as" or any(o.i > noun.i for o in others):
        return None
    first = min(o.left_edge.i for o in others)
    return [*doc[first:start], *(t for o in others for t in o.subtree)]  # "the launch … to Mars as well as"


def ask_percent(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'fell by 9.8%', 'caused 46 percent of the damage', 'lift its share to 50 pct'."""
    head, doc = m.head, ctx.doc
    span = doc[qualified_start(ctx, m.span) : m.span.end]
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
    elif of is None and head.dep_ in ("npadvmod", "dobj", "attr") and (is_change(head.head) or _direction(head.head)):
        # "falling 20 pct in value", "took shares down six pct", "closed 3 pct higher"
        question = ask(ctx, doc[span.start : span.end], "By what percentage", drop_dates=False)
    elif of is not None and head.dep_ in ("nsubj", "nsubjpass", "dobj"):  # "replace six percent of the binder"
        whole = words_of(list(of.subtree)).strip()
        target = doc[span.start : of.right_edge.i + 1]
        question = ask(ctx, target, f"What percentage {whole}", drop_dates=False)
    elif of is None and prep is not None and prep.lower_ in ("to", "at") and prep.head.pos_ in ("VERB", "AUX"):
        if under_noun(prep.head):
            return None  # "laid out the progress made to double the tax to 10 percent": whose verb, unclear
        target = doc[prep.i : span.end]  # "raise the overseas part of its sales to 40 pct"
        question = ask(ctx, target, "what percentage", pied=prep.text.capitalize(), drop_dates=False)
    elif head.dep_ == "nummod" and head.head.dep_ == "npadvmod" and is_change(head.head.head):
        # "grew 2.8 per cent year on year" → By what percentage did … grow year on year …?
        question = ask(ctx, doc[span.start : span.end], "By what percentage", drop_dates=False)
    elif of is None and head.dep_ == "attr" and head.head.lemma_ == "be" and _noun_subject(ctx, head.head):
        # "Turnout was 61.4 per cent, the lowest since 1990" → What was turnout? (a rate, not a share of people)
        verb = head.head
        later = [c for c in verb.children if c.i > span.end and c.dep_ in ("attr", "dep", "appos", "advcl")]
        aside = [t for c in later if doc[c.left_edge.i - 1].text == "," for t in c.subtree]
        question = ask(ctx, span, "What", drop_dates=False, extra_drop=aside)
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        if question and subject.is_sent_start and not named_mid_sentence(subject.text, ctx.text):
            question = re.sub(rf"\b{re.escape(subject.text)}\b", subject.lower_, question, count=1)  # "was turnout"
    else:
        return ask_generic(ctx, m, "what percentage")
    return (question, answer) if question else None


def _noun_subject(ctx: ArticleContext, verb: Token) -> bool:
    """A copula whose subject is a common noun ("turnout", "the jobless rate"), not a figure or a name
    (the tagger calls a sentence's first word a name: "Turnout" is none if never capitalised mid-sentence)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.like_num or subject.ent_type_:
        return False
    opener = subject.pos_ == "PROPN" and subject.is_sent_start and not named_mid_sentence(subject.text, ctx.text)
    return bool(subject.pos_ == "NOUN" or opener)


def ask_units(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'exports at about 9 mln bpd' → At how many barrels per day …; '200 tons of tarmac' → how many tons;
    '20 light-years from Earth' → How many light-years from Earth …"""
    of = next((c for c in m.head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    if of is None:
        return ask_generic(ctx, m, f"how many {m.unit}")
    phrase = ctx.doc[qualified_start(ctx, m.span) : of.right_edge.i + 1]
    found = wh_for(ctx, phrase, f"how many {m.unit} {words_of(list(of.subtree)).strip()}")
    return ask_found(ctx, found, m)


def ask_of_noun(ctx: ArticleContext, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """A number that sizes a noun through "of": "rent it for a first term of 15 years" →
    For a first term of how many years …?; "write off their debts of £2.5m" → How much in debts …?"""
    of = span.root.head
    noun = of.head
    if noun.pos_ != "NOUN" or of.i < noun.i or a_rate(span):  # "a dividend of Rs 4 per share": no total
        return rate_of_noun(ctx, noun, span, answer, how)  # but How large a dividend per share …?
    doc = ctx.doc
    if any(t.i < noun.left_edge.i or t.i > span.end for t in [of]) or noun.left_edge.i > noun.i:
        return None
    named = words_of(list(doc[noun.left_edge.i : of.i + 1]))
    bare = noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    tune = to_the_tune(noun, span)
    if tune is not None:  # "distributed aid to the tune of £2m" → How much aid did … distribute?
        question = ask(ctx, doc[tune.left_edge.i : span.end], f"How much {words_of(list(tune.subtree))}")
        return (question, answer_text(ctx, answer, None)) if question else None
    held = ask_held(ctx, noun, span, answer, how) or ask_total(ctx, noun, span, answer, how)  # "a total of $2m"
    if held is not None:
        return held
    if (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ in ("VERB", "AUX")
        and not (noun.head.lower_ in ("of", "than", "despite") or set_off(noun.head))  # "On a topline of how much"
        and (not bare or (noun.lower_, noun.head.lower_) == ("front", "in"))  # "After passage of …" but "In front of"
    ):
        prep = noun.head
        target = doc[prep.i : span.end]
        question = ask(ctx, target, f"{lower_first(named)} {how}", pied=prep.text.capitalize(), drop_dates=False)
        question = from_level(question, prep.head) if question else question  # "From a level of how much did …"
    elif how == "how much" and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        if noun.head.lemma_.lower() in MEASURED_AGAINST:
            return None  # "beating projections of $1.58 billion": the amount is the mark, not what was beaten
        kind = kind_words(noun)  # "fourth-quarter revenue": the period stays with what is measured
        words = f"How much {kind}" if noun.tag_ == "NN" else f"How much in {kind}"
        if noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            article = "an" if kind[:1] in "aeiou" else "a"  # "received a grant of $2m": counted, not measured
            words = f"How large {article} {kind}"  # "a third-quarter operating loss": which loss stays
        against = [t for c in noun.head.children if c.lower_ in MEASURED_FROM and c.i > span.end for t in c.subtree]
        against += [doc[t.i - 1] for t in against[:1] if doc[t.i - 1].text == ","]  # ", compared with a profit of …"
        question = ask(ctx, doc[noun.left_edge.i : span.end], words, drop_dates=False, extra_drop=against or None)
    else:
        return sized_of_noun(ctx, noun, span, answer, how)  # "covers an area of 3,500 square kilometres"
    return (question, answer_text(ctx, answer, None)) if question else None


def ask_money(ctx: ArticleContext, ent: Span, m: Measure | None = None) -> tuple[str, str] | None:
    """'announced £264m for health services' → How much did … announce for health services?

    Only amounts that are the subject or object of their clause: an amount inside a phrase
    ("revenue of $4bn", "at a cost of £6.5m") leaves a stranded preposition when taken out.
    """
    span = money_span(ctx, ent)
    if m is not None and m.span.end > span.end:
        span = ctx.doc[span.start : m.span.end]  # "six billion stg", "154 mln Canadian dlrs"
    head = span.root
    while head.head != head and span.start <= head.head.i < span.end:
        head = head.head
    fronted = ask_fronted_price(ctx, span, head)  # "Priced at $2,000, the ventilator …"
    if fronted is not None:
        return fronted
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "at") and head.head.head.pos_ in ("VERB", "AUX"):
        prep = head.head  # "the scanners, which sell for more than $8,000" → For how much do … sell?
        target = ctx.doc[prep.i : span.end]
        question = ask(ctx, target, "how much", pied=prep.text.capitalize(), drop_dates=False)
        return (question, answer_text(ctx, span, None)) if question else None
    if fined_apart(head):  # "fined the former mayor Rs 50 lakh", the amount read as the mayor's apposition
        return ask_fined_apart(ctx, head, span)
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return ask_sized_noun(ctx, span, head)
    if any(c.dep_ == "conj" and any(t.like_num or t.text[:1].isdigit() for t in c.subtree) for c in head.children):
        return None  # "repaid £458m of capital and £39.6m of interest": "How much did it repay?" has no one answer
    end = max(span.end, head.right_edge.i + 1) if head.dep_ in ("nsubj", "nsubjpass") else span.end
    kind = in_kind(head, span)  # "had forecast $2.7 billion in sales" → How much in sales …
    if kind is not None:  # "… in sales for Kestrel": a phrase after the kind stays with it
        end = 1 + max(c.right_edge.i for c in head.children if c.i == kind.i or c.dep_ == "prep" and c.i > kind.i)
    target = ctx.doc[span.start : end]
    words = f"How much {words_of(list(kind.subtree))}" if kind is not None else "How much"
    mods = [t for t in head.children if t.dep_ == "prep" and t.i >= span.end]
    if mods and head.dep_ in ("nsubj", "nsubjpass"):
        words = "How much money " + " ".join(words_of(list(m.subtree)) for m in mods)
    question = fined_whom(ask(ctx, target, words, drop_dates=False), head, span)
    purpose = [
        c for c in head.children if c.dep_ in ("acl", "relcl") and c.i >= span.end and c.left_edge.lower_ == "to"
    ]
    if question and head.dep_ == "dobj" and purpose:  # "had four billion stg to hand back"
        question = question[:-1] + " " + words_of(list(purpose[0].subtree)).rstrip(" ,.") + "?"
    if question and any(c.lower_ == "worth" for c in head.children) and " worth" not in question:
        # "was worth about $4 billion" → How much was … worth?; before a rate: "… worth a year?"
        question = _LAST_RATE.sub(lambda m: f" worth{m.group(0)}", question, count=1)
    return (question, span.text) if question else None


#: A rate that ends a money question ("… a year?"), or its bare question mark: where "worth" goes.
_LAST_RATE = re.compile(r"(?: (?:a|per|each|every) (?:day|week|month|quarter|year)| (?:annually|yearly|monthly))?\?$")


def _counts_the_unit(text: str, unit_at: int) -> bool:
    """Is the unit word the figure's own ("24 months", "two and a half years", "24-month"), not a
    word of a date after it ("24 this month")?"""
    before = text[:unit_at].rstrip(" -").lower()
    return not re.search(r"\b(?:this|last|next|that|the|each|every|per|a)$", before)


def ask_duration(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'last for three days' → For how many days …?; '12 months' → how many months."""
    if ent.text.lower().startswith("every ") or ent.start > 0 and ctx.doc[ent.start - 1].lower_ == "every":
        return _ask_frequency(ctx, ent)
    if re.match(r"the (last|past) ", ent.text.lower()):
        return _ask_recent_span(ctx, ent)
    if ent.text.lower().startswith(("the ", "this ", "last ", "next ")):
        return None  # "the 52 weeks to February 24", "the next 18 months": a period, not a count
    unit_word = UNIT.search(ent.text)
    if unit_word is None or not _counts_the_unit(ent.text, unit_word.start()):
        return None  # "turned 24 this month": the figure counts no months
    unit = unit_word.group(1).lower()
    unit = unit if unit.endswith("s") else unit + "s"
    root = ent.root
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if root.dep_ == "poss" and root.head.pos_ == "NOUN":  # "95 days' supply of cars" → How many days' supply …
        noun = root.head
        phrase, words = noun_phrase(ctx, noun, ent)
        found = wh_for(ctx, ctx.doc[ent.start : phrase.end], f"how many {unit}' {words}")
        if found is None:
            return None
        target, wh, pied = found
        question = ask(ctx, target, wh, pied=pied, drop_dates=False)
        return (question, ent.text.strip().rstrip("'’")) if question else None
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return ask_of_noun(ctx, ent, ent, f"how many {unit}")
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX"):
        prep = root.head
        if hung_on_late_participle(ent):
            return None  # "to submit a report on the compensation paid to … within two weeks": whose deadline?
        target = ctx.doc[prep.i : ent.end]
        question = ask(ctx, target, f"how many {unit}", pied=prep.text.capitalize(), drop_dates=False)
    elif root.dep_ in ("npadvmod", "dobj", "attr") and (root.dep_ != "npadvmod" or root.head.pos_ in ("VERB", "AUX")):
        if of is not None:  # "undergo 14 days of quarantine" → How many days of quarantine …
            target = ctx.doc[ent.start : of.right_edge.i + 1]
            question = ask(ctx, target, f"How many {unit} {words_of(list(of.subtree))}", drop_dates=False)
        else:
            question = ask(ctx, ent, f"How many {unit}", drop_dates=False)
    else:
        return None
    answer = ent.text.strip()
    return (question, answer) if question else None


def _ask_frequency(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'must report to parliament every four weeks' → How often must … report to parliament? → every
    four weeks: a period that recurs is asked as how often, never as how many weeks."""
    doc = ctx.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "every" else ent.start
    if doc[start].lower_ != "every" or not any(t.like_num for t in doc[start : ent.end]):
        return None
    span = doc[start : ent.end]
    question = ask(ctx, span, "How often", drop_dates=False)
    return (question, span.text.strip()) if question else None


def _ask_recent_span(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'has led the league for the past five years' → For how many years has … led the league? → five
    years. Only with "for" and a perfect verb: the streak runs up to the day of writing."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # "for the last 10 years it grew": no perfect, no claim that it still holds
    count = ctx.doc[ent.start + 2 : ent.end]
    unit_word = UNIT.search(count.text)
    if unit_word is None or not any(t.like_num for t in count):
        return None
    unit = unit_word.group(1).lower()
    unit = unit if unit.endswith("s") else unit + "s"
    question = ask(ctx, ctx.doc[prep.i : ent.end], f"how many {unit}", pied="For", drop_dates=False)
    return (question, count.text.strip()) if question else None
