"""A count given as part of a larger one: "the floods have killed 31 people, including nine children"
→ How many children have the floods killed? The part stands where the whole stood in its clause, so the
question is the whole's, asked of the part's noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text, noun_phrase

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def ask_included(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(How many <part noun> <clause of the whole>?, count) for a counted noun after "including"
    that hangs on a counted subject or object; None for any other figure."""
    root = ent.root
    noun = root.head if root.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.dep_ != "pobj":
        return None
    prep = noun.head
    whole = prep.head
    if prep.lower_ != "including" or prep.dep_ != "prep" or whole.pos_ != "NOUN":
        return None
    if whole.dep_ not in ("dobj", "nsubj", "nsubjpass") or not any(c.dep_ == "nummod" for c in whole.children):
        return None  # "tests on staff, including 12 nurses": no count of the whole, the part may be all there is
    if any(c.dep_ == "conj" for c in noun.children):
        return None  # "including 12 children and 3 nurses": the part's noun is one of several
    _, words = noun_phrase(ctx, noun, ent)
    target = ctx.doc[whole.left_edge.i : whole.right_edge.i + 1]
    wh = f"How many {words}"
    question = ask(ctx, target, wh, drop_dates=False)
    return (question, answer_text(ctx, ent, noun)) if question else None


def ask_partitive(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'rebuilt 14 of the hedges', 'Twelve of the 20 schools reopened' → How many of the hedges
    did … build? A share of a group the article names, asked with the group; never "one of the …"."""
    root = ent.root
    if root.pos_ != "NUM" or root.dep_ not in ("dobj", "nsubj", "nsubjpass") or ent.text.lower() in ("one", "1"):
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end), None)
    if of is None:
        return None
    group = next((c for c in of.children if c.dep_ == "pobj"), None)
    if group is None or group.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("these", "those") for c in group.children):
        return None  # "12 of these": which group is meant, the question could not say
    phrase = [t for t in of.subtree if not t.is_punct]
    if any(t.pos_ == "PRON" for t in phrase):
        return None  # "14 of its sites": whose, unsure
    target = ctx.doc[ent.start : of.right_edge.i + 1]
    question = ask(ctx, target, f"How many {ctx.doc[of.i : of.right_edge.i + 1].text.strip(' ,')}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None
