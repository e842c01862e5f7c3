"""The body a bare post belongs to, when the sentence leaves it unsaid.

"What post does Ann Ruiz hold? — director" teaches nothing: director of what? News often leaves
the body to the context: "Its technical manager Bo Lin says …" right after a sentence about a
firm, or "Harbour Corp is pursuing …, president Ann Ruiz said" in a sentence about one company.
The body is taken only when the context names exactly one; otherwise the post stays bare and is
not asked (`bare_post`).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from quizgen.facts.its_subject import its_subject
from quizgen.facts.kind_owner import kind_owner, owning_kind
from quizgen.facts.org_names import short_forms
from quizgen.facts.role_links import DEMONYM
from quizgen.facts.titles import is_post
from quizgen.facts.whose_body import whose_body
from quizgen.text import strip_the, whole_words

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext

#: Posts that are held in some body and mean little without it ("their leader, X": of which party?).
ORG_BOUND = {
    "director",
    "president",
    "vice-president",
    "chairman",
    "chairwoman",
    "chair",
    "vice-chairman",
    "manager",
    "executive",
    "ceo",
    "officer",
    "head",
    "deputy",
    "founder",
    "co-founder",
    "coauthor",
    "co-author",
    "co-editor",
    "coach",
    "captain",
    "leader",
}
#: Words that say which kind of such post it is, not where it is held.
GENERIC = {
    "general",
    "managing",
    "technical",
    "chief",
    "executive",
    "senior",
    "deputy",
    "vice",
    "assistant",
    "associate",
    "acting",
    "interim",
    "new",
    "outgoing",
    "incoming",
    "operating",
    "financial",
    "finance",
    "marketing",
    "sales",
    "joint",
    "co",
}
#: Heads that, written with a capital and alone, are offices of state ("President", "Premier").
STATE_HEADS = {"president", "premier", "chancellor", "governor", "mayor"}
POSSESSIVES = {"its", "their"}


def bare_post(role: str) -> bool:
    """A post that names no body and means nothing without one: "director", "general manager",
    "president", "Australian director" (but not "President" of a state, "Defense Secretary" or
    "board chairman")."""
    said = re.split(r"\s+and\s+|,", role.strip())[0]
    first = re.sub(r"^(?:former|ex-)\s*", "", said)  # "former leader": of what?
    first = " ".join(w for w in first.split() if not DEMONYM.match(w))  # "Australian director": whose?
    words = [w.lower() for w in first.split()]
    if not words or words[-1] not in ORG_BOUND:
        return False
    capital = first[:1].isupper() or first.split()[-1][:1].isupper()  # "acting President": a state's, acting
    if (capital or first != said) and words[-1] in STATE_HEADS:  # "former president": of a state
        return False
    return all(w in GENERIC or w in ORG_BOUND for w in words)


def owner_nearby(ctx: ArticleContext, sent: Span, first: Token) -> str | None:
    """The one body a bare post whose first word is `first` belongs to: named as the subject or
    owner of a clause in the post's sentence or the one before it (or pointed at by an "its"
    before the post). None when no body, or more than one, is named there, or when a name stands
    right before the post ("NASA Johnson Director": a qualifier the title reading missed)."""
    doc = ctx.doc
    if (whose := whose_body(ctx, first))[0]:
        return whose[1]  # "the Law Society, whose president, X": the society's, or (unnamed) nobody's
    kind = owning_kind(first)
    if kind is not None:  # "the chain's chief executive": the one body called a chain, or none
        return kind_owner(ctx, kind)
    if _of_a_name(doc, first, sent):
        return None  # "President and CEO of Bexley": the sentence names the body (the tagger took it for a place)
    before = doc[first.i - 1] if first.i > 0 else None
    if (
        before is not None
        and before.lower_ not in POSSESSIVES
        and (before.pos_ == "PROPN" or before.text[:1].isupper())
    ):
        return None
    window = doc[doc[sent.start - 1].sent.start if sent.start > 0 else sent.start : sent.end]
    if before is not None and before.lower_ in POSSESSIVES:  # "Its chief executive, …": the subject before
        body, settled = its_subject(ctx, before, _named_in(ctx, window))
        if settled:
            return body
    bodies: dict[str, bool] = {}
    for name, span in _named_in(ctx, window):
        root = span.root
        acts = root.dep_ in ("nsubj", "nsubjpass", "poss") or any(t.dep_ == "case" for t in root.children)
        bodies[name] = bodies.get(name, False) or (acts and span.start < first.i)
    for span in ctx.org_spans:  # a body the article names once is a rival all the same
        if window.start <= span.start and span.end <= window.end and not ctx.in_quote(span.start_char):
            if not any(span.text in forms or name in span.text for name, forms in _known_forms(ctx).items()):
                bodies.setdefault(span.text, False)
    if not bodies or (not any(bodies.values()) and _top_office(doc, first)):
        # "said X, chairman and chief executive" after "analysts polled by Y": the story's own company's
        return _lead_subject(ctx, first)
    if len(bodies) != 1:
        return None
    name, acts = next(iter(bodies.items()))
    pointed = before is not None and before.lower_ in POSSESSIVES
    return name if acts or pointed else None


def _named_in(ctx: ArticleContext, window: Span) -> list[tuple[str, Span]]:
    """Each known body named in `window` outside quotes, with where; a name inside a longer one
    ("Guardian" in "Guardian Media Group") is that longer body, no rival of its own."""
    doc, text = ctx.doc, ctx.text[window.start_char : window.end_char]  # = window.text, joined once
    found: list[tuple[int, int, str]] = []
    for name, forms in _known_forms(ctx).items():
        for form in forms:
            found += [(at, at + len(form), name) for at in whole_words(text, [form])]  # (no pattern per name)
    named, seen = [], set()
    for start, end, name in sorted(found, key=lambda f: -len(f[2])):  # "Tidewell" is "Tidewell Group" there
        if (start, end) in seen or any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found):
            continue
        seen.add((start, end))
        span = doc.char_span(window.start_char + start, window.start_char + end, alignment_mode="expand")
        if span is not None and not ctx.in_quote(span.start_char):
            named.append((name, span))
    return named


def _top_office(doc: Doc, first: Token) -> bool:
    """Does the post at `first` open with a company's top office ("chief executive", "chairman,
    president and …")? A story's company names its head without "of": another body's head it names."""
    words = [t.lower_ for t in doc[first.i : first.i + 3]]
    return (
        words[:1] in (["chairman"], ["chairwoman"], ["ceo"])
        or words[:2] == ["chief", "executive"]
        or (words[:1] == ["president"] and words[1:2] in ([","], ["and"]))
    )


