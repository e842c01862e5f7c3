"""Posts a person is put in or leaves "as" something: "X serves as a consultant", "X resigned
as Foreign Affairs minister" (then a former post), "X stayed on in her post as director". A post
taken up or left later ("X will join as adviser") is no post held, and is not read (post_ahead)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from quizgen.facts.board_owner import board_owner
from quizgen.facts.noun_appointments import noun_appointment
from quizgen.facts.post_ahead import CHOOSING, WISHED, taken_up_later
from quizgen.facts.post_phrase import AHEAD, FORMER, Mark, Post, post_marks, post_phrase, post_tokens

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Verbs that put a person in a post "as" something; those of the second set leave it.
AS_VERBS = {
    "serve",
    "continue",
    "remain",
    "stay",
    "act",
    "work",
    "join",
    "return",
    "take",
    "start",
    "begin",
    "appoint",
    "name",
    "elect",
    "install",
    "hire",
    "choose",
    "confirm",
    "double",  # "who also doubles as finance minister"
}
#: Those that say a post is held, never one taken up or left: the only ones read in a "who" clause
#: ("X, who takes over as chair in May," is a post to come, whatever its tense says).
HOLDING_VERBS = {"serve", "double", "act", "work", "continue", "remain", "stay"}
LEAVING_VERBS = {"resign", "retire", "quit", "step", "leave", "stand"}


def as_post(ctx: ArticleContext, name: Token) -> Iterator[Post]:
    """ "X serves as a consultant", "X resigned as Foreign Affairs minister" (then a former post),
    "X stayed on in her post as director"."""
    yield from noun_appointment(ctx, name)  # "announced the appointment of X as chief financial officer"
    verb = name.head
    chosen = name.dep_ in ("dobj", "oprd") and verb.lemma_ in CHOOSING  # "Harbour Bank named Sara Lind as its chief"
    if chosen and verb.dep_ == "xcomp" and verb.head.lemma_ in WISHED:
        return  # "Rovers want to appoint X as manager": no post chosen yet
    verbs = _relative_verbs(name)  # "X, who also serves as chair of Y,": the clause is about the name
    if (name.dep_ in ("nsubj", "nsubjpass") or chosen) and verb.pos_ in ("VERB", "AUX"):
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp"), *verbs]
    for v in verbs:
        ahead = taken_up_later(v)  # "will join as an adviser in September": a post to come, not held
        if v.lemma_ not in AS_VERBS | LEAVING_VERBS | LEADING_VERBS or (ahead and v.lemma_ in LEAVING_VERBS):
            continue  # "will step down as chair": held still, and left later
        led = _led_body(ctx, v) if v.lemma_ in LEADING_VERBS else None
        if v.lemma_ in LEADING_VERBS and led is None:
            continue  # "will lead the talks as chief negotiator": no body the post is held at
        holders = [
            v,
            *([name] if chosen else []),  # "hired Ann Ruiz as finance director": "as" hung on the name
            *(
                p
                for c in v.children
                if c.dep_ == "prep"
                for p in c.children
                if p.dep_ == "pobj" and p.lemma_ in ("role", "capacity", "position", "post", "job", "basis")
            ),
        ]
        for h in holders:
            for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
                post = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if post is not None and post.i + 1 < len(post.doc) and post.nbor(1).tag_ == "HYPH":
                    continue  # "as editor-in-chief": the parser tore the post at its hyphens
                found = post_phrase(ctx, post) if post is not None else None
                if post is not None and found:
                    role, org, org_prep = found
                    if chosen and any(t.pos_ == "PRON" and t.i > post.i for t in post_tokens(role)):
                        continue  # "as head coach of its senior team": whose team, the post cannot say
                    if chosen and org is None:  # "Velton Insurance hired Ann Ruiz as finance director"
                        org, org_prep = _chooser(ctx, v), org_prep if org_prep else "at"
                    if led is not None and org is None:  # "will lead GMG as acting chief executive"
                        org, org_prep = led, org_prep if org_prep else "at"
                    lead = [t for t in post.subtree if t.i < post.i and t.ent_type_ == "ORG"]
                    lead_ent = ctx.ent_at(lead[0]) if lead else None
                    if org is not None and lead_ent is not None and org in lead_ent.text:
                        words = sorted({*post_tokens(role), *lead}, key=lambda t: t.i)
                        role, org = [*words, *post_marks(role)], None  # "as Fed chairman"
                    if ahead:
                        role = [AHEAD, *role]
                    elif v.lemma_ in LEAVING_VERBS or _served_once(v):
                        role = [FORMER, *role]
                    yield role, org, org_prep


#: Verbs of running a body "as" something: "X will lead GMG as acting chief executive".
LEADING_VERBS = {"lead", "head", "run"}


def _led_body(ctx: ArticleContext, verb: Token) -> str | None:
    """The body a leading verb's object names, when the tagger calls it an organisation or the article
    defined it as a short form ("lead GMG")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    ent = ctx.ent_at(obj) if obj is not None else None
    if ent is not None and ent.label_ == "ORG" and ent.root == obj:
        return ent.text
    if obj is not None and obj.pos_ == "PROPN" and obj.text in ctx.acronyms:
        return ctx.long_form(obj.text)  # "will lead GMG as …": a short form the article defined
    return None


def _relative_verbs(name: Token) -> list[Token]:
    """The verbs of "who" clauses set after a name ("Ann Ruiz, who also doubles as finance
    minister,"): their subject is the name, as a main clause's would be."""
    return [
        c
        for c in name.children
        if c.dep_ == "relcl"
        and c.i > name.i
        and c.lemma_ in HOLDING_VERBS
        and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in c.children)
    ]


