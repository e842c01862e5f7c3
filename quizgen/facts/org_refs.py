"""An organisation named again: 'the ministry', 'the bank', 'the department', 'Acme' for 'Acme Holdings'.

News names a body in full once and then by its kind or a short name. The question must still
answer with the name, so each such mention is paired with the name it stands for, and only when
the article makes that plain:
- "the bank" after exactly one named body whose name has the word "Bank" in it (or its own word for
  the kind: "the airline" → "Airways", "the carmaker" → "Motors", "the steelmaker" → "Steel");
- "the department" in what the body's own spokesperson said ("Harbour Board spokeswoman Ann Lee
  said the department will …"): the speaker's body;
- "Acme" after "Acme Holdings": the first word of one earlier name whose other words only say what
  kind of firm it is.
Anything else ("the company" after two companies, "the club" after no name with "Club" in it) is
left unasked.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.lexicon import NOT_COMPANIES, REPORTING
from quizgen.facts.org_names import org_name
from quizgen.facts.other_bodies import is_outlet, no_company

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Common nouns (lemmas) that stand for a named body after "the".
KIND_NOUNS = {
    "agency",
    "airline",
    "authority",
    "automaker",
    "bank",
    "carmaker",
    "board",
    "chipmaker",
    "drugmaker",
    "club",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "department",
    "federation",
    "firm",
    "foundation",
    "government",
    "hospital",
    "insurer",
    "group",
    "institute",
    "league",
    "ministry",
    "office",
    "organisation",
    "organization",
    "regulator",
    "steelmaker",
    "trust",
    "union",
    "university",
}
#: Kinds that any body is, whatever its trade ("the federal agency" may be a statistics office).
ANY_BODY_KINDS = {"agency", "authority", "company", "corporation", "firm", "group", "organisation", "organization"}
#: Words after a firm's own name that only say what kind of firm it is ("Acme Construction Ltd").
FIRM_WORDS = {
    "airline",
    "airlines",
    "bank",
    "co",
    "co.",
    "company",
    "construction",
    "corp",
    "corp.",
    "corporation",
    "group",
    "holdings",
    "inc",
    "inc.",
    "industries",
    "limited",
    "ltd",
    "ltd.",
    "motor",
    "motors",
    "plc",
}
#: Name words that say what a kind noun says ("the airline" → "Nordic Airways").
KIND_NAME_WORDS = {
    "airline": {"airline", "airlines", "airways"},
    "automaker": {"motor", "motors", "automobile", "automobiles"},
    "carmaker": {"motor", "motors", "automobile", "automobiles"},
    "insurer": {"insurance", "assurance"},
    "steelmaker": {"steel", "steels"},
    "drugmaker": {"pharma", "pharmaceutical", "pharmaceuticals"},
    "chipmaker": {"semiconductor", "semiconductors"},
}
#: Posts of people who speak for a body ("Harbour Board spokeswoman …").
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "representative"}


def named_again(ctx: ArticleContext, bodies: list[Span]) -> list[tuple[Span, str, Token | None]]:
    """(mention, the name it stands for, the verb of its own spokesperson's report or None), among
    the article's organisations and its `bodies` (`body_spans`)."""
    named = [(s, org_name(ctx, s)) for s in [*ctx.org_spans, *bodies]]
    named.sort(key=lambda p: p[0].start)
    taken = {i for s, _ in named for i in range(s.start, s.end)}
    found: list[tuple[Span, str, Token | None]] = []
    from quizgen.nlp import tokens_where

    for i in tokens_where(ctx.doc, "DEP", lambda dep: dep.startswith("nsubj")):  # subjects only: no Token for the rest
        token = ctx.doc[i]
        if token.i in taken or ctx.in_quote(token.idx):
            continue
        if token.pos_ == "NOUN" and token.lemma_.lower() in KIND_NOUNS and bare_kind(token):
            mention = ctx.doc[token.i - 1 : token.i + 1]
            own = _own_body(ctx, token)
            if own is not None:
                found.append((mention, own[0], own[1]))
                continue
            name = only_name_with(token, [(s, n) for s, n in named if s.start < token.i])
            if name is not None:
                found.append((mention, name, None))
        elif token.pos_ == "PROPN" and token.ent_type_ != "PERSON" and ctx.resolve_person(token) is None:
            name = short_name(token, [n for s, n in named if s.start < token.i])
            if name is not None:
                found.append((ctx.doc[token.i : token.i + 1], name, None))
    return found


def named_body(ctx: ArticleContext, noun: Token) -> Span | None:
    """'deputy director of the institute': the last mention of the one body named before `noun` whose
    name has the noun in it ("the Harbour Research Institute"), else None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIND_NOUNS or not bare_kind(noun):
        return None
    earlier = [(s, org_name(ctx, s)) for s in ctx.org_spans if s.end <= noun.i]
    name = only_name_with(noun, earlier)
    return next((s for s, n in reversed(earlier) if n == name), None) if name else None


def bare_kind(noun: Token) -> bool:
    """'the ministry' ('the trust's') and nothing more: no other word says which one."""
    kids = [c for c in noun.children if c.dep_ != "case"]
    return (
        len(kids) == 1
        and kids[0].dep_ == "det"
        and kids[0].lower_ == "the"
        and kids[0].i == noun.i - 1
        and noun.is_lower
    )


def only_name_with(noun: Token, earlier: list[tuple[Span, str]]) -> str | None:
    """The one body named before `noun` whose name has the noun in it ("the bank" → "Harbour Bank")."""
    word = noun.lemma_.lower()
    forms = KIND_NAME_WORDS.get(word, {word})
    names = {n for _s, n in earlier if forms & _heads(n) or _plural_of(word, n)}
    if len(names) != 1 or len(_written_names(forms, noun.doc.text[: noun.idx])) > 1:
        return None  # (the tagger missed one of two: "The Harwick Water Authority and the Port Authority met")
    return names.pop()


def _written_names(forms: Collection[str], text: str) -> set[str]:
    """The names in `text` headed by a kind's word in capitals ("Port Authority", "Harwick Water
    Authority", "Bank of Holm"), a name that only ends another ("Water Authority") left out."""
    heads = "|".join(re.escape(f.capitalize()) for f in forms)
    found = {
        m.group(0).removeprefix("The ").strip()
        for m in re.finditer(rf"(?:[A-Z][\w&'.-]*\s+){{1,5}}(?:{heads})\b(?:\s+of\s+[A-Z][\w-]*)?", text)
    }
    found.discard("")
    return {n for n in found if not any(n != o and o.endswith(" " + n) for o in found) and " " in n}


def _heads(name: str) -> set[str]:
    """The words that say what kind of body `name` is: its last ("Harbour Bank"), or the one before its
    first "of" ("Bank of England"). "the bank" is not the "Harbour Bank Workers Union", nor "the
    treasury" the "Commons Treasury Committee": a word that only qualifies the name says nothing of its kind."""
    words = [w.lower() for w in name.split()]
    heads = {words[-1]} if words else set()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), 0)
    if cut > 0 and not KIND_NOUNS & set(words[cut + 1 :]):
        heads.add(words[cut - 1])
    return heads


