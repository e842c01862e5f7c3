"""Which institution did what: organised, hosted, announced, co-sponsored, is testing …

Shapes: an organisation as the subject of an action ("The port authority is trying out two
designs of flood barrier"), as the agent of a passive (agents.py: "the symposium organized by CAST"), as
the maker of a poll or report ("a Reuters survey"), and the journal a study appeared in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.agent_refs import kind_agents
from quizgen.facts.agents import passive_agent
from quizgen.facts.asserted import (
    UNSURE_AUX,
    not_asserted,
    price_move,
    seeks_comment,
    speech_only,
    stative,
    thing_verb,
)
from quizgen.facts.bodies import body_spans, court_spans
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.court_sentences import court_sentences
from quizgen.facts.event_asides import asides, relative_dates
from quizgen.facts.fact_types import Fact, OrgEventFact
from quizgen.facts.gapped import cut_at_gap
from quizgen.facts.joint_doers import with_partner
from quizgen.facts.journals import journals
from quizgen.facts.lexicon import COMPANY_WORDS
from quizgen.facts.mentions import joined_to_another, recent_org
from quizgen.facts.org_clauses import agree, hyphen_doers, object_relative, relative_doer
from quizgen.facts.org_decisions import decisions
from quizgen.facts.org_joint import joint_subjects
from quizgen.facts.org_names import (
    asked_as,
    kind_after,
    org_aliases,
    org_name,
    people_not_body,
    short_forms,
    suffix_only,
)
from quizgen.facts.org_owned import owned_things, parent_companies
from quizgen.facts.org_partners import interview_events, partner_events
from quizgen.facts.org_people import person_as_org
from quizgen.facts.org_products import product_makers
from quizgen.facts.org_refs import named_again, owner_of_subject
from quizgen.facts.org_sides import sides_as_subjects
from quizgen.facts.teams import team_members
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Last words of names that NER tags ORG but that name events.
EVENT_WORDS = {
    "forum",
    "summit",
    "conference",
    "festival",
    "games",
    "championship",
    "championships",
    "expo",
    "fair",
    "week",
    "day",
    "congress",
    "olympics",
    "cup",
    "show",
    "exhibition",
    "symposium",
    "meeting",
}

#: Last words of built things NER may tag ORG ("the Pingtan Strait Highway Bridge opened to traffic"), and a
#: game's review systems ("a VAR review found …"): neither is a body that acts.
FACILITY_WORDS = set("bridge tunnel railway highway expressway motorway airport port station dam stadium canal".split())
REVIEW_SYSTEMS = {"VAR", "TMO", "DRS", "Hawk-Eye"}
#: Words in the names of storms and quakes, which NER sometimes tags ORG.
WEATHER_WORDS = {"typhoon", "hurricane", "cyclone", "storm", "tornado", "earthquake", "quake", "tsunami", "blizzard"}


def extract_events(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    bodies = body_spans(ctx)
    for ent in [*ctx.org_spans, *_acronyms_as_people(ctx), *_defined_acronyms(ctx), *bodies, *court_spans(ctx)]:
        if ctx.in_quote(ent.start_char) or "\n" in ent.text.strip():
            continue
        if (ctx.resolve_person(ent.root) is not None and not _acronym(ent)) or ent[-1].lower_ in EVENT_WORDS:
            continue  # "the Global Green Shipping Forum opened": an event, not an organisation
        if ent[-1].lower_ in FACILITY_WORDS or ent.text.strip() in REVIEW_SYSTEMS or _index_move(ent):
            continue  # "the … Highway Bridge opened", "a VAR review found", "the Sensex dropped 410 points": no body
        if any(t.lower_ in WEATHER_WORDS for t in ent) or people_not_body(ent):
            continue  # "Super Typhoon Mara sent a surge inland": a storm the tagger called an organisation
        if person_as_org(ctx, ent):
            continue  # "American Fred Kerley won in 9.88 seconds": a person the tagger called an organisation
        made = product_makers(ctx, ent)  # "according to a report released by X": the report's finding
        if made is not None:
            _add(ctx, facts, ent, made)
            continue
        agents = passive_agent(ctx, ent)
        if agents is not None:  # every member of the list of agents, also those NER did not call ORG
            for member in agents[4]:
                again = agents if member.start <= ent.start < member.end else passive_agent(ctx, member)
                if again is not None:
                    _add(ctx, facts, member, again[:3], again[3])
            continue
        found = _subject(ctx, ent) or _maker_of(ctx, ent) or relative_doer(ctx, ent) or object_relative(ctx, ent)
        if found is not None:
            _add(ctx, facts, ent, found)
    for span, name, members in joint_subjects(ctx, [*ctx.org_spans, *bodies]):
        wh = "Which institutions" if all(asked_as(m) == "Which institution" for m in members) else "Which organizations"
        found = _subject(ctx, span, wh=wh, name=name, joint=True)
        if found is not None:  # "A and B partnered …": the pair is the answer, never one of them
            _add(ctx, facts, span, (found[0], members, found[2]), name)
    for ent in sides_as_subjects(ctx):  # "India raced to a win over …": NER took the team for a place
        found = _subject(ctx, ent, wh="Which team")
        if found is not None:
            _add(ctx, facts, ent, found)
    for ent, found in [
        *partner_events(ctx),
        *interview_events(ctx),
        *hyphen_doers(ctx),
        *owned_things(ctx),
        *parent_companies(ctx),
        *court_sentences(ctx),
    ]:
        _add(ctx, facts, ent, found)
    for ent, found, name in [*decisions(ctx), *kind_agents(ctx, bodies)]:  # "Larkfield's decision to …"
        _add(ctx, facts, ent, found, name)
    for member, asked in team_members(ctx):
        _add(ctx, facts, member, asked[:3], asked[3])
    for fact in journals(ctx):
        facts.setdefault(fact.key, fact)
    _the_company(ctx, facts)
    for mention, name, own_report in named_again(ctx, bodies):
        found = _subject(ctx, mention, own_report=own_report, name=name)
        if found is not None:
            _add(ctx, facts, mention, found, name)
    return list(facts.values())


def _defined_acronyms(ctx: ArticleContext) -> list[Span]:
    """Later mentions of a short form the article defined ("the Nordic Trade Council (NTC)", then "NTC
    imposed …") that NER left untagged: the body all the same, when its long form is a name."""
    from quizgen.nlp import tokens_where

    taken = {i for e in ctx.ents for i in range(e.start, e.end)}
    found = []
    for i in tokens_where(ctx.doc, "DEP", lambda dep: dep.startswith("nsubj")):  # subjects only: no Token for the rest
        token = ctx.doc[i]
        if (
            token.text in ctx.acronyms
            and i not in taken
            and not ctx.in_quote(token.idx)
            and ctx.acronyms[token.text][:1].isupper()  # "cold soak chamber (CSC)" names a thing
        ):
            found.append(ctx.doc[i : i + 1])
    return found


def _acronym(ent: Span) -> bool:
    """'NASA', 'WHO': one word in capitals names a body, never a person."""
    return len(ent) == 1 and len(ent.text) >= 2 and ent.text.isupper() and ent.text.isalpha()


def _acronyms_as_people(ctx: ArticleContext) -> list[Span]:
    """Acronyms NER called organisations that the article's people list swallowed ("NASA" inside
    a name-like "NASA Johnson Director …"): organisations all the same."""
    kept = {e.start for e in ctx.org_spans}
    return [e for e in ctx.ents if e.label_ == "ORG" and _acronym(e) and e.start not in kept]


def _the_company(ctx: ArticleContext, facts: dict[str, Fact]) -> None:
    """'The company will start broadcasts …': the company named just before."""
    from quizgen.nlp import tokens_where

    for token in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "DEP", "nsubj".__eq__)):  # no Token for the rest
        if (
            token.lower_ not in COMPANY_WORDS
            or not any(c.lower_ == "the" for c in token.children)
            or ctx.in_quote(token.idx)
        ):
            continue
        name = recent_org(ctx, token) or owner_of_subject(ctx, token)
        if name is None:
            continue
        ent = ctx.doc[token.i - 1 : token.i + 1]
        name = ctx.long_form(strip_the(name))
        found = _subject(ctx, ent, wh="Which company", name=name)
        if found is not None:
            _add(ctx, facts, ent, found, name)


