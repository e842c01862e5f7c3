"""A list of shares of one whole: "Of the grain, 40 per cent went to Egypt, 25 per cent to Oman and
10 per cent to Peru" → one question per share, each naming its own item ("What percentage of the
grain went to Oman?").

Read as one clause, the first share's question swallowed the others ("… of the grain 25 per cent to
Oman and … went to Egypt?"), and the later shares, their verb left out, were not asked at all. Each
share is asked only when the whole is named ("of the grain"), every share has its own item after
the same preposition, and the clause says nothing else a question would have to carry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.number_phrases import qualified_start

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: The words a percentage ends in: "per cent", "percent", "pct", "%".
_PERCENT = {"cent", "percent", "pct", "%", "per cent"}
#: How the parse hangs a later share on the shared verb ("went to roads and 15 per cent to schools").
_AFTER_VERB = ("npadvmod", "conj")
#: Children of the shared verb a question may do without.
_FRAME = {"nsubj", "aux", "punct", "cc", "prep"}


def share_noun(ent: Span) -> Token | None:
    """The percentage word a figure entity ends in ("40 per cent" → cent), or None."""
    root = ent.root
    if root.lower_ in _PERCENT:
        return root
    if root.dep_ == "nummod" and root.head.lower_ in _PERCENT and root.head.i >= root.i:
        return root.head  # "About 40" tagged alone, its "per cent" after it
    return None


def _items(first: Token) -> list[Token]:
    """The shares joined to the first one ("…, 25 per cent to Oman and 10 per cent to Peru"), as
    its appositions or conjuncts, or as the verb's own (the parse hangs the second on either)."""
    later = [c for c in first.head.children if c.dep_ in _AFTER_VERB and c.lower_ in _PERCENT and c.i > first.i]
    out, todo = [first, *later], [first, *later]
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.dep_ in ("appos", "conj") and c.lower_ in _PERCENT:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def share_list(ent: Span) -> tuple[Token, list[Token]] | None:
    """(this figure's share word, every share of its list) when the figure is one of a list of two or
    more shares whose first is the subject of a verb; None otherwise."""
    noun = share_noun(ent)
    if noun is None:
        return None
    first = noun
    while first.dep_ in ("appos", "conj") and first.head.lower_ in _PERCENT:
        first = first.head
    if first.dep_ in _AFTER_VERB and first.head.pos_ in ("VERB", "AUX"):  # "…, 25 per cent from Y": the verb's
        subject = [c for c in first.head.children if c.dep_ == "nsubj" and c.lower_ in _PERCENT and c.i < first.i]
        first = subject[0] if subject else first
    if first.dep_ != "nsubj":
        return None
    items = _items(first)
    return (noun, items) if len(items) >= 2 else None


def ask_share(ctx: ArticleContext, ent: Span, noun: Token, items: list[Token]) -> tuple[str, str] | None:
    """'Of the grain, 40 per cent went to Egypt, 25 per cent to Oman …' → What percentage of the
    grain went to Oman? — 25 per cent. None when the list is not plain enough to ask each share."""
    first = items[0]
    verb = first.head
    whole = _whole(verb, first)
    if whole is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    places: dict[int, Token] = {}
    for item in items:
        preps = [c for c in (verb if item is first else item).children if c.dep_ == "prep" and c.i > item.i]
        preps = [p for p in preps if p.lower_ != "of" and any(c.dep_ == "pobj" for c in p.children)]
        if len(preps) != 1:
            return None
        places[item.i] = preps[0]
    if len({p.lower_ for p in places.values()}) != 1:
        return None  # "went to Egypt … from Peru": not one kind of item
    for prep in places.values():
        if any(t.like_num or t.pos_ == "PRON" for t in prep.subtree):
            return None
    kept = {whole.i, places[first.i].i, first.i}
    kept |= {item.i for item in items}
    if any((c.dep_ not in _FRAME and c.i not in kept) or (c.dep_ == "prep" and c.i not in kept) for c in verb.children):
        return None  # "went mainly to …", a date or manner the question would have to carry: not asked
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    of_whole = "of " + words_of(t for t in whole.subtree if t != whole)  # "Of the grain, …" opened the sentence
    if any(t.like_num or t.pos_ == "PRON" for t in whole.subtree):
        return None
    aux = " ".join(c.lower_ for c in verb.children if c.dep_ == "aux")
    place = words_of(places[noun.i].subtree)
    question = f"What percentage {of_whole} {aux + ' ' if aux else ''}{verb.text} {place}?"
    span = ctx.doc[qualified_start(ctx, ent) : noun.i + 1]
    return question, span.text


def _whole(verb: Token, first: Token) -> Token | None:
    """The "of" phrase naming what the shares divide: fronted ("Of the grain, …") or after the first
    share ("40 per cent of the grain went …")."""
    for head in (first, verb):
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        if len(of) == 1 and any(c.dep_ == "pobj" for c in of[0].children):
            return of[0]
    return None
