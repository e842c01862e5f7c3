"""Pronouns that point back at something said before ("he", "they", "it"), and the "it" that points
ahead instead ("It is vital to …", "it was wrong for X to …"): a question can carry the second, not
the first."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.fact_types import Speaker

#: Words that point back to something a question cannot show; a reported clause stops before them.
POINTING = {"he", "she", "him", "they", "them", "we", "our", "us", "i", "my", "me"}
#: Pointing words that read fine once something has been named before them ("Opec said its …").
POINTING_AFTER_A_NAME = {"it", "its", "their"}


def extraposed(token: Token) -> bool:
    """'"It was not an easy pitch to bat on."', '"It is vital to …"', 'it was difficult to track …',
    'it was wrong for the mayor to …':
    an "it" that points ahead to the clause its verb "be" takes, not back to what came before."""
    head = token.head
    if token.lower_ != "it" or not (head.lemma_ == "be" or head.lower_ in ("'s", "\u2019s")):
        return False  # "It’s a shame that …": the model gives a curly "’s" no lemma "be"
    ahead = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
    curly = head.lemma_ != "be"  # "It’s a shame that …", whose "shame" the model then reads as an object
    for part in (c for c in head.children if c.dep_ in ("attr", "acomp") or (curly and c.dep_ == "dobj")):
        to_clauses = ("relcl", "acl", "xcomp")  # "a mistake to …", "difficult to …"
        ahead += [c for c in part.children if c.dep_ in to_clauses and any(a.lower_ == "to" for a in c.children)]
        ahead += [c for c in part.children if c.dep_ in ("acl", "ccomp") and any(_that(a) for a in c.children)]
    ahead += [c for c in head.children if c.dep_ == "advcl" and _for_to(c)]  # "wrong for the mayor to promise"
    return bool(ahead)


def _that(word: Token) -> bool:
    """'a shame that there are …': the "that" that opens a clause (not one standing for a noun)."""
    return word.dep_ == "mark" and word.lower_ == "that"


def _for_to(clause: Token) -> bool:
    """'for the mayor to promise …': a clause opened by "for" whose verb takes "to"."""
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    )


def their_own(token: Token, speaker: Speaker | None) -> bool:
    """'US officials said they had …': "they" opening what a group said is the group, whom the
    question asks for ("Who said they had …? — US officials"); not after "Two men were held." ("Police
    said they had tried to …": the men), when the sentence before has other plural subjects or objects."""
    said_by = speaker.token if speaker is not None else None
    if (
        token.lower_ != "they"
        or token.dep_ not in ("nsubj", "nsubjpass")
        or said_by is None
        or said_by.tag_ not in ("NNS", "NNPS")
        or said_by.i > token.i
    ):
        return False
    start = token.sent.start
    before = token.doc[token.doc[start - 1].sent.start : token.i] if start > 0 else token.doc[start : token.i]
    return not any(
        t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.lemma_ != said_by.lemma_
        for t in before
        if not (said_by.dep_ == "appos" and t == said_by.head)  # "Its new owners, Redwood Sports, said they …"
    )


def names_speaker(token: Token, speaker: Speaker | None) -> bool:
    """'He said the firm would …, which Lind and analysts agreed …': the speaker named again inside
    what they said gives the answer away, so a reported clause stops before the name."""
    return speaker is not None and token.pos_ == "PROPN" and token.text in (*speaker.aliases, speaker.name)
