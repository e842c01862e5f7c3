"""Firms the small English model tags as people (or places, or nothing), read from the whole article.

"said Dana Whitfield, chairman and chief executive of Harwick Biotech": the model calls "Harwick
Biotech" a person, so the post is held at no body and no role is asked; nor can a later "the
company" be named. A name is a body when the article says so: it ends in a firm's word ("Biotech",
"plc", "Airlines"), it follows a firm's post ("managing director of Nordwind"), its shares move
("Nordwind shares fell"), it is set beside a firm's noun ("Nordwind, the turbine maker,"), or, one
word alone, it "said in a statement". A short form ("Harwick" of "Harwick Biotech") is left to the
readers that tie it to its long name. A real person is never turned into a body: a name the article
also writes after "Mr" or "Dr", calls "he" or "she", or gives a first name ("Tom Lyle" keeps "Lyle"
a person) stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.vocabulary import BODY_WORDS, FIRM_ENDINGS, FIRM_NOUNS, FIRM_POSTS, HONORIFICS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Labels a firm's name gets by mistake; a place ("Singapore") is re-read only when its name ends in a
#: firm's word, as "Hong Kong shares fell" names a market, not a body.
_MISREAD = {"PERSON", "GPE", "FAC"}
_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
#: Post words written between a firm's name and its holder's: "Harwick chief executive Dana Whitfield".
_POST_BEFORE_NAME = {"chief", "executive", "officer", "chairman", "chairwoman", "boss", "ceo", "founder", "managing"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_SHARE_WORDS = {"shares", "stock", "share"}
#: Firm nouns that also name a person's trade or role ("tour operator Michael Grant", "utility Sam Burgess").
_ALSO_PEOPLE = {"maker", "operator", "utility", "miner"}


def firms_as_organisations(doc: Doc) -> Doc:
    """`doc` with the firms the article shows to be bodies labelled ORG (see the module docstring)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    bodies = _bodies(doc, ents)
    people = [e for e in ents if e.label_ == "PERSON"]
    runs = _unlabelled_runs(doc)
    named = [r for r in runs if all(t.pos_ == "PROPN" for t in r)]  # a name misread as a noun once counts later
    shown = {r.text for r in named if _firm_evidence(r) and not _personal(doc, r.text, people)}
    bodies.update({name: bodies.get(name, False) for name in shown})
    if not bodies:
        return doc
    for name in _short_forms(bodies, ents):
        del bodies[name]
    unnamed = [r for r in runs if r.text in bodies and not _name_goes_on(r)]
    if not bodies:
        return doc
    fixed = [Span(doc, r.start, r.end, label="ORG") for r in unnamed]
    for e in ents:
        span = _grown(_trimmed(e), ents)
        if e.label_ in _MISREAD and span.text in bodies and (e.label_ == "PERSON" or bodies[span.text]):
            fixed.append(Span(doc, span.start, span.end, label="ORG"))
        else:
            fixed.append(e)
    if fixed != ents:
        doc.ents = sorted(fixed, key=lambda e: e.start)
    return doc


def _name_goes_on(run: Span) -> bool:
    """ "Research in Motion", "Bank of Velmora": the run is only the start of a longer name."""
    doc = run.doc
    return run.end + 1 < len(doc) and doc[run.end].lower_ in ("in", "of", "and", "&") and doc[run.end + 1].is_title


def _unlabelled_runs(doc: Doc) -> list[Span]:
    """Runs of one to three capitalised proper nouns the tagger gave no label ("Vantor said …")."""
    runs, start = [], None
    for tok in doc:
        inside = tok.pos_ in ("PROPN", "NOUN") and tok.is_title and tok.is_alpha and not tok.ent_type_
        if inside and start is None:
            start = tok.i
        elif not inside and start is not None:
            runs.append(doc[start : tok.i])
            start = None
    if start is not None:
        runs.append(doc[start:])
    return [r for r in runs if len(r) <= 3 and not _part_of_a_name(r)]


def _part_of_a_name(run: Span) -> bool:
    """ "Party" of "Dockers' Party", a lone "Bank" or "Group": no firm's whole name."""
    doc = run.doc
    owned = run.start > 0 and doc[run.start - 1].text in _POSSESSIVE
    return owned or (len(run) == 1 and run[0].lower_ in BODY_WORDS | FIRM_ENDINGS)


def _bodies(doc: Doc, ents: list[Span]) -> dict[str, bool]:
    """The names shown to be bodies → whether its places are misread too: the name ends in a firm's
    word, or the tagger also calls it an organisation and a firm's post or noun goes with it."""
    people = [e for e in ents if e.label_ == "PERSON"]
    trimmed = [(e, _trimmed(e)) for e in ents]  # (once: each look below reads them)
    tagged = {t.text for e, t in trimmed if e.label_ == "ORG"}
    orgs: dict[str, list[Span]] = {}
    for e, t in trimmed:
        if e.label_ in ("ORG", "GPE") and t.text in tagged:
            orgs.setdefault(t.text, []).append(t)
    found: dict[str, bool] = {}
    for e, t in trimmed:
        span = _grown(t, ents)
        if e.label_ not in _MISREAD or not len(span) or not span[0].text[:1].isupper():
            continue
        suffixed = span[-1].lower_ in FIRM_ENDINGS and len(span) > 1 and e.label_ != "GPE"  # not "West Bank"
        place = (
            e.label_ == "GPE" and span.text in orgs and any(_firm_evidence(o, markets=False) for o in orgs[span.text])
        )
        shown = suffixed or place or (e.label_ == "PERSON" and _firm_evidence(span))
        if shown and not _personal(doc, span.text, people):
            found[span.text] = found.get(span.text, False) or suffixed or place
    return found


