"""Names found by what stands before them: a title ("President Okafor", "National Security Adviser
Ann Ruiz"), a word of address ("Sheikh Hamad bin Ali Al Kuwari"), or nothing NER tagged ("Hu Li").

The context's people registry adds these to the names NER found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.honorifics import ARABIC_PARTICLES, honour_words, name_length
from quizgen.facts.lexicon import NOT_NAME_WORDS
from quizgen.facts.places import US_STATES, is_country
from quizgen.facts.post_words import PORTFOLIO_ENDS, PORTFOLIO_FIELDS
from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext


def titled_names(ctx: ArticleContext) -> Iterator[tuple[Span, str]]:
    """Names right after a title, with the title as another form of a one-word name: "President
    Okafor", "National Security Adviser Ann Ruiz" (NER: an organisation), "professor Hu
    Li" (NER: nothing). One word needs NER's PERSON; more need no entity or a whole ORG."""
    from quizgen.nlp import tokens_where

    doc = ctx.doc
    posts = [i for i in tokens_where(doc, "ORTH", is_post) if i < len(doc) - 1]  # no Token for the other words
    for tok in map(doc.__getitem__, posts):
        if tok.lower_ == "general" or ctx.in_quote(tok.idx):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].text.istitle():
            end += 1
        joined = _hyphened_end(doc, tok.i + 1, end)  # "Kwon Young-se": the parser splits at the hyphen
        name = doc[tok.i + 1 : joined or end]
        ent = ctx.ent_at(name[-1]) if name else None
        if (
            not name
            or name[-1].lower_ in NOT_NAME_WORDS
            or any(is_post(t.text) for t in name)
            or (ent is not None and ent.end > name.end)
            or (not joined and end < len(doc) and doc[end].text == "-")
            or (joined and ent is not None and ent.label_ == "PERSON")
        ):
            continue  # a longer name ("Beaumont-Dark") is NER's
        capital = tok.text[:1].isupper()
        tagged = all(t.ent_type_ == "PERSON" for t in name) and capital
        whole_org = len(name) >= 2 and all(t.ent_type_ in MISREAD_AS for t in name) and tok.ent_type_ in MISREAD_AS
        untagged = len(name) >= 2 and not any(t.ent_type_ for t in name)
        if tagged or whole_org or untagged or _placed_name(tok, name, ent):
            yield name, f"{tok.text} {name.text}"
    for name in honoured_names(ctx):
        yield name, name.text
    for name in portfolio_names(ctx):
        yield name, name.text


def portfolio_names(ctx: ArticleContext) -> Iterator[Span]:
    """ "Minister for Public Expenditure and Reform [Paschal Donohoe]", "Minister of State for Transport
    [Lim Wei Ming]": the capitalised words ending a portfolio title, NER left untagged, when the name
    comes back elsewhere in the article ("Minister Donohoe", "Mr Lim"): where the portfolio ends and
    the name starts is otherwise a guess."""
    from quizgen.nlp import tokens_where

    doc = ctx.doc
    for tok in map(doc.__getitem__, tokens_where(doc, "ORTH", is_post)):  # no Token for the other words
        at = tok.i + 1 + 2 * (doc[tok.i + 1 : tok.i + 3].text == "of State" if tok.i + 3 < len(doc) else 0)
        if not tok.text.istitle() or at + 1 >= len(doc) or doc[at].lower_ != "for":
            continue
        end = at + 1
        while end < len(doc) and (doc[end].text.istitle() or doc[end].lower_ in ("and", "&")) and end - at < 14:
            end += 1
        if end - at < 4 or ctx.in_quote(tok.idx):
            continue
        name = next((n for n in (doc[end - 2 : end], doc[end - 3 : end]) if _named_again_after(ctx, n, at)), None)
        if (
            name is None
            or doc[name.start - 1].lower_ in ("and", "&", "for")
            or any(t.ent_type_ or t.pos_ != "PROPN" or is_post(t.text) for t in name)
            or name[0].lower_ in PORTFOLIO_FIELDS
        ):
            continue
        name = _given_name_glued(name, at)
        if name is not None:
            yield name


def _given_name_glued(name: Span, at: int) -> Span | None:
    """ "Minister for Education [Rana] Tanveer Hussain": a word between a portfolio's field and the
    two name words found is no portfolio word but the holder's given name, and the name takes it.
    When no portfolio word comes before the two either, where the portfolio ends is a guess, and
    no name is taken (a given name glued onto a post is a wrong answer twice over)."""
    doc, ends = name.doc, PORTFOLIO_FIELDS | PORTFOLIO_ENDS
    before = doc[name.start - 1]
    if len(name) == 3 or before.lower_ in ends:
        return name
    if before.i - 1 > at and doc[before.i - 1].lower_ in ends and before.pos_ == "PROPN" and not before.ent_type_:
        return doc[before.i : name.end]
    return None


