"""Which posts are worth a question, and how a part in a piece of work is asked.

Three kinds of post read wrong as "What post does X hold?":
  * a part in a piece of work ("co-author of the study", "lead author of the report") is no post
    held somewhere: it is asked as "What part did X play in the study?", and offered only beside
    other such parts;
  * the reporter who files the story ("Our correspondent Ann Ruiz reports") is the byline, not the
    news;
  * a bare office ("President", "Prime Minister") of someone the article only names as the owner of
    something else ("President Cole's health law") is background a learner already knows, not what
    the article reports.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import RoleFact

#: "co-author of the study", "lead author of a new report": a part in a piece of work.
_WORK_PART = re.compile(
    r"^(?:(?:lead|senior|first|principal|main|corresponding|joint)\s+)?(?:co-?)?(?:author|editor|writer)"
    r"\s+of\s+(?P<work>(?:the|a|an|this|that|its|their)\s+(?:\w+\s+){0,2}"
    r"(?:study|report|paper|book|index|survey|review|analysis|research|article|findings|research paper))$",
    re.I,
)
#: Posts of the people who report the news rather than make it.
_REPORTER_HEADS = {"correspondent", "reporter", "journalist", "columnist", "newsreader", "anchor", "stringer"}
_STAFF_WRITER = re.compile(r"\bstaff (?:writer|reporter)\b", re.I)
#: Offices known by their bare title.
_BARE_OFFICES = {"president", "prime minister", "premier", "vice president", "vice-president", "king", "queen", "pope"}


#: An author's part with no work named: "first author", "lead author", "co-author".
_BARE_AUTHOR = re.compile(r"^(?:(?:lead|first|senior|principal|corresponding|joint|last)\s+)?(?:co-?)?author$", re.I)

#: An author's part written before a post as one title ("Co-author Professor", "Lead author Dr").
_AUTHOR_FRONT = re.compile(r"^(?i:(?:(?:lead|first|senior|principal|corresponding|joint)\s+)?(?:co-?)?author)\s+[A-Z]")


def work_part(role: str) -> str | None:
    """The piece of work a part is in ("the study" for "co-author of the study"), else None."""
    found = _WORK_PART.match(role.strip())
    if found is None:
        return None
    work = found.group("work")
    return re.sub(r"^(?:a|an|this|that|its|their)\s+", "the ", work, flags=re.I)


def reporter_post(role: str) -> bool:
    """A post of the press that reports the story ("congressional correspondent", "staff writer")."""
    words = role.lower().split()
    return bool(words) and (words[-1] in _REPORTER_HEADS or _STAFF_WRITER.search(role) is not None)


#: A byline: "Our correspondent X reports.", "By staff writer X", "(Reporting by X)", "To contact the reporter …".
_BYLINE = re.compile(r"^(?:\(?reporting by|by|our)\b|\breports?[.:]?$|\breporting\b|\bcontact the reporter\b", re.I)


def files_story(fact: RoleFact) -> bool:
    """The reporter who files the story (the byline), not a journalist the news is about ("the mayor
    was quizzed by Harbor Radio journalist X")."""
    if reporter_post(fact.role) and fact.role.lower().startswith(("our ", "my ")):
        return True  # "Ann Ruiz, our Asia correspondent, said": the paper's own staff
    return reporter_post(fact.role) and _BYLINE.search(fact.sentence.strip()) is not None


def passing_office(fact: RoleFact, ctx: ArticleContext) -> bool:
    """A bare office held by someone named only as an owner ("President Cole's plan", "the Cole
    administration"): not what the article reports about them, and no organization to ask for."""
    if fact.org or fact.other_posts or fact.role.lower() not in _BARE_OFFICES:
        return False
    person = ctx.people.find(fact.person)
    forms = {fact.person, *fact.person_aliases, *(person.forms if person else ())}
    forms |= {form.split()[-1] for form in list(forms) if form.split()}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
    mentions = list(pattern.finditer(ctx.text))
    return bool(mentions) and all(_as_owner(ctx.text[m.end() : m.end() + 30]) for m in mentions)


def _as_owner(after: str) -> bool:
    """Does a name stand as the owner or qualifier of the noun after it ("'s plan", " Administration")?"""
    return re.match(r"(?:['\u2019]s?\b|\s+[A-Z][a-z]+)", after) is not None


#: Offices that every government has: "Who was the Finance Minister?" names no one until it says whose.
_GOVERNMENT_OFFICE = re.compile(r"\b(?:minister|secretary|ambassador|envoy|spokes(?:man|woman|person))\b", re.I)
#: Words that place an office: "U.S.", "UK", a demonym ("Welsh", "Japanese", "Belgian").
_PLACE_WORD = re.compile(r"^(?:U\.?S\.?|UK|EU|UN|[A-Z][a-z]+(?:ish|sh|ese|ian|can|ean|ch|i))$")


#: Offices of a state, which change hands with elections and reshuffles: "Chancellor of the Exchequer",
#: "U.S. Treasury Secretary", "Procurator General", "Governor of Ohio".
_STATE_OFFICE = re.compile(
    r"\b(?:minister|secretary|chancellor|president|premier|governor|mayor|ambassador|envoy|procurator|"
    r"attorney|senator|congress(?:man|woman)|MP|king|queen|chief justice|speaker)\b",
    re.I,
)


def state_office(post: str) -> bool:
    """A state's office, whose holder an undated story cannot fix: "At the time of writing, who was the
    Chancellor of the Exchequer?" has a different answer each decade."""
    return _STATE_OFFICE.search(post) is not None


def undated_office(fact: RoleFact, org: str | None, post: str, published: object) -> bool:
    """A state's office (or one of a place: "Governor of Ohio") in a story with no date: who held it
    then, and of which country it was ("Which country was Ann Ruiz the president of?", the post
    question's other half), are not asked; "What post did Ann Ruiz hold?" stays, and so does a body's own
    post ("chief executive of Brightwell Bank")."""
    return published is None and (not org or fact.org_is_place) and state_office(post)


def office_without_place(post: str) -> bool:
    """A government's office that does not say which government ("Finance Minister", "Minister of
    Foreign Affairs"; not "Welsh Health Minister", "U.S. Treasury Secretary", "Minister of Ghana")."""
    from quizgen.facts.places import is_country

    if not _GOVERNMENT_OFFICE.search(post) or re.search(r"\b(?:of|at|for|to) the\b", post):
        return False  # "general secretary of the Central Committee", "envoy to the UN": a body's
    words = re.findall(r"[A-Z][\w.]*", re.split(r"\bto\b", post)[0])  # "ambassador to Japan": whose, it does not say
    return not any(_PLACE_WORD.match(w) or is_country(w) for w in words)


#: Offices that name no state or body at all ("president", "minister"); "prime minister" says the
#: government's head, and is kept (tests/facts/test_facts_world_news.py).
_BARE_OFFICES = {"president", "vice president", "minister"}
_LEFT = re.compile(r"^(?:the\s+)?(?:former|ex-|ex\s|erstwhile|one-time|onetime)\s*", re.I)


def former_office_unplaced(post: str, text: str = "") -> bool:
    """ "former president", "ex-minister": an office left behind that names neither the state nor the
    body it was held at; "What post did X hold? — former president" teaches nothing (of where?). Unless
    the article `text` writes that office as a body's ("a new council president"): then it is that body's."""
    from quizgen.vocabulary import BODY_WORDS

    if not _LEFT.match(post):
        return False
    rest = _LEFT.sub("", post, count=1).replace("-", " ").strip().lower()
    if rest not in _BARE_OFFICES:
        return False
    bodies = "|".join(sorted(BODY_WORDS))
    return not re.search(rf"\b(?:{bodies}) {re.escape(rest)}\b", text, re.I)


#: Words that label someone in charge without naming an office: "WHO chief X" is asked for the body.
_VAGUE_HEADS = {"chief", "head", "boss", "supremo", "honcho"}
#: The words of an academic rank with no field ("senior lecturer", "assistant professor").
_RANK_WORDS = {
    "assistant", "associate", "full", "visiting", "adjunct", "emeritus", "research", "senior",
    "distinguished", "honorary", "professor", "lecturer", "fellow", "postdoctoral", "principal",
}  # fmt: skip
#: Ranks of a police force or an army: one of many, known with the force they serve in.
_FORCE_RANKS = {"sergeant", "constable", "detective", "corporal", "trooper", "lieutenant", "private"}
#: The posts of a court hearing, named in every sentencing: "Judge X" passing sentence is no news.
_COURT_POSTS = {"judge", "magistrate", "coroner", "recorder", "district judge", "circuit judge"}


#: Where someone is in life, not a post they hold: "18-year-old student X", "Harwick student Y".
_STAGES_OF_LIFE = {"student", "pupil", "schoolboy", "schoolgirl", "teenager", "undergraduate"}
#: Words no post opens with: "as the teacher talked" is a clause the role reading took for a post.
_CLAUSE_OPENERS = {"as", "while", "when", "whilst", "like", "after", "before", "because", "since"}
#: Words that are a post only with more after them: "Vice" of a torn "Vice-President".
_PART_POSTS = {"vice", "deputy", "acting", "assistant", "associate", "former"}


#: Words that rank someone among the holders of a post rather than name one.
_SUPERLATIVE = re.compile(r"^(?:most|least|highest|longest|oldest|youngest|best|biggest)$")


def not_a_post(post: str) -> bool:
    """A post the role reading cut from a clause ("as the teacher"), tore from its other half
    ("Vice" of "Vice-President") or a ranking among holders ("the most senior legal official"):
    none is asked, nor named beside another post."""
    words = post.lower().replace("-", " ").split()
    if any(w[:1].isdigit() for w in words):
        return True  # "hire 250 engineers, Natarajan, the CTO, said": a count the parse hung on a name
    if words and _SUPERLATIVE.match(words[0]):
        return True  # "most senior legal official", "longest-serving mayor": a ranking among holders
    return not words or words[0] in _CLAUSE_OPENERS or (len(words) == 1 and words[0] in _PART_POSTS)


def torn_post(fact: RoleFact) -> bool:
    """The post's first word stands in the sentence only as the second half of a hyphened title
    ("Vice-President for Euro and Trade" read as "President for Trade"), a bare title whose portfolio
    the article set apart before it, or one glued to an author's part: the post is not the article's."""
    if _AUTHOR_FRONT.match(fact.role):
        return True  # "Co-author Professor Kenji Sato": a part in the study glued before his post
    first = fact.role.split()[0] if fact.role.split() else ""
    if not first[:1].isupper() or first not in fact.sentence:
        return False
    word = re.escape(first)
    if " " not in fact.role.strip() and re.search(rf"[A-Za-z]\s+[-\u2013\u2014]\s+{word} [A-Z]", fact.sentence):
        return True  # "Crown Relations — Te Tari — Minister Ana Pohe": the portfolio stands apart, before it
    return bool(re.search(rf"\w[-\u2010\u2011]{word}\b", fact.sentence)) and not re.search(
        rf"(?<![\w\u2010\u2011-]){word}\b", fact.sentence
    )


#: Heads of a line of work many people share: "analyst", "researcher". Knowing someone is one
#: teaches nothing; which body they work for is the fact, and it is asked apart.
_GENERIC_HEADS = {
    "analyst", "researcher", "scientist", "expert", "consultant", "specialist", "observer", "commentator",
    "pundit", "academic", "scholar", "strategist",
}  # fmt: skip
#: Words that make such a line of work a post of its own: "chief economist", "lead researcher".
_LEADING_WORDS = {"chief", "lead", "head", "principal", "deputy", "executive", "managing", "director"}


def generic_work(role: str) -> bool:
    """A line of work shared by many, with at most a field or rank before it ("analyst", "health analyst",
    "senior research scientist"): when the body they work for is asked, neither "What post does X hold
    at Y?" nor "Who is the analyst at Y?" is worth asking; "chief scientist" and "Middle East analyst"
    (a capital names what) are."""
    words = role.replace("-", " ").split()
    if not words or any(w[:1].isupper() for w in words) or " of " in f" {role} ":
        return False
    return words[-1] in _GENERIC_HEADS and not _LEADING_WORDS & set(words)


def asked_by_employer(fact: RoleFact) -> bool:
    """ "an analyst at X": a line of work many share, whose employer is asked ("Which firm did she work
    for?"), which is the fact; neither "What post …?" nor "Who is the analyst at X?" is asked."""
    return generic_work(fact.role) and bool(fact.org) and bool(fact.org_question)


#: What a person does or is in life, held at no body: "X, an art and antiquities collector", "a retired
#: pilot and author". Without a body named, "What post did X hold?" of these teaches a false idea of a post.
_PURSUITS = {
    "collector", "enthusiast", "hobbyist", "hunter", "explorer", "adventurer", "philanthropist", "entrepreneur",
    "businessman", "businesswoman", "investor", "tycoon", "billionaire", "millionaire", "socialite", "veteran",
    "survivor", "resident", "fan", "supporter", "volunteer", "artist", "author", "writer", "novelist", "poet",
    "painter", "sculptor", "photographer", "filmmaker", "musician", "singer", "actor", "actress", "comedian",
    "designer", "blogger", "influencer", "celebrity", "campaigner", "activist", "pilot", "farmer", "homeowner",
    "landowner", "benefactor", "donor", "patron", "traveller", "traveler", "climber", "mountaineer", "sailor",
}  # fmt: skip


def pursuit(post: str) -> bool:
    """ "art and antiquities collector", "retired pilot", "bestselling author": a description of a
    person, not an office; asked as a post only where the article names the body it is held at."""
    from quizgen.facts.post_words import SCIENCE_ENDINGS

    if any(w[:1].isupper() for w in post.split()):
        return False  # "District Collector": a title, an office
    words = post.lower().replace("-", " ").split()
    science = bool(words) and words[-1].endswith(SCIENCE_ENDINGS) and not _LEADING_WORDS & set(words)
    return bool(words) and (words[-1] in _PURSUITS or science) and " of " not in f" {post.lower()} "


def post_not_worth_asking(fact: RoleFact) -> bool:
    """A post whose "What post …?" teaches nothing: "chief", "assistant professor", "Judge", a
    player's "striker" beside the team that is asked (see the module's docstring), a "student"
    no body is named for."""
    from quizgen.facts.post_words import is_position

    role = fact.role.lower()
    words = role.replace("-", " ").split()
    if not_a_post(role) or (words[-1] in _STAGES_OF_LIFE and not fact.org):
        return True
    if _BARE_AUTHOR.match(fact.role):
        return True  # "the study's first author X, of Y": a part in the study, which the post leaves unnamed
    if not fact.org and _bare_rank(words):
        return True  # "Besides being chair, what post …? — professor": of what, at which body, never said
    if fact.other_posts:
        return False
    if all(w in _VAGUE_HEADS for w in words) or role in _COURT_POSTS and not fact.org:
        return True
    if words[-1] in _FORCE_RANKS and fact.org and fact.org_question:
        return True  # "Which organization was X a sergeant of?" asks the force and the rank at once
    if asked_by_employer(fact):
        return True
    if _bare_rank(words):
        return True
    return is_position(fact.role) and "play for?" in (fact.org_question or "")  # the team is asked


def _bare_rank(words: list[str]) -> bool:
    """ "professor", "senior lecturer": an academic rank with no field ("professor of law" has one)."""
    return bool(words) and all(w in _RANK_WORDS for w in words) and words[-1] in ("professor", "lecturer", "fellow")
