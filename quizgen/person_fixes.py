"""People the small English model tags as organisations, in the shapes political copy writes them.

"MQM-P convener Tariq Nadeem Qureshi said": right after a lower-case post word, or set beside one ("the
finance minister, Ivo Marsh,"), a run of capitalised words with no institution's word in it is the
person holding the post. "Speaker of the Velmora
Assembly Ann Lind said": the model runs the body and the name after it into one organisation; the
body ends at its last institution word, and the two or three capitalised words after it are the
person. Left alone, the person is asked as "Which organization said …?" with their name as answer,
or the body as the speaker.

A surname the model does not know is often tagged an organisation ("Lindqvist will succeed Sandra
Cole", "Lindqvist, 54, joined in 2012"): one word that takes an age after it, or that succeeds or
replaces a person, is a person, and so is the same word elsewhere in the article; left alone it is
asked "Which organization will succeed Sandra Cole?".

So does "Assistant Minister for Rural and Regional Health Emma McBride said": the portfolio ends
at its last field word ("Health"), and the two or three capitalised words after it are the minister.
When the model tags the person itself but takes in the portfolio's last word ("… for Fisheries and
[Oceans Ann Lind]"), that word goes.

The other way round, "21 points behind leaders PSV Eindhoven": a name right after a plural word that
sport gives sides ("leaders", "champions", "hosts") is a team's, whatever the model tagged it; read as
a person it would be asked what post it holds ("leader").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import BODY_WORDS, FIRM_ENDINGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Last words of a body's name ("Assembly", "Commission") that a person's name never holds.
_BODY_ENDS = BODY_WORDS | {"front", "movement", "house"}
#: Plural words sport writes before a side's name ("leaders PSV Eindhoven", "champions Real Madrid").
_SIDE_WORDS = set("leaders champions hosts holders giants visitors favourites favorites strugglers newcomers".split())
#: Posts written before "of the <body>" and then the holder's name: "Speaker of the Assembly Ann Lind".
_POSTS_OF = {"speaker", "president", "chairman", "chairperson", "secretary", "clerk", "governor", "leader"}


def people_in_organisations(doc: Doc) -> Doc:
    """`doc` with the people in the two shapes above labelled PERSON (and the body before one kept ORG)."""
    from spacy.tokens import Span

    ents, fixed = list(doc.ents), []
    for e in ents:
        if e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in _SIDE_WORDS:
            fixed.append(Span(doc, e.start, e.end, label="ORG"))  # "behind leaders PSV Eindhoven"
            continue
        if _holder_after_post(e) or _holder_beside_post(e):
            fixed.append(Span(doc, e.start, e.end, label="PERSON"))
            continue
        if _field_in_person(e):
            fixed.append(Span(doc, e.start + 1, e.end, label="PERSON"))  # "… Fisheries and [Oceans] Ann Lind"
            continue
        split = _name_after_body(e)
        split = _name_after_portfolio(e) if split is None else split
        if split is None:
            fixed.append(e)
            continue
        fixed += [Span(doc, e.start, split, label="ORG"), Span(doc, split, e.end, label="PERSON")]
    named = {e.text for e in fixed if _person_by_deed(e)}
    fixed = [Span(doc, e.start, e.end, label="PERSON") if e.label_ == "ORG" and e.text in named else e for e in fixed]
    if fixed != ents:
        doc.ents = fixed
    return doc


#: Verbs whose subject takes a person's place: "X will succeed Sandra Cole".
_TAKES_PLACE_OF = {"succeed", "replace"}


def _person_by_deed(ent: Span) -> bool:
    """A one-word "organisation" that is given an age ("Lindqvist, 54,") or takes a person's place."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or not ent[0].is_title or ent[0].lower_ in _BODY_ENDS:
        return False
    after = doc[ent.end : ent.end + 3]
    if len(after) == 3 and after[0].text == "," and after[2].text == "," and after[1].text.isdigit():
        return 16 <= int(after[1].text) <= 110
    verb = ent.root.head
    return (
        ent.root.dep_ == "nsubj"
        and verb.lemma_ in _TAKES_PLACE_OF
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in verb.children)
    )


def _name_words(tokens: Span) -> bool:
    """Two to four capitalised words ("Tariq Nadeem Qureshi"), none an institution's or all capitals,
    nor ending in a firm's word ("Its new owner, Harbour Retail,": a firm set beside a post)."""
    if len(tokens) and tokens[-1].lower_ in FIRM_ENDINGS:
        return False
    return 2 <= len(tokens) <= 4 and all(
        t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in _BODY_ENDS for t in tokens
    )


