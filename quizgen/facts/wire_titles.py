"""Wire-copy titles read as a teacher would say them: "Ohio Gov. Ann Ruiz" holds the post
"Governor" of the place "Ohio"; "Lt. Gen." is "Lieutenant General"; "Rep. Ann Ruiz, R-Texas"
is a Republican representative from Texas. A learner is never answered with "Gov."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.places import STATE_ABBREVIATIONS, US_STATES, place_kind
from quizgen.facts.post_abbrevs import SPELLED_OUT
from quizgen.facts.post_words import MANY_PER_PLACE, PORTFOLIO_FIELDS
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: The abbreviations of titles wire copy writes before names, spelled out.
WIRE_WORDS = {
    "Sen": "Senator",
    "Rep": "Representative",
    "Gov": "Governor",
    "Lt": "Lieutenant",
    "Gen": "General",
    "Col": "Colonel",
    "Adm": "Admiral",
    "Maj": "Major",
    "Capt": "Captain",
    "Sgt": "Sergeant",
    "Cmdr": "Commander",
    "Cdr": "Commander",
    "Supt": "Superintendent",
    "Atty": "Attorney",
    "Amb": "Ambassador",
    "Pres": "President",
    "Treas": "Treasurer",
    "Sec": "Secretary",
    "Brig": "Brigadier",
    "Cpl": "Corporal",
    "Pvt": "Private",
    "Insp": "Inspector",
    "Det": "Detective",
    "Con": "Constable",
    "Ch": "Chief",
}
_WIRE = re.compile(r"\b(" + "|".join(WIRE_WORDS) + r")\.(?=\s|$)")

#: Posts held for a place, which news writes after the place's name ("Ohio Gov.", "Beijing Mayor",
#: "U.S. Treasury Secretary"): the place is where the post is held, not part of its name.
PLACE_POSTS = {
    "governor",
    "gov",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "premier",
    "president",
    "secretary",
    "minister",
    "treasurer",
    "ambassador",
    "amb",
    "attorney",
    "atty",
    "commissioner",
}
#: Words before a title that say when it was held: "former Ohio Gov." is held for Ohio all the same.
TENURE = {"former", "outgoing", "incoming", "acting", "interim", "then", "ex", "retired", "late", "new"}


def expand_titles(post: str) -> str:
    """ "Lt. Gen." → "Lieutenant General", "former Democratic Sen." → "former Democratic Senator"; a
    British rank written without stops, all abbreviations ("Det Con", "Det Ch Insp"), as well."""
    words = post.split()
    if len(words) > 1 and all(w in WIRE_WORDS for w in words):
        return " ".join(WIRE_WORDS[w] for w in words)
    if len(words) == 2 and words[1] in SPELLED_OUT:  # "Lands CS": read only where the article spells it out
        return f"{words[0]} {SPELLED_OUT[words[1]]}"
    return _WIRE.sub(lambda m: WIRE_WORDS[m.group(1)], post)


def inner_hyphen(tok: Token) -> bool:
    """A hyphen with a word right on both sides ("leg-spinner"), not a dash between phrases."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].is_alpha
        and doc[tok.i + 1].is_alpha
    )


def is_wire_dot(tok: Token) -> bool:
    """The full stop the tokenizer split off a wire title ("Lt" "." "Gen.")."""
    doc = tok.doc
    return (
        tok.text == "."
        and tok.i > 0
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].text in WIRE_WORDS
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text[:1].isupper()
    )


def place_before(ctx: ArticleContext, run: list[Token]) -> Span | None:
    """The place a title starts with, when the post is one held for a place: "Ohio" of "Ohio Gov."
    and of "former Ohio Gov."."""
    lead = next((t for t in run if t.lower_ not in TENURE or t.ent_type_), None)  # not "New" of "New York"
    if lead is None or not any(t.lower_.rstrip(".") in PLACE_POSTS for t in run):  # "Attorney General"
        return None
    ent = ctx.ent_at(lead)
    if ent is None or ent.label_ != "GPE" or ent.start != lead.i or ent.end > run[-1].i:
        return None
    rest = [t for t in run if t.i >= ent.end]
    if not rest or not rest[0].text[:1].isupper() or ctx.resolve_person(ent.root) is not None:
        return None
    return ent


