"""The words of a post and the organisation it belongs to, read from the post's head noun.

"senior vice president of sales for Astra", "an NIMR fellow", "the Green Party's
housing spokesman": the parse says where the post's words end and the institution begins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import POST_ASIDE_ADVERBS, SUBUNIT_WORDS
from quizgen.facts.org_names import org_name, suffix_only, with_owner_name
from quizgen.facts.org_refs import named_body
from quizgen.facts.post_words import PORTFOLIO_POSTS
from quizgen.facts.role_tenure import shares_former
from quizgen.facts.titles import is_portfolio, is_post
from quizgen.vocabulary import BODY_WORDS, NUMBER_WORDS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext

ORG_PREPS = ("of", "at", "for", "with", "from", "in")
_is_post = is_post
#: Posts held towards another body or person: "envoy to the UN", "adviser to the president".
SENT_TO = {"envoy", "ambassador", "emissary", "adviser", "advisor", "representative", "delegate", "liaison"}


class Mark:
    """A marker among a post's words, not a word."""


def post_tokens(post: Sequence[Token | Mark]) -> list[Token]:
    return [t for t in post if not isinstance(t, Mark)]


def post_marks(post: Sequence[Token | Mark]) -> list[Mark]:
    return [t for t in post if isinstance(t, Mark)]


#: Marker appended to a post's tokens when the article introduced it with "a"/"an".
ONE_OF_MANY = Mark()
#: Marker for a post the person has left ("resigned as …").
FORMER = Mark()
#: Marker for a post the person takes up later ("will join as an adviser in September").
AHEAD = Mark()

#: A post as found: its words, the organisation (if any) and the preposition that joins them.
Post = tuple[Sequence["Token | Mark"], str | None, str | None]


def conjuncts(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ == "conj":
            out.append(child)
            out += conjuncts(child)
    return out


def subject_of_next_verb(head: Token) -> bool:
    """ "…with Ann Ruiz, the Prime Minister said": the noun phrase the parser hung on the name as an
    appositive runs straight into a verb that has no subject of its own, so it is that verb's subject."""
    doc = head.doc
    after = head.right_edge.i + 1
    if after >= len(doc) or doc[after].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    verb = doc[after] if doc[after].pos_ == "VERB" else doc[after].head
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def post_phrase(ctx: ArticleContext, head: Token) -> Post | None:
    """From the head noun of an appositive, the post words and the organisation they belong to."""
    if not _is_post(head.text):
        return None
    doc = ctx.doc
    left = [t for t in doc[head.left_edge.i : head.i] if t.dep_ not in ("det", "punct", "cc")]
    left = [t for t in left if not (t.dep_ == "advmod" and t.lower_ in POST_ASIDE_ADVERBS)]  # "also a member"
    left = _next_to(doc, head, [t for t in left if t.head.i >= head.i or t.head.head == head])
    left = [t for t in left if t.i > _spaced_dash(doc, head)]  # "Pretoria - Acting Minister X": a dateline
    counted = {t.i for c in head.lefts if _counted(c) for t in c.subtree}  # "the 47-year-old junta chief"
    left = [t for t in left if t.i not in counted]
    org = None
    org_prep = None
    owner = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "ORG" and c.i < head.i]
    if owner:  # "the Green Party's housing spokesman"
        org, org_prep = doc[owner[0].left_edge.i + (owner[0].left_edge.dep_ == "det") : owner[0].i + 1].text, "of"
        left = [t for t in left if t.i > owner[0].i + 1]
    kind = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i < head.i and org is None]
    if kind and (body := named_body(ctx, kind[0])) is not None:  # "the trust's chief executive"
        org, org_prep = org_name(ctx, body), "of"
        left = [t for t in left if t.i > kind[0].i + 1]
    # "a CAS academician": the organisation stands before the post
    lead_org = [t for t in left if t.ent_type_ == "ORG" and org is None]
    if lead_org and lead_org[0].i == (left[0].i if left else -1):
        span = ent_of(ctx, lead_org[0])
        if span is not None and ctx.resolve_person(span.root) is not None:
            return None  # "a Nakasone faction member": a person's following, no post
        if span is not None and not is_portfolio(head.text, span.text):
            org = span.text
            org_prep = "of"
            left = [t for t in left if t.i > span.end - 1]
    role_end, org, org_prep = _after_head(ctx, head, org, org_prep)
    role_end, org, org_prep = _field_at_body(ctx, head, role_end, org, org_prep)
    if org is None and head.i + 2 < len(doc) and doc[head.i + 1].lower_ in ORG_PREPS and doc[head.i + 1].head != head:
        # "… and fellow of the Royal Society of Chemistry": the parser hung "of" elsewhere
        span = org_in(ctx, doc[head.i + 1])
        inner = [c for c in doc[head.i + 1].children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.i <= head.i + 4]
        if span is not None:
            org, org_prep = span.text, doc[head.i + 1].lower_
        elif doc[head.i + 1].lower_ == "of" and inner and role_end == head.i + 1:
            role_end = inner[0].i + 1  # "… and co-author of the survey"
    if org is not None and org_prep == "of" and is_portfolio(head.text, org):
        role_end = max(role_end, _span_end(ctx, head, org))  # "Minister of Finance": a post, no institution
        org = None
    if org is not None and _cut_short(head, org):
        return None
    role = [*left, *doc[head.i : role_end]]
    role = [t for t in role if not t.is_punct or t.text == "-" or (t.text == "," and role_end - head.i > 3)]
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        role = [*role, ONE_OF_MANY]  # "a health economist at …": one of several, asked accordingly
    if shares_former(head):  # "a former minister and Interpol president": both left
        role = [*role, FORMER]
    return role, org, org_prep