def _holder_after_post(ent: Span) -> bool:
    from quizgen.facts.post_words import OCCUPATIONS, TITLE_WORDS

    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text == ")" and ent.label_ == "ORG" and _name_words(ent):
        return _post_before_bracket(ent.doc, before.i, TITLE_WORDS)  # "Commissioner of Police (EOW) Ann Rao"
    return (
        ent.label_ == "ORG"
        and before is not None
        and before.text.islower()
        and (before.text in TITLE_WORDS | OCCUPATIONS or before.text in _MORE_POSTS)
        and _name_words(ent)
    )


def _post_before_bracket(doc: Doc, close: int, posts: set[str]) -> bool:
    """An acronym in brackets ending at `close`, right after a post ("Deputy Commissioner of Police (EOW)")."""
    opening = close - 2 if close >= 2 and doc[close - 2].text == "(" else None
    if opening is None or not doc[close - 1].text.isupper():
        return False
    return any(t.lower_ in posts for t in doc[max(0, opening - 4) : opening])


def _holder_beside_post(ent: Span) -> bool:
    """'The finance minister in the previous government, Ivo Marsh, …', 'Ivo Marsh, the finance minister,
    …': a name set beside a lower-case post is its holder's."""
    from quizgen.facts.post_words import OCCUPATIONS, TITLE_WORDS

    if ent.label_ != "ORG" or not _name_words(ent):
        return False
    root = ent.root
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [c for c in root.children if c.dep_ == "appos"]
    return any(w.pos_ == "NOUN" and w.text in TITLE_WORDS | OCCUPATIONS | _MORE_POSTS for w in beside)


#: Posts of unions and campaigns written before a name ("regional organiser Kev Doyle").
_MORE_POSTS = {"organiser", "organizer", "convenor", "convener", "steward", "official", "secretary", "spokesman"}


def _name_after_body(ent: Span) -> int | None:
    """Where the person starts in "[the National Assembly Ann Lind]" after "Speaker of", or None."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return None
    if doc[ent.start - 2].lower_ not in _POSTS_OF:
        return None
    return _name_after(ent, _BODY_ENDS)


def _name_after_portfolio(ent: Span) -> int | None:
    """Where the person starts in "Minister for [Rural and Regional Health Emma McBride]", or None."""
    from quizgen.facts.post_words import PORTFOLIO_ENDS, PORTFOLIO_FIELDS, PORTFOLIO_POSTS

    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("for", "of"):
        return None
    post = doc[ent.start - 2]
    if not post.text[:1].isupper() or post.lower_.rstrip(".") not in PORTFOLIO_POSTS:
        return None
    return _name_after(ent, PORTFOLIO_FIELDS | PORTFOLIO_ENDS)


def _field_in_person(ent: Span) -> bool:
    """ "Minister for Fisheries and Oceans Ann Lind": the model reads the portfolio's last word into the
    person; a three-word person right after a portfolio's "and" starts with that word, not a name."""
    from quizgen.facts.post_words import PORTFOLIO_POSTS

    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 3 or ent.start < 4 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return False
    at = next((i for i in range(ent.start - 2, max(ent.start - 7, 0), -1) if doc[i].lower_ == "for"), None)
    if at is None or not all(t.text.istitle() for t in doc[at + 1 : ent.start - 1]):
        return False  # not "Minister for Trade, and Mary Ann Lind": the portfolio runs right up to the "and"
    return doc[at - 1].text[:1].isupper() and doc[at - 1].lower_.rstrip(".") in PORTFOLIO_POSTS


def _name_after(ent: Span, ends: set[str] | frozenset[str]) -> int | None:
    """Where a person's name of two or three capitalised words starts after the last of `ends` in
    `ent` ("… Health [Emma McBride]"), or None."""
    doc = ent.doc
    last = [t.i for t in ent if t.lower_ in ends]
    name = doc[last[-1] + 1 : ent.end] if last else None
    capitalised = name is not None and all(t.text[:1].isupper() and not t.is_upper for t in name)  # "McBride"
    if name is None or not capitalised or not 2 <= len(name) <= 3 or not all(t.pos_ == "PROPN" for t in name):
        return None
    return None if any(t.lower_ in _BODY_ENDS for t in name) else name.start