def _of_a_name(doc: Doc, first: Token, sent: Span) -> bool:
    """Does the post starting at `first` go on to "of" and a capitalized word before a comma ends it?"""
    for t in doc[first.i : min(first.i + 6, sent.end - 1)]:
        if t.lower_ == "of":
            return doc[t.i + 1].text[:1].isupper()
        if t.is_punct and t.text not in ("-", "."):
            return False
    return False


def _lead_subject(ctx: ArticleContext, first: Token) -> str | None:
    """The one body the story's opening sentences are about ("Harbour Foods said on Monday its
    profit rose …"): its officers are named later with a bare title ("Finance Director X said")."""
    doc, forms = ctx.doc, _known_forms(ctx)
    subjects = set()
    for sent in itertools.islice(doc.sents, 3):  # not every sentence of a long article, for three
        if sent.start >= first.i:
            break
        for span in ctx.org_spans:
            if sent.start <= span.start < sent.end and _subject_or_its(span.root):
                # "Guardian Media Group" is that body, not also "Guardian", the first word it is called by
                exact = {name for name, names in forms.items() if span.text in names}
                subjects |= exact or {name for name in forms if name in span.text}
    return subjects.pop() if len(subjects) == 1 else None


def _subject_or_its(root: Token) -> bool:
    """The body is the clause's subject, or owns it ("Tidewell Group shares rose", "Harwick's profit fell"),
    never as the body of a post ("the former Chelsea chairman sealed …" is about the chairman)."""
    subject, head = ("nsubj", "nsubjpass"), root.head
    if root.dep_ in subject:
        return True
    owned = root.dep_ in ("compound", "poss") and head.dep_ in subject
    return owned and not is_post(head.text) and head.ent_type_ != "PERSON"