def _cut_short(head: Token, org: str) -> bool:
    """An organisation read short of its name: ending on "of" ("the Bureau of"), or going on after its
    short form ("chairman of the Nordic Assembly (NA) Standing Committee": the committee's chairman,
    not the assembly's). The post is then not asked."""
    if org.split()[-1].lower() in ("of", "for", "the", "and", "&"):
        return True
    after = head.sent.text[head.idx - head.sent.start_char :]
    return (
        re.search(
            re.escape(org)
            + r" \([A-Z][A-Za-z&]{1,7}\) (?:[A-Z][a-z]+ )*(?:Committee|Commission|Council|Bureau|Board)\b",
            after,
        )
        is not None
    )


def _field_at_body(
    ctx: ArticleContext, head: Token, role_end: int, org: str | None, org_prep: str | None
) -> tuple[int, str | None, str | None]:
    """ "Professor of Renal Medicine at the Royal Brompton", "Director of Research at the Kestrel
    Institute": the "of" names a field, part of the post; the body is the one "at" names right
    after (the parser often hangs that "at" on the person's name)."""
    doc = ctx.doc
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None or (org is not None and (org_prep != "of" or org.split()[-1].lower() in BODY_WORDS)):
        return role_end, org, org_prep
    field_end = of.right_edge.i + 1
    if field_end >= len(doc) or doc[field_end].lower_ != "at" or not (org is not None or role_end == field_end):
        return role_end, org, org_prep
    body = org_in(ctx, doc[field_end])
    if body is None:
        return role_end, org, org_prep
    return field_end, body.text, "at"


def _counted(modifier: Token) -> bool:
    """A hyphened count before a post ("59-year-old", "10-member"): the person's age or a size, no
    part of the post."""
    words = list(modifier.subtree)
    return any(t.text == "-" for t in words) and any(t.text[:1].isdigit() or t.lower_ in NUMBER_WORDS for t in words)


def _after_head(
    ctx: ArticleContext, head: Token, org: str | None, org_prep: str | None
) -> tuple[int, str | None, str | None]:
    """Where the post's words end after its head, and the organisation a preposition there names:
    "senior vice president of sales for Astra", "deputy chief engineer of the bridge"."""
    doc = ctx.doc
    role_end = head.i + 1
    for child in head.children:
        if child.lower_ == "to" and child.i == role_end and head.lemma_.lower() in SENT_TO:
            named = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            role_end = named[0].right_edge.i + 1 if named else role_end
            continue  # "envoy to the UN": where one is sent is part of the post ("to the new owners" is vague)
        if child.dep_ != "prep" or child.i <= head.i or child.lower_ not in ORG_PREPS:
            continue
        span = org_in(ctx, child)
        if span is None and child.lower_ == "in" and child.i == role_end and _office_within(head, child):
            return _office_within(head, child), org, org_prep  # "Minister in the Presidency": one post
        if span is not None and child.lower_ == "for" and child.i == role_end and _fields(head, child):
            return child.right_edge.i + 1, org, org_prep  # "Vice-President for Trade and Industry": a portfolio
        if span is not None and org is None:
            return role_end, span.text, child.lower_
        inner = [c for c in child.children if c.dep_ == "pobj"]
        if org is not None and child.lower_ == "of" and child.i == role_end and inner:
            return _field_end(inner[0]), org, "at"  # "ESA Director of Science": the body came first
        if child.lower_ == "from" and inner and inner[0].ent_type_ == "GPE" and child.i == role_end:
            role_end = inner[0].right_edge.i + 1  # "former senator from Texas"
        if any(t.dep_ == "cc" and t.head == head for t in doc[head.i + 1 : child.i]):
            continue  # "director and point of contact": the "of" belongs to the other conjunct
        if child.lower_ in ("of", "for") and span is None and (child.lower_ == "of" or child.i == role_end):
            if inner:
                role_end = _field_of(inner[0], _portfolio_end(inner[0]))
                for sub in inner[0].children:
                    if sub.dep_ == "prep" and sub.lower_ in ORG_PREPS:
                        s2 = org_in(ctx, sub)
                        if s2 is not None:
                            org, org_prep = s2.text, sub.lower_
                            role_end = sub.i
    return role_end, org, org_prep


