"""Sizes the general askers leave, asked through the noun they size.

"a dividend of 4.50 crowns per share" is a rate: "How much did the firm pay?" would ask for a total
the article never gives, "How large a dividend per share did it pay?" asks what it says. "A crowd of
17,400 watched", "covers an area of 3,500 square kilometres", "is home to some 40 species of frog":
the figure hangs on a noun ("crowd", "area", "home") that no count or unit asker takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["a_rate", "ask_crowd_of", "ask_home_to", "rate_of_noun", "sized_of_noun"]

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.lexicon import CROWD_NOUNS
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text
from quizgen.facts.number_scopes import a_rate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: Words that open the figure a rate is measured against.
_AGAINST = ("compared", "against", "versus", "up", "down")


def rate_of_noun(ctx: ArticleContext, noun: Token, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """A sum that is a rate, asked with its rate ("per share") and never as a total: only a
    noun the verb pays or sets ("a dividend of …"), with "a" before it."""
    if how != "how much" or noun.pos_ != "NOUN" or span.root.head.i < noun.i or not a_rate(span):
        return None
    per = ctx.doc[span.end : span.end + 2]
    if noun.dep_ not in ("dobj", "attr") or noun.head.pos_ not in ("VERB", "AUX") or noun.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    rate = "" if per[0].lower_ == "apiece" else f" per {per[-1].lower_}"
    verb = noun.head  # ", compared with 0.60 euros a year ago": the figure measured against stays out
    against = [t for c in verb.children if c.lower_ in _AGAINST and c.i > per.end for t in c.subtree]
    against += [t for t in against[:1] if t.i > 0 and t.doc[t.i - 1].text == "," for t in [t.doc[t.i - 1]]]
    mods = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and c.is_alpha]
    named = " ".join([*mods, noun.lower_])  # "an interim dividend"
    wh = f"How large {'an' if named[:1] in 'aeiou' else 'a'} {named}{rate}"
    question = ask(ctx, ctx.doc[noun.left_edge.i : per.end], wh, drop_dates=False, extra_drop=against or None)
    return (question, answer_text(ctx, answer, None)) if question else None


def sized_of_noun(ctx: ArticleContext, noun: Token, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """ "covers an area of 3,500 square kilometres" → How large an area does … cover?: a measure
    with its unit, sizing an indefinite object."""
    if not how.startswith("how many ") or noun.dep_ not in ("dobj", "attr") or noun.tag_ != "NN":
        return None
    if noun.head.pos_ not in ("VERB", "AUX") or noun.head.lemma_ == "be":
        return None
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if det not in ("a", "an") or any(c.dep_ in ("amod", "compound") for c in noun.children):
        return None
    article = "an" if noun.lower_[:1] in "aeiou" else "a"
    question = ask(ctx, ctx.doc[noun.left_edge.i : span.end], f"How large {article} {noun.lower_}", drop_dates=False)
    return (question, answer_text(ctx, answer, None)) if question else None


def ask_crowd_of(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """ "A crowd of 17,400 watched the final" → How large a crowd watched the final?"""
    root = ent.root
    of = root.head
    crowd = of.head
    if not root.like_num or root.dep_ != "pobj" or of.lower_ != "of" or crowd.lemma_.lower() not in CROWD_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in crowd.children) or of.i != crowd.i + 1:
        return None
    article = "an" if crowd.lower_[:1] in "aeiou" else "a"
    watched = _watched_by(crowd, ent)  # "won in front of a crowd of 24,000"
    if watched is not None:
        pied = words_of(list(ctx.doc[watched.start : crowd.left_edge.i])).strip()
        question = ask(ctx, watched, f"how large {article} {crowd.lower_}", pied=pied.capitalize(), drop_dates=False)
        return (question, answer_text(ctx, ent, None)) if question else None
    if crowd.right_edge.i != ent.end - 1 or crowd.dep_ not in ("nsubj", "dobj") or crowd.head.pos_ != "VERB":
        return None
    target = ctx.doc[crowd.left_edge.i : ent.end]
    question = ask(ctx, target, f"How large {article} {crowd.lower_}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None


def _watched_by(crowd: Token, ent: Span) -> Span | None:
    """ "before a crowd of 30,000", "in front of a crowd of 24,000": the phrase, to its crowd's figure,
    that says who watched the clause's event (a phrase hung on the crowd after it is the clause's)."""
    prep = crowd.head
    if crowd.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "before" and prep.head.pos_ == "VERB":
        start = prep.i
    elif prep.lower_ == "of" and prep.head.lower_ == "front" and prep.head.head.lower_ == "in":
        start = prep.head.head.i
        if prep.head.head.head.pos_ != "VERB":
            return None
    else:
        return None
    return crowd.doc[start : ent.end] if ent.start == crowd.i + 2 else None


def ask_home_to(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """ "The reserve is home to some 40 species of frog" → To how many species of frog is the reserve home?"""
    root = ent.root
    counted = root.head
    to = counted.head
    home = to.head
    verb = home.head
    if root.dep_ != "nummod" or counted.tag_ != "NNS" or counted.dep_ != "pobj" or to.lower_ != "to":
        return None
    if home.lower_ != "home" or home.dep_ not in ("attr", "advmod") or verb.lemma_ != "be" or ctx.in_quote(verb.idx):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ == "PRON"
        or any(c.dep_ not in ("nsubj", "punct", "aux", "neg") and c != home for c in verb.children)
    ):
        return None
    if any(c.dep_ not in ("det", "prep", "amod", "compound") for c in home.children if c != to):
        return None
    noun = words_of([t for t in counted.subtree if t.i >= counted.i])
    owner = words_of(list(subject.subtree))
    owner = (
        owner
        if subject.pos_ == "PROPN" or owner[:1].isupper() and subject.left_edge.ent_type_
        else owner[:1].lower() + owner[1:]
    )
    aux = " ".join(c.text for c in verb.children if c.dep_ in ("aux", "neg"))
    be = f"{aux} {owner} {verb.text}" if aux else f"{verb.text} {owner}"
    return f"To how many {noun} {be} home?", answer_text(ctx, ent, None)  # no "home to?" left dangling
