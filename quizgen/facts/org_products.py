"""The body named in a "by" phrase after what it put out: "A 2021 report by the Harbour Board found …",
"a study by researchers at Orvell University found …", "…, according to a poll by the Kestrel Institute".

Asked as "Which organization's 2021 report found …?", "A study by researchers at which institution
found …?" and "Which organization's poll found that …?" (for "according to": the poll's finding is
the sentence's main clause). Asked only when the product heads the subject of a verb of finding or
is the object of "according to" that sets off a whole main clause: a report that someone else only
"commissioned" or "cited" says nothing of who made it, and "this story was first published by …"
is no product.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted
from quizgen.facts.clause_subjects import after_dateline
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.described import indefinite_article
from quizgen.facts.org_names import asked_as, org_name

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: What a body makes under its name and what it then "finds".
FINDINGS = set("poll survey report study analysis review audit investigation census assessment".split())
#: Verbs by which a product tells what it found.
FINDING_VERBS = set(
    "find show suggest estimate conclude reveal warn predict indicate project forecast highlight say recommend".split()
)
#: Verbs after a finding that comes first, which "found that" words truly: not "…, a report said".
FRONTED_VERBS = {"find", "show", "suggest", "conclude", "reveal"}
#: People a product is "by" when their employer is the body: "a study by researchers at X".
MAKERS = set("researcher scientist economist academic expert team analyst".split())
#: Participles that say the body made the product: "a report released by X" (not "commissioned by X").
MADE = set("release publish conduct compile prepare produce issue carry lead".split())
#: Words before a product that tell nothing of it: "a separate study" is asked as "study".
IDLE = {"separate", "another", "further", "new", "latest", "recent", "earlier", "second", "fresh"}


def product_makers(ctx: ArticleContext, ent: Span) -> tuple[str, list[str], Token] | None:
    """The question, the answer list and the verb, when `ent` made a product that found something."""
    if ctx.in_quote(ent.start_char):
        return None
    by, researchers = _by_of(ent)
    if by is None:
        return None
    product = by.head
    if product.tag_ == "VBN" and product.dep_ == "acl" and product.lemma_ in MADE and by.dep_ == "agent":
        product = product.head  # "a report released on Tuesday by X"
    elif by.dep_ != "prep":
        return None
    if product.lemma_.lower() not in FINDINGS or product.pos_ != "NOUN" or product.tag_ != "NN":
        return None
    name = org_name(ctx, ent)
    if product.dep_ == "nsubj":
        return _as_subject(ctx, ent, product, researchers, name)
    if product.dep_ == "pobj" and product.head.lower_ == "to" and product.head.head.lower_ == "according":
        return _according_to(ctx, product, product.head.head, researchers, name)
    return None


def _by_of(ent: Span) -> tuple[Token | None, Token | None]:
    """The "by" before `ent` ("by the X", "by research firm X", "by researchers at X"), and the makers'
    noun when the body is their employer."""
    doc, i = ent.doc, ent.start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "DET") and doc[i].head.i >= ent.start:
        i -= 1  # "by research firm X", "by the X": a word of kind before the name
    if i < 0:
        return None, None
    if doc[i].lower_ == "by" and ent.root.head.i == i:
        return doc[i], None
    if doc[i].lower_ in ("at", "from", "of") and doc[i].head.lemma_.lower() in MAKERS and i >= 2:
        maker = doc[i].head
        by = maker.head
        if maker.dep_ == "pobj" and by.lower_ == "by" and maker.i == by.i + 1 + (doc[by.i + 1].dep_ == "det"):
            return by, maker
    return None, None


def _premodifiers(product: Token) -> str:
    """'2021' in "a 2021 report", without "a" or "separate"."""
    kept = [c for c in product.lefts if c.dep_ in ("nummod", "amod", "compound") and c.lower_ not in IDLE]
    return words_of(kept)


def _as_subject(
    ctx: ArticleContext, ent: Span, product: Token, researchers: Token | None, name: str
) -> tuple[str, list[str], Token] | None:
    """'A 2021 report by X found that …' → "Which organization's 2021 report found that …?"."""
    verb = product.head
    if researchers is None and (fronted := _fronted(ctx, product, verb, name)) is not None:
        return fronted
    if verb.lemma_ not in FINDING_VERBS or verb.pos_ != "VERB" or not_asserted(verb):
        return None
    if not any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
        return None  # "The wall is failing, a report by X said": what it found stands before, not after
    if verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    wh, kind = asked_as(name), _kind(product)
    if researchers is None:
        lead = f"{wh}'s {kind}"
    else:
        by = f"by {researchers.text} {ent.doc[researchers.i + 1].text}"
        lead = f"{indefinite_article(kind).capitalize()} {kind} {by} w{wh[1:]}"
    target = ent.doc[product.left_edge.i : ent.end]
    rest = [t for t in product.subtree if t.i >= ent.end]  # ", published in 2019,": an aside of the product
    question = ask(ctx, target, lead, drop_dates=False, extra_drop=rest)
    if question is None or not question.startswith(lead + " ") or f" {verb.text} " not in question:
        return None
    return question, [name], verb


def _according_to(
    ctx: ArticleContext, product: Token, according: Token, researchers: Token | None, name: str
) -> tuple[str, list[str], Token] | None:
    """'Prices will rise, according to a poll by X' → "Which organization's poll found that prices will rise?"."""
    verb = according.head
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or researchers is not None or not_asserted(verb):
        return None
    clause = _rest_of_sentence(ctx, according)
    if clause is None:
        return None
    return f"{asked_as(name)}'s {_kind(product)} found that {clause}?", [name], product


def _fronted(ctx: ArticleContext, product: Token, verb: Token, name: str) -> tuple[str, list[str], Token] | None:
    """'Most drivers want bus lanes, a survey by X has found' → "Which organization's survey found that
    most drivers want bus lanes?": the finding comes first, the product's clause closes the sentence."""
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < product.i]
    if verb.dep_ != "ROOT" or verb.lemma_ not in FRONTED_VERBS or len(said) != 1:
        return None
    opening = ctx.doc[said[0].left_edge.i]
    if opening.i != verb.sent.start and not after_dateline(opening):
        return None
    first = ctx.doc[product.left_edge.i]
    if ctx.doc[first.i - 1].text != "," or any(t.i > verb.i and not (t.is_punct or t.is_space) for t in verb.sent):
        return None  # "…, a survey by X has found, adding …": more than the finding
    clause = _rest_of_sentence(ctx, ctx.doc[first.i - 1 : verb.i + 1])
    if clause is None:
        return None
    return f"{asked_as(name)}'s {_kind(product)} found that {clause}?", [name], verb


