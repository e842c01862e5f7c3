"""Where a reported clause may be cut for a question: without its asides between dashes, and
whether a cut leaves a whole clause ("Who said he had received advice from the Home Office?",
before "that it considered …") or a torn one that needs an ellipsis."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import DASHES

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: An aside between two spaced dashes.
DASH_ASIDE = re.compile(r"\s(?:--|[-\u2013\u2014])\s[^\u2013\u2014]+?\s(?:--|[-\u2013\u2014])\s")
#: Parts of speech a kept clause must not end on ("… advice from", "… and").
OPEN_ENDS = {"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON"}
#: Marks that end a part of a sentence.
PART_ENDS = {",", ";", ":", "-", "--", "\u2013", "\u2014"}


def without_dash_asides(tokens: list[Token]) -> list[Token]:
    """`tokens` without what lies between two spaced dashes, the dashes included."""
    dashes = [t.i for t in tokens if t.text in DASHES and t.whitespace_]
    pairs = list(zip(dashes[::2], dashes[1::2], strict=False))
    return [t for t in tokens if not any(a <= t.i <= b for a, b in pairs)]


def clean_cut(tokens: list[Token], end: int) -> int | None:
    """Where to end a clause cut at `end` (before a word the question cannot carry) so that what is
    kept is whole, with no ellipsis: right there or at the last boundary before it, keeping at least
    six words and the clause's own verb; None when there is no such place."""
    inside = {t.i for t in tokens}
    verb = next((t for t in tokens if t.head.i not in inside or t.head == t), None)
    for at in range(end, 5, -1):
        kept = tokens[:at]
        if opens_a_part(tokens[at]) and verb in kept and not kept[-1].is_punct and kept[-1].pos_ not in OPEN_ENDS:
            return at
    return None


def opens_a_part(token: Token) -> bool:
    """Whether a cut right before `token` leaves a whole clause: it opens a clause of its own
    ("that", "after", "because"), joins one ("and", "but") or is a mark that ends a part."""
    return token.dep_ in ("mark", "cc") or token.text in PART_ENDS or token.lower_ in RELATIVES


#: Words that open a clause about the noun before them ("advice that it …").
RELATIVES = {"that", "which", "who", "whom", "whose"}


def ratio_base(child: Token) -> bool:
    """'For every legal worker, there are 1.5 illegal ones': what the figure counts against, never cut."""
    return child.dep_ == "prep" and child.lower_ == "for" and any(t.lower_ in ("every", "each") for t in child.subtree)


def share_of_many(token: Token) -> bool:
    """'80 percent of the nurses', 'half of the farms': a share of a plural takes a plural verb."""
    return token.lower_ in ("percent", "cent", "%", "pct", "half", "third", "thirds", "quarter", "majority") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in token.children
    )


def first_to(verb: Token) -> bool:
    """ "became the first firm to lay …": without its "to" clause, "the first firm" says nothing."""
    return any(
        c.dep_ in ("attr", "dobj") and any(m.lower_ in ("first", "only", "last") or m.tag_ == "JJS" for m in c.children)
        for c in verb.children
    )


def expand_aux(aux: Token) -> str:
    """ "'s" → "is", "'ll" → "will": a contracted auxiliary written out to open a question; "'s" before
    a perfect's participle is "has" ("She's been mayor since 2019": "Since when has she been mayor?")."""
    word = aux.lower_.replace("\u2019", "'")
    after = aux.doc[aux.i + 1].lower_ if aux.i + 1 < len(aux.doc) else ""
    perfect = aux.dep_ == "aux" and aux.head.tag_ == "VBN"  # ("she's worked"; not the passive "she's expected")
    if word == "'s" and (after in ("been", "got", "gotten", "had") or aux.lemma_ == "have" or perfect):
        return "has"
    return {"'s": "is", "'re": "are", "'ve": "have", "'ll": "will", "'d": "would"}.get(word, aux.text)


#: A time zone written after a clock time: "ET", "GMT", "IST", "CEST", "UTC".
_TIME_ZONE = re.compile(r"[A-Z]{1,3}[SD]?T|UTC|AEST|AEDT|CEST")


