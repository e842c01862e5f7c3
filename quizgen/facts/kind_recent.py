""" "The RMT union called a strike …. The union said …": "the <kind>" for the body last named as one.

About one news speaker in five is a body, and copy names it once ("the RMT union", "Helios, the
energy company,", "Harbour Bank") and then quotes "the union", "the company", "the bank". That
body speaks when it is the last one the article named as of that kind, and no other body of the
kind (named, or not: "a court in Pune", "other unions", "the central bank") stands between the two,
in the paragraph of "the <kind>", or in the paragraph that named the body. A body of that kind
named elsewhere in the article lets the link reach back one paragraph at most. Anything else:
nobody, since a wrong speaker is the worst answer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.body_reporting import headed_by_kind
from quizgen.facts.ctx_memo import once_read
from quizgen.facts.lexicon import NEWS_AGENCIES, REPORTING
from quizgen.facts.org_refs import FIRM_WORDS, KIND_NAME_WORDS, KIND_NOUNS, headed_by, may_be_called
from quizgen.facts.other_bodies import is_outlet
from quizgen.nlp import tokens_where
from quizgen.text import named_mid_sentence, strip_the

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Other nouns news uses for a body of the same kind ("the lender" for a bank).
SAME_KIND = {"bank": {"lender"}, "company": {"firm"}, "firm": {"company"}}
#: Heads of names that say a body is of some kind ("Federal Court", "Labour Party").
OTHER_KINDS = KIND_NOUNS | {"court", "party", "police", "service", "association", "tribunal", "parliament", "cabinet"}
#: Nouns that say what trade a named body is in ("carmaker Holden", "Tata Steel, the steelmaker,").
TRADES = set(
    "carmaker steelmaker retailer supplier utility lender insurer developer operator producer maker"
    " manufacturer miner charity watchdog broadcaster chain carrier brewer builder grocer".split()
)


def recent_kind_body(ctx: ArticleContext, token: Token, also: Collection[str] = ()) -> tuple[Span | None, bool]:
    """(The named body "the <kind>" at `token` stands for by the rule above, or None; whether another
    body of the kind near makes which one open, so nobody is asked). `also`: names (lower case) other
    rules already count as of the kind, so they count here as rivals too."""
    kinds = {token.lemma_.lower(), *SAME_KIND.get(token.lemma_.lower(), ())}
    described = _descriptions(ctx)
    bodies = _kind_bodies(ctx, token, kinds, described)
    for name in also:
        bodies.setdefault(name, None)
    for span in ctx.org_spans:  # "the company" may be any firm named, described as one or not
        name = strip_the(span.text)
        if may_be_called(name, token) and not _wire(ctx, span):
            bodies.setdefault(name.lower(), None)
    if central_kind(token):  # "the central bank": only a bank its name or the article calls one
        bodies = {
            n: b if _central(n, described) else None
            for n, b in bodies.items()
            if _may_be_central(n) or _central(n, described)
        }
    seen = {name: _mentions(ctx, name) for name in bodies}
    before = {n: [at for at in ats if at < token.idx] for n, ats in seen.items()}
    named = [n for n in bodies if before[n] and bodies[n] is not None]
    if not named:
        return None, False
    last = max(named, key=lambda n: before[n][-1])
    at = before[last][-1]
    para = _paragraphs(ctx)
    here, there = _para(para, token.idx), _para(para, at)

    def near(char: int) -> bool:
        return _para(para, char) in (here, there) or at < char < token.idx

    rivals = [n for n in seen if not _same(n, last) and seen[n]]
    if any(near(a) for rival in rivals for a in seen[rival]):
        return None, True
    if rivals and here - there > 1:
        return None, False
    for name, char in _named_near(ctx):  # "Westpac said …. The bank said": a body of no stated kind, close by
        central = central_kind(token) and not _may_be_central(name)  # "Access Bank" is not "the central bank"
        if near(char) and not _same(name, last) and not central and not _other_kind(name, kinds, described):
            return None, True
    if _unnamed_between(ctx, at, token, kinds):
        return None, True
    return bodies[last], False


def central_kind(token: Token) -> bool:
    """ "the central bank": "the", "central", "bank" and nothing else."""
    before = [c.lower_ for c in token.children if c.i < token.i]
    return token.lower_ == "bank" and before == ["the", "central"] and token.doc[token.i - 1].lower_ == "central"


def _central(name: str, described: dict[str, set[str]]) -> bool:
    return "central" in name.split() or "central bank" in described.get(name, ())


def _may_be_central(name: str) -> bool:
    """ "Bank of Japan", "Reserve Bank of India", "People's Bank of China", "Swiss National Bank": a bank
    whose name may be a central bank's, unlike "Siam Commercial Bank", "Access Bank" or "National
    Australia Bank", which never stand for "the central bank"."""
    words = name.split()
    return _says_central(name) or words[:2] == ["bank", "of"] or words[:3] == ["people's", "bank", "of"]