def _known_forms(ctx: ArticleContext) -> dict[str, list[str]]:
    """Each organisation the article names, with the forms it uses for it: its acronym, and its
    first word when the article writes that alone ("Harbour" for "Harbour Construction"; a first word
    in capitals, "UPS" of "UPS Airlines", is the parent: a body of its own)."""
    cached: dict[str, list[str]] | None = ctx.__dict__.get("_known_forms")
    if cached is not None:
        return cached
    found: dict[str, list[str]] = {}
    for name in ctx.org_names:
        name = re.sub(r"[<>]", "", re.sub(r"\s*['\u2019]s?$", "", name)).strip()
        if name in ctx.place_names or ctx.people.find(name) is not None:
            continue
        forms = [name, *short_forms(ctx, name)]
        head = name.split()[0]
        if len(name.split()) > 1 and head[:1].isupper() and not _a_place(ctx, head):
            if len(re.findall(rf"\b{re.escape(head)}\b", ctx.text)) > ctx.text.count(name):
                if head.isupper():  # "UPS" beside "UPS Airlines": the parent, another body
                    found.setdefault(head, [head])
                else:
                    forms.append(head)
        found[name] = forms
    ctx.__dict__["_known_forms"] = found
    return found


def _a_place(ctx: ArticleContext, word: str) -> bool:
    """Is `word` (the first word of a body's name) a place: part of a longer place name ("South"),
    or a place the article writes after "in", "to", "from" ("in Texas", but not "Harbour", which
    NER took for a town)."""
    if any(word in place.split() for place in ctx.place_names if " " in place):
        return True
    return word in ctx.place_names and re.search(rf"\b(in|to|from|across) {re.escape(word)}\b", ctx.text) is not None


def fuller_name(ctx: ArticleContext, name: str) -> str:
    """The one longer name the article gives a body it also calls by its last word: "United" →
    "Harwick United", "Rovers" → "Northfield Rovers" (not when two bodies share the word; not
    "NASA" → "NASA Headquarters", a part of it)."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return name
    longer = set()
    for m in re.finditer(rf"\b((?:[A-Z][\w&'\u2019-]*\s+){{1,3}}){re.escape(name)}\b", ctx.text):
        words = [w for w in m.group(1).split() if w not in LEADING_WORDS and not is_post(w) and not _adjective(w)]
        if words and words == m.group(1).split()[-len(words) :]:
            longer.add(" ".join([*words, name]))
    longer = {n for n in longer if ctx.people.find(n) is None and n not in ctx.place_names}
    return longer.pop() if len(longer) == 1 else name


def _adjective(word: str) -> bool:
    """A capitalised compound adjective before a name, no word of it: "Boston-based", "UK-listed"
    (a name's hyphened parts are capitalised: "Rolls-Royce")."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


#: Capitalised words that start a sentence or a title, not a name: "The United boss", "Former United".
LEADING_WORDS = {"The", "A", "An", "In", "At", "For", "But", "And", "When", "Former", "Outgoing", "New", "Then"}
#: A press release's closing heading ("About Acme Medical") and other prepositions that open a line or
#: sentence before a name: no part of it.
LEADING_WORDS |= {"About", "With", "After", "Like", "Unlike", "From", "By", "As"}


def org_forms(ctx: ArticleContext, org: str | None) -> tuple[str | None, str | None, list[str]]:
    """The body a post is held at: as the sentence wrote it, by its full name, and by the other names
    the article gives it ("the Fed's" → "Fed", "Federal Reserve", ["Fed"])."""
    if not org:
        return None, None, []
    short = re.sub(r"\s*['\u2019]s?$", "", strip_the(re.split(r"\s*[(\[]", org)[0]))
    long = ctx.long_form(short) if short else None
    if long and short not in ctx.place_names:  # "Texas" is no short form of "Ascend Texas"
        long = fuller_name(ctx, long)
    aliases = [short] if short and long != short else []
    if long and long in ctx.acronyms.values():
        aliases += [k for k in short_forms(ctx, long) if k not in aliases]
    return short, long, aliases
