"""What kind of thing a name is, for false options: people, organizations, countries.

A false option of the wrong type gives the answer away (a street offered as a speaker, a film
title as a company), so each pool keeps only names whose type the article makes clear: names
that are themselves the answer of a fact of that kind first, then names spaCy tags that way
and whose words fit. When in doubt a name is left out: fewer options, never wrong-typed ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Fact, OrgEventFact, QuoteFact, RoleFact
from quizgen.facts.lexicon import DOCUMENT_NOUNS, NEWS_AGENCIES, NOT_NAME_WORDS, PAPER_WORDS, SHARED_POSTS, TITLE_WORDS
from quizgen.facts.org_names import suffix_only
from quizgen.facts.places import is_country
from quizgen.facts.wording import THE_WORDS
from quizgen.questions.org_answer import not_an_org
from quizgen.text import strip_the
from quizgen.vocabulary import HONORIFICS, MONTHS, WEEKDAYS

#: Last words of places, streets and page furniture that spaCy sometimes tags as people.
NOT_PERSON_WORDS = NOT_NAME_WORDS | set(
    "road street avenue lane drive square park stadium bridge station airport hall city county river island credit "
    "credits story photo image united rovers wanderers inc ltd co corp plc llc group motors".split()
)
#: Titles spaCy keeps inside a name ("NASA Administrator Tom Vale", "State Rep. Ann Ruiz").
NOT_PERSON_WORDS |= set("administrator state rep sen gov lt gen col capt sgt".split())
#: Last words that make a name an organization whatever its first words are.
ORG_HEADS = set(THE_WORDS) | {
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "Company",
    "Companies",
    "Holdings",
    "Plc",
    "PLC",
    "LLC",
    "AG",
    "SA",
    "GmbH",
    "University",
    "College",
    "School",
    "Institute",
    "Academy",
    "Laboratory",
    "Laboratories",
    "Hospital",
    "Times",
    "Post",
    "News",
    "Journal",
    "Herald",
    "Telegraph",
    "Guardian",
    "Airlines",
    "Airways",
    "Motors",
    "Securities",
    "Brothers",
    "Partners",
    "Associates",
    "Industries",
    "Systems",
    "Technologies",
    "Club",
    "League",
    "Agency",
    "Services",
    "Secretariat",
    "Police",
    "Army",
    "Navy",
    "Congress",
    "Senate",
    "Cabinet",
    "Aquarium",
    "Observatory",
    "Exchange",
    "Reserve",
    "Institution",
    "Alliance",
    "Confederation",
    "Coalition",
    "Consortium",
    "Commissariat",
    "Directorate",
    "Inspectorate",
}
#: Heads that say an organization is not a company ("Which company …?" must not offer a ministry).
PUBLIC_HEADS = {
    "Ministry",
    "Department",
    "Party",
    "University",
    "College",
    "School",
    "Institute",
    "Academy",
    "Commission",
    "Government",
    "Council",
    "Association",
    "Federation",
    "Union",
    "Agency",
    "Office",
    "Committee",
    "Court",
    "Parliament",
    "Assembly",
    "Organization",
    "Organisation",
    "Administration",
    "Authority",
    "Foundation",
    "Society",
    "Congress",
    "Senate",
    "Cabinet",
    "Treasury",
    "Police",
    "Army",
    "Navy",
    "Hospital",
    "Museum",
    "Library",
    "Secretariat",
    "Bureau",
    "Board",
    "Forum",
    "Conference",
}
#: Posts only real people hold (a film's "hero" or a game's "villain" is not one).
POSTS = TITLE_WORDS | SHARED_POSTS | {"mp", "manager", "owner", "boss", "candidate", "author", "writer", "worker"}
MONTHS_AND_DAYS = {
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}


#: Words of an institution's name: "Which institution …?" is answered by one of these.
INSTITUTION = re.compile(
    r"\b(?:University|Academy|Institute|College|School|Cent(?:er|re)|Laborator(?:y|ies)|Hospital|Institution)\b"
)


def _an_institution(name: str) -> bool:
    """ "Kestrel University", "Ocean Research Institute", "National Science Foundation"; not "Plaid Cymru"."""
    public = any(w.strip(".") in PUBLIC_HEADS for w in name.split()) and "Party" not in name
    return INSTITUTION.search(name) is not None or (public and not name.endswith(("Democrats", "Forum", "Conference")))


@lru_cache(maxsize=4096)  # an article's names are read again for each kind of organisation asked
def clean_org(name: str) -> str | None:
    """The organization's name as an option, or None when it is not one clean name
    ("Corp's" loses its possessive; a torn bracket or a glued month makes it unusable)."""
    name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", name.strip())
    name = strip_the(name)
    if not name or name.count("(") != name.count(")") or re.search(r"[,;:\"<>\n]|\bs\b$", name):
        return None
    if suffix_only(name):
        return None  # "LLC", "Group": a company's suffix, no company
    words = name.split()
    if any(w in MONTHS_AND_DAYS for w in words) or len(words) > 8:
        return None
    if any(a in ORG_HEADS and b == "and" for a, b in zip(words, words[1:], strict=False)):
        return None  # two names glued: "Orvell University and Kestrel"
    if name.isupper() and len(name.replace(".", "")) > 6:
        return None  # a shouted word ("SHORTAGES"), not an acronym
    return name


def org_heads(name: str) -> bool:
    """The name's head is a word only organizations have ("… Federation", "… Corp", "Office of …")."""
    head = re.split(r" (?:of|for|on) ", name)[0].rstrip(".").split()
    return bool(head) and head[-1] in ORG_HEADS


