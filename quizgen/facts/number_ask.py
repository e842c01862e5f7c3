"""The clause-to-question move for numbers, without the asides a question could not carry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.doc_memo import per_sentence
from quizgen.facts.aside_words import aside_openers, opening_brackets
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import ask as ask_clause
from quizgen.facts.context import words_of
from quizgen.facts.lexicon import CHANGE_VERBS
from quizgen.facts.measures import SCALES
from quizgen.facts.number_bases import with_fronted_basis
from quizgen.facts.number_glued import set_off_change
from quizgen.facts.number_guards import comparison
from quizgen.facts.number_run_on import joined_baseline
from quizgen.facts.number_terms import offer_condition
from quizgen.vocabulary import MONTH_NAMES, TALLY_NOUNS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_YEAR = re.compile(r"(1[89]|20)\d\d")
_MONTHS = {m.lower() for m in MONTH_NAMES}
#: Conjunctions of an aside that only says what else goes on ("… as they cross the plain").
ASIDE_MARKS = {"as", "while", "whilst"}
#: Words that name a period from the article's day or its year ("last year", "a year earlier", "the final quarter").
_RELATIVE_PERIODS = set("last this next earlier ago previous first second third fourth final".split())
_PERIOD_UNITS = {"year", "quarter", "month", "week", "season"}


def ask(
    ctx: ArticleContext,
    target: Span,
    wh: str,
    *,
    extra_drop: Iterable[Token] | None = None,
    whole_tally: bool = False,
    **kwargs: object,
) -> str | None:
    """`clauses.ask`, leaving out the sentence's asides (see `asides`); a tally's side is not asked
    alone, only the whole tally when `whole_tally` says the target is one ("by 88 votes to 61")."""
    drop = {t.i: t for t in extra_drop} if extra_drop is not None else {}
    drop.update((t.i, t) for t in asides(target))
    drop.update((t.i, t) for t in _period_of_from(target))
    drop.update((t.i, t) for t in [*restated(target), *joined_baseline(target)])
    if listed(target) or (tallied(target) and not whole_tally):
        return None
    question = ask_clause(ctx, target, wh, extra_drop=list(drop.values()) or None, **kwargs)  # type: ignore[arg-type]
    if question is None:
        return None
    for when in fronted_dates(target, set(drop)):
        words = words_of(list(when.subtree)).strip(" ,")
        if when.left_edge.pos_ != "PROPN":
            words = words[:1].lower() + words[1:]  # "By 2010, …" → "… by 2010?"
        if words and words.lower() not in question.lower():
            question = f"{question[:-1]} {words}?"
    return with_fronted_basis(question, target)


def restated(target: Span) -> list[Token]:
    """'edged down 0.4%, or 2.9 points,': the same change restated after ", or" is its own question;
    left in, it reads glued on ("By what percentage did … edge down, or 2.9 points?")."""
    out: list[Token] = []
    for gone, words in per_sentence(target.sent, _restatements):
        if target.start not in gone and target.end - 1 not in gone:  # (the restated figure is the one asked)
            out.extend(words)
    return out


def _restatements(sent: Span) -> list[tuple[range, list[Token]]]:
    """Each ", or" figure of a sentence, as the token positions it spans and its words: the same for
    every figure of the sentence, which is left out of them when it is the one asked."""
    doc = sent.doc
    out = []
    for tok in sent:
        verb = tok.pos_ == "VERB"  # "rose to 412 million crowns, or 3.10 crowns a share,": the parse's verb's
        if not (verb or tok.like_num or any(t.like_num for t in tok.lefts)):
            continue
        for conj in (c for c in tok.children if c.dep_ == "conj"):
            cc = doc[conj.left_edge.i - 1]
            share = next((c for c in conj.children if c.lower_ in ("share", "shares")), None) if verb else None
            if verb and share is None:
                continue
            gone = range(cc.i - 1, (share or conj).right_edge.i + 1)
            if any(t.like_num for t in conj.subtree) and cc.lower_ == "or" and doc[cc.i - 1].text == ",":
                out.append((gone, list(doc[gone.start : gone.stop])))
    return out


def listed(target: Span) -> bool:
    """'includes $40 billion for Ukraine, $14 billion for Israel and $9 billion for aid': the first of
    a list of figures, each with its own phrase; its question would carry the rest of the list
    ("How much does it include for Ukraine, $14 billion for Israel and …?"), so none is asked."""
    kind, root = target.root.ent_type_, target.root
    preps = {c.lower_ for c in root.children if c.dep_ == "prep"}
    return bool(kind) and any(
        t.dep_ in ("appos", "conj")
        and t.ent_type_ == kind
        and t.i >= target.end
        and any(c.dep_ == "prep" and c.lower_ in preps for c in t.children)  # each with its own "for …"
        for t in root.subtree
    )


def tallied(target: Span) -> bool:
    """'passed the budget 18 votes to 8': a tally's two sides are one fact; asking one leaves the other
    glued on ("How many votes did the Senate pass to 8?")."""
    doc = target.doc
    if (
        target.root.lemma_ in TALLY_NOUNS
        and target.end + 1 < len(doc)
        and doc[target.end].lower_ in ("to", "against")
        and doc[target.end + 1].like_num
    ):
        return True
    # "passed the bill by 38 votes to 31": the figure's own noun, wherever the asked span ends
    nouns = {t.head for t in target if t.like_num and t.head.lemma_ in TALLY_NOUNS}
    return any(n.i + 2 < len(doc) and doc[n.i + 1].lower_ in ("to", "against") and doc[n.i + 2].like_num for n in nouns)


def _period_of_from(target: Span) -> list[Token]:
    """ "rose to Rs 6,830 crore from Rs 5,410 crore a year ago": the period right after the "from" figure
    is that figure's, though the parse may hang it on the verb; asked for the "from" figure, the question
    leaves it out, or it would say the rise happened a year ago."""
    doc = target.doc
    if not target or target[0].lower_ != "from" or target.end + 2 >= len(doc):
        return []
    after = doc[target.end : target.end + 3]
    if after[-1].lower_ not in ("ago", "earlier", "before") or not all(t.ent_type_ == "DATE" for t in after):
        return []
    return list(after)


def fronted_dates(target: Span, drop: set[int]) -> list[Token]:
    """'In 2019, exports rose 5%': a date phrase before its verb is left out when the clause is turned
    around, and the figure would lose the year it holds for; it goes back at the end. A relative period
    ("Last year, the firm earned …") goes back too: without it the figure would stand for any year."""
    verb = clause_verb(target.root)
    if verb is None:
        return []
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    out = []
    for v in verbs:
        for child in v.children:
            if child.i >= v.i or child.dep_ not in ("prep", "npadvmod", "advmod") or child.i in drop:
                continue
            tokens = list(child.subtree)
            if any(target.start <= t.i < target.end for t in tokens):
                continue
            if child.dep_ == "advmod" and (len(tokens) < 2 or child.ent_type_ != "DATE"):
                continue  # "A year earlier the company earned …" (no comma): a period; "Still, …" no date
            if any(t.ent_type_ == "DATE" and (_named_period(t) or _relative(t)) for t in tokens):
                out.append(child)
    return out


def _named_period(token: Token) -> bool:
    return bool(_YEAR.fullmatch(token.text)) or token.lower_ in _MONTHS


def _relative(token: Token) -> bool:
    """'last year', 'this month', 'a year earlier': a period named from the article's day."""
    return token.lower_ in _RELATIVE_PERIODS and any(t.lower_ in _PERIOD_UNITS for t in token.head.subtree)