#: "Swiss National Bank", "Czech National Bank": a country's word, then "National Bank", and nothing else.
_NATIONAL = re.compile(r"[a-z]+ national bank")


def _says_central(name: str) -> bool:
    """ "Reserve Bank of Holmland", "Central Bank of Orvia", "Swiss National Bank": a name that says it is
    a central bank. "Bank of X" alone does not ("Bank of America said …. The central bank said" is not it)."""
    return bool({"central", "reserve"} & set(name.split())) or _NATIONAL.fullmatch(name) is not None


def central_spoke_before(ctx: ArticleContext, token: Token) -> bool:
    """ "Holmland's Reserve Bank said …. The central bank said": the one speaker of the sentence before
    is a body whose name says it is a central bank (never "Harbour Commercial Bank" or a lone "Bank of X")."""
    if token.sent.start == 0:
        return False
    before = ctx.doc[token.sent.start - 1].sent
    speaking = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_ in REPORTING and not ctx.in_quote(t.idx)]
    ent = ctx.ent_at(speaking[0]) if len(speaking) == 1 else None
    return ent is not None and ent.label_ == "ORG" and _says_central(strip_the(ent.text).lower())


def _kind_bodies(
    ctx: ArticleContext, token: Token, kinds: set[str], described: dict[str, set[str]]
) -> dict[str, Span | None]:
    """Every body (by lower-case name, with one span of it) the article names as of the kind, before
    `token` or after it: headed by the kind ("Harbour Bank", "Bank of Thailand"), followed by it
    ("the RMT union", "Gor Mahia football club"), or set beside a noun of it ("Helios, the energy
    company,", "rival lender Harbour Bank")."""
    found: dict[str, Span | None] = {}
    for span in ctx.org_spans:
        name = strip_the(span.text)
        if (headed_by_kind(name.lower(), token) or _kind_after(span, kinds)) and not _wire(ctx, span):
            found.setdefault(name.lower(), _trimmed(span))
    forms = KIND_NAME_WORDS.get(token.lemma_.lower(), {token.lemma_.lower()})
    for head in _free_names(ctx):  # "North Yorkshire County Council", however the tagger read its places
        if head.lower_ in forms:
            span = _of_place(_name_run(head, places=True))
            if len(span) > 1 and not ctx.in_quote(head.idx) and not _torn(span):
                found.setdefault(strip_the(span.text).lower(), span)
    for name, (span, nouns) in _described_spans(ctx).items():
        if nouns & kinds:
            found.setdefault(name, span)
    return found


def _free_names(ctx: ArticleContext) -> list[Token]:
    """The capitalised proper nouns outside the article's organisations, found once per article."""
    return once_read(ctx, "kind_recent.free_names", None, lambda: _find_free_names(ctx))


def _find_free_names(ctx: ArticleContext) -> list[Token]:
    taken = {t.i for span in ctx.org_spans for t in span}
    names = map(ctx.doc.__getitem__, tokens_where(ctx.doc, "POS", "PROPN".__eq__))
    return [head for head in names if head.is_title and head.i not in taken]


def _described_spans(ctx: ArticleContext) -> dict[str, tuple[Span, set[str]]]:
    """Names (no person's or place's) and the nouns set beside them: "Helios, the energy company,",
    "carmaker Holden", "the Unite union"; found once per article (each "the <kind>" asks)."""
    return once_read(ctx, "kind_recent.described", None, lambda: _find_described(ctx))


