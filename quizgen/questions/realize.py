"""Word each fact as one or more questions, in both directions where that reads naturally."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.facts.acronyms import SMALL_WORDS
from quizgen.facts.body_people import names_a_body
from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import AcronymFact, AskedFact, Fact, QuoteFact, RoleFact
from quizgen.facts.places import is_country, place_kind
from quizgen.facts.post_owner import bare_post
from quizgen.facts.post_words import is_description, is_position, is_profession
from quizgen.facts.wire_titles import post_with_place
from quizgen.facts.wording import with_the
from quizgen.questions.answer_types import described_as_company
from quizgen.questions.draft import Draft
from quizgen.questions.foreign_posts import placed_office
from quizgen.questions.length import shorten
from quizgen.questions.post_worth import (
    asked_by_employer,
    files_story,
    former_office_unplaced,
    not_a_post,
    office_without_place,
    passing_office,
    post_not_worth_asking,
    pursuit,
    torn_post,
    undated_office,
    work_part,
)
from quizgen.questions.quote_lead import with_lead
from quizgen.questions.tied_posts import with_ties
from quizgen.questions.unasked import title_word_glued

#: Posts written in lower case that a body has several of at once ("vice chairman", "deputy mayor"):
#: "Who was the vice chairman of …?" points at one of them the learner cannot know.
_ONE_OF_SEVERAL = re.compile(r"^(?:vice|deputy|assistant|associate)[ -]")


def _det(post: str) -> str:
    """ "a vice chairman of the regional government", "the chairman of …"."""
    return "a" if _ONE_OF_SEVERAL.match(post) else "the"


def realize(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    drafts = _write(fact, ctx)
    for d in drafts:
        d.answer = clean_answer(d.answer)
    return [d for d in drafts if d.answer]


def _write(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    """The drafts for one fact, worded by its kind."""
    if isinstance(fact, QuoteFact):
        return _quote(fact, ctx)
    if isinstance(fact, RoleFact):
        if names_a_body(fact.person, ctx.text):
            return []  # "Kestrel Holdings, the club's owner": a firm or a side holds no post
        return with_ties(_role(fact, ctx), lambda q: _dated(q, ctx))  # "lawyer": whose, or not asked
    if isinstance(fact, AcronymFact):
        return _acronym(fact, ctx)
    if isinstance(fact, AskedFact):
        return _asked(fact)
    return []


def clean_answer(answer: str) -> str:
    """An answer as a learner should read it: no bracket left open ("Harbour Office (HO"), no wire-copy
    angle brackets ("<Tidewell Ltd>"), no possessive ending ("the Party's")."""
    answer = answer.strip()
    if "(" in answer:  # (each pattern runs only on an answer it can change: most answers need none)
        answer = re.sub(r"\s*\([^)]*$", "", answer)
    if answer.endswith(("'s", "\u2019s")) and not re.search(r"\d", answer):
        answer = re.sub(r"(?<=\w)'s$|(?<=\w)\u2019s$", "", answer)
    if "<" in answer or ">" in answer:
        answer = answer.replace("<", "").replace(">", "")
    return answer.strip()


_Repl = str | Callable[[re.Match[str]], str]

#: Posts a person no longer holds.
FORMER = re.compile(r"(former|ex-|ex |erstwhile|one-time|onetime)\b|(?:then|late|previous)\s", re.I)
#: What a speaker question asks for, by its wh-phrase: the type its false options must have.
WH_TYPES = {"Who": "person", "Which country": "country", "Which organization": "org"}


def _quote(fact: QuoteFact, ctx: ArticleContext) -> list[Draft]:
    speaker = fact.speaker
    question = f"{speaker.wh} {fact.predicate}?"
    answer_type = WH_TYPES.get(speaker.wh, "group")
    if answer_type == "person" and ctx.people.find(speaker.name) is None:
        answer_type = "group"  # "security analysts": no named person is its false option
    elif answer_type == "person" and described_as_company(ctx, speaker.name):
        # "Maruti Suzuki, India's biggest car maker, has pledged …": a firm the tagger took for a person
        question, answer_type = f"Which company {fact.predicate}?", "org"
    if answer_type == "country" and not is_country(speaker.name):
        # spaCy took a company for a place: ask "Which organization" when the article names it as one
        if not any(org.startswith(speaker.name) for org in ctx.org_names):
            return []
        question, answer_type = f"Which organization {fact.predicate}?", "org"
    name, aliases = speaker.name, list(speaker.aliases)
    if answer_type == "person" and title_word_glued(name, ctx.text):
        name = name.split(maxsplit=1)[1]  # "Safety Michael Wood": the title's last word is no part of the name
    person = ctx.people.find(name) if answer_type == "org" and " " not in name else None
    if person is not None and name in person.name.split()[1:]:
        # "Which organization said …? — Okoro": the tagger took the surname of a person it had named for a body
        question, answer_type, name, aliases = f"Who {fact.predicate}?", "person", person.name, [name, *aliases]
    maker = _document_maker(name, speaker.wh, ctx)
    if maker is not None:  # "Which report says …? — the IDMC report": the body is the answer
        body, long = maker[0], ctx.long_form(maker[0])
        question, answer_type = f"Which organization's {maker[1]} {fact.predicate}?", "org"
        name, aliases = long, [body] if long != body else []
    question = with_lead(question, fact)  # "Who said “has a long way to go”?" → "Who said the plan “has …”?"
    return [Draft(fact, "who", shorten(question), name, aliases, answer_type)]


def _document_maker(name: str, wh: str, ctx: ArticleContext) -> tuple[str, str] | None:
    """The body that made a speaking document, and the document's noun: ("IDMC", "report") for "the IDMC
    report"; None when the document is not named for a body the article names (nor for a person: "the
    Tower report")."""
    noun = wh.split()[-1].lower()
    found = re.fullmatch(rf"(?:the |an? )?(.+?) {noun}", name, re.I) if wh.startswith("Which ") else None
    if found is None:
        return None
    body = found.group(1)
    named = body in ctx.org_names or (body.isupper() and len(body) >= 2)
    if not named or ctx.people.find(body) is not None:
        return None
    return body, noun


