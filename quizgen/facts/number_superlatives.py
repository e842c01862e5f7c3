"""A rank written into a superlative: "Veloria is the world's third-largest coffee producer",
"Bihar is the country's third most flood-prone state" → Among the world's largest coffee producers,
where does Veloria rank? → third.

Only a name said to be (or to have become, or to remain) the ranked thing, with the field it is
ranked in named ("the world's", "in Europe"): "the second-largest exporter" alone says of no field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ranks import ordinal_value

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_COPULAS = {"be", "become", "remain"}
#: Prepositions after the noun that name the field of the ranking ("in the world", "among carmakers").
_FIELD_PREPS = {"in", "among", "on"}


def ask_superlative(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(question, ordinal) for an ordinal in "the <field's> Nth-<superlative> <noun>" a name is, else None."""
    tok = next((t for t in ent if ordinal_value(t) is not None), None)
    if tok is None or ctx.in_quote(tok.idx):
        return None
    found = _ranked(tok)
    return (found, tok.text.lower()) if found is not None else None


def _ranked(ordinal: Token) -> str | None:
    doc = ordinal.doc
    after = doc[ordinal.i + 1 : ordinal.i + 3]
    superlative = next((t for t in after if t.tag_ == "JJS" or t.lower_ in ("most", "least")), None)
    if superlative is None or any(
        t.text not in ("-",) and t != superlative for t in after[: superlative.i - after.start]
    ):
        return None
    noun = superlative.head if superlative.dep_ == "amod" else superlative.head.head
    if noun.tag_ != "NN" or noun.dep_ != "attr" or noun.i < superlative.i or noun.head.lemma_ not in _COPULAS:
        return None
    verb = noun.head
    if verb.tag_ in ("VB", "VBG") or any(c.tag_ == "MD" for c in verb.children):
        return None  # "could become the world's third-largest …", "would be": a rank foreseen, not held
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or any(c.dep_ == "neg" for c in verb.children):
        return None
    who = words_of([t for t in subject.subtree if t.dep_ in ("compound", "det", "amod") or t == subject]).strip()
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    field = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _FIELD_PREPS and c.i > noun.i), None)
    if owner is None and field is None:
        return None
    if field is not None and any(t.like_num or t.pos_ == "PRON" for t in field.subtree):
        return None
    before = [
        *(owner.subtree if owner is not None else []),
        *(t for t in doc[ordinal.i + 1 : noun.i] if t.i != ordinal.i + 1 or t.text != "-"),
    ]
    said = words_of(before).strip()
    field_words = words_of(list(field.subtree)).strip() if field is not None else ""
    among = " ".join(w for w in (said, _plural(noun), field_words) if w)
    if owner is None or owner.pos_ != "PROPN":
        among = among[:1].lower() + among[1:]  # "the world's", but "China's"
    tense = "did" if verb.tag_ == "VBD" else "does"
    return f"Among {'the ' if owner is None else ''}{among}, where {tense} {who} rank?"


def _plural(noun: Token) -> str:
    word = noun.text
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"