def _spaced_dash(doc: Doc, head: Token) -> int:
    """The last dash standing apart between the post's left edge and its head ("Pretoria - Acting
    Minister"): what comes before it is a dateline or another clause, no word of the post."""
    dashes = [t.i for t in doc[head.left_edge.i : head.i] if t.text in ("-", "\u2013", "\u2014", "--")]
    return max((i for i in dashes if doc[i].whitespace_ and doc[i - 1].whitespace_), default=-1)


def _office_within(head: Token, prep: Token) -> int:
    """Where "Minister in the Presidency" ends: a minister's office named by the part of government it
    sits in (capitalised, no body the model tagged), else 0."""
    inner = [c for c in prep.children if c.dep_ == "pobj"]
    if head.lemma_.lower() != "minister" or not inner or not inner[0].text[:1].isupper():
        return 0
    words = list(prep.subtree)[1:]
    if not all(t.text[:1].isupper() or t.lower_ in ("the", "of", "'s", "\u2019s", "and") for t in words):
        return 0
    return inner[0].right_edge.i + 1


#: Posts held "for" a list of fields ("Commissioner for Trade and Industry"), not for a body.
_FIELD_POSTS = PORTFOLIO_POSTS | {"president"}


def _fields(head: Token, prep: Token) -> bool:
    """ "for Trade and Industry", "for Euro and Social Dialogue": fields joined by "and", with no
    article and no body word or short form, which NER tagged as an organisation."""
    span = list(prep.subtree)[1:]
    words = [t for t in span if t.lower_ not in ("and", ",")]
    return (
        head.lower_.split("-")[-1] in _FIELD_POSTS
        and any(t.lower_ == "and" for t in span)
        and all(t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in BODY_WORDS for t in words)
    )


def _field_of(unit: Token, end: int) -> int:
    """Past an owned unit's own field: "director of the agency's division [of psychiatry]", "head of
    the hospital's department [of surgery]"; a field is a bare noun (no article: "of the president")."""
    doc = unit.doc
    of = doc[end] if end < len(doc) and end == unit.i + 1 else None
    if of is None or of.lower_ != "of" or of.head != unit or not any(c.dep_ == "poss" for c in unit.children):
        return end  # a unit of no named owner ("the department of …" at a university) is asked by its body
    field = next((c for c in of.children if c.dep_ == "pobj"), None)
    if field is None or field.pos_ != "NOUN" or field.left_edge.i != of.i + 1 or field.right_edge != field:
        return end
    words = list(field.subtree)  # a short field: "of psychiatry", "of emergency medicine", no list of them
    return end if len(words) > 3 or any(t.dep_ in ("det", "poss", "nummod", "cc") for t in words) else field.i + 1


def _portfolio_end(field: Token) -> int:
    """Past a post's field, with the list of fields one post covers: "minister for trade[, tourism and
    investment]", "commissioner for political affairs[, peace and security]"."""
    doc, parts = field.doc, conjuncts(field)
    end = field.i + 1
    if not parts or not any(c.dep_ == "cc" and c.lower_ == "and" for c in doc[field.i : parts[-1].i]):
        return end
    for part in parts:
        words = [t for t in doc[end : part.right_edge.i + 1] if t.text != "," and t.dep_ != "cc"]
        if part.pos_ not in ("NOUN", "PROPN") or any(t.dep_ == "det" or t.ent_type_ == "PERSON" for t in words):
            return end  # "director of research and a member of …": another post, not another field
        end = part.right_edge.i + 1
    return end


def _field_end(field: Token) -> int:
    """Past the field a post is 'of' ("of Science", "of Space Science and Robotics", "of Crewed and
    Robotic Flight")."""
    doc, end = field.doc, field.i + 1
    joined = (c for c in field.children if c.dep_ == "conj" and c.left_edge.i == end + 1)
    for conj in (c for c in joined if doc[end].lower_ == "and"):
        end = conj.i + 1 if conj.text[:1].isupper() and conj.ent_type_ != "PERSON" else end
    return end


