"""Which words name an organisation: the whole name, its aliases, the list it stands in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.context import ArticleContext
from quizgen.facts.wording import with_the
from quizgen.text import strip_the
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


#: Verbs of a match: the one who won or lost it is asked as a team.
MATCH_VERBS = {"win", "lose", "beat", "draw", "defeat", "thrash", "edge"}
MATCH_NOUNS = {"game", "match", "final", "semi-final", "tie", "series", "title", "championship", "cup"}


def asked_as(name: str, verb: Token | None = None) -> str:
    """How a question asks for the body `name` (the doer of `verb`): "Which institution" for a
    university, "Which court", "Which party", "Which government", "Which authorities", "Which team" for the winner
    of a match, else "Which organization". Never "Who": a body is no person."""
    last = name.split()[-1].lower() if name.split() else ""
    if verb is not None and is_match_result(verb):
        return "Which team"
    if re.search(r"University|Academy|Institute|College|School", name):
        return "Which institution"
    if last in ("party", "government", "authorities"):
        return f"Which {last}"
    if re.search(r"\b(?:Court|Tribunal)\b", name):
        return "Which court"  # a court among courts, never "Which organization" sentenced him
    return "Which organization"


#: Kinds of body a name may stand before, the kind's noun then heading the subject: "the GMB union".
KIND_NOUNS = frozenset("union party group chain carrier airline regulator watchdog".split())


def kind_after(ent: Span) -> Token | None:
    """'The GMB union has launched …': the kind's noun right after the name, heading the subject that
    the name only qualifies; None when the name is the head itself or a word comes between."""
    doc, root = ent.doc, ent.root
    if ent.end >= len(doc) or root.dep_ != "compound" or root.head.i != ent.end:
        return None
    noun = doc[ent.end]
    return noun if noun.lower_ in KIND_NOUNS and noun.dep_ == "nsubj" else None


def is_match_result(verb: Token) -> bool:
    """'beat X 2-0', 'held off X, 113-112', 'raced to a five-wicket win over X': a match won or lost."""
    held_off = verb.lemma_ == "hold" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return (verb.lemma_ in MATCH_VERBS or held_off) and _a_match(verb) or _win_over(verb)


def _win_over(verb: Token) -> bool:
    """'raced to a comfortable win over X': the verb's own "win over" or "victory over"."""
    wins = [t for t in verb.subtree if t.lemma_ in ("win", "victory") and t.pos_ == "NOUN" and t.head.head == verb]
    return any(c.dep_ == "prep" and c.lower_ in ("over", "against") for w in wins for c in w.children)


def _a_match(verb: Token) -> bool:
    """'won 2-0', 'lost the final': a score or a match after the verb, not "won a contract"."""
    after = verb.doc[verb.i : verb.right_edge.i + 1].text
    return bool(re.search(r"\b\d+-\d+\b", after)) or any(
        c.dep_ == "dobj" and c.lemma_.lower() in MATCH_NOUNS for c in verb.children
    )


def org_name(ctx: ArticleContext, ent: Span) -> str:
    ent = whole(ctx, ent)
    name = strip_the(ent.text)
    if "<" in name or ">" in name:
        name = re.sub(r"\s*<[^>]*>?$|>$", "", name)  # wire tickers: "Calder Ferryworks Ltd <CFW.TO>"
    if ent.label_ == "ORG":  # NER's "the national Ministry of Health": the adjective is no part of the name
        name = re.sub(r"^(?:[a-z][a-z-]+ )+(?=[A-Z])", "", name)
    return _defined_whole(ctx, ent, name) or fuller_name(ctx, ctx.long_form(name))


def _defined_whole(ctx: ArticleContext, ent: Span, name: str) -> str | None:
    """'the Biotechnology and Biological Sciences Research Council (BBSRC)', which NER cut in two at its
    "and": the long form the article defines around the entity, when the entity is only part of it."""
    for long in ctx.acronyms.values():
        if long == name or name not in long or len(long) > 120:
            continue
        for m in re.finditer(rf"{re.escape(long)}\s*\(", ctx.text):
            if m.start() <= ent.start_char and ent.end_char <= m.start() + len(long):
                return long
    return None


