"""Everything after a clause's verb that belongs to the clause: what a question keeps after its wh-phrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_climbs import keeps_conjunct
from quizgen.facts.clause_cuts import first_to, is_time, ratio_base
from quizgen.facts.clause_text import clause_text
from quizgen.facts.measures import CURRENCY_SIGNS, CURRENCY_WORDS
from quizgen.facts.span_purposes import span_purpose
from quizgen.facts.summing_asides import aside_tokens, summing_aside

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

TIME_WORDS = set("today yesterday tomorrow now currently recently soon later earlier already meanwhile also".split())
TIME_WORDS |= {"still", "then", "eventually"}
#: How often an amount comes in: kept with its source ("annually from coffee exports").
RATE_ADVERBS = {"annually", "yearly", "monthly", "weekly", "daily"}


def clause_rest(ctx: ArticleContext, verb: Token, drop: set[int], drop_dates: bool) -> str | None:
    """Everything after the verb that belongs to its clause, then leading phrases moved to the end."""
    right, lead = [], []
    drop |= _joined_verbs_of_answer(verb, drop)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "csubj", "expl", "mark"):
            continue
        if child.i in drop and not keeps_conjunct(child, drop):  # (the child is in its own subtree: no walk)
            right.extend(_purpose_of_answer(child, drop))  # "release [$50m] for reconstruction"
            continue
        if child.dep_ in ("punct", "cc") or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        if summing_aside(child):
            continue  # "…, a move that angered unions": a comment on the act, not part of it
        if _joined_to_answer(child, drop):
            if child.doc[child.left_edge.i - 1].lower_ == "or":
                return None  # "sentenced to 10 years in jail or a fine of Sh20 million": the answer is one of two
            continue  # "… and a fine of Sh1 million": the answer's partner goes with it
        purpose = kept_purpose(verb, child)
        since = child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in child.children)
        if (since or _scoping_when(verb, child)) and not drop_dates and child.i > verb.i:
            right.append(child)  # "six killed since the war ended": the count holds only since then
            continue
        if child.dep_ == "advcl" and not purpose and (cut := span_purpose(verb, child)) is not None:
            drop |= cut  # "given seven days to question the suspect [who …]": what the time is for
            right.append(child)
            continue
        if (child.dep_ in ("advcl", "parataxis") and not purpose) or (child.dep_ == "ccomp" and child.i < verb.i):
            continue
        if child.lower_ in TIME_WORDS or (child.dep_ == "prep" and child.lower_ == "according"):
            continue
        if _second_object(verb, child):
            continue  # "reached 41.2C on Tuesday, the highest reading since 1881": an aside on the first
        if _dangling(verb, child):
            continue  # "instead of" whose object the parse hung elsewhere: a preposition left dangling
        if drop_dates and is_time(child):
            continue
        if child.i < verb.i:
            if (
                (
                    child.dep_ == "prep"
                    and not is_time(child)
                    and any(t.ent_type_ in ("GPE", "LOC", "ORG", "FAC") for t in child.subtree)
                )
                or ratio_base(child)
                or _compass_scope(child)
            ):
                lead.append(child)
            continue
        right.append(child)
    words = _words(ctx, right, lead, drop)
    text = " ".join(words)
    if text.rstrip().endswith((",", ";", ":")):  # one mark left at the end, with its spaces
        text = text.rstrip()[:-1].rstrip()
    return text


def kept_purpose(verb: Token, child: Token) -> bool:
    """ "had six billion to give back": a short purpose belongs to the object, so a question keeps it;
    "moved to fifth in the table": a place."""
    return (
        child.dep_ == "advcl"
        and child.i > verb.i
        and child.left_edge.lower_ == "to"
        and (len(list(child.subtree)) <= 5 or first_to(verb) or child.ent_type_ == "ORDINAL" or _named_to(verb, child))
    )


#: Verbs that put someone in a post: without a post ("as chief") or a task ("to overhaul the
#: finances"), "In what year was he appointed?" does not say to what.
_PUT_IN_POST = {"appoint", "name", "hire", "pick", "select", "choose", "tap", "recruit", "draft", "install"}


def _named_to(verb: Token, child: Token) -> bool:
    """ "was appointed by the synod in 2016 to reform its estates": the task is the post's only name."""
    if verb.lemma_.lower() not in _PUT_IN_POST or len(list(child.subtree)) > 12:
        return False
    return not any(c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _words(ctx: ArticleContext, right: list[Token], lead: list[Token], drop: set[int]) -> list[str]:
    """The text of each kept child of the verb, in order, the leading phrases (moved last) lower-cased."""
    words: list[str] = []
    last = -2
    for child in right + lead:
        tokens = [t for t in child.subtree if t.i not in drop]
        asides = aside_tokens(tokens)  # "a review of …, a process that took a year"
        tokens = [t for t in tokens if t.i not in asides] if asides else tokens
        text = clause_text(ctx, tokens)
        if words and tokens and _score_half(tokens[0], last):
            words[-1] += f"{ctx.doc[last + 1].text}{text}"  # "drew 0-0": the parse split the score at its dash
            last = tokens[-1].i
            continue
        last = tokens[-1].i if tokens else last
        if child in lead and tokens and tokens[0].pos_ != "PROPN":
            text = text[:1].lower() + text[1:]
        joiner = _list_joiner(child) if words and text else None
        if joiner is not None:  # "a cut in tax, and a reduction in borrowing": the parse hung both on the verb
            comma, cc = joiner
            words[-1] += comma
            text = f"{cc} {text}"
        if text:
            words.append(text)
    return words


def _score_half(first: Token, last: int) -> bool:
    """The second number of a score whose dash the parse hung on the verb ("drew 0 - 0")."""
    doc = first.doc
    return first.i == last + 2 and first.like_num and doc[last].like_num and doc[last + 1].text in ("-", "\u2013")


def _list_joiner(child: Token) -> tuple[str, str] | None:
    """The ", and" before a noun the parse joined to the verb as a second object ("contained a cut in
    tax, and a reduction in borrowing"): skipped with the verb's marks, the two objects ran together."""
    if child.dep_ != "conj" or child.pos_ in ("VERB", "AUX"):
        return None
    doc, start = child.doc, child.left_edge.i
    cc = doc[start - 1] if start > 0 else None
    if cc is None or cc.dep_ != "cc" or cc.head != child.head:
        return None
    comma = "," if cc.i > 0 and doc[cc.i - 1].text == "," and doc[cc.i - 1].head == child.head else ""
    return comma, cc.text


def _dangling(verb: Token, prep: Token) -> bool:
    """A preposition with no object, except that of a passive prepositional verb right after it ("40
    ballots had been tampered with", "residents were looked after"): that one is part of the verb, and
    without it the question says another thing."""
    if prep.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") or _compound_prep(c) for c in prep.children):
        return False
    return not (prep.i == verb.i + 1 and any(c.dep_ == "auxpass" for c in verb.children))


def _purpose_of_answer(answer: Token, drop: set[int]) -> list[Token]:
    """ "would release 50 million dollars for reconstruction": what the answer's amount is for, a
    "for" phrase after it, stays in the question ("How much would … release for reconstruction?"); so
    do how often money comes and where from ("earns 400 mln dlrs annually from coffee exports" → "How
    much does … earn annually from coffee exports?": the country earns more than that, and not once)."""
    kept = [c for c in answer.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > max(drop)]
    if not any(t.lower_ in CURRENCY_SIGNS | CURRENCY_WORDS or t.ent_type_ == "MONEY" for t in answer.subtree):
        return kept
    end = max(t.i for t in answer.subtree if t.i in drop)  # (an aside dropped after it is no part of it)
    after = [c for c in answer.children if c.i > end and c.i not in drop]
    source = [c for c in after if c.dep_ == "prep" and c.lower_ == "from" and _source(c)]
    rate = [c for c in after if _rate(c) and (source or c.left_edge.i == end + 1)]
    return sorted({*kept, *rate, *source[:1]}, key=lambda c: c.i)


def _source(prep: Token) -> bool:
    """ "from coffee exports": where money comes from, not another figure or a date ("up $2 from $29",
    "from a year earlier")."""
    told = list(prep.subtree)
    return not any(t.like_num or t.ent_type_ in ("DATE", "TIME", "MONEY") for t in told) and len(told) <= 6


def _rate(token: Token) -> bool:
    """ "annually", "a year", "per month": how often an amount comes in."""
    if token.lower_ in RATE_ADVERBS:
        return token.right_edge == token
    words = [t.lower_ for t in token.subtree]
    return (
        token.dep_ == "npadvmod"
        and len(words) == 2
        and words[0] in ("a", "an", "per", "each", "every")
        and (token.lemma_.lower() in ("day", "week", "month", "year", "quarter"))
    )


def _compound_prep(token: Token) -> bool:
    """'walked out of the hall': the "of" under "out" holds the object the pair shares."""
    return token.dep_ == "prep" and token.i == token.head.i + 1 and any(c.dep_ == "pobj" for c in token.children)


def _joined_to_answer(child: Token, drop: set[int]) -> bool:
    """A noun the parse joined to the verb ("sentenced … to 10 years in jail or a fine …") right after
    the answer's phrase: coordinated with the answer, not a part of the clause of its own."""
    if child.dep_ != "conj" or child.pos_ not in ("NOUN", "PROPN", "NUM") or not drop:
        return False
    cc = child.left_edge.i - 1
    if cc < 1 or child.doc[cc].dep_ != "cc":
        return False
    before = [c for c in child.head.children if c.i < cc and c.right_edge.i == cc - 1]
    return any(t.i in drop for c in before for t in c.subtree)


def _second_object(verb: Token, child: Token) -> bool:
    """A second object after a comma: the parse's reading of an aside that describes the first
    ("reached 41.2C …, the highest June reading since 1881"), or the whole event ("beat Ashford 2-1 on
    Saturday, their first win of the season": glued on, it reads "2-1 their first win")."""
    doc = verb.doc
    if child.left_edge.i == 0 or doc[child.left_edge.i - 1].text != "," or child.i < verb.i:
        return False
    if child.dep_ == "npadvmod" and child.pos_ == "NOUN":
        return any(c.dep_ in ("det", "poss") for c in child.children)
    return child.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < child.i for c in verb.children)


