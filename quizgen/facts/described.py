"""Speakers the article describes rather than names: 'a Western diplomat said', 'political
analysts said', 'a source close to the ministry said', 'the report said'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Speaker
from quizgen.facts.lexicon import (
    DOCUMENT_NOUNS,
    FACELESS_SPEAKERS,
    NATIONAL_BODIES,
    PART_OF_GROUP,
    PERSON_EPITHETS,
    SPEAKER_NOUNS,
)
from quizgen.facts.spokes_body import spokes_body

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


def described_speaker(ctx: ArticleContext, token: Token) -> Speaker | None:
    """An unnamed speaker the article describes: 'a Western diplomat said', 'political analysts
    said', 'a source close to the ministry said', 'the report said'. "The strategist" and "the
    report" stand for the last fuller description of the same noun; with none, None."""
    if token.pos_ != "NOUN" or ctx.in_quote(token.idx):
        return None
    lemma = token.lemma_.lower()
    if lemma not in SPEAKER_NOUNS and lemma not in DOCUMENT_NOUNS:
        return None
    body = spokes_body(ctx, token)  # "The Department for Transport urged … . A spokesman said"
    if body is not None:
        article = "an" if body[:1].lower() in "aeiou" else "a"
        name = f"{body} {token.lower_}"
        return Speaker(name=f"{article} {name}", aliases=(name,), wh="Who", key=name.lower(), token=token)
    words = _description(token)
    if words is None:
        words = _earlier_description(ctx, token)
    if words is None:
        return None
    if _unnamed_group(token, words):
        return None
    bare = " ".join(words[1:] if words[0] in ("a", "an", "the") else words)
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
    after = [
        c
        for c in token.children
        if c.i > token.i and c.dep_ in ("amod", "prep") and c.lower_ in ("close", "of", "at", "with", "for", "from")
    ]
    if any(c.lower_ in PART_OF_GROUP for c in token.children if c.i < token.i):
        return None  # "Many traders fear …", "some analysts said": part of a group, no one to tell apart
    if det is not None and det.lower_ not in ("a", "an", "one") and not (det.lower_ == "the" and named):
        return None  # "the strategist" points back; "the Halden Commission report" names itself
    if det is None and not (plural and modifiers) and not named and not (plural and _close_to_a_name(after[:1])):
        return None  # bare "analysts"; not "sources close to the CMB"
    if token.lemma_.lower() in DOCUMENT_NOUNS and not named:
        return None  # "a report said": which report is not said
    start = min([token.i, *(m.left_edge.i for m in modifiers)])
    words = [t.text for t in token.doc[start : token.i + 1] if not t.is_punct]
    for child in after[:1]:
        if _another_person(child):
            return None  # "a spokeswoman for the former governor": whose spokeswoman only the article knows
        words += [t.text for t in child.subtree if not t.is_punct]
    if det is not None and det.lower_ != "the":
        own = det.lower_ in ("a", "an") and det.i == start - 1  # the writer's "a UN spokesman", "an NDRF team"
        words = [det.lower_ if own else indefinite_article(words[0]), *words]
    elif det is not None:
        words = ["the", *words]  # "the former Halden Motors executive": a description, not a name
    return words if len(words) <= 9 else None


def points_to_unnamed(ctx: ArticleContext, token: Token) -> bool:
    """'another official said … The official said': "the official" is the unnamed one described just
    before, not a named person the article also counts among officials."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SPEAKER_NOUNS:
        return False
    for earlier in reversed(ctx.doc[max(0, token.i - 400) : token.i]):
        if earlier.lemma_ != token.lemma_ or earlier.tag_ != token.tag_ or ctx.in_quote(earlier.idx):
            continue
        if any(c.ent_type_ == "PERSON" for c in earlier.children):
            return False  # "an official, Ann Lind," names them
        if any(c.lower_ in ("a", "an", "another", "one") for c in earlier.children if c.i < earlier.i):
            return True
    return False


def _close_to_a_name(after: list[Token]) -> bool:
    """'sources close to the CMB': a phrase that names whom they are close to."""
    return any(c.lower_ == "close" and any(t.pos_ == "PROPN" for t in c.subtree) for c in after)


def _another_person(prep: Token) -> bool:
    """'for the veteran', 'to the senator': the phrase points back at a person by an epithet."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "PROPN" or obj.lemma_.lower() not in PERSON_EPITHETS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their") for c in obj.children)


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


def faceless(ctx: ArticleContext, speaker: Speaker) -> bool:
    """'a senior official', 'sources', 'a civil defence official': a described speaker whose words
    name no one they speak for (no name: not 'a Northline spokesman'; not 'a police spokesman', who
    speaks for the story's police as "police said" does)."""
    words = speaker.name.split()
    if speaker.wh != "Who" or ctx.people.find(speaker.name) is not None or any(w[:1].isupper() for w in words):
        return False
    if len(words) >= 2 and words[-2].lower() in NATIONAL_BODIES and words[-1].lower().startswith("spokes"):
        return False
    return words[-1].lower().rstrip("s") in FACELESS_SPEAKERS


def _unnamed_group(token: Token, words: list[str]) -> bool:
    """'Industry observers said', 'political analysts said': a described group whose words name no
    body, place or party (not 'Saudi officials', 'analysts at Dorn Bank'); "Who said …? — political
    analysts" cannot be told from any other group's answer."""
    if token.tag_ != "NNS" or token.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    first = token.doc[token.left_edge.i]
    # "Industry observers said": the sentence's capital, not a name ("Saudi officials said")
    opening = first.is_sent_start and first.text == words[0] and first.pos_ != "PROPN" and not first.ent_type_
    return not any(w[:1].isupper() for w in (words[1:] if opening else words))


#: Letters whose spoken name starts with a vowel sound: "an FBI agent", "an MP", but "a UN envoy".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def indefinite_article(word: str) -> str:
    """ "a" or "an" before `word`; an initialism ("UN", "NDRF": capitals, read letter by letter)
    goes by the sound of its first letter's name, other words by their first letter."""
    if word.isupper() and word.isalpha() and (len(word) <= 3 or not set(word[1:]) & set("AEIOU")):
        return "an" if word[0] in _VOWEL_LETTERS else "a"
    if re.match(r"(?i)(?:uni|use|eu|one\b|once\b)", word):
        return "a"  # "a university study", "a European survey", "a one-year audit": a consonant sound
    return "an" if word[:1].lower() in "aeiou" else "a"