def is_company(name: str) -> bool:
    return not any(w.strip(".") in PUBLIC_HEADS for w in name.split())


def weekday_glued(name: str) -> bool:
    """ "Sunday Shorten": the tagger took "On Sunday Shorten said …" for one name, and whose name it is
    no one can say ("Sunday night" and "Sunday, March 3" are dates, not this)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0].lower() in WEEKDAYS
        and words[1][:1].isupper()
        and words[1].isalpha()
        and words[1].lower() not in MONTHS
    )


@lru_cache(maxsize=4096)
def clean_person(name: str) -> str | None:
    """A person's name as an option: two to four capitalised words, no title, place or possessive."""
    words = name.split()
    if not 2 <= len(words) <= 4 or re.search(r"['\u2019()\d]", name):
        return None
    if weekday_glued(name):
        return None
    if any(len(w) > 1 and w.isupper() and "." not in w and w not in ("II", "III", "IV") for w in words):
        return None  # an acronym: "NASA Administrator …", "BBC News"
    for w in words:
        bare = w.rstrip(".,").lower()
        if bare in NOT_PERSON_WORDS or bare in TITLE_WORDS or (w.endswith(".") and len(w) > 2 and "." not in w[:-1]):
            return None  # "Rep.", "Gov.": a title; "R.V." and "W." are initials
        if not (w[:1].isupper() or w.lower() in ("de", "van", "von", "der", "da", "bin", "al", "la", "le", "du")):
            return None
    return name


