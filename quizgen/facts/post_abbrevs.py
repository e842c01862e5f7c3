"""Posts written short in capitals before a name: "Environment CS Ann Lind", "Nairobi MCA Tom Vale".

Some papers write a post as a few capitals right before its holder's name ("CS" for Cabinet
Secretary, "MCA", "DSP"), after the portfolio or place it belongs to. Such a word is no part of the
name ("Environment CS Ann Lind" is Ann Lind), and a phrase ending in it ("the Devolution CS said")
is a person's post, not an organisation's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext

#: Posts some papers write short before a name ("Lands CS X"), spelled out: read so only where the
#: article spells the post out too.
SPELLED_OUT = {"CS": "Cabinet Secretary"}
#: Letters a post written short runs to: "CS", "MCA", "DSP".
SHORT = range(2, 5)


def _capitals(token: Token) -> bool:
    return _capital_word(token.text)


def _capital_word(text: str) -> bool:
    return len(text) in SHORT and text.isalpha() and text.isupper()


def _capital_tokens(doc: Doc) -> list[Token]:
    """The document's words of a few capitals, the only ones `abbreviated_post` takes: found by
    value, with no Token made for the other words."""
    from quizgen.nlp import tokens_where

    return [doc[i] for i in tokens_where(doc, "ORTH", _capital_word)]


def abbreviated_post(token: Token) -> bool:
    """`token` is a few capitals between a capitalised word ("Environment") and a person's name of two
    words or more: a post written short, not a word of the name."""
    doc = token.doc
    if not _capitals(token) or token.ent_type_ in ("GPE", "NORP") or token.i == 0 or token.i + 2 >= len(doc):
        return False
    before = doc[token.i - 1]
    if not (before.is_alpha and before.text.istitle()):
        return False  # "leader KIM Jong Un": a surname in capitals, no post
    name = doc[token.i + 1 : token.i + 3]
    return all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.text.istitle() for t in name)


def abbreviated_posts(doc: Doc) -> set[str]:
    """Every post the article writes short before a name ("CS"), as written."""
    return {t.text for t in _capital_tokens(doc) if abbreviated_post(t)}


def ends_in_short_post(ent: Span) -> bool:
    """ "the Devolution CS": a name tagged as an organisation whose last word the article writes
    elsewhere as a post before a person's name, so it is a person's post."""
    last = ent[-1]
    return _capitals(last) and len(ent) > 1 and last.text in abbreviated_posts(ent.doc)


def short_post_holder(ent: Span) -> Token | None:
    """The last word of the name the article wrote right after the same post ("Water CS Ann Lind",
    then "the Water CS said"), when one name did; else None."""
    words = [t.text for t in ent if t.lower_ != "the"]
    doc, found = ent.doc, set()
    for t in _capital_tokens(doc):  # `abbreviated_post` takes no other word
        at = t.i - len(words) + 1
        if at >= 0 and abbreviated_post(t) and [w.text for w in doc[at : t.i + 1]] == words:
            end = t.i + 1
            while end < len(doc) and doc[end].ent_type_ == "PERSON":
                end += 1
            found.add(end - 1)
    return doc[found.pop()] if len(found) == 1 else None


def short_title(ctx: ArticleContext, first: Token, name: Token) -> list[Token]:
    """ "Lands CS [Wanjiru Kamau]": the portfolio and the post written short before the name running
    from `first` to `name` (the tagger may take both into the name), when the article spells the post
    out elsewhere ("Cabinet Secretaries"): without that, what "CS" stands for ("Chief Secretary"?) is a guess."""
    doc = ctx.doc
    shorts = [t for t in doc[max(first.i - 1, 1) : name.i] if t.text in SPELLED_OUT and abbreviated_post(t)]
    if not shorts:
        return []
    short, full = shorts[0], SPELLED_OUT[shorts[0].text]
    if re.search(rf"\b{full.removesuffix('y')}(?:y|ies)\b", ctx.text) is None:
        return []
    portfolio = doc[short.i - 1]
    return [portfolio, short] if portfolio.is_alpha and portfolio.text.istitle() and portfolio.pos_ != "DET" else []