def _find_described(ctx: ArticleContext) -> dict[str, tuple[Span, set[str]]]:
    found: dict[str, tuple[Span, set[str]]] = {}
    for noun in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "POS", "NOUN".__eq__)):  # no Token for the rest
        if not noun.is_lower or ctx.in_quote(noun.idx):
            continue
        beside = [c for c in noun.children if c.dep_ == "appos"]
        if noun.dep_ in ("appos", "compound"):
            beside.append(noun.head)
        prev = noun.doc[noun.i - 1] if noun.i > 0 else None
        if (
            prev is not None
            and prev.pos_ == "PROPN"
            and prev.head.i in (noun.i, noun.head.i)
            and noun.lemma_ in OTHER_KINDS
        ):
            beside.append(prev)  # "Unite union members"
        for head in beside:
            if (
                head.pos_ == "PROPN"
                and head.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE", "LOC")
                and _next_to(noun, head)
            ):
                span = next((_trimmed(o) for o in ctx.org_spans if o.start <= head.i < o.end), _name_run(head))
                name = strip_the(span.text).lower()
                nouns = found.setdefault(name, (span, set()))[1]
                nouns.add(noun.lemma_.lower())
                if any(c.lower_ == "central" for c in noun.children):
                    nouns.add("central " + noun.lemma_.lower())
    return found


def _name_run(head: Token, places: bool = False) -> Span:
    """ "Ovo Energy" for "Energy": the proper nouns right before the name's head (never a date's;
    with `places`, a place's: "North Yorkshire County Council")."""
    doc, start = head.doc, head.i
    while start > head.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        stop = ("DATE", "PERSON") if places else ("DATE", "GPE", "PERSON")
        if doc[start - 1].ent_type_ in stop or (not places and doc[start - 1].head.i != head.i):
            break
        start -= 1
    return doc[start : head.i + 1]


