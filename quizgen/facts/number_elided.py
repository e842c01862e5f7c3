"""A toll's second count with its noun left out, as disaster news writes it: "killing at least 40
people and injuring more than 300" counts people twice, the second time without saying so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.number_ask import ask
from quizgen.facts.number_kinds import ask_count
from quizgen.facts.number_phrases import answer_text, qualified_start

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


#: Verbs of a toll whose "others" are people: "30 others were injured" counts people.
HARM_VERBS = {"kill", "injure", "hurt", "wound", "die", "arrest", "hospitalise", "hospitalize", "rescue", "evacuate"}


def ask_counted(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """`number_kinds.ask_count`, with a toll's "others" said as people (see `others_as_people`)."""
    return others_as_people(ent, ask_count(ctx, ent))


def others_as_people(ent: Span, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """ "How many others were injured?" names no one when read alone: "others" a toll's verb
    counts are people ("How many other people were injured?"); others of any other verb stay."""
    noun = ent.root.head
    if found is None or noun.lower_ != "others" or ent.root.dep_ != "nummod" or noun.head.lemma_ not in HARM_VERBS:
        return found
    return found[0].replace("How many others ", "How many other people ", 1), found[1]


def ask_elided_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(question, answer) for a bare figure whose noun is left out (see the two shapes below)."""
    return _elided_object(ctx, ent) or _elided_subject(ctx, ent)


def _elided_subject(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """ "At least 12 people were killed and 30 injured when …" → "How many people were injured when
    …?": a bare figure as the subject of a verb joined to one whose subject is a counted plural noun
    takes that noun, and the "were" the joined verb leaves out."""
    root = ent.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or root.pos_ != "NUM" or verb.dep_ != "conj" or verb.tag_ != "VBN":
        return None
    if any(c.dep_ not in ("advmod", "quantmod") for c in root.children) or verb.i < root.i:
        return None
    first = verb.head
    noun = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "NNS"), None)
    if noun is None or not _only_counted(noun) or ctx.in_quote(verb.idx):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    be = [c for c in first.children if c.dep_ == "auxpass"]
    if aux or len(be) != 1:
        return ask_subject_plainly(ctx, ent, noun) if aux else None
    after = [t for t in verb.subtree if t.i > verb.i]
    cut = next((k for k, t in enumerate(after) if t.is_punct and t.text not in "-'"), len(after))
    rest = after[:cut]  # up to a comma: "…, officials said" is the claim's, not the count's
    if any(t.dep_ in ("ccomp", "conj", "cc") or ctx.in_quote(t.idx) for t in rest):
        return None
    words = " ".join(t.text for t in rest).replace(" 's", "'s")
    return f"How many {noun.text} {be[0].lower_} {verb.text}{' ' + words if words else ''}?", answer_text(
        ctx, ent, None
    )


def ask_subject_plainly(ctx: ArticleContext, ent: Span, noun: Token) -> tuple[str, str] | None:
    """ "Four people died and 25 were injured in the blast" → "How many people were injured in the blast?"."""
    span = ctx.doc[qualified_start(ctx, ent) : ent.end]
    question = ask(ctx, span, f"How many {noun.text}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None


def _only_counted(noun: Token) -> bool:
    """ "12 people": a noun with a figure and no words of its own besides."""
    kids = list(noun.children)
    return bool(kids) and all(c.dep_ == "nummod" and c.like_num for c in kids)


def _elided_object(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """ "… and injuring more than 300" → "How many people did … injure?": a bare figure as the
    object of a verb joined to one whose object is a counted plural noun takes that noun. Only a
    noun with no words of its own besides its figure ("40 people", not "40 people in Orvena")."""
    root = ent.root
    if root.dep_ != "dobj" or root.pos_ != "NUM" or root.head.dep_ != "conj" or len(list(root.children)) > 2:
        return None
    noun = _counted_object(root.head.head)
    if noun is None:
        return None
    span = ctx.doc[qualified_start(ctx, ent) : ent.end]
    question = ask(ctx, span, f"How many {noun.text}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None


def _counted_object(verb: Token) -> Token | None:
    """The plural object of `verb` that a figure counts and nothing else describes ("40 people")."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.tag_ != "NNS":
            continue
        others = [c for c in child.children if not (c.dep_ == "nummod" and c.like_num)]
        if len(others) < len(list(child.children)) and not others:
            return child
    return None
