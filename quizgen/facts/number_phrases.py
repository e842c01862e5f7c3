"""Where a number stands in its sentence: the noun it counts, its qualifier ("more than"), and the
wh-phrase that replaces it ("How many delegates", "In how many missions")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import SPEECH_VERBS
from quizgen.facts.measures import CURRENCY_SIGNS, SCALES, Measure
from quizgen.facts.number_ask import ask, set_off_comparison
from quizgen.facts.number_object_phrases import object_phrase
from quizgen.facts.share_wholes import owned_by_subject

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def noun_phrase(ctx: ArticleContext, noun: Token, number: Span) -> tuple[Span, str]:
    """The phrase the answer replaces, and the words that follow "how many" ("representatives of …")."""
    subtree = list(noun.subtree)
    start = min(t.i for t in subtree)
    end = max(t.i for t in subtree) + 1
    rest = [t for t in subtree if t.i > noun.i]
    # a relative clause stays when short and not set off: "phones that are sold as 5G but cannot use it"
    cut = [
        t
        for t in subtree
        if t.head == noun
        and (
            t.dep_ == "appos"
            or set_off_comparison(t)  # "1.2 million customers, about 50,000 more than it planned"
            or (t.dep_ in ("relcl", "acl") and (len(list(t.subtree)) > 12 or _object_gap(t) or _set_off(t)))
        )
        or t.i > noun.i
        and t.head != noun
        and _set_off(t)  # "points for the Hawks, who have won five …"
    ]
    if cut:
        end = min(t.left_edge.i for t in cut)
        end = max(t.i for t in subtree if t.i < end) + 1  # not the clause's own words inside the span
        rest = [t for t in rest if t.i < end]
    listed = [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i and _counted_apart(c)]
    if listed:  # "two data sets, 19 simulations and an algorithm": the count is the first member's alone
        rest = [t for t in rest if t.i < listed[0].left_edge.i and not (t.dep_ == "cc" and t.head == noun)]
    part = {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in PART_PREPS for t in c.subtree}
    part |= {t.i for c in _verbs_with(noun) for t in c.subtree}
    rest = [t for t in rest if t.i not in part and not (t.i + 1 in part and t.text == ",")]
    mods = [t for t in subtree if number.end <= t.i < noun.i and (not t.is_punct or _joining(t))]
    kept = [
        t
        for t in [*mods, noun, *rest]
        if t.ent_type_ not in ("DATE", "TIME")
        or t == noun
        or _periodic(t)
        or (t in mods and t.ent_type_ == "TIME")
        or (t in rest and _names_its_noun(t))
    ]  # "22 grand slams": a word the tagger took for a time, between a count and its noun, names the noun
    return ctx.doc[start:end], words_of(kept).strip(" ,")


#: Verbs whose "with" phrase says what they do to their object ("threatened 300 staff with dismissal",
#: "charged two men with murder"), which the parser may hang on the object: never part of what is counted.
_WITH_VERBS = {"threaten", "charge", "accuse", "provide", "supply", "equip", "present", "reward", "arm", "hit"}


def _verbs_with(noun: Token) -> list[Token]:
    """The "with" phrase of such a verb, hung on its counted object."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _WITH_VERBS:
        return []
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i]


def _joining(token: Token) -> bool:
    """The hyphen inside "company-owned": without it the words run together ("companyowned")."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _counted_apart(member: Token) -> bool:
    """A member of a list with its own count or article ("19 simulations", "an algorithm"), which the
    first member's number does not count; "500 doctors and nurses" share theirs."""
    return any(c.dep_ in ("nummod", "det") and c.i < member.i for c in member.children)


#: Prepositions that name a part of the counted noun ("40 people, including 12 children"): the part
#: is its own fact, left out of the question about the whole.
PART_PREPS = {"including", "excluding"}

#: Prepositions that set a figure beside the fact as its backdrop or yardstick, not a measure of it:
#: fronted they garble ("Against a target of how many months …", "On a topline of how much …").
BACKDROP_PREPS = {"against", "on", "amid", "versus", "vs", "vs."}