_POSSESSIVE_END = re.compile(r"['\u2019]s$")


def fuller_name(ctx: ArticleContext, name: str) -> str:
    """'Cantonal Bank' → 'Lakeside Cantonal Bank' when the article names it so: the one name the
    article gives that ends with this one after a word of its own ("Zurich"), not after "of the"
    (the Ministry is not "the Torch Center of the Ministry")."""
    if len(name.split()) < 2:
        return name
    names = {_POSSESSIVE_END.sub("", n) if "s" in n[-3:] else n for n in ctx.org_names if "(" not in n}
    longer = {
        n
        for n in names
        if n.endswith(" " + name) and n.split()[-len(name.split()) - 1].lower() not in ("of", "the", "for", "and", "&")
    }
    if len(longer) != 1:
        return name
    full = longer.pop()
    inside = rf"(?<![.!?\n\"\u201c])(?<![.!?\n\"\u201c]\s)(?<![.!?\n\"\u201c]\s\s)\b{re.escape(full)}\b"
    # "Aiding Harbour Trust" at a sentence's start: the capital may be the sentence's, not the name's
    return full if re.search(inside, ctx.text) else name


def short_forms(ctx: ArticleContext, name: str) -> list[str]:
    """The article's acronyms for the body `name` ("CAST" for its long form)."""
    return [short for short, long in ctx.acronyms.items() if long == name]


def org_aliases(ctx: ArticleContext, ent: Span, name: str) -> list[str]:
    short = short_forms(ctx, name)
    bare = strip_the(whole(ctx, ent).text)
    return [a for a in dict.fromkeys([*short, bare]) if a != name]


#: Tags of a finite verb: a name right before one is the subject of a new clause.
FINITE = {"VBZ", "VBD", "VBP", "MD"}


def list_members(ctx: ArticleContext, ent: Span) -> list[Span]:
    """Every organisation in the list `ent` opens: entities joined only by commas and "and".

    Read from the surface, because the parser often hangs list members in odd places.
    """
    ents = [
        p
        for e in ctx.ents_in(ent.sent)
        if e.start >= ent.start and e.label_ in ("ORG", "GPE", "FAC")
        for p in split_pair(ctx, e)
    ]
    if not ents or ents[0].start >= ent.end:  # a body NER did not tag: "by regional authorities and …"
        ents = [ent, *ents]
    members = [ents[0]]
    for nxt in ents[1:]:
        between = ctx.text[members[-1].end_char : nxt.start_char]
        if nxt.root.dep_.startswith("nsubj") or (nxt.end < len(ctx.doc) and ctx.doc[nxt.end].tag_ in FINITE):
            break  # "… by the regulator and Ardent has not yet replied": a new clause, not the list
        if re.fullmatch(r"\s*(\([A-Z]{2,}\)\s*)?(,|,?\s*and)\s*(the\s*)?", between, flags=re.I):  # "A (AB) and B"
            members.append(nxt)
        else:
            break
    return [whole(ctx, m) for m in members]


def split_pair(ctx: ArticleContext, ent: Span) -> list[Span]:
    """'the Royal Maritime Society and Ocean magazine': NER joined two names
    into one modifier of a common noun; the noun belongs to the second ("Ocean magazine")."""
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    ands = [t for t in ent if t.lower_ == "and"]
    if after is None or not ands or not (after.pos_ == "NOUN" and after.is_lower and ent.root.head == after):
        if ands and two_names(ctx, ent, ands[-1]):
            return [ctx.doc[ent.start : ands[-1].i], ctx.doc[ands[-1].i + 1 : ent.end]]
        return [ent]
    cut = ands[-1].i
    first = ctx.doc[ent.start : cut]
    second = ctx.doc[cut + 1 : after.i + 1]
    if len(second) < 2 or not first or not second[0].text[:1].isupper():
        return [ent]
    return [first, second]