def person_pool(ctx: ArticleContext, facts: list[Fact]) -> list[str]:
    """People for "Who …?": holders of a known post, speakers, then people the article calls he or she
    or Mr/Ms; a name spaCy tags PERSON with nothing else to show it is a person (a company named after
    its founders, a product) is left out, and so is a speaker the article calls a company."""
    other_types = {e.text for e in ctx.ents if e.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART")}
    named = [f.person for f in facts if isinstance(f, RoleFact) and f.head.lower() in POSTS]
    named += [
        f.speaker.name
        for f in facts
        if isinstance(f, QuoteFact) and f.speaker.wh == "Who" and not described_as_company(ctx, f.speaker.name)
    ]
    named += [
        p.name
        for p in ctx.people.people
        if p.gender or any(f.split()[0].lower().rstrip(".") in HONORIFICS for f in p.forms if " " in f)
    ]
    out: dict[str, None] = {}  # a dict: in order, and a long article's thousands of names are looked up at once
    for raw in named:
        name = clean_person(raw)
        if name and name not in other_types and not _opening_verb(name.split()[0], ctx.text):
            out[name] = None
    return list(out)


def _opening_verb(word: str, text: str) -> bool:
    """ "Addressing Maqsood he said …": an "-ing" word the article writes only where a sentence opens
    is the sentence's verb, which the tagger glued to the name after it."""
    if not word.endswith("ing"):
        return False
    return not re.search(rf"(?<![.!?\n\"\u201c])(?<![.!?\n]\s)\b{re.escape(word)}\b", text[1:])


#: Nouns an appositive uses for a company ("Ardent Motors, the country's biggest car maker").
COMPANY_NOUNS = {
    "company",
    "firm",
    "maker",
    "manufacturer",
    "carmaker",
    "group",
    "retailer",
    "carrier",
    "startup",
    "broadcaster",
    "operator",
    "supplier",
    "producer",
    "developer",
    "publisher",
    "bank",
    "insurer",
}


def described_as_company(ctx: ArticleContext, name: str) -> bool:
    return bool(ctx.appositives.get(name.split()[-1], set()) & COMPANY_NOUNS)


#: Words that name a political party ("Unity Party", "the Democrats", "Labour").
_PARTY = r"(?i)\bpart(?:y|ies)\b|Democrats|Republicans|Conservatives|Labour|Liberals?\b|Greens\b"


def org_pool(ctx: ArticleContext, facts: list[Fact], wh: str = "") -> list[str]:
    """Organizations for "Which organization …?": those that are answers of facts first, then names
    spaCy tags ORG that end in an organization's word; "Which company" leaves out public bodies,
    "Which team" every name headed by a body's word, "… which newspaper" all but papers, "In which
    journal" all but journals."""
    if wh == "In which journal":  # a journal among journals, or no options
        return list(dict.fromkeys(f.answer for f in facts if isinstance(f, OrgEventFact) and f.question.startswith(wh)))
    known = [f.org for f in facts if isinstance(f, RoleFact) and f.org and not f.org_is_place]
    known += [f.answer for f in facts if isinstance(f, OrgEventFact) and not f.question.startswith("In which journal")]
    known += [f.speaker.name for f in facts if isinstance(f, QuoteFact) and f.speaker.wh == "Which organization"]
    papers = {f.answer for f in facts if isinstance(f, OrgEventFact) and "which newspaper" in f.question}
    parties = {f.answer for f in facts if isinstance(f, OrgEventFact) and "which party" in f.question.lower()}
    teams = {f.org for f in facts if isinstance(f, RoleFact) and "Which team" in (f.org_question or "")}
    teams |= {f.answer for f in facts if isinstance(f, OrgEventFact) and f.question.startswith("Which team")}
    common_words = re.search(r"(?i)\bwhich (?:organi[sz]ation|institution)", wh)  # see `not_an_org`
    out: dict[str, None] = {}  # a dict: in order, and looked up at once
    for name in _org_names(ctx, facts, known):
        if common_words and not re.search(r"[A-Z]", name):
            continue  # "thermal vacuum chamber": no organization's name
        if wh.startswith("Which company") and not is_company(name):
            continue
        if wh.startswith("Which party") and not re.search(_PARTY, name) and name not in parties:
            continue  # a party among parties, never "Central Intelligence Agency"
        if wh.startswith("Which team") and (org_heads(name) or name in papers or (teams and name not in teams)):
            continue  # "Football Association" is no team to beat, nor "The Independent" that interviewed the coach
        if wh.startswith("Which institution") and not _an_institution(name):
            continue  # a university beside institutes and agencies, never beside a party or a club
        if wh.startswith("Which court") and not re.search(r"\b(?:Court|Tribunal)\b", name):
            continue  # a court among courts
        if wh.endswith("newspaper") and name.split()[-1] not in PAPER_WORDS:
            continue  # a paper among papers
        out[name] = None
    return list(out)


def _org_names(ctx: ArticleContext, facts: list[Fact], known: list[str]) -> list[str]:
    """The names `org_pool` offers whatever kind of body is asked, in order: worked out once per
    article, not for each kind (a party, a team, a company) its questions ask."""
    cache: dict[int, list[str]] = ctx.__dict__.setdefault("_org_names", {})
    if len(facts) in cache:
        return cache[len(facts)]
    people = {p.name for p in ctx.people.people}
    surnames = {w for p in people for w in p.split()}
    out: dict[str, None] = {}
    for raw in known + [n for n in ctx.org_names if org_heads(n)]:
        name = clean_org(ctx.long_form(raw))
        if not name or name in out or is_country(name) or name in surnames or any(p in name for p in people):
            continue
        if news_agency(name):
            continue  # the wire that files the story: never a right answer, so a giveaway beside one
        if not_an_org(name, ctx.text, ctx):
            continue  # "most Cypriots", "Jo Okoro, from Leeds", "Sea Watch" of "Sea Watch Now": none to offer
        if not name[:1].isupper() and not name[:1].isdigit():
            continue  # "regional Belgian authorities": a description, not an organization's name
        out[name] = None
    cache[len(facts)] = list(out)
    return cache[len(facts)]


def country_pool(ctx: ArticleContext) -> list[str]:
    """Countries the article names (GPE entities that are countries), in order of appearance."""
    out: list[str] = []
    for ent in ctx.ents:
        name = strip_the(ent.text)
        if ent.label_ == "GPE" and is_country(name) and name not in out:
            out.append(name)
    return out


def place_pool(ctx: ArticleContext, facts: list[Fact]) -> list[str]:
    """Places posts are held for ("Governor of Ohio"), then the other places the article names."""
    out = [f.org for f in facts if isinstance(f, RoleFact) and f.org and f.org_is_place]
    out += [strip_the(e.text) for e in ctx.ents if e.label_ == "GPE"]
    names = {w for p in ctx.people.people if len(p.name.split()) > 1 for w in p.name.split()}
    return [p for p in dict.fromkeys(out) if p not in names]  # "Henderson", tagged a place, is a person


def news_agency(answer: str) -> bool:
    """ "Reuters", "the Reuters survey", "AFP": a wire service, alone or with what it put out."""
    name = _ARTICLE_OPENING.sub("", answer.strip())
    if name in NEWS_AGENCIES:
        return True
    # the last word first: it is the same for every agency, and seldom a document's (most answers)
    return (
        " " in name
        and name.split()[-1].lower() in DOCUMENT_NOUNS
        and any(name.startswith(agency + " ") for agency in NEWS_AGENCIES)
    )


_ARTICLE_OPENING = re.compile(r"^(?:the|a|an) ", re.I)