#: Adjectives the tagger reads as dates that say which figure it is ("quarterly profit", "annual budget").
PERIODIC = {"quarterly", "annual", "yearly", "monthly", "weekly", "daily", "nightly", "hourly"}


def _names_its_noun(token: Token) -> bool:
    """'a 43 percent rise in its third-quarter profit': a period before a noun after the counted one
    says which profit it is; left out, the question would ask for any period's."""
    top = token
    while top.head != top and top.head.ent_type_ == "DATE":
        top = top.head
    return top.dep_ in ("compound", "amod", "nmod") and top.head.pos_ == "NOUN"


def _periodic(token: Token) -> bool:
    return token.dep_ == "amod" and token.lower_ in PERIODIC


def _set_off(clause: Token) -> bool:
    """'300 sensors, each of which was fitted by hand', '6,000 clinics, serving 9 million people,': a
    relative clause or participle after a comma adds to the noun without saying which it is; kept, it
    reads glued into the question, its closing comma lost."""
    start = clause.left_edge.i
    return clause.dep_ in ("relcl", "acl") and start > 0 and clause.doc[start - 1].text == ","


def _object_gap(clause: Token) -> bool:
    """'the 12.5 mln bpd limit it agreed in March': a relative clause whose object is the noun itself,
    with no relative word; after a fronted wh-phrase it would read "how many … limit it agreed in"."""
    return (
        clause.dep_ == "relcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in clause.children)
        and not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in clause.subtree)
    )


def coordinated_counts(ctx: ArticleContext, noun: Token, number: Span) -> tuple[Span, str] | None:
    """'recorded 2,400 cases and 51 deaths': every noun of the coordination carries its own count,
    so each is asked with its own noun ("How many deaths …") and the whole coordination is replaced."""
    first = noun.head if noun.dep_ == "conj" else noun
    members = [first, *first.conjuncts]
    if len(members) < 2 or not all(
        m.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in m.children) for m in members
    ):
        return None
    others = {
        t.i
        for c in noun.children
        if c.dep_ in ("conj", "cc", "appos")  # "three ports – Vell and Kelso – and two airports": the ports' names
        or any(d.ent_type_ in ("DATE", "TIME") for d in c.subtree)  # "as of Monday"
        for t in c.subtree
    }
    own = [t for t in noun.subtree if t.i not in others and t.i >= number.end and not t.is_punct]
    last = max(members, key=lambda m: m.i)
    return ctx.doc[first.left_edge.i : last.right_edge.i + 1], words_of(own).strip(" ,")


def answer_text(ctx: ArticleContext, ent: Span, noun: Token | None) -> str:
    """The number as the article claims it: "more than 30" keeps its qualifier."""
    return ctx.doc[qualified_start(ctx, ent) : ent.end].text.strip()


def qualified_start(ctx: ArticleContext, ent: Span) -> int:
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


