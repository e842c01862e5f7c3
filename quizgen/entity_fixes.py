"""Entities the small English model gets wrong in a way no later rule can read around.

Sports copy writes a player's name right before a set score ("beat Ana Ruiz 6-3, 6-4"), and the
model tags "Ruiz 6-3" a date: the name is lost to the people, and a question that drops the dates of
its clause drops the opponent too ("When did Sol beat 6-4?"). Such a "date" is no entity. A club's
name ending in "FC" is often tagged a person ("leaders Odisha FC"), and then asked what post it
holds, and one ending in "United" or "Rovers" a town: it is an organisation. So is a "person" whose
initials the acronym in brackets after it spells ("Harwa Qaumi Movement-Sindh (HQM-S) convener …"):
people are not abbreviated so. And a common noun opening a sentence ("Turnout was 61.4 per cent") is
often tagged a person: one word, a verb or preposition after it, that the article never capitalises
mid-sentence, is no one's name (a person's surname alone follows their full name, which puts it
mid-sentence). And "The Alzheimer's Society said" is tagged as a body called "Society": a body's
word after a name's "'s" names the body with its owner's name, as "Workers' Party" does with its
plural owner's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import BODY_WORDS, MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Last words that make a name a club's, whatever the model tagged it ("Harwick United" is no town).
_CLUB_ENDINGS = {"FC", "AFC", "CF", "SC", "F.C.", "A.F.C.", "United", "Rovers", "Wanderers", "Athletic", "Albion"}
#: The short marks of a club's name, which no other name ends in.
_CLUB_MARKS = {"FC", "AFC", "CF", "F.C.", "A.F.C."}
#: A score: "6-3", "2-1", "98-95".
_SCORE = re.compile(r"^\d{1,3}$")


def fix_entities(doc: Doc) -> Doc:
    """`doc` with the fixes below: no false dates, and clubs named "… FC" as organisations; firms
    the article shows to be bodies as organisations (`firm_fixes`); and with the parse's split
    subjects joined (`parse_fixes`)."""
    from quizgen.firm_fixes import firms_as_organisations
    from quizgen.of_names import bodies_of_places
    from quizgen.parse_fixes import (
        dated_passives,
        dated_verbs,
        held_events_of_bodies,
        joined_place_names,
        joined_subjects,
        listed_posts,
        placed_posts_apart,
    )
    from quizgen.person_fixes import people_in_organisations
    from quizgen.storm_names import storms_as_events
    from quizgen.styled_names import styled_names

    fixed = bodies_of_places(storms_as_events(without_false_dates(doc)))
    fixed = owned_body_names(abbreviated_as_organisations(clubs_as_organisations(fixed)))
    fixed = joined_subjects(people_in_organisations(firms_as_organisations(without_common_openers(fixed))))
    fixed = held_events_of_bodies(placed_posts_apart(listed_posts(dated_verbs(joined_place_names(fixed)))))
    fixed = dated_passives(fixed)
    return styled_names(fixed)


def clubs_as_organisations(doc: Doc) -> Doc:
    """`doc` with each name ending in "FC" (or the like) labelled ORG, as the club it names; also one
    the model left untagged or tagged only in part ("[Mumbai] City FC's head coach")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    ends = [e.end - (len(e) > 2 and e[-1].lower_ in ("'s", "\u2019s")) for e in ents]  # "[Harwick FC]'s"
    club = [
        n - e.start > 1 and doc[n - 1].text in _CLUB_ENDINGS and e.label_ != "ORG"
        for e, n in zip(ents, ends, strict=True)
    ]
    fixed = [Span(doc, e.start, n, label="ORG") if c else e for e, n, c in zip(ents, ends, club, strict=True)]
    for start, end in _untagged_clubs(doc):
        fixed = [e for e in fixed if e.end <= start or e.start >= end] + [Span(doc, start, end, label="ORG")]
    if fixed != ents:
        doc.ents = sorted(fixed, key=lambda e: e.start)
    return doc


