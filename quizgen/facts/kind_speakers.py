""" "The bank said": which named bank, or nobody.

A wire story about a lender also names the central bank; a story about a club names the league; a
council's story names another council. "The bank said" then reads as the bank the story is about, but
a rule that takes the last (or only) name with "Bank" in it answers "Bank of England" for what the
lender said, the worst answer a quiz can teach. So a bare "the <kind>" speaks for a named body only
when the article leaves no doubt: the body its own reported clause opens with ("Kestrel Bank will
raise $1bn, the bank said"), or the one body of that kind in reach. A body the article already let
"the <kind>" speak for counts as one of that kind even when its name lacks the word ("Northfield …,
the bank said" makes Northfield a bank). Two in reach, and nothing decides: nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.body_reporting import headed_by_kind, reported_subject, self_reported_body
from quizgen.facts.kind_recent import SAME_KIND, central_kind, central_spoke_before, recent_kind_body
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.org_refs import KIND_NOUNS, may_be_called
from quizgen.text import named_mid_sentence, strip_the

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def bare_kind(token: Token) -> bool:
    """ "the bank", "the ministry": a body's kind after "the" and nothing else that says which one."""
    kids = [c for c in token.children if c.i < token.i]
    return (
        token.tag_ == "NN"
        and token.is_lower
        and token.lemma_.lower() in KIND_NOUNS
        and len(kids) == 1
        and kids[0].lower_ == "the"
        and kids[0].i == token.i - 1
    )


def kind_speaker(ctx: ArticleContext, token: Token) -> tuple[Span | None, bool]:
    """(the body the bare "the <kind>" at `token` speaks for, or None; whether which one is open, so
    that nobody is asked). (None, False) leaves the usual ways to find a body to decide."""
    speaks = _speaks(token)
    if central_kind(token):  # "the central bank": one the article called so, or nobody
        body, near = recent_kind_body(ctx, token) if speaks else (None, True)
        if body is None and not near and central_spoke_before(ctx, token):
            return None, False  # the usual ways: the one speaker before, if a central bank by name
        return body, True
    own = own_clause_body(ctx, token)
    if own is not None:
        return own, False
    rivals = kind_rivals(ctx, token)
    on = speaker_before(ctx, token, rivals) if len(rivals) > 1 else None
    if on is not None:
        return on, False
    told = named_thing_reported(ctx, token)
    recent, near = (None, False) if told or not speaks else recent_kind_body(ctx, token, rivals)
    if recent is not None:  # "The RMT union called a strike …. The union said"
        return recent, False
    return None, told or near or len(rivals) > 1  # (two ministries in one paragraph; a lender and the central bank)


def _speaks(token: Token) -> bool:
    """ "the bank said": the subject of a reporting verb that is no one else's report ("The chairman
    told staff the firm would underline its export push" is his words, not the firm's)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in REPORTING or any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "the airline proposes to cut 3,000 jobs": a deed, asked as one
    return not any(a.lemma_ in REPORTING for a in verb.ancestors)


def own_clause_body(ctx: ArticleContext, token: Token) -> Span | None:
    """The named body that opens the clause "the <kind>" at `token` reports, in its own sentence
    ("Kestrel Bank will raise $1bn, the bank said"; never when the sentence names another bank)."""
    return self_reported_body(ctx, token, again=False)


def speaker_before(ctx: ArticleContext, token: Token, rivals: set[str]) -> Span | None:
    """ "Rival lender Harbour Bank said it met the rules. The bank said it had no plans to raise
    capital": the one speaker of the sentence right before, a named body of the kind, speaks on
    (the story names its other banks apart: "the central bank", "the regulator")."""
    if token.sent.start == 0:
        return None
    before = ctx.doc[token.sent.start - 1].sent
    speaking = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_ in REPORTING and not ctx.in_quote(t.idx)]
    ent = ctx.ent_at(speaking[0]) if len(speaking) == 1 else None
    if ent is None or ent.label_ != "ORG" or _key(ent.text) not in rivals:
        return None
    sent = token.sent
    named_here = {_key(s.text) for s in ctx.org_spans if sent.start <= s.start < sent.end} & rivals
    return ent if named_here <= {_key(ent.text)} else None


def kind_rivals(ctx: ArticleContext, token: Token) -> set[str]:
    """The bodies "the <kind>" at `token` could stand for: every one named before it whose name is
    headed by the kind ("Bank of England", "Harbour Bank"), and every one an earlier "the <kind>"
    spoke for in its own clause ("Northfield will close …, the bank said"); "Northfield" and
    "Northfield Bank" are one."""
    word = token.lemma_.lower()
    kinds = {word, *SAME_KIND.get(word, ())}
    names = {
        _key(s.text) for s in ctx.org_spans if s.end <= token.i and headed_by_kind(_key(s.text), token)
    } | _described(ctx, token, kinds)
    for earlier in ctx.doc[: token.sent.start]:
        if earlier.lemma_.lower() == word and earlier.head.lemma_ in REPORTING and bare_kind(earlier):
            body = self_reported_body(ctx, earlier, again=False)
            if body is not None:
                names.add(_key(body.text))
    return {n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}


def named_thing_reported(ctx: ArticleContext, token: Token) -> bool:
    """ "Northfield plans to close 18 branches, the bank said": the clause "the <kind>" reports opens
    with a name that is no person the article introduced and that the tagger did not take for a body
    (it tags such a one-word firm a person or a place as often): the sentence is about that one, so
    "the bank" may be it, and is never safely another bank named elsewhere."""
    subject = reported_subject(token)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("NORP", "DATE", "TIME"):
        return False
    if subject.is_sent_start and not subject.ent_type_ and not named_mid_sentence(subject.text, ctx.text):
        return False  # "Turnout was 58 per cent, the board said": a common word opening its sentence
    return ctx.resolve_person(subject) is None


def _described(ctx: ArticleContext, token: Token, kinds: set[str]) -> set[str]:
    """ "Northfield, Britain's sixth-largest lender,", "rival lender Harbour Bank": names (no person's)
    set beside a noun of the kind before `token`, however the tagger read the name."""
    found = set()
    for noun in ctx.doc[: token.sent.start]:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in kinds or ctx.in_quote(noun.idx):
            continue
        beside = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ in ("appos", "compound"):
            beside.append(noun.head)
        for name in beside:
            if name.pos_ == "PROPN" and name.ent_type_ != "PERSON":  # (only ever a rival: "Northfield" read as a place)
                words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i != noun.i]
                found.add(_key(" ".join(t.text for t in [*words, name])))
    return found


def open_between(ctx: ArticleContext, name: str, token: Token) -> bool:
    """ "Ofgem said it had fined Brackley Power. The company said it accepted the finding": "the
    company" may be another body named since the sentence before as well as the one that spoke
    there, so which one is open and nobody is asked (never the regulator for the firm)."""
    sent = token.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(
        start <= s.start and s.end <= token.i and _key(s.text) != _key(name) and may_be_called(strip_the(s.text), token)
        for s in ctx.org_spans
    )


def _key(name: str) -> str:
    return strip_the(name).lower()