def asides(target: Span) -> list[Token]:
    """'house four divers for up to 20 days as they map the reef': a clause opened by "as" or
    "while" whose subject is a pronoun names nothing a question could carry, and the figure does not
    depend on it, so it is left out rather than the question dropped. Never a clause holding the answer."""
    out: list[Token] = [*conversions(target)]
    for tok in aside_openers(target.sent):  # the words no aside can start from are skipped
        if _age_aside(tok) and not target.start <= tok.i < target.end:
            out.extend(
                tok.doc[tok.i - 1 : tok.i + 2] if tok.doc[tok.i + 1].text == "," else tok.doc[tok.i - 1 : tok.i + 1]
            )
            continue
        moved = change_of_host(tok)
        if moved and not any(target.start <= t.i < target.end for t in moved):
            out.extend(moved)
            continue
        stolen = stolen_subject(tok)
        if stolen and not any(target.start <= t.i < target.end for t in stolen):
            out.extend(stolen)
            continue
        if (
            set_off_comparison(tok)
            or set_off_superlative(tok)
            or comparison(tok)
            or _set_off_record(tok)
            or set_off_change(tok)
            or _earlier_change(tok)
            or _set_off_tail(tok)
            or set_off_share(tok)
        ) and not any(target.start <= t.i < target.end for t in tok.subtree):
            out.extend(tok.subtree)
            continue
        if tok.dep_ != "advcl" or any(target.start <= t.i < target.end for t in tok.subtree):
            continue
        if offer_condition(tok):  # "threatened to fire 300 staff if they struck": the threat, asked alone
            out.extend(tok.subtree)
            continue
        mark = next((c for c in tok.children if c.dep_ == "mark"), None)
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if mark is None or mark.lower_ not in ASIDE_MARKS or subject is None or subject.pos_ != "PRON":
            continue
        out.extend(tok.subtree)
    return out