def _plural_of(word: str, name: str) -> bool:
    last = name.split()[-1].lower()
    return last in (word + "s", word[:-1] + "ies")


def _own_body(ctx: ArticleContext, noun: Token) -> tuple[str, Token] | None:
    """'Harbour Board spokeswoman Ann Lee said the department will …' → ("Harbour Board", said)."""
    clause = noun.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_ not in REPORTING:
        return None
    speaker = next((c for c in report.children if c.dep_ == "nsubj"), None)
    if speaker is None or ctx.resolve_person(speaker) is None:
        return None
    post = next((t for t in speaker.subtree if t.lemma_.lower() in SPOKESPEOPLE), None)
    if post is None:
        return None
    words: list[Token] = []
    for t in reversed(list(speaker.doc[speaker.left_edge.i : post.i])):
        if t.dep_ != "compound" or t.pos_ != "PROPN":
            break
        words.insert(0, t)
    if not words or words[0].i != speaker.left_edge.i:
        return None  # "a Canadian spokeswoman", "the former X spokeswoman": whose, unclear
    return ctx.long_form(" ".join(t.text for t in words)), report


def short_name(token: Token, earlier: list[str]) -> str | None:
    """'Acme' after 'Acme Construction Ltd' (and no other earlier name starting with 'Acme')."""
    if any(c.dep_ == "compound" for c in token.children) or token.dep_ == "compound":
        return None
    fits = {
        n
        for n in earlier
        if len(n.split()) >= 2 and n.split()[0] == token.text and all(w.lower() in FIRM_WORDS for w in n.split()[1:])
    }
    starts = {n for n in earlier if n.split()[0] == token.text}
    return fits.pop() if len(fits) == 1 and len(starts) == 1 else None