def post_answer(fact: RoleFact) -> str:
    """The post as its question answers it: with its place when it is held for one ("Governor of Ohio"),
    a playing position as the position alone ("Rovers striker" → "striker": the team is asked apart)."""
    if fact.org and fact.org_is_place:
        return post_with_place(fact.role, fact.org_prep, fact.org)
    return position_word(fact.role) if is_position(fact.role) else fact.role


def position_word(role: str) -> str:
    """ "Rovers striker" → "striker", "left-arm spinner" stays: a team's name before a position is no part of it."""
    words = role.split()
    while len(words) > 1 and words[0][:1].isupper():
        words = words[1:]
    return " ".join(words)


#: How a post links a player to a team that the team is the one the position was played for:
#: "Rovers' striker", "striker of/at/for Rovers"; never "forward … from Rovers" (a club left behind).
TEAM_PREPS = ("of", "at", "for")


def _agency_led(name: str) -> bool:
    """ "NASA Johnson": a centre of an agency the tagger took for a person, never a person's name."""
    return re.match(r"[A-Z]{3,6} [A-Z][a-z]+$", name) is not None


def _role(fact: RoleFact, ctx: ArticleContext) -> list[Draft]:
    person, role, org = fact.person, fact.role, fact.org
    if org and any(org in (p.name, *p.name.split()) and not _agency_led(p.name) for p in ctx.people.people):
        return []  # "a faction member of Ruiz": a person is not an organization
    if org and not fact.org_is_place and is_country(org):
        org = ""  # "X of Slovakia's Kestrel University": the country is not where the post is held
    if files_story(fact) or passing_office(fact, ctx) or torn_post(fact) or title_word_glued(person, fact.sentence):
        return []  # the story's own reporter; "President Cole's plan"; half a "Vice-President": see post_worth
    besides, drafts = [p for p in fact.other_posts if not not_a_post(p) and not pursuit(p)], []
    if role and not org and pursuit(role):
        return _pursuit(fact, besides, ctx)
    if role and not org and (bare_post(role) or former_office_unplaced(role, ctx.text)):
        role = ""  # "What post does X hold? — director": of what, the article does not say
    if fact.ahead:
        return _post_ahead(fact, role, org, ctx)
    answer = placed_office(fact, post_answer(fact), org, ctx)  # whose Foreign Minister; "former provost" where
    if role and answer and not post_not_worth_asking(fact):  # a post left behind is asked in the past
        does, hold = ("did", "hold") if FORMER.match(role) else ("does", "hold")
        if is_position(role) and FORMER.match(role):
            return []  # "coached by former Argentina midfielder Luis Zubeldia": he plays no position now
        if is_position(role) and not fact.other_posts and not (org and fact.org_is_place):
            # "forward", "leg-spinner": a place in a team
            team = f" for {with_the(org, ctx.text)}" if org and fact.org_prep in TEAM_PREPS else ""
            q = f"What position did {person} play{team}?"
        elif answer != role:
            q = f"What post {does} {person} {hold}?"  # "Governor of Ohio", never "… hold at Ohio?"
        elif org:
            q = f"What post {does} {person} {hold} at {with_the(org, ctx.text)}?"
        elif is_profession(role) and does == "does" and not besides:
            q = f"What is {person}'s profession?"  # a neurosurgeon holds no post, and stays one
        elif besides:
            if _words(role) <= _words(besides[0]):
                return []  # the same post said twice ("finance director of X", "X finance director")
            q = f"Besides being {besides[0]}, what post {does} {person} {hold}?"
        else:
            q = f"What post {does} {person} {hold}?"
        drafts.append(Draft(fact, "post", _dated(q, ctx), answer, [], "role", exclude=list(fact.other_roles)))
    if org and fact.org_question and not undated_office(fact, org, fact.role_display or role, ctx.published):
        question = fact.org_question if FORMER.match(role) else _dated(fact.org_question, ctx)
        kind = ("country" if place_kind(org) == "country" else "place") if fact.org_is_place else "org"
        drafts.append(Draft(fact, "org", question, org, list(fact.org_aliases), kind, exclude=list(fact.other_orgs)))
    # "Who is the CFO?" names no company: without one the post must say where ("Welsh Health Minister");
    # a post left behind has had many holders: "Who is the former Fed chairman?" has no one answer
    if role and fact.unique_holder and not FORMER.match(role) and (org or fact.qualified or fact.role_display):
        if asked_by_employer(fact):
            return drafts  # "Who is the analyst at Salomon Brothers?": one of many
        post = fact.role_display or role
        if not org and office_without_place(post) or undated_office(fact, org, post, ctx.published):
            return drafts  # "Who was the Finance Minister?": of which government; undated: see undated_office
        where = f" {fact.org_prep} {with_the(org, ctx.text)}" if org else ""
        if org and fact.org_is_place:
            post, where = post_with_place(role, fact.org_prep, org), ""
        owned = post.lower().startswith("the ") or re.match(r"[A-Z][\w.]*(?: [A-Z][\w.]*)*['\u2019]s ", post)
        q = f"Who is {post}{where}?" if owned else f"Who is {_det(post)} {post}{where}?"  # "Who is Japan's Minister …?"
        drafts.append(Draft(fact, "holder", _dated(q, ctx), person, list(fact.person_aliases), "person"))
    work = work_part(fact.role)
    if work:  # "co-author of the study" is a part in the study, not a post held somewhere
        part = Draft(fact, "post", f"What part did {person} play in {work}?", fact.role, [], "part")
        drafts = [part if d.direction == "post" else d for d in drafts if d.direction != "org"]
    return drafts