def set_off_comparison(tok: Token) -> bool:
    """'have lived for 300 million years, longer than nearly every other fish', 'added 900 staff, about 40
    more than it planned': a comparison after a comma comments on the figure; kept, it would read as part
    of what is asked ("thrived longer … for how long", "did it add about 40 more than it planned")."""
    if tok.tag_ not in ("RBR", "JJR") or tok.dep_ not in ("advmod", "amod", "advcl", "npadvmod"):
        return False  # most words: the children are not walked
    than = [*tok.children, *(m for c in tok.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark")]
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == "," and any(c.lower_ == "than" for c in than)


def set_off_share(tok: Token) -> bool:
    """'rose to 790,000, about 11 per cent of all young people': a percentage of a whole, set off after
    the figure, says what share the figure is; it is no change, and kept it reads as one ("rise 11 per cent")."""
    tok = tok.head if tok.like_num and tok.dep_ == "nummod" else tok  # the figure of "11 per cent"
    if tok.lower_ not in ("percent", "cent", "%", "pct") or tok.dep_ not in ("npadvmod", "appos", "conj", "dobj"):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def set_off_superlative(tok: Token) -> bool:
    """'27 aftershocks followed, the strongest of magnitude 5.4, AFAD said': "the strongest …" between
    commas picks one of the counted; kept, it reads as an object ("followed the strongest …")."""
    doc = tok.doc
    noun_graded = tok.pos_ == "NOUN" and any(c.tag_ == "JJS" and c.dep_ == "amod" for c in tok.children)
    graded = tok.tag_ == "JJS" or noun_graded
    if not graded or tok.dep_ not in ("npadvmod", "appos", "dobj") or tok.left_edge.lower_ != "the":
        return False  # "fell to 4.1 per cent, the lowest rate since 2013": the noun's superlative, too
    after = tok.right_edge.i + 1
    return (
        tok.left_edge.i > 0
        and doc[tok.left_edge.i - 1].text == ","
        and (after >= tok.sent.end or doc[after].text in (",", ".", ";"))
    )


def change_of_host(tok: Token) -> list[Token]:
    """'increased the sentence of a driver who killed two teens from six years to nine years': the parse
    hangs "from … to …" on the relative clause's verb, which changes nothing; it is the change of the
    verb above, and neither a figure to ask of the clause ("From how many years did he kill …") nor a
    part of its question. The phrase's tokens ("to …" too, when the parse made it a sibling), or none."""
    verb = tok.head
    if tok.dep_ != "prep" or tok.lower_ != "from" or verb.dep_ != "relcl" or verb.lemma_ in CHANGE_VERBS:
        return []
    ends = [c for c in [*tok.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i]
    end = next((c for c in ends if any(t.like_num for t in c.subtree)), None)
    if end is None or not any(t.like_num for t in tok.subtree):
        return []
    if not any(a.lemma_ in CHANGE_VERBS for a in verb.ancestors):
        return []
    return list(dict.fromkeys([*tok.subtree, *end.subtree]))


def in_change_of_host(figure: Span) -> bool:
    """The figure is in a change `change_of_host` leaves out: one hung on a relative clause above it."""
    relative = [v for v in figure.root.ancestors if v.dep_ == "relcl"]
    return any(figure.root in change_of_host(t) for v in relative for t in v.children if t.lower_ == "from")


def stolen_subject(tok: Token) -> list[Token]:
    """'forced from their homes and 265 municipalities had been affected': the parse joined the next
    clause's subject to a noun before it; the noun and its "and" are left out of the question
    (kept: "… forced from their homes and 265 municipalities?"); likewise an "after" phrase whose noun is
    the subject of the verb after it. Empty when the parse holds."""
    doc = tok.doc
    if tok.dep_ == "prep" and tok.lower_ in ("after", "before", "until") and tok.right_edge.i + 2 < tok.sent.end:
        comma = doc[tok.right_edge.i + 1]  # "after the Solicitor General, Ann Ruiz, said …": the clause's subject
        said = doc[tok.right_edge.i + 2]
        subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children)
        return list(tok.subtree) if comma.text == "," and said.tag_ == "VBD" and subjectless else []
    if tok.dep_ != "conj" or tok.pos_ not in ("NOUN", "PROPN") or tok.right_edge.i + 1 >= tok.sent.end:
        return []
    nxt = doc[tok.right_edge.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
    if nxt.pos_ not in ("AUX", "VERB") or verb.pos_ != "VERB" or verb.i < nxt.i:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return []
    own = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if own is not None and verb in own.subtree:
        return []  # "begin after birth or lasting harm may result": the verb stays, so must its subject
    cc = doc[tok.left_edge.i - 1]
    return [*([cc] if cc.dep_ == "cc" else []), *tok.subtree]


def _set_off_tail(tok: Token) -> bool:
    """'had been delivered, enough for 600,000 children', 'from Monday, with parents able to book': a
    comment after a comma that ends the sentence; kept, it reads glued on ("delivered enough for …")."""
    doc = tok.doc
    if tok.lower_ not in ("enough", "with") or tok.left_edge.i != tok.i or tok.i < 1 or doc[tok.i - 1].text != ",":
        return False
    return tok.dep_ in ("advmod", "amod", "npadvmod", "oprd", "prep", "advcl") and all(
        t.is_punct or t.is_space for t in doc[tok.right_edge.i + 1 : tok.sent.end]
    )


def _earlier_change(tok: Token) -> bool:
    """'rose 0.2 pct after expanding 0.8 pct in the third quarter': the change before is a second fact
    with its own period; kept, the question would carry that period beside its own."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in ("after", "following")
        and any(c.dep_ == "pcomp" and any(t.like_num for t in c.subtree) for c in tok.children)
    )


def _set_off_record(tok: Token) -> bool:
    """'dropped 12 percent in Oslo, the biggest decline since 2008', 'raised its rate to 5 percent on
    Friday, its 14th straight increase, as …': a noun phrase after a comma that ranks the change; kept,
    it reads as glued on ("… in Oslo the biggest decline since 2008?")."""
    doc = tok.doc
    second_object = tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)
    closed = doc[tok.right_edge.i + 1].text == "," if tok.right_edge.i + 1 < len(doc) else False
    return (
        (tok.dep_ in ("appos", "npadvmod") or second_object)
        and (tok.pos_ == "NOUN" or (tok.lower_ in _NUMBER_NOUNS and tok.dep_ != "dobj"))
        and tok.left_edge.i > 0
        and doc[tok.left_edge.i - 1].text == ","
        and any(c.dep_ == "amod" and _ranks(c) for c in tok.children)
        and (
            all(t.is_punct for t in doc[tok.right_edge.i + 1 : tok.sent.end])  # it ends the sentence
            or (closed and (second_object or tok.left_edge.dep_ == "poss"))  # or a comma closes it
        )
    )


#: Numbers that name a feat as a noun ("his fifth ODI hundred", "a second century").
_NUMBER_NOUNS = {"hundred", "century", "fifty", "half-century", "ton"}
#: Ordinal words, which rank what they qualify ("his fifth ODI hundred").
_ORDINALS = set("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())


def _ranks(word: Token) -> bool:
    """ "biggest", "first", "14th": a word that ranks what it qualifies."""
    return (
        word.tag_ == "JJS"
        or word.lower_ in _ORDINALS
        or word.ent_type_ == "ORDINAL"
        or re.fullmatch(r"\d+(?:st|nd|rd|th)", word.lower_) is not None
    )


def conversions(target: Span) -> list[Token]:
    """'Rs 250.67 crore (Rs 2.51 billion)', '$1,500 (S$2,020)': an amount restated in brackets, left
    out of the question (kept, it reads glued on: "… rise Rs 2.51 billion from …")."""
    out: list[Token] = []
    doc, sent = target.doc, target.sent
    for tok in opening_brackets(sent):
        if tok.i == sent.start:
            continue
        if not doc[tok.i - 1].like_num and doc[tok.i - 1].lower_ not in SCALES:
            continue
        close = next((t for t in doc[tok.i + 1 : min(tok.i + 8, sent.end)] if t.text == ")"), None)
        inside: list[Token] = list(doc[tok.i : close.i + 1]) if close is not None else []
        if any(t.like_num for t in inside) and not any(t.like_num and t in inside for t in target):
            out.extend(t for t in inside if not target.start <= t.i < target.end)
    return out


def _age_aside(tok: Token) -> bool:
    """'pitted Ann Ruiz, 55, against 12,000 investors': an age set off after a name is asked on its
    own ("How old is …"); left in, it reads glued on ("… pitted Ann Ruiz, 55?")."""
    doc = tok.doc
    return (
        tok.like_num
        and tok.text.isdigit()
        and 16 <= int(tok.text) <= 110
        and tok.i > 1
        and tok.i + 1 < len(doc)
        and doc[tok.i - 1].text == ","
        and doc[tok.i + 1].text in (",", ".", ";")
        and doc[tok.i - 2].pos_ == "PROPN"
        and tok.head.i == tok.i - 2
    )