def is_time(token: Token) -> bool:
    """A phrase that only says when ("on Friday", "in 2004"); lengths of time do not count, nor
    a noun that a date only describes ("its first-quarter results")."""
    tokens = list(token.subtree)
    dated = [t for t in tokens if t.ent_type_ in ("DATE", "TIME")]
    if _TIME_ZONE.fullmatch(token.text) and len(tokens) == 1 and token.i and token.doc[token.i - 1].ent_type_ == "TIME":
        return True  # "at 8:30 a.m. ET": the zone the parse split from its clock time goes with it
    if token.pos_ in ("NOUN", "PROPN") and token not in dated:
        return False  # "its third-quarter results": a thing the verb acts on, only described by a date
    if re.search(
        r"\b(days?|weeks?|months?|years?|decades?|hours?)\b", " ".join(t.lower_ for t in dated)
    ) and not re.search(r"\b(ago|last|next|this|early|late)\b", " ".join(t.lower_ for t in dated)):
        return False
    return bool(dated) and len(dated) >= len([t for t in tokens if not t.is_punct]) - 1


def before_second_clause(head: Token, end: int) -> int:
    """Where a reported clause ends when it joins a second one with a subject of its own ("X said
    that A and, only after B, a ruling will be made"): before that one, whose own words ("the
    report") the question may not be able to carry; asked alone, A is still what X said."""
    second = [
        c
        for c in head.children
        if c.dep_ in ("conj", "advcl")  # the parser may hang "…, and only after B, C" on A as an adverbial
        and c.i < end
        and c.i > head.i
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") for g in c.children))  # a clause
        and not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)  # "… and that B": said too
    ]
    if not second:
        return end
    start = cut = second[0].left_edge.i
    doc = head.doc
    while cut > head.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
        cut -= 1
    joins = {t.lower_ for t in doc[cut:start]}
    if cut <= head.i or not joins & {"and", "but"} or joins & {"or", "nor"}:
        return end  # "A or B" is no claim of A alone
    return cut


_THE_OWNER = re.compile(r"\b[Tt]he ((?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*'s)\s")
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:?])")


def finish_question(words: list[str]) -> str | None:
    """The words joined into a question: spaces and stray punctuation tidied, a capital and a "?"; None
    when fewer than three words are left."""
    text = " ".join(w for w in words if w and w.strip())
    if "'s" in text:
        text = _THE_OWNER.sub(r"\1 ", text)  # "the Canada's" → "Canada's"
    text = _SPACE_BEFORE_STOP.sub(r"\1", " ".join(text.split()))
    text = text.rstrip(",;:.")
    if len(text.split()) < 3:
        return None
    return text[:1].upper() + text[1:] + "?"


def verb_split_off(head: Token) -> Token:
    """The verb a reported clause goes on to when the parser split it in two ("said that drivers
    [found] over the limit | would be [arrested]"): a participle with the clause's subject, then,
    right after it, a sibling clause that opens on its auxiliary and has no subject. Else `head`
    itself; asked without the sibling, the clause stops at its subject ("Who said that drivers found …?")."""
    doc = head.doc
    nxt = head.right_edge.i + 1
    if head.dep_ != "ccomp" or head.tag_ not in ("VBN", "VBD") or nxt >= len(doc):
        return head
    tail = doc[nxt].head
    opens_on_aux = doc[nxt].dep_ in ("aux", "auxpass") and doc[nxt].left_edge.i == nxt and tail.left_edge.i == nxt
    if not opens_on_aux or tail.dep_ != "ccomp" or tail.head != head.head:
        return head
    subject = ("nsubj", "nsubjpass", "expl")
    own_subject = any(c.dep_ in subject[:2] for c in head.children)
    return tail if own_subject and not any(c.dep_ in subject for c in tail.children) else head


def without_comma_clause(subject: Token) -> list[Token]:
    """The subject's words without a clause set off by commas ("X, speaking in Parliament on
    Thursday, said"): where and when they spoke is no part of whose claim it is; nor is a name's
    post set off after it ("Ann Ruiz, head of sales at Harwick Foods, said"), nor a relative clause
    ("Campaigners, who have gathered 8,000 signatures, said")."""
    doc, dropped = subject.doc, set()
    for c in subject.children:
        aside = c.dep_ in ("acl", "relcl") or c.dep_ == "appos" and subject.pos_ == "PROPN"  # (a post)
        if aside and c.i > subject.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            dropped |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
            if c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",":
                dropped.add(c.right_edge.i + 1)
    return [t for t in subject.subtree if t.i not in dropped]
