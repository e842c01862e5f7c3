"""The words of a post as a question can give them: not torn off before the name of its unit or
place, nor its body's name torn at an owner's "'s", not a description too long to be a post, a
student's "post" only at a school; and whether a title names its own body or opens on a word read as a verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import NATIONAL_BODIES, RELATION_NOUNS, TORN_PLACE, TORN_UNIT
from quizgen.facts.post_words import POST_MODIFIERS
from quizgen.facts.role_tenure import former_list_before
from quizgen.facts.titles import is_post, singular_post
from quizgen.text import strip_the
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc, Token


def opens_post(tok: Token) -> bool:
    """A post's first word the small model reads as a verb: "lead program faculty member"."""
    doc = tok.doc
    return tok.lower_ in POST_MODIFIERS and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"


def named_body(first: Token) -> bool:
    """Does a title open on a body's name ("Harwick President", not "Senior Researcher")?"""
    return first.pos_ == "PROPN" and not is_post(first.text) and first.lower_ not in POST_MODIFIERS


def school(org: str | None) -> bool:
    """Does `org` name a place of learning ("Harwick University", "Lakeside High School")?"""
    return org is not None and re.search(r"University|College|School|Academy|Institute|Centre|Center", org) is not None


def too_long(role: str) -> bool:
    """More than eight words is a description, not a post, unless the extra words name a field in
    capitals ("director of the Computer Science and Information Technology program")."""
    words = role.split()
    plain = [w for w in words[1:] if not w[:1].isupper() and w not in ("and", "&")]
    return len(words) > 8 and (len(words) > 14 or len(plain) > 4)


def untorn(role: str, sentence: str, org: str | None) -> str:
    """ "professor of the department" out of "… of the department of health sciences": the unit's name,
    all lower case, was torn off by the parse, so the post stands alone; "archbishop of the city"
    before "of Harwick" takes the place's name back in."""
    torn = TORN_UNIT.search(role)
    said = re.sub(r"^former ", "", role)  # "former" may be added, not said: "when X was archbishop"
    place = re.search(re.escape(said) + r" of ((?:[A-Z][\w'’-]*\b ?)+)", sentence) if TORN_PLACE.search(role) else None
    if place and not org:
        return f"{role} of {place.group(1).strip()}"  # "archbishop of the city [of Harwick]": the place, read on
    served = _SERVED.search(sentence[: sentence.find(said)]) if said and not org and said in sentence else None
    if served:
        return f"{role[: len(role) - len(said)]}{served.group(1)} {said}"  # "[Women's] Affairs Minister"
    return role[: torn.start()] if torn and re.search(re.escape(role) + r" of\b", sentence) else role


#: The people a post serves, written in its title with a possessive right before the words read as the
#: post: "Women's Affairs Minister" read as "Affairs Minister", "Children's Commissioner" as "Commissioner".
_SERVED = re.compile(
    r"(?<![\w'\u2019-])((?:Women|Children|Veterans|Consumers|Workers|Farmers|Seniors|Victims|Families|Pensioners)"
    r"(?:['\u2019]s?|s['\u2019]))\s$"
)


def owned_body(role: str, org: str | None, sentence: str) -> tuple[str, str | None] | None:
    """The post and its body with the body's name whole: "The People's Party leader" read as "Party
    leader" at "the People" is "leader" at "People's Party". None when the body is only its kind
    ("Party secretary X" read as "secretary" at "Party": which party, the name tore off)."""
    words, owner = role.split(), strip_the(org or "")
    if (
        owner.istitle()
        and owner.lower() in BODY_WORDS
        and re.search(rf"\b{re.escape(owner)} {re.escape(role)}\b", sentence)
    ):
        return None  # ("Speaker of Parliament" names its body; "Party secretary" does not)
    if not words or not words[0].istitle() or words[0].lower() not in BODY_WORDS:
        return role, org
    if len(words) > 2 and words[1][:1].isupper():
        return role, org  # "India's Union Finance Minister": "Union" names the level of government, no body
    # "[Growers'] Union president X": with no body read, the owner is the capitalised word before
    before = re.escape(owner) if owner else r"(?<![\w'\u2019])[A-Z][\w-]*"
    owned = re.search(before + r"(?:['\u2019]s?) " + re.escape(role) + r"\b", sentence)
    if owned is None:
        return role, org
    return (" ".join(words[1:]), owned.group(0)[: -len(role) + len(words[0])]) if len(words) > 1 else None


def one_post(role: str) -> str:
    """The post with its last word made singular: "analysts" in "Tom Vale, analysts with …" or
    "Secretaries" in "Cabinet Secretaries A and B" is one post for each person."""
    words = role.split()
    if words and (one := singular_post(words[-1])) is not None:
        words[-1] = one
    return " ".join(words)


