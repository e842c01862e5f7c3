"""Posts told by a verb: "X, who heads the Nordic Trade Council, said", "X chairs the Harbour Board".

News often says what a person runs with a verb instead of a title: "who leads the opposition
Harbour Party", "who chairs the rail board", "who founded Velton Insurance". The post is the
verb's noun (head, leader, chair, founder …) at the body the verb's object names, when the
tagger calls that object an organisation. "heads" states a post held now; "headed" one held once
(asked as former), except "founded" (a founder stays one). A verb negated, hedged or put ahead
("will lead", "could chair"), one inside a quote, or one whose object is no named body ("leads
the talks", "led India to victory") is no post.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.fact_types import RoleFact, role_key
from quizgen.facts.post_owner import org_forms

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Verb lemma → the post it names.
POST_OF_VERB = {"head": "head", "lead": "leader", "chair": "chair", "found": "founder", "direct": "director"}
#: Verbs whose past tense tells nothing sure of a post ("led the party to victory"): read in the present only.
PRESENT_ONLY = {"lead"}
#: Verbs whose post outlives the deed: "who founded X" is X's founder still.
LASTING = {"found"}
#: Words that send the object somewhere: a header or a lead in a match ("headed Rovers in front"), no post.
MOVED = {"ahead", "level", "clear", "home", "front", "lead"}


def verb_roles(ctx: ArticleContext, held: dict[str, RoleFact]) -> list[RoleFact]:
    """The posts people are said to hold by a verb in the article, except those already `held` (by key),
    and a post held now by someone the article already gives a post held now: "Commissioner Mark
    Rowley, who heads the Metropolitan Police Service" names one post twice, not a second one."""
    known = set(held)
    titled = {f.person for f in held.values() if not f.role.lower().startswith(("former", "ex-"))}
    found: list[RoleFact] = []
    for verb in ctx.doc:
        post = POST_OF_VERB.get(verb.lemma_)
        if post is None or verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
            continue
        fact = _verb_role(ctx, verb, post)
        if fact is not None and fact.person in titled and not fact.role.startswith("former"):
            continue
        if fact is not None and fact.key not in known:
            known.add(fact.key)
            found.append(fact)
    return found


def _verb_role(ctx: ArticleContext, verb: Token, post: str) -> RoleFact | None:
    present, past = verb.tag_ == "VBZ", verb.tag_ == "VBD" or (verb.lemma_ in LASTING and verb.tag_ == "VBN")
    if not (present or (past and verb.lemma_ not in PRESENT_ONLY)):
        return None
    if any(c.dep_ in ("neg", "aux") for c in verb.children) or verb.dep_ in ("ccomp", "xcomp", "advcl"):
        return None  # "does not lead", "has headed", "said X heads": no statement of the article's own
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None  # "leads Velta Air as chief executive": the post is the one after "as" (role_as)
    moved = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(c.lower_ in MOVED for c in [*verb.children, *moved] if c.dep_ != "dobj"):
        return None  # "Okafor headed Harwick Rovers in front": a goal, not a club run
    name = _subject(verb)
    body = _body(ctx, verb)
    person = ctx.resolve_person(name) if name is not None else None
    if person is None or body is None:
        return None
    role = f"former {post}" if past and verb.lemma_ not in LASTING else post
    short, long, aliases = org_forms(ctx, body.text)
    sent = verb.sent
    return RoleFact(
        key=role_key(person.name, role, long),
        sentence=sent.text.strip(),
        answer_span=None,
        person=person.name,
        person_aliases=tuple(ctx.aliases(person)),
        role=role,
        role_display=None,
        org=long,
        org_aliases=tuple(aliases),
        org_prep="of",
        head=post,
        shared=False,
        org_is_place=short in ctx.place_names,
        qualified=True,
    )


def _subject(verb: Token) -> Token | None:
    """The person the verb is about: the name a "who" clause follows, or the verb's subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    return subject


def _body(ctx: ArticleContext, verb: Token) -> Span | None:
    """The organisation the verb's object names ("the opposition [Harbour Party]")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    ent = ctx.ent_at(obj) if obj is not None else None
    if ent is None or ent.label_ != "ORG" or ent.root != obj or ctx.resolve_person(obj) is not None:
        return None
    return ent