def two_names(ctx: ArticleContext, ent: Span, conj: Token) -> bool:
    """'Orvell University and Lakeside': NER glued two bodies; the first ends as a body's name does,
    or the second stands alone elsewhere in the article. ('Ministry of Health and Social Care' stays.)"""
    first, second = ctx.doc[ent.start : conj.i], ctx.doc[conj.i + 1 : ent.end]
    if (
        not first
        or not second
        or not second[0].text[:1].isupper()
        or not first[-1].text[:1].isupper()
        or any(t.lower_ in ("of", "for", "on") for t in first)
    ):
        return False  # "Association for Science and Technology": the "and" is inside the name
    return first[-1].lower_ in BODY_WORDS or any(
        e.label_ == "ORG" and e.text == second.text and e.start != second.start for e in ctx.ents
    )


def whole(ctx: ArticleContext, ent: Span) -> Span:
    """An entity cut short by NER ("the Torch … Center of") extended to its full noun phrase, and a
    company's suffix NER tagged alone ("BTIG [LLC]") extended back to the name before it."""
    if ent[-1].lower_ in ("of", "for", "and", "&") and ent.root.right_edge.i >= ent.end:
        return ctx.doc[ent.start : ent.root.right_edge.i + 1]
    before = ctx.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _camel_case(before) and before.dep_ in ("compound", "amod") and before.head in ent:
        return ctx.doc[ent.start - 1 : ent.end]  # "[deCODE] Genetics": NER left out the lower-case start
    return with_owner_name(ent)


def _camel_case(tok: Token) -> bool:
    """ "deCODE", "eBay": a brand written with a small first letter and a capital inside."""
    return (
        tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:]) and tok.text.isalpha() and not tok.ent_type_
    )


#: Words that end a company's name and name no company alone: "LLC" is no answer, "BTIG LLC" is.
COMPANY_SUFFIXES = {
    "llc", "inc", "ltd", "plc", "group", "co", "corp", "corporation", "company", "holdings", "sa", "ag",
    "gmbh", "nv", "bv", "lp", "llp", "pty", "limited", "partners", "associates",
}  # fmt: skip


def suffix_only(name: str) -> bool:
    """ "LLC", "Inc.", "the Group": a company's suffix without the company."""
    words = [w.strip(".,").lower() for w in strip_the(name).split()]
    return bool(words) and all(w in COMPANY_SUFFIXES or w == "&" for w in words)


def with_owner_name(span: Span) -> Span:
    """ "[LLC]" after "BTIG": the capitalised words right before a bare suffix are its company's name."""
    if not suffix_only(span_text(span)):
        return span
    doc, start = span.doc, span.start
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    return doc[start : span.end]


def join_names(names: list[str], text: str = "") -> str:
    names = [with_the(n, text) for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_


def with_name_tail(tokens: list[Token]) -> list[Token]:
    """ "the charity Bone Health [Now] estimates …": a capitalised adverb right after a name, inside a
    sentence, is the name's last word that the parser hung on the verb."""
    if not tokens:
        return tokens
    last = tokens[-1]
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or last.pos_ != "PROPN" or after.is_sent_start or after.pos_ not in ("ADV", "ADJ"):
        return tokens
    return [*tokens, after] if after.text.istitle() and after.ent_type_ not in ("DATE", "TIME") else tokens


#: Words that count people, never one body: "most Cypriots", "many Britons".
_QUANTIFIERS = {"most", "many", "some", "few", "several", "all", "both", "thousands", "hundreds", "millions"}
#: Pronouns for a person: a company is "it".
_PERSON_PRONOUNS = {"she", "her", "he", "him", "his", "herself", "himself"}


def people_not_body(ent: Span) -> bool:
    """An "organisation" NER made of people: "most Cypriots lost …" (counted), or a surname doing
    what a person does ("Marwaha had saved £4,000 … when she was arrested")."""
    root = ent.root
    if any(c.lower_ in _QUANTIFIERS and c.dep_ in ("amod", "det", "quantmod", "nummod") for c in root.children):
        return True
    if len(ent) != 1 or ent.text.isupper() or root.dep_ != "nsubj":
        return False
    said = {t.lower_ for t in root.head.subtree}
    return bool(said & _PERSON_PRONOUNS) and not said & {"it", "its", "itself"}