def _of_place(span: Span) -> Span:
    """ "Ministry of Finance", "Bank of Kestria": the name goes on past "of" with proper nouns."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].pos_ == "PROPN":
        end += 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
    return doc[span.start : end]


def _torn(span: Span) -> bool:
    """ "[South Fenmoor] District Council": a name the parser began after a capitalised word."""
    before = span.doc[span.start - 1] if span.start > span.sent.start else None
    return before is not None and before.is_title and before.pos_ == "PROPN"


def _next_to(noun: Token, name: Token) -> bool:
    """ "Orvane, the shipping company,", "the shipping company, Orvane,", "carmaker Holden": the noun's
    phrase and the name touch (a comma between at most), not "OSLO, May 4 - Orvane, the … company"."""
    doc = noun.doc
    if noun.i < name.i:
        return noun.i + 1 == name.i or (doc[noun.i + 1].text == "," and name.left_edge.i == noun.i + 2)
    run = _name_run(name)
    if noun.i - 1 == name.i or (noun.i - 1 == run.end - 1 and noun.i > run.end - 1):
        return True
    comma = noun.left_edge.i - 1  # "The Bank of Kestria, the country's central bank,"
    inside = doc[name.i + 1 : comma]
    return doc[comma].text == "," and all(t.pos_ == "PROPN" or t.lower_ in ("of", "for", "the", "and") for t in inside)


def _descriptions(ctx: ArticleContext) -> dict[str, set[str]]:
    return once_read(
        ctx, "kind_recent.descriptions", None, lambda: {n: nouns for n, (_, nouns) in _described_spans(ctx).items()}
    )


def _named_near(ctx: ArticleContext) -> list[tuple[str, int]]:
    """(name, where) of every body the article names, and of every name that is a clause's subject
    ("Westpac said", "Westpac cut") and no person's or place's: the press that reports the story aside.
    Found once per article."""
    return once_read(ctx, "kind_recent.named_near", None, lambda: _find_named_near(ctx))


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _find_named_near(ctx: ArticleContext) -> list[tuple[str, int]]:
    found = [(strip_the(s.text).lower(), s.start_char) for s in ctx.org_spans if not _wire(ctx, s)]
    for t in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "DEP", _SUBJECTS.__contains__)):  # no Token for the rest
        if t.pos_ == "PROPN" and not ctx.in_quote(t.idx):
            if t.ent_type_ not in ("PERSON", "GPE", "NORP") and ctx.resolve_person(t) is None:
                span = _name_run(t, places=True)
                common = len(span) == 1 and t.is_sent_start and not named_mid_sentence(t.text, ctx.text)
                if strip_the(span.text) not in NEWS_AGENCIES and not common:  # not "Turnout was 58 per cent"
                    found.append((strip_the(span.text).lower(), span.start_char))
    return found


def _other_kind(name: str, kinds: set[str], described: dict[str, set[str]]) -> bool:
    """ "the Department for Transport", "carmaker Holden", "Holden, the carmaker,": a body its name or
    a noun beside it says is of another kind than "the <kind>"."""
    if any(headed_by(name, word) for word in OTHER_KINDS - kinds):
        return True
    nouns = next((n for key, n in described.items() if _same(key, name)), set()) & (OTHER_KINDS | TRADES)
    return bool(nouns) and not nouns & kinds


def _wire(ctx: ArticleContext, span: Span) -> bool:
    """ "(Reuters)", "the company told Bloomberg": the press reporting the story, not a body in it."""
    return strip_the(span_text(span)) in NEWS_AGENCIES or is_outlet(ctx, span)


def _kind_after(span: Span, kinds: set[str]) -> bool:
    """ "the RMT union", "Gor Mahia football club": the kind noun after the name heads it."""
    doc = span.doc
    for at in range(span.end, min(span.end + 3, len(doc))):
        word = doc[at]
        if word.lemma_.lower() in kinds and word.pos_ == "NOUN":
            return span.root.head.i == at or span.root.head.head.i == at
        if not (word.is_lower and word.is_alpha):
            return False
    return False


def _trimmed(span: Span) -> Span:
    """ "The Harbour Authority (HA": the name only."""
    cut = next((t.i for t in span if t.text == "("), span.end)
    return span.doc[span.start : cut]


def _mentions(ctx: ArticleContext, name: str) -> list[int]:
    """Where the article names `name`, in full or by its first words without "Ltd", "Corp" …"""
    return once_read(ctx, "kind_recent.mentions", name, lambda: _find_mentions(ctx, name))


def _find_mentions(ctx: ArticleContext, name: str) -> list[int]:
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in FIRM_WORDS:
        words.pop()
    forms = {name, " ".join(words)}
    found: set[int] = set()
    for form in forms:
        matches = re.finditer(rf"\b{re.escape(form)}\b", ctx.text, re.IGNORECASE)
        found.update(m.start() for m in matches if not m.group()[0].islower())  # not "the central bank"
    return sorted(found)


def _same(one: str, other: str) -> bool:
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")


def _unnamed_between(ctx: ArticleContext, at: int, token: Token, kinds: set[str]) -> bool:
    """A noun of the kind between the body's name and "the <kind>" that is neither its description
    ("Helios, the energy company,") nor a bare "the <kind>" again: "a court in Pune", "other unions",
    "the central bank"."""
    doc = token.doc
    for noun in map(doc.__getitem__, tokens_where(doc, "LEMMA", lambda lemma: lemma.lower() in kinds)):
        if not at < noun.idx < token.idx or noun.pos_ != "NOUN":
            continue
        if noun.dep_ in ("appos", "compound") and noun.head.pos_ == "PROPN":
            continue  # its description, or another body's (counted as named)
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children):
            continue
        before = [c for c in noun.children if c.i < noun.i]
        plain = noun.tag_ == "NN" and before and before[0].lower_ == "the"
        if plain and all(c.lower_ == "the" or (c.is_lower and c.dep_ in ("amod", "compound")) for c in before):
            if not any(c.lower_ in ("central", "rival", "other", "another") for c in before):
                continue
        if noun.i > 0 and noun.doc[noun.i - 1].pos_ == "PROPN":
            continue  # "the RMT union": the name's own kind
        return True
    return False


def _paragraphs(ctx: ArticleContext) -> list[int]:
    """Where each paragraph after the first starts: a blank line (or an indented line), else each line."""
    return once_read(ctx, "kind_recent.paragraphs", None, lambda: _find_paragraphs(ctx.text))


def _find_paragraphs(text: str) -> list[int]:
    pattern = r"\n\s*\n|\n(?=[ \t])" if re.search(r"\n\s*\n|\n[ \t]", text) else r"\n"
    return [m.end() for m in re.finditer(pattern, text)]


def _para(starts: list[int], char: int) -> int:
    return bisect_right(starts, char)
