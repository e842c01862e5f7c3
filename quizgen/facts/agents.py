"""Organisations as agents of a passive: '… organized by ORG', '… co-sponsored by A, B and C'.

Each member of a list is its own fact. A short list (the member and at most two others) is asked
by naming the others ("…, along with A and B?"), when the question stays short enough to read; a
list with a doer that is no named organisation ("by the National Assembly and the cabinet") is not
asked, as the rest would be only part of the answer. A longer one is asked "Which of these
organizations …?" for its first member and "Besides A, which of these organizations …?" for each
other (A the member before it), with choices in which only one member is right: "along with A, B, C
and D" makes a question no teacher would write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted, stative
from quizgen.facts.bodies import BODY_NOUNS
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.event_asides import own_phrases
from quizgen.facts.org_names import asked_as, join_names, list_members, org_name
from quizgen.facts.wording import with_the
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Other members a list-completion question may name, at most.
MAX_NAMED_OTHERS = 2
#: Words a list-completion question may run to, at most.
MAX_LIST_WORDS = 30


def passive_agent(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token, str, list[Span]] | None:
    """'… organized by ORG', '… co-sponsored by A, B and C'."""
    by = agent_by(ctx, ent)
    if by is None:
        return None
    top = next(c for c in by.children if c.dep_ == "pobj")
    if ent.root.dep_ == "poss" and ent.root.head.i != ent.root.i:
        return None  # "denied by Varno's military administration": the agent is the administration
    head = ent.root.head
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    before_name = after is not None and after.i + 1 < len(ctx.doc) and ctx.doc[after.i + 1].ent_type_ == "PERSON"
    modifier = (
        ent.label_ == "ORG"
        and after is not None
        and after.is_lower
        and after.is_alpha
        and (after.tag_ == "NNS" or before_name)
    )
    if modifier or (ent.root.dep_ in ("compound", "nmod") and head.ent_type_ != "ORG" and head not in ent):
        return None  # "founded by IIT Madras alumni": the alumni did it, not the institute
    verb = top.head.head
    if verb.dep_ == "dobj" and verb.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children):
        verb = verb.head  # "was fined £5,000 by the FA": the parse hangs "by" on what was given
    if (
        verb.tag_ != "VBN" or stative(verb) or not_asserted(verb) or any(c.dep_ == "neg" for c in verb.children)
    ):  # "was not commissioned by": nothing done
        return None
    opens = ent.start <= top.i < ent.end and ent.start - by.i <= 2  # "by (the) regional authorities"
    first = ctx.ent_at(top) or (ent if opens else None)
    if first is None:  # the parser took a later word as the object of "by"
        first = next((e for e in ctx.ents_in(ent.sent) if e.start > by.i and e.label_ == "ORG"), ent)
    members = list_members(ctx, first)
    if _unlisted_agent(top, members):
        return None  # "approved by the National Assembly and the cabinet": the list is more than its bodies
    mine_spans = [m for m in members if m.start <= ent.start < m.end or ent.start <= m.start < ent.end]
    if not mine_spans:
        return None
    names = [org_name(ctx, m) for m in members]
    mine = org_name(ctx, mine_spans[0])
    others = [n for n in names if n != mine]
    span = ctx.doc[top.head.i : max(top.right_edge.i, members[-1].end - 1) + 1]
    own = [t for phrase in own_phrases(verb, top) for t in phrase]  # "at its meeting": the agent's own
    question = ask(ctx, span, "By which organization", extra_drop=own) or _other_clause(ctx, verb, span, by)
    if question is None or not keeps_subject(verb, question):
        return None
    if not others and asked_as(mine) != "Which organization":  # "By which authorities was the test …"
        question = "By w" + asked_as(mine)[1:] + question[len("By which organization") :]
    named = question[:-1] + f", along with {join_names(others, ctx.text)}?" if others else question
    if others and len(others) <= MAX_NAMED_OTHERS and len(named.split()) <= MAX_LIST_WORDS:
        question = named
    elif others:
        question = "Which of these organizations" + question[len("By which organization") :]
        question = which_of(question, top.head.text)
        at = names.index(mine)
        if at:  # each member its own question, naming the one before it: "Besides A, which of these …?"
            question = f"Besides {with_the(names[at - 1], ctx.text)}, w" + question[1:]
    return question, names, verb, mine, members


def _unlisted_agent(top: Token, members: list[Span]) -> bool:
    """A doer joined to the agents' list by "and" that no member covers: "the cabinet" in "approved by
    the National Assembly and the cabinet", a person, a name the list stopped before ("in-kind support
    from …" is no doer; "… and Kuznetsova has not" starts a clause of its own)."""
    inside = {i for m in members for i in range(m.start, m.end)}
    todo, joined = [top], []
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                joined.append(child)
                todo.append(child)
    doc = top.doc
    return any(
        t.i not in inside
        and (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") or t.lemma_.lower() in BODY_NOUNS)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].tag_ in ("VBZ", "VBD", "VBP", "MD"))
        for t in [top, *joined]
    )


#: Words a subject borrowed from an earlier verb may run to ("the Kestrel coach").
MAX_SUBJECT_WORDS = 6


def coordinated(ctx: ArticleContext, verb: Token, agent: Span, wh: str) -> str | None:
    """'The coach was fined £5,000 and reprimanded by the FA' → "By which organization was the coach
    fined £5,000 and reprimanded?": the agent hangs on the last of two participles that share the
    first one's "was" and subject (which may be an earlier verb's: "The coach swore and was fined …")."""
    first = verb.head
    own = [c for c in verb.children if c.dep_ in ("nsubjpass", "auxpass", "aux", "nsubj")]
    if verb.dep_ != "conj" or first.tag_ != "VBN" or own or first.i > verb.i:
        return None
    aux = [c for c in first.children if c.dep_ == "auxpass"]
    subject = next((c for c in first.children if c.dep_ == "nsubjpass"), None)
    if subject is None and first.dep_ == "conj":  # "… swore and was fined": the earlier verb's subject
        subject = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
    negated = any(c.dep_ == "neg" for c in first.children)
    if len(aux) != 1 or subject is None or subject.pos_ == "PRON" or negated or any(t.is_quote for t in agent):
        return None
    asides = {t.i for c in subject.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
    said = [t for t in subject.subtree if t.i not in asides and not (t.is_punct and t.head == subject)]
    if len(said) > MAX_SUBJECT_WORDS or any(t.is_punct for t in said):
        return None
    inside = {t.i for t in agent} | {t.i for t in ctx.doc[first.i : verb.right_edge.i + 1] if _dated(t)}
    tail = [t for t in ctx.doc[first.i : verb.right_edge.i + 1] if t.i not in inside]
    if any(t.lower_ in ("who", "which", "that") or t.dep_ in ("ccomp", "advcl") for t in tail):
        return None  # a clause of its own inside: too much to carry
    words = [t for t in tail if not t.is_quote]
    while words and (words[-1].is_punct or words[-1].dep_ in ("prep", "cc")):
        words.pop()
    subject_text = words_of(said)
    subject_text = subject_text[:1].lower() + subject_text[1:] if said[0].dep_ == "det" else subject_text
    return f"{wh} {aux[0].text} {subject_text} {words_of(words)}?"


def fronted(ctx: ArticleContext, verb: Token, agent: Span, wh: str) -> str | None:
    """'Managed by the Orvell Institute, the Lakeside Laboratory leads …' → "By which organization is
    the Lakeside Laboratory managed?": a participle opening the sentence tells of the main clause's
    subject, which must be a name (no "it", no "the firm" to stand for it)."""
    main = verb.head
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    own = [c for c in verb.children if c.dep_ in ("nsubjpass", "auxpass", "aux", "nsubj", "mark")]
    if verb.dep_ != "advcl" or verb.i != verb.sent.start or main.pos_ != "VERB" or own or subject is None:
        return None
    said = [t for t in subject.subtree if not t.is_punct]
    if subject.pos_ != "PROPN" or subject.i < verb.right_edge.i or len(said) > MAX_SUBJECT_WORDS:
        return None
    if any(c.dep_ == "conj" for c in subject.children) or subject.tag_ == "NNPS":
        return None  # "A and B": asked as one doer, the verb's number would be a guess
    tail = [t for t in verb.subtree if t.i != verb.i and t.i not in {a.i for a in agent} and not _dated(t)]
    if any(t.is_punct or t.is_quote or t.dep_ in ("advcl", "ccomp", "relcl", "acl") for t in tail):
        return None  # an aside or a clause of its own: too much to carry
    past = main.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "was") for c in main.children)
    subject_text = words_of(said)
    subject_text = subject_text[:1].lower() + subject_text[1:] if said[0].dep_ == "det" else subject_text
    words = [wh, "was" if past else "is", subject_text, verb.lower_, words_of(tail)]
    return " ".join(w for w in words if w) + "?"


