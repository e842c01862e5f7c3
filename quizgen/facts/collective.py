"""Groups that speak as one in news: "police said", "meteorologists said", "local media reported".

Unlike "traders say" or "a senior official said", these name who speaks well enough to ask about
("Who said the storm weakened by evening? — meteorologists"): a trade that speaks for its field,
or the one police force or press of the place the story is set in. The answer is the article's
own words, so the question never claims more than the article says.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import Speaker
from quizgen.facts.lexicon import COLLECTIVE_SPEAKERS, NATIONAL_BODIES, PART_OF_GROUP, PROPER_COLLECTIVES
from quizgen.facts.reported import SPEAKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Determiners a collective speaker may carry: "the police"; not "many", "most", "some" or "two", which
#: pick out part of a group ("Who fears …? — Many economists" names no one).
_PLAIN_DETERMINERS = {"the"}


def collective_speaker(token: Token) -> Speaker | None:
    """The group `token` heads as a speaker ("police", "Local media", "economists"), in the article's
    words; None for any other noun ("opposition parties", "local governments": whose, the answer cannot
    say), a group owned by someone ("its economists"), or one a number or "many" picks out of a larger one."""
    lemmas = {token.lemma_.lower(), token.lower_}  # the model's lemma of "media" is "medium"
    if token.pos_ not in ("NOUN", "PROPN") or not lemmas & COLLECTIVE_SPEAKERS:
        return None
    if token.lower_ != "police" and token.tag_ not in ("NNS", "NNPS") and token.lower_ != "media":
        return None  # "an economist said": one person, whom the article may name
    words = []
    for child in token.children:
        if child.i > token.i:
            continue
        if child.dep_ == "det" and child.lower_ in _PLAIN_DETERMINERS:
            continue
        if child.lower_ in PART_OF_GROUP:
            return None  # "Many economists" (an adjective to the parser): part of the group
        if child.dep_ in ("amod", "compound") and child.pos_ in ("ADJ", "NOUN") and not child.ent_type_:
            if child.i == token.i - 1 and child.is_alpha:
                words.append(child)  # "local media", "state media", "traffic police"
                continue
        return None  # "its economists", "two forecasters", "Indian police": another answer than these words
    text = " ".join([w.lower_ for w in words] + [_cased(token)])
    house = _house(token)
    if house:  # "economists at Capital Economics": whose economists is part of who spoke
        text = f"{text} {house}"
    return Speaker(name=text, aliases=(), wh="Who", key=text, token=token)


def _house(token: Token) -> str | None:
    """'at Capital Economics', 'from the Met Office': the named firm or body the group works for."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i == token.i + 1), None)
    if prep is None or prep.lower_ not in ("at", "from", "with"):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("ORG", "FAC", "GPE", ""):
        return None
    words = list(prep.subtree)
    if any(t.dep_ in ("relcl", "acl", "appos") or t.is_punct for t in words):
        return None
    return " ".join(t.text for t in words)


#: A police force named by its place: "Arizona police", "Thames Valley police", "Avon and Somerset police",
#: "West Yorkshire Police" (the model may take the whole force for a place).
_PLACE_POLICE = re.compile(r"([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?: and [A-Z][a-z]+)? (?:police|(?<!The )Police)")


def named_police(ctx: ArticleContext, token: Token) -> Speaker | None:
    """'Avon and Somerset police said': the force named by its place, however the model tagged the
    place (often as a person, which would otherwise lose the speaker); not 'Lind and Kent police'."""
    if token.lower_ != "police" and not any(c.dep_ == "conj" and c.lower_ == "police" for c in token.children):
        return None
    span = token.doc[token.left_edge.i : token.right_edge.i + 1]
    match = _PLACE_POLICE.fullmatch(span.text)
    if match is None or (" and " in span.text and ctx.people.find(match.group(1)) is not None):
        return None
    return Speaker(name=span.text, aliases=("police",), wh="Who", key=span.text.lower(), token=token)


def national_body(token: Token) -> Speaker | None:
    """'the US military said', 'the Norwegian army said': a country's body, named by the country and
    asked as an organisation in the article's words; None with any other word before it."""
    if token.lemma_.lower() not in NATIONAL_BODIES or token.tag_ != "NN":
        return None
    before = [c for c in token.children if c.i < token.i and not (c.dep_ == "det" and c.lower_ == "the")]
    if len(before) != 1 or before[0].dep_ not in ("compound", "amod") or before[0].ent_type_ not in ("GPE", "NORP"):
        return None  # "the army", "the regional government", "its navy": which one only the article knows
    text = token.doc[before[0].left_edge.i : token.i + 1].text
    return Speaker(name=text, aliases=(), wh="Which organization", key=text.lower(), token=token)


def they_again(ctx: ArticleContext, token: Token) -> Speaker | None:
    """Whom "they" is in '…, meteorologists said. ¶ …, they added.': the group that spoke in the
    sentence right before ("Mounties gave no reason but say …" too), when it was the only speaker
    there; None otherwise."""
    if token.lower_ != "they" or token.sent.start == 0:
        return None
    before = ctx.doc[token.sent.start - 1].sent
    speakers = [t for t in before if t.dep_ == "nsubj" and _speaks(t.head) and not ctx.in_quote(t.idx)]
    if len(speakers) != 1:
        return None
    found = collective_speaker(speakers[0])
    return Speaker(found.name, found.aliases, found.wh, found.key, token=None) if found is not None else None


def _speaks(verb: Token) -> bool:
    """A reporting verb, or a verb joined to one that shares its subject ("gave no reason but say …")."""
    if verb.lemma_ in SPEAKING:
        return True
    joined = [c for c in verb.children if c.dep_ == "conj" and c.lemma_ in SPEAKING]
    return any(not any(g.dep_.startswith("nsubj") for g in c.children) for c in joined)


def _cased(token: Token) -> str:
    """The word as a question writes it: "Mounties" keeps its capital, "Police" opening a sentence does not."""
    return token.text if token.lemma_.lower() in PROPER_COLLECTIVES else token.lower_