def _pursuit(fact: RoleFact, besides: list[str], ctx: ArticleContext) -> list[Draft]:
    """ "X, an art and antiquities collector": what X is, not a post; asked as a profession when it is
    one ("palaeoclimatologist"), never as a post."""
    role = fact.role
    profession = (is_profession(role) or is_description(role)) and not role.lower().endswith("author")
    if not profession or FORMER.match(role) or besides or post_not_worth_asking(fact):
        return []
    q = _dated(f"What is {fact.person}'s profession?", ctx)
    return [Draft(fact, "post", q, post_answer(fact), [], "role", exclude=list(fact.other_roles))]


def _post_ahead(fact: RoleFact, role: str, org: str | None, ctx: ArticleContext) -> list[Draft]:
    """A post taken up later is asked as one to come ("What post will X take up at Y?"), never as held,
    and its holder is not asked for: who holds it now, the article may not say."""
    if not role or post_not_worth_asking(fact) or is_position(role):
        return []
    answer = post_answer(fact)
    at = f" at {with_the(org, ctx.text)}" if org and answer == role else ""
    q = f"What post will {fact.person} take up{at}?"
    return [Draft(fact, "post", q, answer, [], "role", exclude=list(fact.other_roles))]


#: The present-tense openings of role questions and their past forms.
PRESENT: list[tuple[re.Pattern[str], _Repl]] = [
    (re.compile(r"^What post does (.+?) hold\b"), r"what post did \1 hold"),
    (re.compile(r"^Besides being (.+?), what post does (.+?) hold\b"), r"besides being \1, what post did \2 hold"),
    (re.compile(r"^Who is\b"), "who was"),
    (re.compile(r"^(Which \w+) is\b"), lambda m: f"{m.group(1).lower()} was"),
    (re.compile(r"^(Which \w+) does (.+?) speak for\b"), lambda m: f"{m.group(1).lower()} did {m.group(2)} speak for"),
    (re.compile(r"^(Which \w+) does (.+?) work\b"), lambda m: f"{m.group(1).lower()} did {m.group(2)} work"),
]