def _dated(token: Token) -> bool:
    """A date, or a word of a phrase that only dates ("on Monday"): the question needs neither."""
    if token.ent_type_ == "DATE":
        return True
    prep = next((a for a in [token, *token.ancestors] if a.dep_ == "prep"), None)
    return prep is not None and all(c.ent_type_ == "DATE" for c in prep.children if c.dep_ == "pobj")


def _other_clause(ctx: ArticleContext, verb: Token, span: Span, by: Token) -> str | None:
    """The question when the agent's clause is no plain passive: joined to another, fronted, or after a name."""
    wh = "By which organization"
    return coordinated(ctx, verb, span, wh) or fronted(ctx, verb, span, wh) or _named_thing(ctx, verb, by)


def _named_thing(ctx: ArticleContext, verb: Token, by: Token) -> str | None:
    """ "… at the Midwest Energy Forum, hosted by X": a participle after a named thing anywhere in the
    sentence, with nothing but its agent, is asked of the thing by its name."""
    thing = ctx.ent_at(verb.head)
    if (
        verb.dep_ != "acl"
        or thing is None
        or thing.label_ not in ("ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT")
        or thing.end != verb.head.i + 1
        or verb.i != thing.end + 1
        or ctx.doc[thing.end].text != ","
        or any(c.dep_ not in ("agent", "punct") for c in verb.children)
        or by.head != verb
    ):
        return None
    return f"By which organization was {with_the(strip_the(thing.text), ctx.text)} {verb.text}?"


