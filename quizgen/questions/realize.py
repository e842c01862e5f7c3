"""Word each fact as one or more questions, in both directions where that reads naturally."""

from __future__ import annotations

from quizgen.facts.context import ArticleContext
from quizgen.facts.wording import with_the
from quizgen.models import Fact
from quizgen.questions.answer_types import is_country
from quizgen.questions.draft import Draft


def realize(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    writer = WRITERS.get(fact.kind)
    return writer(fact, ctx) if writer else []


#: What a speaker question asks for, by its wh-phrase: the type its false options must have.
WH_TYPES = {"Who": "person", "Which country": "country", "Which organization": "org"}


def _quote(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    question = f"{s['wh']} {s['predicate']}?"
    answer_type = WH_TYPES.get(s["wh"], "group")
    if answer_type == "country" and not is_country(s["speaker"]):
        # spaCy took a company for a place: ask "Which organization" when the article names it as one
        if not any(org.startswith(s["speaker"]) for org in ctx.org_names):
            return []
        question, answer_type = f"Which organization {s['predicate']}?", "org"
    return [Draft(fact, "who", question, s["speaker"], list(s["aliases"]), answer_type)]


def _role(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    person, role, org = s["person"], s.get("role"), s.get("org")
    drafts = []
    if role:
        if org:
            q = f"What post does {person} hold at {with_the(org, ctx.text)}?"
        elif s.get("other_posts"):
            q = f"Besides {s['other_posts'][0]}, what post does {person} hold?"
        else:
            q = f"What post does {person} hold?"
        drafts.append(Draft(fact, "post", q, s["role_answer"], [], "role", exclude=s.get("other_roles", [])))
    if org and s.get("org_question"):
        drafts.append(Draft(fact, "org", s["org_question"], org, list(s.get("org_aliases", [])), "org",
                            exclude=s.get("other_orgs", [])))
    # "Who is the Chief Financial Officer?" names no company: without an organisation the post
    # itself must say where ("Welsh Health Minister", "chief architect of the Long March rocket")
    if role and s.get("unique_holder") and (org or s.get("qualified") or s.get("role_display")):
        post = s.get("role_display") or role
        where = f" {s.get('org_prep', 'of')} {with_the(org, ctx.text)}" if org else ""
        q = f"Who is the {post}{where}?" if not post.lower().startswith("the ") else f"Who is {post}{where}?"
        drafts.append(Draft(fact, "holder", q, person, list(s.get("person_aliases", [])), "person"))
    return drafts


def _acronym(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    s = fact.slots
    return [
        Draft(fact, "long", f"What does {s['short']} stand for?", s["long"], [], "long-form"),
        Draft(fact, "short", f"What is the abbreviation for {with_the(s['long'], ctx.text)}?", s["short"], [],
              "acronym"),
    ]


def _asked(fact: Fact, ctx: ArticleContext) -> list[Draft]:
    """Dates, numbers and org-events carry their question from the clause they come from."""
    s = fact.slots
    return [Draft(fact, s.get("direction", "ask"), s["question"], s["answer"], list(s.get("aliases", [])),
                  s.get("answer_type", fact.kind), exclude=list(s.get("exclude", [])),
                  needs_choices=bool(s.get("needs_choices")))]


WRITERS = {"quote": _quote, "role": _role, "acronym": _acronym, "date": _asked, "number": _asked,
           "org-event": _asked}