def written_when(ctx: ArticleContext) -> str:
    """When a question's present held: "In 1987" for a dated article, "At the time of writing" else."""
    return f"In {ctx.published.year}" if ctx.published is not None else "At the time of writing"


def _dated(question: str, ctx: ArticleContext) -> str:
    """A post as the article's time knew it: "Who is the chief of staff?" was true when the article was
    written, and news is read years later, so a dated article asks "In 1987, who was the chief of
    staff?" and an undated one "At the time of writing, who was …?"."""
    when = written_when(ctx)
    for pattern, repl in PRESENT:
        if pattern.match(question):
            return f"{when}, {pattern.sub(repl, question, count=1)}"
    return question


def _words(text: str) -> set[str]:
    """A post's words, "ex" read as "former" ("Ex-president" is "former president of X" said shorter)."""
    words = {w.lower() for w in re.findall(r"\w+", text) if w.lower() not in ("the", "of", "at", "for")}
    return {"former" if w == "ex" else w for w in words}


def _acronym(fact: AcronymFact, ctx: ArticleContext) -> list[Draft]:
    short, long = fact.short, fact.long
    drafts = [Draft(fact, "long", f"What does {short} stand for?", long, [], "long-form")]
    if not _plain_initials(short, long):  # "the Nordic Trade Council" → "NTC" gives itself away
        question = f"What is the abbreviation for {with_the(long, ctx.text)}?"
        drafts.append(Draft(fact, "short", question, short, [], "acronym"))
    return drafts


def _plain_initials(short: str, long: str) -> bool:
    """Whether the short form is just the first letters of the long form's words, in order, so
    that asking for it tests spelling, not knowledge ("WHOI", and "LCDs" for liquid crystal displays:
    a plural's "s" is no letter; but not "Wada" or "HDPE" for high-density polyethylene, whose letters
    a learner must know)."""
    words = [w for w in re.split(r"[\s\-]+", long) if w]
    dotted = [w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0] for w in words]
    small = [w.lower() in SMALL_WORDS for w in words]
    every = "".join(dotted)  # "Economic Community of West African States" → "ECOWAS"
    big = "".join(letters for letters, is_small in zip(dotted, small, strict=True) if not is_small)
    letters = short.replace(".", "")
    letters = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters  # "LCDs"
    return letters.upper() in (every.upper(), big.upper())


#: Wire-copy units a question spells out when it asks for them ("How many pct …" → "What percentage …").
WIRE_UNITS: list[tuple[re.Pattern[str], _Repl]] = [
    (
        re.compile(r"\b([Bb]y |[Tt]o |[Ff]rom )?([Hh])ow many pct\b"),
        lambda m: (m.group(1) or "") + ("W" if m.group(2) == "H" and not m.group(1) else "w") + "hat percentage",
    ),
    (re.compile(r"\b([Hh]ow many) mln\b"), r"\1 million"),
    (re.compile(r"\b([Hh]ow many) bln\b"), r"\1 billion"),
    (re.compile(r"\b([Hh]ow many) dlrs\b"), r"\1 dollars"),
]


TELL_QUOTE = re.compile(r"\btell (?=[\u201c\"])")


def spell_units(question: str) -> str:
    """The article's own units stay after its numbers ("44 pct"); the asked-for unit reads as English.
    "tell" before a quotation has lost its listener: it reads "say"."""
    if "ow many " in question:  # every wire unit is asked after "how many"
        for pattern, repl in WIRE_UNITS:
            question = pattern.sub(repl, question)
    if "tell " in question:
        question = TELL_QUOTE.sub("say ", question)
    return question


def _asked(fact: AskedFact) -> list[Draft]:
    """Dates, numbers and org-events carry their question from the clause they come from."""
    return [
        Draft(
            fact,
            "ask",
            shorten(spell_units(fact.question)),
            fact.answer,
            list(fact.aliases),
            fact.answer_type,
            exclude=list(fact.exclude),
            needs_choices=fact.needs_choices,
        )
    ]
