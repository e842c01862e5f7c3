"""What every attributed statement shares: the quote fact a statement becomes once its speaker,
words and wording are known."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.body_reporting import own_name_as_it
from quizgen.facts.context import QUOTE_MARKS, ArticleContext
from quizgen.facts.fact_types import Fact, QuoteFact, Speaker
from quizgen.facts.reported import balanced
from quizgen.text import named_mid_sentence

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Parts of speech that carry what a statement says (not its pronouns, auxiliaries or particles).
CONTENT_POS = {"NOUN", "PROPN", "NUM", "VERB", "ADJ", "ADV"}
#: What may hang on the "be" of a bare verdict ("That could well be correct") besides its two parts.
VERDICT_FRAME = {"aux", "neg", "advmod", "punct"}


def quote_fact(
    ctx: ArticleContext, sent: Span, speaker: Speaker, gist: str, predicate: str, direct: bool, since: int | None = None
) -> QuoteFact:
    """The fact "`speaker` `predicate`" (asked as "Who `predicate`?"), keyed by speaker and words;
    its evidence starts at `since` when given (the attribution a quote after it belongs to)."""
    predicate = _common_start(ctx, sent, balanced(predicate.strip()))
    gist = gist.strip().strip(QUOTE_MARKS + " ")
    key_words = re.findall(r"[a-z0-9]+", gist.lower())[:10]
    begin = _quote_begins(ctx, sent, gist) if since is None else since
    if not direct:  # "Which organization said that the Harbour Authority is …?" → "… that it is …?"
        gist, predicate = own_name_as_it(gist, speaker), own_name_as_it(predicate, speaker)
    span = None
    token = speaker.token or speaker.mention  # a pronoun is still where they are named
    if token is not None and token.sent == sent:
        start = token.idx - begin
        span = (start, start + len(token.text))
    return QuoteFact(
        key="quote|" + speaker.key + "|" + " ".join(key_words),
        sentence=ctx.text[begin : sent.end_char].strip(),
        answer_span=span,
        speaker=replace(speaker, token=None, mention=None),
        text=gist,
        predicate=predicate.strip(),
        direct=direct,
    )


#: "said that Turnout was …": the reported clause's first word, capitalised only by the sentence it opened.
_THAT_CAPITAL = re.compile(r"^(\w+ that )([A-Z][a-z]+)\b(?![-'\u2019])")


def _common_start(ctx: ArticleContext, sent: Span, predicate: str) -> str:
    """ "said that Turnout was 61.4 per cent" → "said that turnout was …": a common noun that opened
    the sentence, no name's part (no entity holds it, the article never capitalises it mid-sentence)."""
    m = _THAT_CAPITAL.match(predicate)
    first = sent[0] if len(sent) else None
    if m is None or first is None or first.text != m.group(2) or first.pos_ != "NOUN" or first.ent_type_:
        return predicate
    if named_mid_sentence(first.text, ctx.text):
        return predicate
    return m.group(1) + first.lower_ + predicate[m.end() :]


#: How far before its attribution a quote may begin and still be shown whole as the evidence.
QUOTE_REACH = 800


def _quote_begins(ctx: ArticleContext, sent: Span, gist: str) -> int:
    """Where the evidence for a quote starts: the sentence the quoted words begin in, when the quote
    runs over several sentences before the one that names its speaker ("A. B," she said), so the
    source shown holds the words asked about; else the attribution's own sentence."""
    words = gist[:40]
    at = ctx.text.rfind(words, max(0, sent.start_char - QUOTE_REACH), sent.end_char) if words else -1
    if at < 0 or at >= sent.start_char:
        return sent.start_char
    first = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return sent.start_char if first is None else min(sent.start_char, first.sent.start_char)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """The facts in order, each key once."""
    seen: set[str] = set()
    out: list[Fact] = []
    for fact in facts:
        if fact.key not in seen:
            seen.add(fact.key)
            out.append(fact)
    return out


def says_something(span: Span) -> bool:
    """Whether quoted words hold something a learner can check: two content words at least (a
    name, a number, a noun, a verb …) and more than a verdict on something unnamed ("That could
    well be correct", "It's a good thing", "We'll see" teach nothing asked out of their story)."""
    content = [t for t in span if t.ent_type_ or (t.pos_ in CONTENT_POS and not t.is_stop and not t.is_punct)]
    return len(content) >= 2 and not _bare_verdict(span)


def _bare_verdict(span: Span) -> bool:
    """'It was too greedy', 'The results are spectacular': one clause, a subject that names nothing,
    "be", and an adjective or a noun with nothing but a determiner and adjectives to it."""
    roots = [t for t in span if t.head == t or not (span.start <= t.head.i < span.end)]
    words = [t for t in roots if not t.is_punct]
    if len(words) != 1 or words[0].lemma_ != "be":
        return False
    parts = {c.dep_: c for c in words[0].children}
    subject, verdict = parts.get("nsubj"), parts.get("acomp") or parts.get("attr")
    if subject is None or verdict is None or not _unnamed(subject):
        return False
    if subject.pos_ == "NOUN" and verdict.dep_ != "acomp":
        return False  # "The logo is the way forward" says what the logo is
    if set(parts) - VERDICT_FRAME - {"nsubj", "acomp", "attr"}:
        return False  # "That is why we came", "It is a plan that works": more than a verdict
    return _plain_word(verdict)


def _unnamed(subject: Token) -> bool:
    """'It', 'that', 'the results': a subject that names nothing the question could show."""
    if subject.pos_ == "PRON":
        return len(list(subject.subtree)) == 1
    children = list(subject.children)
    return subject.pos_ == "NOUN" and len(children) == 1 and children[0].lower_ in ("the", "this", "that")


def _plain_word(token: Token) -> bool:
    """An adjective or noun with no more than a determiner, adjectives and adverbs to it."""
    return token.pos_ in ("ADJ", "NOUN") and all(c.dep_ in ("det", "amod", "advmod") for c in token.children)