def keeps_subject(verb: Token, question: str) -> bool:
    """The question names what the verb's own subject names ("an indirect tax … will be introduced by"),
    not the subject of a clause it is joined to ("the sales tax is a dead issue but …")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    words = [t.text for t in subject.subtree if t.i <= subject.i and not t.is_punct and t.dep_ != "det"]
    return " ".join(words[-2:]).lower() in question.lower()


def agent_by(ctx: ArticleContext, ent: Span) -> Token | None:
    """The "by" of a passive whose list of agents includes `ent`."""
    start = ent.start
    while start > ent.sent.start:
        word = ctx.doc[start - 1]
        if word.lower_ == "by" and word.dep_ in ("agent", "prep"):
            return word if any(c.dep_ == "pobj" for c in word.children) else None
        if not (
            word.is_punct
            or word.lower_ in ("and", "the")
            or word.ent_type_ in ("ORG", "GPE", "FAC")
            or word.text[:1].isupper()
            or word.lower_ in ("of", "for")
            or _kind_before(word, ent)
            or _owner_before(word, ent)
        ):
            return None
        start -= 1
    return None


def _owner_before(word: Token, ent: Span) -> bool:
    """'led by the university's Climate Change Institute': the owner the name hangs on, and its "'s"."""
    owner = word.head if word.dep_ == "case" else word
    return owner.dep_ == "poss" and owner.head in ent


def _kind_before(word: Token, ent: Span) -> bool:
    """A common noun saying what kind of body the name after it is: "by research firm [X]", "by
    consultancy [X]" (the noun hangs on the name, or on another such noun before it)."""
    if word.pos_ != "NOUN" or word.dep_ not in ("compound", "nmod", "appos", "pobj"):
        return False
    at = word.i + 1
    while at < ent.start and word.doc[at].pos_ == "NOUN":
        at += 1
    return at == ent.start and (word.head in ent or ent.root.head.i == word.i or word.head.pos_ == "NOUN")


def which_of(question: str, prep: str) -> str:
    """'Which of these organizations is X co-sponsored' → '… is X co-sponsored by?'"""
    return question[:-1] + f" {prep}?"