def _next_to(doc: Doc, head: Token, words: list[Token]) -> list[Token]:
    """The modifiers that run up to the post without a break: not "Todd and Bates' lawyer"."""
    keep = {t.i for t in words}
    out: list[Token] = []
    for j in range(head.i - 1, head.left_edge.i - 1, -1):
        tok = doc[j]
        if tok.ent_type_ == "PERSON" or tok.dep_ == "case":
            break
        if j in keep or _joins_kept(doc, j, keep):
            out.insert(0, tok)
        elif (tok.dep_ not in ("det", "punct") and tok.ent_type_ != "ORG") or tok.text in "'\u2019":
            break
    return out


def _joins_kept(doc: Doc, j: int, keep: set[int]) -> bool:
    """ "art [and] antiquities collector": an "and" between two modifiers of the post joins them."""
    tok = doc[j]
    return (
        tok.dep_ == "cc"
        and tok.lower_ in ("and", "&")
        and j - 1 in keep
        and j + 1 in keep
        and doc[j + 1].dep_ == "conj"
        and doc[j + 1].head.i == j - 1
    )


def _span_end(ctx: ArticleContext, head: Token, org: str) -> int:
    """The token index just past the first `org` after the post's head."""
    at = ctx.text.find(org, head.idx)  # ctx.text: spaCy rebuilds `doc.text` on every access
    span = ctx.doc.char_span(at, at + len(org), alignment_mode="expand") if at >= 0 else None
    return span.end if span is not None else head.i + 1


def org_in(ctx: ArticleContext, prep: Token) -> Span | None:
    """The organisation a preposition governs directly ("at the China Academy of …")."""
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        span = ent_of(ctx, pobj)
        if span is not None and span.label_ == "ORG":
            span = with_owner_name(span)  # "at BTIG [LLC]"
            return None if suffix_only(span.text) else _with_parent(ctx, _run_on(ctx, span))
        named = named_body(ctx, pobj)  # "of the institute": the one institute the article named
        if named is not None:
            return named
        # names the tagger missed: a run of capitalised words ("Haidian District People's Government")
        words = [
            t
            for t in pobj.subtree
            if t.dep_ not in ("det", "case", "punct", "cc") and t.lower_ not in ("of", "and", "for")
        ]
        if pobj.pos_ == "PROPN" and len(words) >= 2 and all(t.text[:1].isupper() for t in words):
            start = pobj.left_edge.i + (pobj.left_edge.dep_ == "det")
            return ctx.doc[start : pobj.right_edge.i + 1]
    return None


def _with_parent(ctx: ArticleContext, span: Span) -> Span:
    """'the Maritime Safety Administration's [Dover Branch]': a branch or department named after its
    parent's possessive is named with it, since "Dover Branch" alone says not whose branch it is; so is
    one name NER tore after a possessive it kept ("the Lakeview Alzheimer's | Disease Research Center")."""
    doc, start = ctx.doc, span.start
    if start < 2 or doc[start - 1].dep_ != "case":
        return span
    parent = ctx.ent_at(doc[start - 2])
    if parent is None or parent.label_ != "ORG" or doc[start - 2].head.i not in range(start, span.end):
        return span
    if span[-1].lower_ not in SUBUNIT_WORDS and parent.end != start:
        return span
    return doc[parent.start + (parent[0].dep_ == "det") : span.end]


def _run_on(ctx: ArticleContext, span: Span) -> Span:
    """'Integrated Disease Surveillance and Response' that NER cut at "and": a capitalised word joined
    to the name's last word and in no name of its own ends the name (two names stay two)."""
    doc = ctx.doc
    end = span.end
    while (
        end + 1 < len(doc)
        and doc[end].lower_ == "and"
        and doc[end + 1].dep_ == "conj"
        and doc[end + 1].head.i == end - 1
        and doc[end + 1].text[:1].isupper()
        and not doc[end + 1].ent_type_
    ):
        end += 2
    return span if end == span.end else doc[span.start : end]


def ent_of(ctx: ArticleContext, token: Token) -> Span | None:
    return ctx.ent_at(token)


DASHES = ("\u2013", "\u2014", "--")


def dash_tail(post_head: Token) -> list[Token]:
    """ "X – NTC commissioner [for political affairs, peace and security] – said": the rest of a post
    that stands between dashes, up to the closing dash."""
    doc = post_head.doc
    start = post_head.i + 1
    end = next((t.i for t in doc[start : start + 12] if t.text in DASHES), None)
    if (
        end is None
        or start == end
        or doc[start].lower_ not in ("for", "of")
        or not any(t.text in DASHES for t in doc[max(0, post_head.i - 6) : post_head.i])
    ):
        return []
    words = list(doc[start:end])
    return [] if any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in words) else words