def _add(
    ctx: ArticleContext, facts: dict[str, Fact], ent: Span, found: tuple[str, list[str], Token], name: str | None = None
) -> None:
    """Record one org-event fact: the question, the organisation (`name`, else the entity's), and
    the list it belongs to."""
    question, members, verb = found
    cut = cut_at_gap(ent.sent, ent.start, question)  # "won 34 seats and the Congress 12": others' results
    if cut is None:
        return
    question = cut
    if name is None:
        name = org_name(ctx, ent)
        aliases = org_aliases(ctx, ent, name)
    else:  # named again ("the board"): its acronym is right too
        aliases = short_forms(ctx, name)
    if suffix_only(name):
        return  # "LLC" alone names no company
    key = f"org-event|{name.lower()}|{verb.lemma_}|{verb.sent.start}"
    at = ent.start_char - ent.sent.start_char
    facts.setdefault(
        key,
        OrgEventFact(
            key=key,
            sentence=ctx.text[ent.sent.start_char : ent.sent.end_char].strip(),  # = .text, no Token per word
            answer_span=(at, at + len(ent.text)),
            question=question,
            answer=name,
            aliases=tuple(aliases),
            exclude=tuple(m for m in members if m != name),
            needs_choices="which of these" in question.lower(),
        ),
    )