def _untagged_clubs(doc: Doc) -> list[tuple[int, int]]:
    """Where a club's name ending in a club's short mark ("FC") stands with no ORG tag ending there:
    the capitalised proper nouns before the mark, none of them a person's."""
    found = []
    for tok in doc:
        if tok.text not in _CLUB_MARKS or tok.i == 0 or (tok.ent_type_ == "ORG" and tok.ent_iob_ != "B"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].tag_ == "NNP" and doc[start - 1].ent_type_ != "PERSON":
            start -= 1
        if start < tok.i and not (doc[start].ent_type_ == "ORG" and doc[start].ent_iob_ == "I"):
            found.append((start, tok.i + 1))
    return found


def owned_body_names(doc: Doc) -> Doc:
    """`doc` with "Society" in "the Alzheimer's Society" grown into "Alzheimer's Society" (and the name
    before it no entity of its own)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    grown = {e.start: start for e in ents if (start := _owner_start(e)) is not None}
    if not grown:
        return doc
    taken = {i for e in ents if e.start in grown for i in range(grown[e.start], e.start)}
    fixed = [
        Span(doc, grown[e.start], e.end, label="ORG") if e.start in grown else e
        for e in ents
        if not taken & set(range(e.start, e.end))
    ]
    doc.ents = fixed
    return doc


def _owner_start(ent: Span) -> int | None:
    """Where the name owning a one-word body starts ("Alzheimer" in "Alzheimer's Society"), or None."""
    doc = ent.doc
    word = ent[0]
    if ent.label_ != "ORG" or len(ent) != 1 or not word.is_title or word.lower_ not in BODY_WORDS or ent.start < 2:
        return None
    mark, owner = doc[ent.start - 1], doc[ent.start - 2]
    if mark.lower_ in ("'", "\u2019"):  # "Workers' Party leader Ann Lind": a plural owner, hung on the post
        owned = owner.dep_ == "poss" and owner.is_title and owner.tag_ in ("NNS", "NNPS") and owner.lower_.endswith("s")
        return owner.i if owned and owner.head in (word, word.head) else None
    if mark.lower_ not in ("'s", "\u2019s") or owner.pos_ != "PROPN" or owner.dep_ != "poss" or owner.head != word:
        return None
    start = owner.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def abbreviated_as_organisations(doc: Doc) -> Doc:
    """`doc` with each "person" followed by a bracketed acronym of its initials labelled ORG."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    fixed = [Span(doc, e.start, e.end, label="ORG") if _abbreviated(e) else e for e in ents]
    if fixed != ents:
        doc.ents = fixed
    return doc


def _abbreviated(ent: Span) -> bool:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
        return False
    close = next((t.i for t in doc[ent.end + 1 : ent.end + 6] if t.text == ")"), None)
    short = doc[ent.end + 1 : close].text if close is not None else ""  # "MQM-P" may be three tokens
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", ent.text) if w and w[0].isupper())
    return len(initials) >= 2 and short.replace("-", "") == initials


def without_common_openers(doc: Doc) -> Doc:
    """`doc` without the one-word "people" or "organisations" that are a common noun opening a sentence
    ("Turnout", "Farmers")."""
    from quizgen.text import named_mid_sentence

    ents = doc.ents
    kept = [
        e
        for e in ents
        if not (
            len(e) == 1
            and ((e.label_ == "PERSON" and e[0].tag_ in ("NN", "NNP")) or (e.label_ == "ORG" and e[0].tag_ == "NNS"))
            and e[0].is_sent_start
            and e[0].is_alpha
            and e.end < len(doc)
            and doc[e.end].pos_ in ("AUX", "VERB", "ADP")
            and not named_mid_sentence(e.text, doc.text)
        )
    ]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


def without_false_dates(doc: Doc) -> Doc:
    """`doc` without the DATE entities that hold a score beside a name ("Ruiz 6-3")."""
    ents = doc.ents
    kept = [e for e in ents if not _score_beside_name(e)]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


def _score_beside_name(ent: Span) -> bool:
    if ent.label_ != "DATE":
        return False
    words = [t.text for t in ent]
    scored = any(
        _SCORE.match(a) and b == "-" and _SCORE.match(c) for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    named = any(t.pos_ == "PROPN" and t.lower_.rstrip(".") not in MONTHS and t.lower_ not in WEEKDAYS for t in ent)
    return scored and named
