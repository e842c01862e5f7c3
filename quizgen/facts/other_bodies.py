"""Bodies near a bare "the company" that it does not stand for, or that make it unclear.

"… the BBC reported. The company had warned …": news copy names outlets, regulators, courts and
customers beside the firm it is about, often as the subject of a sentence. A question that reads
"the company" as one of them teaches a false fact, so `recent_org` asks these before it answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.ctx_memo import once_read
from quizgen.facts.lexicon import NOT_COMPANIES
from quizgen.text import strip_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def no_company(ctx: ArticleContext, ent: Span) -> bool:
    """ "Dunmore University", "the FDA" (Food and Drug Administration), "Securities and Exchange Board of
    India": a body whose kind word (the last word before any "of", in its long form) says it is a
    university, regulator, court or ministry, never "the company"."""
    name = _bare(ent)
    kinds = (n.split(" of ")[0].split()[-1:] for n in (name, ctx.long_form(name)))
    return any(kind and kind[0].lower() in _NO_COMPANY for kind in kinds)


def is_outlet(ctx: ArticleContext, ent: Span) -> bool:
    """ "the company told the Financial Times", "according to Bloomberg", "Speaking to Nikkei Asia",
    "…, the BBC reported", "The Wall Street Journal reported in May that …": a body the article
    cites as its source anywhere is the press reporting the story, never the firm it is about.
    Worked out once per body and article: each "the company" asks of every body named."""
    return once_read(ctx, "other_bodies.outlet", (ent.start, ent.end), lambda: _is_outlet(ctx, ent))


def _is_outlet(ctx: ArticleContext, ent: Span) -> bool:
    key, story = _key(ctx, ent), principal(ctx)
    if story is not None and _same(key, story):
        return False  # the story is about it ("the BBC cut 500 jobs, it told Reuters")
    return any(_same(_key(ctx, o), key) and not ctx.in_quote(o.start_char) and _cited(o.root) for o in ctx.org_spans)


#: Kinds of public body news names beside a firm, besides lexicon's NOT_COMPANIES (kept here: lexicon is full).
_NO_COMPANY = NOT_COMPANIES | {"administration", "board", "regulator", "tribunal", "bureau", "inspectorate", "watchdog"}
#: Verbs a news outlet cites another's news by ("…, the BBC reported"); the dashes after a wire's credit.
_OUTLET_VERBS = {"report", "write", "publish"}
_DASHES = {"-", "--", "\u2013", "\u2014"}


def _cited(root: Token) -> bool:
    """One mention of a body as a source: told to, spoken to, quoted from, or reporting another's news."""
    head = root.head
    doc = root.doc
    after = [t.text for t in doc[root.i + 1 : root.i + 3]]
    if root.i > 0 and doc[root.i - 1].text == "(" and after[:1] == [")"] and after[1:] and after[1] in _DASHES:
        return True  # a wire's credit: "(Reuters) - …", "(AP) — …"
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lower_ in ("according", "speaking", "spoke", "talking", "told")
    if root.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lower_ == "interview"  # "in an interview with the Times"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_ in ("report", "publish"):
        return True  # "…, as reported by the Times"
    if root.dep_ == "nsubj" and head.lemma_ in _OUTLET_VERBS:
        # "Sales fell, the BBC reported" / "the BBC reported that the chain …", but not "Acme reported a
        # loss" (its own results) nor "Acme reported that its sales fell" (its own news)
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return head.dep_ in ("parataxis", "ccomp") and head.i > head.head.i
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return True
        return subject.lower_ not in ("it", "we") and not any(c.lower_ == "its" for c in subject.children)
    return False


def rival_in_reach(ctx: ArticleContext, best: Span, end: int) -> bool:
    """ "Tesco buys pies from Velmont Foods. The company said …": another firm named after the subject,
    so "the company" may be either; unless the subject is the body the story is about
    ("Velmont supplies Tesco. The company said …" is Velmont), which is itself a rival to any other
    firm named after it. Outlets and regulators are no rivals."""
    story = principal(ctx)
    own = _key(ctx, best)
    if story is not None and _same(own, story):
        return False
    if story is not None and any(_same(_key(ctx, s), story) and s.start < best.start for s in ctx.org_spans):
        return True  # "GM will build a plant …. GE will supply the turbines. The company will open it": GM's
    for other in ctx.org_spans:
        if other.start < best.end or other.start >= end:
            continue
        if other.root.dep_ in ("compound", "poss") or _about_a_person(ctx, other.root):
            continue  # "a former Goldman Sachs banker", "Cole, who spent 20 years at Unilever": her past
        if not _same(_key(ctx, other), own) and not no_company(ctx, other) and not is_outlet(ctx, other):
            return True
    return False


def _about_a_person(ctx: ArticleContext, token: Token) -> bool:
    """A name inside a clause whose subject is a person: a post or a career, not a firm acting."""
    verb = token
    while verb.dep_ not in ("ROOT", "relcl", "ccomp", "advcl", "conj") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "whom") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and (subject.ent_type_ == "PERSON" or ctx.resolve_person(subject) is not None)


def principal(ctx: ArticleContext) -> str | None:
    """The body the story is about: the organisation the article names most often (a shorter form
    counts for the longer: "Harlow" for "Harlow Motors Inc"), None when two are named alike."""
    return once_read(ctx, "other_bodies.principal", None, lambda: _principal(ctx))


def _principal(ctx: ArticleContext) -> str | None:
    keys = [_key(ctx, ent) for ent in ctx.org_spans]
    counts: dict[str, int] = {}
    for key in sorted(set(keys), key=len):  # each name to the shortest form it goes on from
        form = next((f for f in counts if _same(f, key)), key)
        counts[form] = counts.get(form, 0) + keys.count(key)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _key(ctx: ArticleContext, ent: Span) -> str:
    """A body's name as the article spells it out, in lower case ("harlow motors inc", "fda" → its long form)."""
    return " ".join(ctx.long_form(_bare(ent)).lower().split())


def _same(one: str, other: str) -> bool:
    """Two mentions of one body: the same name, or one its shorter form ("harlow" of "harlow motors
    inc"); never two names that only share a first word ("general motors", "general electric")."""
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")


def _bare(ent: Span) -> str:
    """The name without a leading "the" or a trailing possessive ("The FDA's" → "FDA")."""
    return re.sub(r"['\u2019]s?$", "", strip_the(span_text(ent)))