def _subject(
    ctx: ArticleContext,
    ent: Span,
    wh: str | None = None,
    own_report: Token | None = None,
    name: str | None = None,
    joint: bool = False,
) -> tuple[str, list[str], Token] | None:
    """'The EBU is testing …', 'BSkyB plans to ship …', 'the news agency Nordpress issued …': an
    organisation doing something."""
    token, start = ent.root, ent.start
    if token.dep_ == "appos" and token.head.dep_ == "nsubj" and token.head.pos_ == "NOUN" and token.head.i < start:
        start = token.head.left_edge.i  # "the news agency Nordpress": the whole subject is the answer's place
        token = token.head
    elif (kind := kind_after(ent)) is not None:
        start, token = kind.left_edge.i, kind  # "the GMB union launched …": the union is the subject
    if token.dep_ != "nsubj" or (not joint and any(c.dep_ == "conj" and c.i >= ent.end for c in token.children)):
        return None  # "A and B signed …": two did it, so neither alone is the answer (joint: asked as the pair)
    if not joint and (any(t.dep_ == "cc" for t in ctx.doc[token.left_edge.i : ent.start]) or joined_to_another(ent)):
        return None  # the same, when the parse hangs "A and" before B's name, or "and B" on A's last word
    if not joint and with_partner(token):
        return None  # "Nexa, along with Fenwick, bought …": Nexa alone is not who bought it
    verb = token.head
    if verb.pos_ != "VERB" or stative(verb) or speech_only(verb) or not_asserted(verb, own_report) or price_move(verb):
        return None
    if thing_verb(verb) or _object_gapped(verb) or seeks_comment(verb):
        return None  # "the probe can withstand …"; "the biggest the board has built …" lost its object
    participle = verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ == "pcomp" or participle:
        return None  # "compared with Homo sapiens living in Africa": a phrase, no clause to ask with
    name = name or org_name(ctx, ent)
    wh = wh or asked_as(name, verb)
    question = ask(
        ctx,
        ctx.doc[start : max(token.right_edge.i + 1, ent.end)],
        wh,
        drop_dates=False,
        extra_drop=asides(ctx, verb),
    )
    if question is None or _thin(question, wh):
        return None
    question = re.sub(r"\b(\d+) -?(\d+)\b", lambda m: _score(m, verb.sent.text), question)
    question = re.sub(r"(\S+) (\d+)\b(?![-\d])", lambda m: _cut_score(m, verb.sent.text), question)
    return agree(question, wh), [name], verb