_WHEN_HELD = r"^((?:former|ex-?)\s*)?(?:sitting|serving|new|current|present)\s+(?=(?-i:[a-z]))"


def plain_post(role: str, org: str | None, org_prep: str | None) -> tuple[str, str | None]:
    """The post without "sitting", "serving", "current" or "new" (they say only when it was held: "former sitting
    senator" is a former senator, "the new chairman" is the chairman), and a bare "Police" or "Army"
    kept in the title ("Inspector General of Police"): asked "at Police" it reads as if the force
    were a place. A "body" ending in the post's own words is the whole title the tagger took for a
    name ("the Solicitor General, Ann Ruiz": no "General of the Solicitor General")."""
    role = re.sub(
        r"^((?:former|ex-?)\s*)?(?:sitting|serving|new|current|present)\s+(?=(?-i:[a-z]))", r"\1", role, flags=re.I
    )
    body = re.split(r"\s*[(\[]", org)[0] if org else ""  # "Police (IGP"
    plain = re.sub(r"^the\s+", "", body, flags=re.I)
    if role and plain.lower().endswith(f" {role.lower()}") and len(plain.split()) <= 3:
        return plain, None
    if org_prep == "of" and role and body.lower() in NATIONAL_BODIES and body[:1].isupper():
        return f"{role} of {body}", None
    force = _FORCE_RANK.match(role)
    if force and org is None:  # "Tucson police Sgt. X": a rank in the city's force
        return force.group("rank").lower(), force.group("force")
    return role, org


#: A rank after the force it serves in: "Tucson police Sergeant", "Leeds Police Inspector".
_FORCE_RANK = re.compile(r"^(?P<force>(?:[A-Z][\w.'-]*\s+){1,3}[Pp]olice)\s+(?P<rank>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


#: Words right before a post that say it was held once, not now ("a one-time adviser", "the then minister",
#: "assassinated US president"), a place or body's name between them and the post allowed.
PAST_TENURE = re.compile(
    r"\b(?:former|ex|erstwhile|one-time|onetime|then|late|previous|assassinated|slain|murdered|deceased)"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\W*$",
    re.I,
)


def left_behind(doc: Doc, role_tokens: list[Token]) -> bool:
    """ "Ivan Cole, a one-time adviser to …": a past-tenure word the post's words left out still makes
    it a post left behind."""
    if not role_tokens:
        return False
    first = min(t.i for t in role_tokens)
    before = doc[max(first - 3, role_tokens[0].sent.start) : first].text
    if former_list_before(doc, first):  # "Former Harbour Bank chief and Trade Council chair X": both left
        return True
    return bool(PAST_TENURE.search(before)) or any(_in_a_past_government(t) for t in role_tokens)


#: What makes a government, cabinet or regime one that has gone ("the previous government").
_GONE = {"previous", "former", "last", "outgoing", "preceding", "past", "old", "earlier"}


def _in_a_past_government(word: Token) -> bool:
    """ "The finance minister in the previous government, Tan Wei Ming, …": a post held in a government
    that has gone is a former one, whatever tense the sentence is in."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "under")
        and any(
            obj.dep_ == "pobj" and any(m.dep_ == "amod" and m.lower_ in _GONE for m in obj.children)
            for obj in prep.children
        )
        for prep in word.children
    )


def tie_to_another(role_tokens: list[Token]) -> bool:
    """A relation noun owned by a pronoun ("his partner", "her husband") ties the person to another;
    "the panel's other member" ranks them beside others ("Besides being other member, …")."""
    last = max(role_tokens, key=lambda t: t.i) if role_tokens else None
    if any(t.lower_ in ("other", "another", "fellow") and t.dep_ == "amod" for t in role_tokens):
        return True
    return (
        last is not None
        and last.lower_ in RELATION_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in last.children)
    )


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def titled_in_a_past_year(role_tokens: list[Token], published_year: int | None) -> bool:
    """ "In 1997, President Bill Clinton named her ambassador": a title before the subject of a verb dated
    to a year before the article's was held then; asked "In 2023, what post …?" it would be false."""
    if published_year is None or not role_tokens:
        return False
    name = max(role_tokens, key=lambda t: t.i).head
    verb = name.head if name.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.tag_ not in ("VBD", "VBN"):
        return False
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod") or not any(t.ent_type_ == "DATE" for t in child.subtree):
            continue
        years = [int(y) for y in _YEAR.findall(" ".join(t.text for t in child.subtree if t.ent_type_ == "DATE"))]
        if years and max(years) < published_year:
            return True
    return False
