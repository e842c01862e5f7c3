"""The body of "the <kind>'s <post>, <Name>", and a body named beside "Its owner".

"Tarn Mills, the 80-year-old textile maker, … The maker's finance director, Ivo Berg, said": the
post is held at the one body the article has described as a "maker" before. News writes the kind
noun for one body and never for another, so the kind decides, not nearness: "The dockers' union's
treasurer, Ann Lowe" is no officer of the shipping line named just before. A body counts as
described when the kind noun is set beside its name ("Tarn Mills, the textile maker,"), written
before it ("textile maker Tarn Mills") or ends its name ("Dockers Union"). A kind that only ties
one body to another ("Its parent company, Vell Capital,") points at no body by itself. With no such
body, or two, the post has no body (and a bare post is not asked).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import AGED_PEOPLE, PERSON_NOUNS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_POSSESSIVE_MARKS = {"'s", "\u2019s", "'", "\u2019"}
_DETERMINERS = {"the", "a", "an"}


def owning_kind(first: Token) -> Token | None:
    """The kind noun of "the chain's chief executive" for the post's first word `first`, or None."""
    doc = first.doc
    if first.i < 3 or doc[first.i - 1].text not in _POSSESSIVE_MARKS:
        return None
    kind = doc[first.i - 2]
    if kind.pos_ != "NOUN" or not kind.is_lower or not kind.is_alpha:
        return None
    return kind


def kind_owner(ctx: ArticleContext, kind: Token) -> str | None:
    """The one body named before `kind` that the article describes as of that kind, or None (see
    the module docstring)."""
    lemma = kind.lemma_.lower()
    found: dict[str, bool] = {}  # body → whether a description of it says what it is (not whose it is)
    for span in ctx.org_spans:
        if span.start >= kind.i:
            break
        if ctx.in_quote(span.start_char):
            continue
        said = _described(span, lemma)
        if said is not None:
            name = _name(span)
            found[name] = found.get(name, False) or said
    if len(found) != 1:
        return None
    name, plain = next(iter(found.items()))
    return name if plain else None


def a_bodys_owner(noun: Token, name: Token) -> bool:
    """ "Its new owner, Harbour Retail, said", "the chain's owner, Delmar Holdings": a body's owner or
    buyer, named as a body (not "Mr Sharma's widow, Anjali", a person the tagger took for a body)."""
    owner = [c for c in noun.children if c.dep_ == "poss"]
    whose = bool(owner) and (owner[0].lower_ in ("its", "their") or owner[0].pos_ == "NOUN" and owner[0].is_lower)
    kin = noun.lemma_.lower() in PERSON_NOUNS - AGED_PEOPLE  # "widow", "son", "rival"
    return whose and name.ent_type_ == "ORG" and not kin


def _name(span: Span) -> str:
    words = [t.text for t in span if t.text not in _POSSESSIVE_MARKS]
    return " ".join(words).strip()


def _described(span: Span, lemma: str) -> bool | None:
    """None when `span` is not described as `lemma`; else whether the description says what it is
    ("the textile maker", "textile maker X") rather than whose it is ("Its parent company, X")."""
    doc, root = span.doc, span.root
    if span[-1].lower_ == lemma or span[-1].lemma_.lower() == lemma:
        return True  # "Dockers Union"
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lemma_.lower() == lemma:
        return True  # "textile maker Tarn Mills"
    beside = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        beside.append(root.head)
    beside += _set_after(span)
    for noun in beside:
        if noun.lemma_.lower() == lemma and noun.is_lower:
            return not _owned(noun)
    return None


def _set_after(span: Span) -> list[Token]:
    """The head noun of ", the/a … <noun>," right after `span`, when the parse did not link it."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in _DETERMINERS:
        return []
    for tok in doc[span.end + 2 : span.end + 13]:
        if tok.text in (",", ".", ";") or tok.pos_ in ("VERB", "AUX") or tok.lower_ in ("that", "which", "who"):
            prev = doc[tok.i - 1]
            return [prev] if prev.pos_ == "NOUN" else []
    return []


def _owned(noun: Token) -> bool:
    """ "Its parent company", "the group's subsidiary": a description of whose the body is (not "the
    country's largest carrier", which says where it stands)."""
    whose = any(c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.ent_type_ == "ORG") for c in noun.children)
    return (
        whose or noun.lower_ in _TIES or any(c.lower_ in _TIES for c in noun.children if c.dep_ in ("compound", "amod"))
    )


#: Words that tie a body to another rather than say what it is.
_TIES = {"parent", "owner", "owners", "subsidiary", "unit", "affiliate", "shareholder", "partner", "rival", "sister"}