def _short_forms(names: Iterable[str], ents: list[Span]) -> set[str]:
    """The names that open a longer organisation's name ("Brindle" of "Brindle Foods Ltd"): later readers
    tie such a "person" to the long name it shortens (`mentions`), which an organisation of its own would
    stand beside as a second body. One that a post is held at ("managing director of Sundaram Textiles")
    is read as a body all the same: no reader gives a post to a person."""
    longer = set(names) | {_trimmed(e).text for e in ents if e.label_ == "ORG"}
    held = {grown.text for e in ents if _post_held_at(grown := _grown(_trimmed(e), ents))}
    return {name for name in names if name not in held and any(o.startswith(name + " ") for o in longer)}


def _in_any(i: int, ents: list[Span]) -> bool:
    return any(e.start <= i < e.end for e in ents)


def _trimmed(ent: Span) -> Span:
    """`ent` without a trailing "'s" ("Harwick Biotech's shares") or line break (a headline's end)."""
    end = ent.end
    while end > ent.start and (ent.doc[end - 1].text in _POSSESSIVE or ent.doc[end - 1].is_space):
        end -= 1
    return ent.doc[ent.start : end]


def _grown(span: Span, ents: list[Span]) -> Span:
    """ "Ashdown plc" where the tagger's name ("Ashdown") ends before the firm's word."""
    doc = span.doc
    if not len(span) or span.end >= len(doc) or doc[span.end].ent_type_ and _in_any(span.end, ents):
        return span
    after = doc[span.end]
    ending = after.lower_ in FIRM_ENDINGS and (after.text[:1].isupper() or after.lower_ == "plc")
    return doc[span.start : span.end + 1] if ending else span


def _firm_evidence(span: Span, markets: bool = True) -> bool:
    """A post held at it, its shares (unless `markets`: "Hong Kong shares" are a market's), a firm's
    noun beside or before it, or one word "said in a statement"."""
    doc = span.doc
    after_name = doc[span.end] if span.end < len(doc) else None
    clause = after_name is not None and after_name.dep_ in ("relcl", "acl")  # "the firm Ann Lind started"
    if span.start > 0 and doc[span.start - 1].lower_ in FIRM_NOUNS - _ALSO_PEOPLE and doc[span.start - 1].is_lower:
        return not clause  # "rival carrier Jetwing", "budget airline Corvel"
    if _post_held_at(span):
        return True
    before = [t.lower_ for t in doc[max(0, span.start - 2) : span.start]]
    if markets and len(before) == 2 and before[1] in ("of", "in") and before[0] in _SHARE_WORDS:
        return True  # "shares of Lyle Pharma"
    after = doc[span.end : span.end + 4]
    words = [t.lower_ for t in after]
    if markets and words[:1] and words[0] in _SHARE_WORDS and after[0].pos_ == "NOUN":
        return True  # "Nordwind shares fell"
    if markets and words[:2] and words[0] in _POSSESSIVE and words[1:2] == ["shares"]:
        return True  # "Harwick Biotech's shares fell"
    if _post_then_holder(span) or _firm_noun_beside(span):
        return True
    return len(span) == 1 and words[:4] == ["said", "in", "a", "statement"]


def _post_held_at(span: Span) -> bool:
    """ "chief executive of Harwick Biotech", "an analyst at Brenton"."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]]
    return len(before) == 2 and before[1] in ("of", "at") and before[0] in FIRM_POSTS


def _post_then_holder(span: Span) -> bool:
    """ "Nordwind boss Klaus Becker", "Harwick chief executive Dana Whitfield"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in _POST_BEFORE_NAME | {"director"} and doc[i].is_lower:
        i += 1
    return span.end < i < len(doc) and doc[i - 1].lower_ in FIRM_POSTS | {"chief"} and doc[i].ent_type_ == "PERSON"


def _firm_noun_beside(span: Span) -> bool:
    """ "Nordwind, the German wind turbine maker, said": a firm's noun closes the phrase set beside it."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("the", "a", "an"):
        return False
    for tok in doc[span.end + 2 : span.end + 13]:  # "the 90-year-old department store chain"
        closes = tok.text in (",", ".", ";") or tok.lower_ in ("that", "which")  # "the bus operator that runs"
        if closes or tok.pos_ in ("VERB", "AUX"):
            return closes and doc[tok.i - 1].lower_ in FIRM_NOUNS
    return False


def _personal(doc: Doc, name: str, people: list[Span]) -> bool:
    """The article writes `name` as a person's: after a title ("Mr Becker"), as "he" or "she" (a pronoun
    in a sentence it is the only person of), or at the end of a longer person's name."""
    last = re.escape(name.split()[-1])
    titles = "|".join(sorted(t.capitalize() for t in HONORIFICS))
    if re.search(rf"\b(?:{titles})\.?\s+(?:[A-Z][\w'-]*\s+)?{last}\b", doc.text):
        return True
    if any(p.text != name and p.text.split()[-1] == name and len(p) > 1 for p in people):
        return True  # "Tom Lyle"
    for p in people:
        if _trimmed(p).text != name:
            continue
        sent = p.sent
        others = [q for q in people if q.sent == sent and _trimmed(q).text != name]
        if not others and any(t.lower_ in _PRONOUNS for t in sent):
            return True
        nxt = doc[sent.end] if sent.end < len(doc) else None
        if not others and nxt is not None and nxt.lower_ in ("he", "she"):
            return True
    return False