def owner_of_subject(ctx: ArticleContext, token: Token) -> str | None:
    """'Acme's overseas offices include … . The company also listed …' → "Acme": the one organisation
    the sentence before names, as the owner of its subject."""
    if token.sent.start == 0:
        return None
    prev = ctx.doc[token.sent.start - 1].sent
    orgs = [e for e in ctx.org_spans if prev.start <= e.start < token.i]
    if len({e.text for e in orgs}) != 1 or ctx.in_quote(orgs[0].start_char):
        return None
    root = orgs[0].root
    if root.dep_ != "poss" or not root.head.dep_.startswith("nsubj") or root.head.head != prev.root:
        return None
    if no_company(ctx, orgs[0]) or is_outlet(ctx, orgs[0]):
        return None  # "The FDA's panel backed the drug. The company will …": not the FDA
    return org_name(ctx, orgs[0])


def headed_by(name: str, word: str, forms: Collection[str] = ()) -> bool:
    """ "the ministry" for "Ministry of Transport" or "Transport Ministry", "the government" not for
    "Government House" (a building): the noun (or one of its `forms`: "Airways" for "airline") is the
    name's head, last or before "of"/"for"/"on" ("Commission on Human Rights")."""
    forms = set(forms) or {word}
    words = name.lower().split()
    return any(
        w in forms and (at == len(words) - 1 or words[at + 1] in ("of", "for", "on")) for at, w in enumerate(words)
    )


def may_be_called(name: str, kind: Token) -> bool:
    """May the body `name` be "the <kind>" at `kind`? A kind of one trade ("the ministry", "the central
    bank", "the union") is only a body whose name is headed by it ("Harbour Steel said …. The ministry
    said" is not the steelmaker; "Statistics Holm reported …. The central bank said" is not the
    statistics office); a kind any body is ("the federal agency", "the group") may be any, and "the
    company" any but a union, ministry, council …"""
    word = kind.lemma_.lower()
    if word in FIRM_KINDS and not may_be_firm(name):
        return False  # "The Dockers Union met …. The company said": a union is no company
    if word in ANY_BODY_KINDS:
        return True
    return headed_by(name, word, KIND_NAME_WORDS.get(word, {word, word + "s"}))


#: Heads of bodies that are no firm: "the company" of a story is never its union, ministry or council.
NOT_FIRMS = NOT_COMPANIES | {"union", "senate", "congress", "society", "confederation"}
#: Stand-ins that only a firm is called ("the company said", "the firm's").
FIRM_KINDS = {"company", "firm", "corporation"}


def may_be_firm(name: str) -> bool:
    """May "the company" (or any stand-in for a firm: "the firm", "the operator" …) stand for `name`? Not when its name
    says it is a union, a ministry, a council … ("Union officials met the airline. The company said …")."""
    return not any(headed_by(name, word) for word in NOT_FIRMS & set(name.lower().split()))