def _chooser(ctx: ArticleContext, verb: Token) -> str | None:
    """The body that names someone to a post, when it is the subject of the choosing verb and the
    tagger calls it an organisation ("Velton Insurance hired …"); never a person or "the board"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    ent = ctx.ent_at(subject) if subject is not None else None
    if subject is not None and ent is None:
        return board_owner(ctx, subject)  # "Crestline announced that its board has appointed X as …"
    return ent.text if ent is not None and ent.label_ == "ORG" and ent.root == subject else None


def _served_once(verb: Token) -> bool:
    """ "X previously served as commissioner", "X worked as a nurse": a past tense of serving tells
    a post once held, never one held at the time of writing."""
    aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.lemma_ in ("serve", "work", "act") and verb.tag_ in ("VBD", "VBN") and not aux  # (VBN: misread)


def left_posts(name: Token, posts: list[Post]) -> list[Post]:
    """ "Its leader, Paul Otieno, took over in 2004 and stepped down last year": the post named beside
    someone the clause says has left it is a former one, never held at the time of writing."""
    subject = name if name.dep_ in ("nsubj", "nsubjpass") else name.head if name.dep_ == "appos" else None
    verb = subject.head if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") else None
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")] if verb is not None else []
    left = any(
        v.lemma_ in LEAVING_VERBS - {"leave"}
        and (v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.lemma_ == "have" for c in v.children)))
        and (
            v.lemma_ not in ("step", "stand")
            or any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in v.children)
        )
        for v in verbs
    )
    posts = [([FORMER, *role] if left and FORMER not in role else role, org, org_prep) for role, org, org_prep in posts]
    return [([AHEAD, *role] if _chosen_ahead(name, role) else role, org, org_prep) for role, org, org_prep in posts]


#: Verbs that take a post from its holder, their object: "sacked Finance Minister X", "moving X to Trade".
REMOVING_VERBS = {"sack", "fire", "dismiss", "oust", "remove", "replace", "axe", "drop", "depose", "move", "succeed"}


def removed(name: Token) -> bool:
    """ "The President sacked Finance Minister Ann Lind", "reshuffled his Cabinet, moving Treasury
    Secretary X to Trade", "X was dismissed": the post named with someone the clause has just taken
    it from is a former one, never held at the time of writing ("will sack" has not yet)."""
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN":
        name = name.head  # "Njuguna [Ndung'u]": the model's name ends short of the parse's
    person = name.head if name.dep_ == "appos" and name.head.dep_ in ("dobj", "nsubjpass") else name
    verb = person.head
    if person.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in REMOVING_VERBS:
        return _removed_before_title(name)
    if verb.lemma_ in ("move", "drop") and not _moved_from_post(verb):
        return False  # "was moved to a safe location": nobody's post taken
    if person.dep_ == "nsubjpass" or verb.tag_ == "VBN":
        return any(c.dep_ in ("auxpass", "aux") and c.lemma_ in ("be", "have") for c in verb.children)
    if verb.tag_ == "VBG":  # "…, moving X to Trade": the participle tells what the past verb before it did
        return verb.dep_ in ("advcl", "conj") and verb.head.tag_ == "VBD"
    return verb.tag_ == "VBD"


def _removed_before_title(name: Token) -> bool:
    """ "Harwick Rovers have sacked manager X" parsed with "sacked" as an adjective of "manager", "parted
    ways with coach X": the verb right before the title, past and with "have" or alone in the past
    tense, took the post away."""
    doc, i = name.doc, name.i - 1
    while i > 0 and doc[i].dep_ == "compound" and doc[i].head.i <= name.i and doc[i].pos_ in ("NOUN", "PROPN"):
        i -= 1  # the title's words and the given name
    verb = doc[i] if i < name.i - 1 else None
    if verb is not None and verb.lower_ == "with" and i > 2 and doc[i - 1].lower_ in ("ways", "company"):
        i, verb = i - 2, doc[i - 2] if doc[i - 2].lemma_ == "part" else None  # "parted ways with coach X"
    if verb is None or verb.lemma_ not in REMOVING_VERBS | {"part"} or verb.lemma_ in ("move", "drop"):
        return False
    had = i > 0 and doc[i - 1].lemma_ == "have" and verb.tag_ == "VBN"
    parted = verb.lemma_ == "part" and verb.tag_ in ("VBD", "VBN") and doc[i - 1].tag_ != "MD"  # (read as "amod")
    return had or parted or (verb.tag_ == "VBD" and verb.dep_ != "amod")


def _moved_from_post(verb: Token) -> bool:
    """ "moving X to the Ministry of Trade", "dropped X from the cabinet": a move between posts, told by
    a named body after "to" or a cabinet, team or government after "from"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "from")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (prep.lower_ == "to" and obj.pos_ == "PROPN") or obj.lemma_.lower() in _POSTS_AWAY:
                return True
    return False


#: What a minister is moved out of or dropped from.
_POSTS_AWAY = {"cabinet", "team", "government", "ministry", "department", "portfolio", "post", "squad"}


def _chosen_ahead(name: Token, role: Sequence[Token | Mark]) -> bool:
    """ "The university has named Jane Roe its next provost, effective July 1": the post her choosing
    gives her is one to come, never one held at the time of writing."""
    verb = name.head
    if name.dep_ != "dobj" or verb.lemma_ not in CHOOSING or FORMER in role or AHEAD in role:
        return False
    words = post_tokens(role)
    return taken_up_later(verb) or any(t.lower_ in ("next", "incoming", "designate") for t in words)