def _named_again_after(ctx: ArticleContext, name: Span, at: int) -> bool:
    """Two words whose last comes back in the article ("Minister Donohoe"), or three whose first
    comes back after a word of address ("Mr Lim": a surname written first)."""
    if name.start <= at + 1:
        return False  # the portfolio needs a word of its own
    if len(name) == 2:
        return ctx.text.count(name[-1].text) >= 2
    return re.search(rf"\b(?:Mr|Ms|Mrs|Madam|Dr)\.? {re.escape(name[0].text)}\b", ctx.text) is not None


#: Labels NER gives a post and the name after it read as one thing: "Unification Minister Kwon
#: Young-se" as a title of a work, "Harbour Board Chairman Ann Lind" as an organisation.
MISREAD_AS = {"ORG", "WORK_OF_ART", "PRODUCT"}


def _hyphened_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a name of two or three words runs on across a hyphen with no space around it ("Kwon
    Young-se", "Ann Berg-Lind"), or None when it does not."""
    if not 2 <= end - start <= 3 or end + 1 >= len(doc) or doc[end].text != "-":
        return None
    if doc[end - 1].whitespace_ or doc[end].whitespace_ or not doc[end + 1].is_alpha:
        return None
    after = doc[end + 1]
    if not (after.text.istitle() or (after.is_lower and len(after) <= 4 and after.tag_ == "NNP")):
        return None  # "Ann Lind-led", not a name's last syllable
    return end + 2


def _placed_name(post: Token, name: Span, ent: Span | None) -> bool:
    """ "ESA astronaut [Matthias Maurer]" tagged a place: two name words after a lower-case
    occupation, exactly one entity of no known country or state, are a person."""
    return (
        post.text.islower()
        and len(name) >= 2
        and ent is not None
        and ent.label_ == "GPE"
        and (ent.start, ent.end) == (name.start, name.end)
        and not is_country(ent.text)
        and ent.text not in US_STATES
    )


def honoured_names(ctx: ArticleContext) -> Iterator[Span]:
    """Names right after a word of address, which NER often reads into an organisation: "Foreign
    Secretary H E Ann Ruiz", "Sheikh Hamad bin Ali Al Kuwari". Two name words at least."""
    doc = ctx.doc
    honour = honour_words(doc)
    for i in honour:
        if i >= len(doc) - 2 or i + 1 in honour or ctx.in_quote(doc[i].idx):
            continue
        tok = doc[i]
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 7 and _name_part(doc, end):
            end += 1
        while end > tok.i + 1 and (doc[end - 1].text in ARABIC_PARTICLES or doc[end - 1].text == "-"):
            end -= 1  # a name ends on a word, not on "bin"
        name = doc[tok.i + 1 : end]
        if name_length(name.text) >= 2 and name[-1].lower_ not in NOT_NAME_WORDS and name[-1].ent_type_ != "GPE":
            yield name


def _name_part(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text in ARABIC_PARTICLES or (tok.text == "-" and not tok.whitespace_ and doc[i - 1].lower_ == "al"):
        return True
    return tok.pos_ == "PROPN" and tok.text.istitle() and not is_post(tok.text) and tok.ent_type_ not in ("GPE", "DATE")


def untagged_names(doc: Doc) -> Iterator[Span]:
    """Runs of two or three capitalised proper nouns NER left untagged ("Hu Li"): maybe a name."""
    from quizgen.nlp import tokens_where

    propn, word = [False] * len(doc), [False] * len(doc)  # found once, then plain lists
    for t in map(doc.__getitem__, tokens_where(doc, "POS", "PROPN".__eq__)):  # no Token for the other words
        propn[t.i], word[t.i] = True, t.text.istitle() and not t.ent_type_
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and word[end]:
            end += 1
        alone = (end == len(doc) or not propn[end]) and (i == 0 or not propn[i - 1])
        if end - i >= 2 and alone:
            yield doc[i:end]
        i = max(end, i + 1)


#: Words a post's long name runs through before the holder's name: "Minister of State for Health
#: (Independent Charge) Ann Roy".
_TITLE_JOINS = {"of", "for", "and", "the", "&", "(", ")", "-"}


def name_after_post(post: Token) -> Token | None:
    """The last word of the name a long capitalised post leads up to ("[Minister] of State for
    Health (Independent Charge) Ann [Roy]"), within the post's own phrase; None when a word that
    is no part of a title comes first, or no name ends the phrase."""
    if not (post.text[:1].isupper() and (is_post(post.text) or post.text == "Speaker")):  # of a parliament
        return None
    doc, inside = post.doc, {t.i for t in post.subtree}
    i = post.i + 1
    while i < len(doc) and i in inside and (doc[i].text[:1].isupper() or doc[i].lower_ in _TITLE_JOINS):
        if doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN":
            end = i
            while end + 1 in inside and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].pos_ == "PROPN":
                end += 1
            after = doc[end + 1] if end + 1 < len(doc) else None
            named_for = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
            return None if named_for else doc[end]  # not "Director of the [Ann Lind] Foundation Tom Berg"
        i += 1
    return None