def wh_for(ctx: ArticleContext, phrase: Span, wh: str) -> tuple[Span, str, str | None] | None:
    """Front the preposition with the wh-phrase when the number sits in a prepositional phrase
    of the verb ("In how many missions …"); deeper ones cannot be asked cleanly."""
    root = phrase.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        front = prep.head  # "in front of 61,000 fans" → In front of how many fans …
        if prep.lower_ == "of" and front.lower_ == "front" and front.head.lower_ == "in" and front.i == prep.i - 1:
            if front.head.head.pos_ in ("VERB", "AUX") and front.head.i == front.i - 1:
                return ctx.doc[front.head.i : phrase.end], wh, "In front of"
        verbal = prep.head.pos_ in ("VERB", "AUX") or _verdict(prep.head) or object_phrase(prep)  # "contracts with 11"
        if not verbal or _backdrop(prep, root):
            return None
        inner = [
            t
            for t in ctx.doc[prep.i + 1 : root.i]
            if t.tag_ == "IN" and t.i > prep.i + 1 and not (t.lower_ == "per" and phrase.start <= t.i < phrase.end)
        ]
        # "bowled out for 229 in 71.4 overs": the figure's own preposition is "in", not "for"; the
        # "per" of "95 per cent" is inside the figure, no preposition of it
        if inner and any(t.like_num for t in ctx.doc[prep.i + 1 : inner[-1].i]):
            return ctx.doc[inner[-1].i : phrase.end], wh, inner[-1].text.capitalize()
        # "found in 12 of the 20 districts": a share is asked with what it is a share of (not with a
        # pronoun the question would put before its noun: "for what percentage of its revenue does …")
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == phrase.end), None)
        whole = ctx.doc[of.i : _trailing_participle(of) + 1] if of is not None else None
        if whole is not None and (not any(t.pos_ == "PRON" for t in whole) or owned_by_subject(whole, prep.head)):
            return ctx.doc[prep.i : whole.end], f"{wh} {whole.text}", prep.text.capitalize()
        if whole is not None and (said := _whole_without_clause(whole)) is not None:  # "of the startups (it screened)"
            return ctx.doc[prep.i : whole.end], f"{wh} {said}", prep.text.capitalize()
        return ctx.doc[prep.i : phrase.end], wh, prep.text.capitalize()
    record = ctx.doc[phrase.start - 1] if phrase.start > 1 else None  # "won the title a record 42 times"
    if (
        root.lower_ == "times"
        and record is not None
        and record.lower_ == "record"
        and root.dep_ in ("appos", "npadvmod")
    ):
        if record.left_edge.i != record.i - 1 or record.left_edge.lower_ != "a" or record.head.pos_ != "VERB":
            return None  # "reached the final a record nine times": the parse took the object into it
        return ctx.doc[record.i - 1 : phrase.end], wh[:1].upper() + wh[1:], None
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "npadvmod", "oprd"):
        return None
    return phrase, wh[:1].upper() + wh[1:], None


#: Adjectives of a verdict or blame whose phrase counts what it covers: "pleaded guilty to 11 offences".
_VERDICTS = {"guilty", "responsible", "liable"}


def _verdict(word: Token) -> bool:
    """ "pleaded guilty to 11 offences", "found guilty on four counts": the phrase counts the verdict's
    charges, asked like a verb's ("To how many offences did X plead guilty?")."""
    return word.lower_ in _VERDICTS and word.dep_ in ("acomp", "oprd") and word.head.pos_ in ("VERB", "AUX")


def _backdrop(prep: Token, root: Token) -> bool:
    """A figure set beside the clause ("…, against 52 percent a year ago": no "Against what percentage
    …?"), or "with" a predicate of its own ("With 1,000 roles at risk, the airline …": the roles are
    no instrument of the verb). A concession ("despite 14 MPs voting against it") is no measure of
    the verb either: "Despite how many MPs … did the bill pass?" asks nothing a reader would."""
    if set_off(prep) or prep.lower_ in ("despite", "notwithstanding"):
        return True
    return (
        prep.lower_ == "with"
        and prep.i < prep.head.i
        and any(c.i > root.i and c.dep_ in ("prep", "acomp", "advmod") for c in root.children)
    )


def set_off(prep: Token) -> bool:
    """ "…, against a target of 18 months", "…, on a topline of $2bn": a backdrop after a comma (not the
    comma closing an aside: "pitted Ola Berg, 55, against 12,000 investors")."""
    doc, i = prep.doc, prep.i
    return prep.lower_ in BACKDROP_PREPS and i > 0 and doc[i - 1].text == "," and not (i > 2 and doc[i - 3].text == ",")


def absolute_with(ent: Span) -> bool:
    """'…, with a grant of £12m from the fund covering the rest': a figure in a "with" clause after a
    comma that has its own participle is a second event, not a circumstance of the verb before it
    ("With a grant of how much will the council borrow £30m?" is no question)."""
    prep = next((t for t in ent.root.ancestors if t.pos_ in ("VERB", "AUX") or t.lower_ == "with"), None)
    doc = ent.doc
    if prep is None or prep.lower_ != "with" or prep.i == 0 or doc[prep.i - 1].text != ",":
        return False
    return any(t.dep_ in ("acl", "relcl") and t.tag_ in ("VBG", "VBN") for t in prep.subtree)