def place_owner(ctx: ArticleContext, run: list[Token]) -> tuple[list[Token], Span] | None:
    """ "Tanzania's Agriculture Minister X", "Japan's Minister of Trade X": the country whose government
    holds the post, written as a possessive before the title, and the title without it. Dropped, the
    post reads as one of the article's own country ("What post does X hold? — Agriculture Minister"
    in a story from Uganda)."""
    doc = ctx.doc
    lead = ctx.ent_at(run[0]) if len(run) > 2 and run[0].ent_type_ == "GPE" else None
    if lead is not None and lead.start == run[0].i and lead.end < run[-1].i and doc[lead.end].lower_ in _POSS:
        run = [t for t in run if t.i > lead.end]  # the parse took the owner into the title
    elif run[0].i < 2 or doc[run[0].i - 1].lower_ not in _POSS:
        return None
    head = next((i for i, t in enumerate(run) if t.lower_.rstrip(".") in PLACE_POSTS), None)
    if head is None or any(_company(ctx, t) for t in run[:head]):
        return None  # "Brazil's Petrobras president": the company's post
    ent = lead or ctx.ent_at(doc[run[0].i - 2])
    if ent is None or ent.label_ != "GPE" or ent.end != run[0].i - 1 or ctx.resolve_person(ent.root) is not None:
        return None
    return run, ent


_POSS = ("'s", "\u2019s")


def _company(ctx: ArticleContext, tok: Token) -> bool:
    """A company's name in a title, not a government's portfolio ("Agriculture" of "Agriculture Minister")."""
    ent = ctx.ent_at(tok) if tok.ent_type_ == "ORG" else None
    words = set(ent.text.lower().split()) if ent is not None else set()
    return bool(words) and (bool(words & BODY_WORDS) or not words & (PORTFOLIO_FIELDS | {"affairs"}))


def place_prep(head: str) -> str:
    """The word joining a post to its place: "Senator from Ohio" (one of several), "Governor of Ohio"."""
    return "from" if head in MANY_PER_PLACE else "of"


def state_after(ctx: ArticleContext, last: Token, role: list[Token]) -> tuple[str, str] | None:
    """ "Rep. Ann Ruiz, R-Texas" / "(D-Calif.)": the state a titled name is written with, and the
    word that joins it to the post ("from"), when the title has no place of its own."""
    doc = ctx.doc
    i = last.i + 1
    heads = [t.lower_.rstrip(".") for t in role]
    if not heads or heads[-1] not in PLACE_POSTS or i + 2 >= len(doc) or doc[i].text not in (",", "("):
        return None
    text = ctx.text[doc[i + 1].idx : doc[i + 1].idx + 24]
    m = re.match(r"[RDI]-([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)", text)
    if m is None or ctx.in_quote(doc[i].idx):
        return None
    state = STATE_ABBREVIATIONS.get(m.group(1), m.group(1).rstrip(".,"))
    return (state, place_prep(heads[-1])) if state in US_STATES else None


def post_with_place(role: str, prep: str, place: str) -> str:
    """The post with the place it is held for, as a teacher says it: "Governor of Ohio", "Senator
    from Texas", but "U.S. Secretary of State" (a post with its own "of", or a country's) and
    "Texas State Representative". A country's post reads "new president of Portugal" or
    "Portugal's Minister of Finance", never "Portugal new president"."""
    tenure = re.match(r"(?:former|ex-|then|retired|late|outgoing|acting|interim) ", role)
    if tenure and " of " in role:  # "former Lagos State commissioner of police", not "Lagos State former …"
        return tenure.group(0) + post_with_place(role[tenure.end() :], prep, place)
    country = place_kind(place) == "country"
    if country and not _abbreviation(place):
        return f"{place}'s {role}" if " of " in role else f"{role} of {place}"
    if " of " in role or role.startswith(("State ", "City ")) or country:
        return f"{place} {role}"
    return f"{role} {prep} {place}"


def _abbreviation(place: str) -> bool:
    """ "U.S.", "UK", "EU": written before a post as an adjective ("U.S. Secretary of State")."""
    return place.replace(".", "").isupper()
