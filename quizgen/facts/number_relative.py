"""A count told by the relative clause on its noun: "The 16 dens rangers have mapped since May were
a record" → How many dens have rangers mapped since May? The clause, not the main verb, says what
the count is of; the main clause only comments on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_kinds import VAGUE_COUNTED
from quizgen.facts.number_phrases import answer_text
from quizgen.facts.verb_forms import base_form

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: The auxiliary that carries a question when the clause has none ("found" → "did … find").
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}
#: What a clause with an object of its own, or no object at all, holds instead of the gap.
_FILLED = ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "nsubjpass", "csubj")


def ask_relative_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(How many <noun> <aux> <subject> <verb> …?, count) for a counted noun whose relative clause
    has the noun as its object ("the 16 dens rangers have mapped", "the 30 shops that the chain closed");
    None for any other figure, or when the clause's subject is a pronoun or holds a figure."""
    root = ent.root
    noun = root.head if root.dep_ == "nummod" else None
    if noun is None or noun.tag_ != "NNS" or noun.i < ent.end or noun.dep_ == "ROOT":
        return None  # a noun the parse made the sentence's root has misread it
    if noun.lemma_.lower() in VAGUE_COUNTED:
        return None  # "does three things, which the senator laid out": what they are is the fact
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i and c.tag_.startswith("VB")), None)
    if clause is None or clause.pos_ != "VERB" or ctx.in_quote(clause.idx):
        return None
    relative = [c for c in clause.children if c.lower_ in ("that", "which") and c.i < clause.i]
    if any(c.dep_ in _FILLED and c not in relative for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c not in relative), None)
    if subject is None or any(t.pos_ == "PRON" or t.like_num for t in subject.subtree):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None  # "the 12 dens rangers have not mapped": no count of what was done
    aux = [c for c in clause.children if c.dep_ == "aux" and c.i < clause.i]
    if any(c.dep_ in ("advcl", "ccomp", "conj", "parataxis") for c in clause.children):
        return None  # "… tagged since December were the most": the parse ran the main clause into it
    after = [t for t in clause.subtree if t.i > clause.i and not t.is_punct]
    if noun.dep_.startswith("nsubj") and any(t.i > noun.head.i for t in after):
        return None
    if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in after):
        return None
    counted = words_of([t for t in ctx.doc[ent.end : noun.i + 1] if not t.is_punct])
    subject_text = _subject_words(subject)
    if aux:
        first, *more = aux
        verb_words = [first.lower_, subject_text, *(t.lower_ for t in more), clause.text]
    elif clause.tag_ in _DO:
        verb_words = [_DO[clause.tag_], subject_text, base_form(clause)]
    else:
        return None
    rest = words_of(after)
    question = " ".join(w for w in ["How many", counted, *verb_words, rest] if w).strip() + "?"
    return question, answer_text(ctx, ent, noun)


def _subject_words(subject: Token) -> str:
    """The subject as it stands, lower-cased at its start unless it opens with a name."""
    text = words_of(list(subject.subtree))
    return text if subject.left_edge.pos_ == "PROPN" else text[:1].lower() + text[1:]
