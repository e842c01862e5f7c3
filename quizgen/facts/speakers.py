"""Whom "he said" / "she added" stands for: the person last named in the story's own voice,
never one merely talked about.

News names a speaker ("Lind said …", "the question was put to Lind") and then goes on with a
pronoun. A person named inside what someone is reported to have said ("He conceded Kuznetsova
might have …") is talked about, not talking, so such mentions do not count here. When two
fitting people were last seen in the same sentence, when someone else spoke since, or when the
pronoun's own sentence names the best candidate, the speaker stays unknown: no question beats
a wrong speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import FEMALE, MALE, ArticleContext, Person
from quizgen.facts.lexicon import DOCUMENT_NOUNS, REPORTING, SPEAKER_NOUNS, VIEW_VERBS
from quizgen.models import Speaker

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: How many paragraphs back a pronoun may reach for its speaker.
REACH_PARAGRAPHS = 3


def is_reported_mention(token: Token) -> bool:
    """Whether the name at `token` sits inside what someone else is reported to have said
    ("Eerdekens said Kuznetsova might have …"): such a person is talked about, not talking."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.head.lemma_ in (REPORTING | VIEW_VERBS):
            return True
    return False


def subject_mentions(ctx: ArticleContext) -> dict[int, list[int]]:
    """Person id → where the article names them in its own voice (character offsets, in order)."""
    if ctx.own_voice_mentions is not None:
        return ctx.own_voice_mentions
    found: dict[int, list[int]] = {}
    for person in ctx.people.people:
        spots = []
        for at in ctx.mentions_of(person):
            span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
            if span is not None and not is_reported_mention(span[0]):
                spots.append(at)
        found[id(person)] = spots
    ctx.own_voice_mentions = found
    return found


def pronoun_speaker(ctx: ArticleContext, pronoun: Token) -> Person | None:
    """The person a he/she that speaks stands for, or None when the article leaves it open."""
    gender = "m" if pronoun.lower_ in MALE else "f" if pronoun.lower_ in FEMALE else None
    if gender is None:
        return None
    sent = pronoun.sent
    reach = _paragraph_start(ctx, pronoun.idx, REACH_PARAGRAPHS)
    seen = subject_mentions(ctx)
    latest: list[tuple[int, Person]] = []
    for person in ctx.people.people:
        if person.gender and person.gender != gender:
            continue
        last = _last_before(seen.get(id(person), []), pronoun.idx)
        if last is not None and last >= reach:
            latest.append((last, person))
    if not latest:
        return None
    latest.sort(key=lambda pair: pair[0], reverse=True)
    best_at, best = latest[0]
    named_here = any(sent.start_char <= at < sent.end_char and at != pronoun.idx for at in ctx.mentions_of(best))
    if named_here:
        return None  # "He conceded Kuznetsova might …": the name in the clause is not the speaker
    if _someone_else_spoke(ctx, best, best_at, pronoun):
        return None
    where = ctx.doc.char_span(best_at, best_at + 1, alignment_mode="expand")
    if where is not None:
        first = where[0].sent
        if any(first.start_char <= at < first.end_char for at, _ in latest[1:]):
            return None  # two fitting people spoke or acted in that sentence
    return best


def _someone_else_spoke(ctx: ArticleContext, person: Person, since: int, pronoun: Token) -> bool:
    """Whether a speaker other than `person` ("Shiratori said", "a diplomat said") was named
    after `since` and before the pronoun, so that the pronoun may well be theirs."""
    start = ctx.doc.char_span(since, since + 1, alignment_mode="expand")
    if start is None:
        return False
    for tok in ctx.doc[start[-1].i + 1 : pronoun.i]:
        if tok.dep_ != "nsubj" or tok.head.lemma_ not in REPORTING or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        if ctx.in_quote(tok.idx) or is_reported_mention(tok):
            continue
        if ctx.resolve_person(tok) is not person:
            return True
    return False


def _last_before(positions: list[int], before: int) -> int | None:
    earlier = [p for p in positions if p < before]
    return earlier[-1] if earlier else None


def _paragraph_start(ctx: ArticleContext, at: int, back: int) -> int:
    """The offset where the paragraph `back` paragraphs before the one holding `at` starts."""
    start = at
    for _ in range(back + 1):
        found = ctx.text.rfind("\n\n", 0, start)
        if found < 0:
            return 0
        start = found
    return start


def described_speaker(ctx: ArticleContext, token: Token) -> Speaker | None:
    """An unnamed speaker the article describes: 'a Western diplomat said', 'political analysts
    said', 'a source close to the ministry said', 'the report said'. "The strategist" and "the
    report" stand for the last fuller description of the same noun; with none, None."""
    if token.pos_ != "NOUN" or ctx.in_quote(token.idx):
        return None
    lemma = token.lemma_.lower()
    if lemma not in SPEAKER_NOUNS and lemma not in DOCUMENT_NOUNS:
        return None
    words = _description(token)
    if words is None:
        words = _earlier_description(ctx, token)
    if words is None:
        return None
    bare = " ".join(words[1:] if words[0] in ("a", "an") else words)
    wh = f"Which {token.lower_}" if lemma in DOCUMENT_NOUNS else "Who"
    name = " ".join(words) if wh == "Who" else "the " + bare
    return Speaker(name=name, aliases=(bare,) if bare != name else (), wh=wh, key=bare.lower(), token=token)


def _description(token: Token) -> list[str] | None:
    """'one top Republican strategist' → ['a', 'top', 'Republican', 'strategist']; None when the
    phrase does not describe on its own ("the strategist", bare "analysts")."""
    det = next((c for c in token.children if c.dep_ == "det" or (c.dep_ == "nummod" and c.lower_ == "one")), None)
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    plural = token.tag_ == "NNS"
    named = any(m.pos_ == "PROPN" for m in modifiers)
    if det is not None and det.lower_ not in ("a", "an", "one") and not (det.lower_ == "the" and named):
        return None  # "the strategist" points back; "the Tower Commission report" names itself
    if det is None and not (plural and modifiers) and not any(m.pos_ == "PROPN" for m in modifiers):
        return None
    if token.lemma_.lower() in DOCUMENT_NOUNS and not any(m.pos_ == "PROPN" for m in modifiers):
        return None  # "a report said": which report is not said
    start = min([token.i, *(m.left_edge.i for m in modifiers)])
    words = [t.text for t in token.doc[start : token.i + 1] if not t.is_punct]
    after = [
        c
        for c in token.children
        if c.i > token.i and c.dep_ in ("amod", "prep") and c.lower_ in ("close", "of", "at", "with", "for", "from")
    ]
    for child in after[:1]:
        words += [t.text for t in child.subtree if not t.is_punct]
    if det is not None and det.lower_ != "the":
        words = ["an" if words[0][:1].lower() in "aeiou" else "a", *words]
    return words if len(words) <= 9 else None


def _earlier_description(ctx: ArticleContext, token: Token) -> list[str] | None:
    """'the strategist' → the description the article last gave a strategist, if any."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return None
    for earlier in reversed(ctx.doc[max(0, token.i - 400) : token.i]):
        if earlier.pos_ == "NOUN" and earlier.lemma_ == token.lemma_ and not ctx.in_quote(earlier.idx):
            words = _description(earlier)
            if words is not None:
                return words
    return None
