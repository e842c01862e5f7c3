"""A figure whose clause the parse ran on from the one before it: asked alone, the question would
borrow the wrong subject ("found reduction of yields exceeded 10%")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.lexicon import REPORTING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def run_on(ent: Span) -> bool:
    """'found reduction of yields exceeded 10%': a verb parsed as joined to the one before it with no
    "and" or comma between them and no subject of its own; the question would borrow the wrong subject."""
    verb = clause_verb(ent.root)
    if verb is not None and any(_second_figure(c) for c in verb.children):
        return True  # "climb to 31 pct in 2026 and to 40 pct by 2029", the second target joined to the verb
    if verb is not None and verb.dep_ in ("ccomp", "relcl") and any(_pronoun_subject(c) for c in verb.children):
        return not _body_said_it(
            verb
        )  # "Iraq, which said it would …", "he said it would cost £30m": whose "it" is unsure
    if verb is None or verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    return not any(
        verb.head.i < t.i < verb.i and (t.dep_ == "cc" or t.text == ",") for t in verb.doc[verb.head.i : verb.i]
    )


def _second_figure(token: Token) -> bool:
    """A figure joined to a verb as its conjunct, not a second verb."""
    if token.dep_ != "conj" or token.pos_ in ("VERB", "AUX") or not any(t.like_num for t in token.subtree):
        return False
    if _baseline(token):
        return False  # "grew 3.1 pct in 1986, but down from 1985's four pct": the baseline, no second target
    restated = any(c.lower_ in ("share", "shares") for c in token.children)  # "…, or 3.10 crowns a share,"
    return not (restated and any(c.dep_ == "cc" and c.lower_ == "or" for c in token.head.children))


def _baseline(token: Token) -> bool:
    """ "…, but down from 1985's four pct" joined to the verb: the figure the change is measured from."""
    return token.lower_ in ("up", "down") and any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)


def joined_baseline(target: Span) -> list[Token]:
    """The words of a baseline joined to the target's verb, with the comma and "but" before it: left in,
    the question reads "What did GDP grow in 1986, but down from 1985's four pct?"."""
    verb = clause_verb(target.root)
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i >= target.end and _baseline(c)] if verb else []
    doc = target.doc
    out: list[Token] = []
    for conj in joined:
        start = conj.left_edge.i
        while start > target.end and (doc[start - 1].text == "," or doc[start - 1].dep_ == "cc"):
            start -= 1
        out.extend(doc[start : conj.right_edge.i + 1])
    return out


def _pronoun_subject(token: Token) -> bool:
    return token.dep_.startswith("nsubj") and token.lower_ in ("it", "they")


#: Verbs whose "it" stands for what follows, not for a body ("it would take two years to …").
_DUMMY_IT_VERBS = {"cost", "take", "be", "need", "require", "mean", "seem", "appear", "make", "last"}


def _body_said_it(verb: Token) -> bool:
    """ "Kestrel Motors said it would cut 2,500 jobs": "it" of a clause a named body or country reports
    (not a person, not "which") is that body."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in REPORTING or verb.lemma_ in _DUMMY_IT_VERBS:
        return False  # "it would cost £30m to repair the bridge": no body's "it"
    it = [c for c in verb.children if _pronoun_subject(c)]
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return (
        len(it) == 1
        and it[0].lower_ == "it"
        and subject is not None
        and subject.pos_ in ("PROPN", "NOUN")  # "Orvik Ferries": the tagger's noun, a body's name all the same
        and subject.ent_type_ in ("ORG", "GPE")
    )