def _scoping_when(verb: Token, clause: Token) -> bool:
    """'41 children died when the roof collapsed': a short "when" clause after a verb with nothing else
    after it is what the count holds for; without it "How many children died?" says nothing of which."""
    when = clause.left_edge
    if clause.dep_ != "advcl" or when.lower_ != "when" or when.i + 1 >= clause.right_edge.i:
        return False
    if when.nbor().pos_ == "PRON" or clause.right_edge.i - when.i > 8:
        return False  # "when it fell": which "it", the question could not say
    return not any(c.i > verb.i and c.dep_ not in ("punct", "advcl", "cc", "conj") for c in verb.children)


def _joined_verbs_of_answer(verb: Token, drop: set[int]) -> set[int]:
    """'plans to hire [250] teachers and build six schools': the verb joined to the answer's own (an
    "xcomp" under the asked verb) is another act, with its own figures; it goes, with its "and"."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ != "xcomp" or not any(t.i in drop for t in child.subtree):
            continue
        for other in child.children:
            if other.dep_ == "conj" and other.pos_ in ("VERB", "AUX") and not any(t.i in drop for t in other.subtree):
                out |= {t.i for t in other.subtree}
                out |= {c.i for c in child.children if c.dep_ == "cc" and c.i < other.i}
    return out


#: Parts of a country a fronted "In the south," names, the scope of every figure after it.
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}


def _compass_scope(child: Token) -> bool:
    """ "In the south, the agency had opened 7 files": the region is the figure's scope; without it
    the question asks for the whole country's count."""
    words = [t.lower_.replace("-", "") for t in child.subtree]
    return child.dep_ == "prep" and child.lower_ == "in" and len(words) <= 6 and bool(_COMPASS & set(words))