def _object_gapped(verb: Token) -> bool:
    """'The tug is the biggest the Harbour Board has built for a river service', misread as a "biggest
    Harbour Board" doing the building: the thing built is left out, so asked alone the clause would
    lose what was done."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.tag_ == "JJS" and c.i < subject.i for c in subject.children)


def _score(m: re.Match[str], sentence: str) -> str:
    """'won 2 0' → 'won 2-0': the parser set the score's hyphen apart as punctuation."""
    joined = f"{m.group(1)}-{m.group(2)}"
    return joined if joined in sentence else m.group(0)


def _cut_score(m: re.Match[str], sentence: str) -> str:
    """'beat Aston Villa 3' → 'beat Aston Villa 3-1': the parser hung the score's second figure
    elsewhere, and the question kept only the first."""
    whole = re.search(rf"(?<!\S){re.escape(m.group(1))} {m.group(2)}-\d+\b", sentence)
    return whole.group(0) if whole else m.group(0)


def _thin(question: str, wh: str) -> bool:
    """'Which organization lost?', 'Which organization did the newspaper express …?': too little
    said, or the organisation was not the subject after all."""
    rest = question[len(wh) :].strip(" ?").split()
    if len(rest) < 3:
        return True
    return rest[0] in ("did", "does", "do") and len(rest) > 1 and rest[1] != "not"


#: What an organisation puts out under its name: "a Reuters survey", "the commission's report".
PRODUCTS = {
    "poll",
    "survey",
    "report",
    "study",
    "statement",
    "analysis",
    "estimate",
    "forecast",
    "index",
    "ranking",
    "investigation",
    "audit",
    "review",
    "census",
    "data",
    "figures",
}


def _maker_of(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token] | None:
    """'A Harbor Herald poll published this week showed …' → "Which organization's poll …?"."""
    doc, root = ctx.doc, ent[-1]  # "The Halden Commission report": the parser may hang "The" on the noun
    after = ent.end + (ent.end < len(doc) and doc[ent.end].dep_ == "case")
    if (
        root.dep_ not in ("compound", "poss")
        or after >= len(doc)
        or doc[after].lemma_ not in PRODUCTS
        or root.head.i != after
        or doc[after].tag_ != "NN"
    ):  # "a Reuters survey", not "the XYZ studies"
        return None
    if not_asserted(doc[after].head):  # "… ends his hopes, analysts said": only what the report itself says
        said = _what_it_says(doc[after])
        return (said, [org_name(ctx, ent)], doc[after]) if said else None
    start = ent.start - (ent.start > 0 and doc[ent.start - 1].dep_ == "det" and doc[ent.start - 1].head.i == after)
    question = ask(
        ctx,
        doc[start:after],
        "Which organization's",
        drop_dates=False,
        extra_drop=[t for d in relative_dates(ctx, doc[after].head) for t in d],
    )
    if (
        question is None
        or not question.startswith("Which organization's " + doc[after].text)
        or _thin(question, "Which organization's")
    ):
        return None
    return question, [org_name(ctx, ent)], doc[after]


def _what_it_says(product: Token) -> str | None:
    """'The Halden Commission report, which says the scheme failed, …' → "Which organization's report says
    the scheme failed?": the report's own clause, whatever others then say of the report."""
    clause = next((c for c in product.children if c.dep_ == "relcl" and c.i > product.i), None)
    if clause is None or clause.pos_ != "VERB":
        return None
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in clause.children):
        return None  # "which might say …": a guess
    which = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("which", "that")), None)
    words = [t for t in clause.subtree if which is not None and t.i > which.i]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    if len(words) < 4 or any(t.is_quote or t.lower_ in ("which", "who") for t in words):
        return None
    return f"Which organization's {product.text} {words_of(words)}?"


def _index_move(ent: Span) -> bool:
    """ "The Sensex dropped 410 points", "the Hang Seng index rose": a market index moving, not a body acting."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    moved_by = any(c.lemma_ == "point" for c in root.head.children if c.dep_ in ("dobj", "npadvmod", "attr"))
    return moved_by or (after is not None and after.lower_ in ("index", "indices"))
