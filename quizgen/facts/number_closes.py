"""Share prices at the close, as market reports give them: "shares closed up 2.4 percent at $88.17",
"shares were up $1.90 to close at $40.60", "after closing Tuesday up 2.4 percent at $88.17".

The move and the price it ended at are two figures of one clause; each is asked alone ("By how much
were … shares up?", "At what price did … shares close?"), so neither question carries the other's
figure, and the shares are named by their firm ("Its shares" by the firm the sentence before names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.mentions import subject_before

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.measures import Measure

#: Verbs that say where a price ended the session.
_CLOSE = ("close", "end", "finish")
#: Nouns a subject must have for its figures to be a share price.
_SHARES = ("share", "stock")
#: Words that give a move's direction.
_DIRECTION = ("up", "down", "higher", "lower")


def ask_close(ctx: ArticleContext, m: Measure) -> tuple[bool, tuple[str, str] | None]:
    """(True, its question or None) for the move or the closing price of shares; (False, None) else."""
    head = m.head
    if m.kind not in ("money", "percent"):
        return False, None
    how = "what percentage" if m.kind == "percent" else "how much"
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "at" and prep.head.lemma_ in _CLOSE:  # "… at $88.17"
        close = prep.head
        shares, subject, verb = _subject(ctx, close)
        if subject is None or m.kind != "money":
            return shares, None
        return True, (f"At what price {_do(verb)} {subject} {close.lemma_}{_when(close)}?", m.span.text)
    if head.dep_ not in ("npadvmod", "dobj"):
        return False, None
    close = head.head if head.head.lemma_ in _CLOSE else head.head.head  # "closed up 2.4 percent", "up" between
    if close.lemma_ in _CLOSE and (close == head.head or head.head.lower_ in _DIRECTION):
        direction = next((c.lower_ for c in close.children if c.lower_ in _DIRECTION), None)
        shares, subject, verb = _subject(ctx, close)
        if subject is None or direction is None:
            return shares, None
        return True, (f"By {how} {_do(verb)} {subject} {close.lemma_} {direction}{_when(close)}?", m.span.text)
    up = head.head  # "were up $1.90 to close at $40.60"
    be = up.head
    if head.dep_ != "npadvmod" or up.lower_ not in _DIRECTION or be.lemma_ != "be":
        return False, None
    if not any(c.lemma_ in _CLOSE for c in be.children):
        return False, None
    shares, subject, _verb = _subject(ctx, be)
    if subject is None:
        return shares, None
    return True, (f"By {how} {be.lower_} {subject} {up.lower_}{_when(be)}?", m.span.text)


def _subject(ctx: ArticleContext, verb: Token) -> tuple[bool, str | None, Token]:
    """Whether the subject is shares; the shares named ("Kestrel Foods shares", "shares of Kestrel"), or
    None when the subject names no firm; and the verb whose subject they are."""
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            break
        node = node.head
    else:
        return False, None, verb
    if subject.lemma_.lower() not in _SHARES:
        return False, None, node
    tokens = list(subject.subtree)
    if tokens[0].lower_ == "its":
        owner = subject_before(ctx, tokens[0])
        text = f"{owner}'s {words_of(tokens[1:]).strip()}" if owner else None
    elif any(t.pos_ == "PROPN" for t in tokens):
        text = words_of(tokens).strip()
        text = text if tokens[0].pos_ == "PROPN" else text[:1].lower() + text[1:]
    else:
        text = None  # "shares closed up": whose, the question could not say
    return True, text, node


def _do(verb: Token) -> str:
    return {"VBZ": "does", "VBP": "do"}.get(verb.tag_, "did")


def _when(verb: Token) -> str:
    """'Tuesday', 'on Friday': the day of the close, which the question keeps."""
    days = [
        c for c in verb.children if c.dep_ in ("npadvmod", "prep") and any(t.ent_type_ == "DATE" for t in c.subtree)
    ]
    return "".join(f" {words_of(list(c.subtree)).strip()}" for c in days)