def _rest_of_sentence(ctx: ArticleContext, cut: Token | Span) -> str | None:
    """The sentence without `cut` (a phrase set off by a comma at its start or end, with its
    subtree for a token), as a clause to follow "found that"; None when it would not stand alone."""
    from spacy.tokens import Span

    sent = cut.sent
    first, last = (cut.start, cut.end - 1) if isinstance(cut, Span) else (cut.left_edge.i, cut.right_edge.i)
    if first != sent.start and ctx.doc[first - 1].text != "," and ctx.doc[first].text != ",":
        return None
    after = last + 1
    if after < sent.end and ctx.doc[after].text == ")" and "(" in ctx.doc[first:after].text:
        last = after  # "… by the Kestrel Institute (KI)": the parse hangs ")" on the main verb
        after += 1
    if after < sent.end and ctx.doc[after].text not in (",", ".") and not ctx.doc[after].is_space:
        return None  # the phrase runs into more of the sentence: no clean clause to carry
    # "SINGAPORE - Most …": the sentence's own words start at "Most"
    own = next((t.i for t in sent if t.i > sent.start and t.doc[t.i - 1].whitespace_ and after_dateline(t)), sent.start)
    kept = [t for t in sent if not first <= t.i <= last and not t.is_space and t.i >= own]
    while kept and (kept[-1].is_punct or kept[-1].dep_ == "cc"):
        kept.pop()
    while kept and kept[0].is_punct:
        kept.pop(0)
    if len(kept) < 5 or any(t.is_quote or (t.is_punct and t.text in ";:()") for t in kept):
        return None
    lead = kept[0]
    if lead.pos_ == "PRON" or lead.lower_ in ("this", "that", "these", "those", "but", "and"):
        return None  # "It will rise, according to …": the clause leans on what came before
    clause = words_of(kept)
    if lead.pos_ != "PROPN" and not lead.text.isupper():
        clause = clause[:1].lower() + clause[1:]
    return clause


def _kind(product: Token) -> str:
    """'2021 report' in "a 2021 report", without "a" or "separate"."""
    return " ".join(filter(None, [_premodifiers(product), product.text]))