def ask_generic(ctx: ArticleContext, m: Measure, how: str) -> tuple[str, str] | None:
    """A measure asked where it stands: before the noun it sizes ("a five pct sales tax" → what
    percentage sales tax), or as the subject, object or prepositional object of its clause."""
    head = m.head
    span = ctx.doc[qualified_start(ctx, m.span) : m.span.end]
    noun = head.head
    nominal = noun.pos_ in ("NOUN", "PROPN") or (noun.pos_ == "VERB" and noun.dep_ in ("dobj", "nsubj", "pobj"))
    if head.dep_ in ("nummod", "compound", "amod", "nmod") and nominal and noun.i >= span.end:  # "a 9 pct rise"
        if _unsizable(noun, head):
            return None
        phrase, words = noun_phrase(ctx, noun, span)
        if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in noun.head.children):
            words = re.sub(r"\bits ", "", words)  # "Acme posted a 9 pct rise in its profit": its = Acme's
        return ask_found(ctx, wh_for(ctx, phrase, f"{how} {words}"), m)
    if head.dep_ in ("nummod", "compound", "amod", "nmod", "conj", "appos"):
        return None
    return ask_found(ctx, wh_for(ctx, span, how), m)


def _unsizable(noun: Token, number: Token) -> bool:
    """A noun the number does not size cleanly: a time adverb ("grew 2.8 per cent year on year" is no
    "2.8 per cent year"), a noun another figure also counts ("four times the bank's 2 per cent
    target"), or one hung on a "said" ("the agency said, after 0.1 per cent growth": asked
    "After what percentage growth did the agency say?")."""
    if noun.dep_ == "npadvmod":
        return True
    if any(c.dep_ in ("nummod", "quantmod") and c != number and c.like_num for c in noun.children):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else None
    return verb is not None and verb.lemma_.lower() in SPEECH_VERBS


def ask_found(ctx: ArticleContext, found: tuple[Span, str, str | None] | None, m: Measure) -> tuple[str, str] | None:
    if found is None:
        return None
    target, wh, pied = found
    question = ask(ctx, target, wh, pied=pied, drop_dates=False)
    return (question, answer_text(ctx, m.span, None)) if question else None


def money_span(ctx: ArticleContext, ent: Span) -> Span:
    """A money entity with its currency sign and scale word ("£" "264" "m" → "£264m")."""
    start, end = ent.start, ent.end
    while start > 0 and ctx.doc[start - 1].lower_ in CURRENCY_SIGNS:
        start -= 1
    while end < len(ctx.doc) and ctx.doc[end].lower_ in SCALES:
        end += 1
    return ctx.doc[start:end]


def _whole_without_clause(whole: Span) -> str | None:
    """ "of the startups it screened": a whole whose only pronoun sits in a clause after its noun is
    said without that clause ("of the startups"), so no pronoun comes before the noun it stands for."""
    noun = next((c for c in whole[0].children if c.dep_ == "pobj"), None)
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None) if noun else None
    if clause is None or any(t.pos_ == "PRON" for t in whole.doc[whole.start : clause.left_edge.i]):
        return None
    kept = whole.doc[whole.start : clause.left_edge.i]
    return kept.text if len(kept) > 1 and clause.right_edge.i == whole.end - 1 else None


def _trailing_participle(of: Token) -> int:
    """The last token of a share's whole, with a bare participle the parse hung elsewhere ("in 62 percent
    of the hives tested": "tested" is the hives', not a word to leave behind in the question)."""
    end = of.right_edge.i
    after = of.doc[end + 1] if end + 1 < len(of.doc) else None
    if after is not None and after.tag_ == "VBN" and after.dep_ in ("ccomp", "advcl") and after.right_edge == after:
        return after.i
    return end
