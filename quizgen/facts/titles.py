"""What news writes around a name, read from the surface: the title before it, the body after it.

"Finance Secretary Paul Marsh", "former Democratic Sen. Ann Ruiz", "Lt. Gen. Ray Holt",
"Nordic Trade Council chief Anders Holm", "Secretary of State Ann Ruiz": the small parser
hangs such titles anywhere (it often reads "chief" as a verb), so the words are taken by
their shape: a post word right before the name, and the run of title-like words before it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from quizgen.facts.body_after import owned_body
from quizgen.facts.group_owners import people_noun, whole_owner
from quizgen.facts.honorifics import graded_style, is_honorific, style_after_post
from quizgen.facts.lexicon import (
    OCCUPATIONS,
    PORTFOLIO_POSTS,
    POST_MODIFIERS,
    RELATION_NOUNS,
    SHARED_OCCUPATIONS,
    SHARED_POSTS,
    TITLE_RANKS,
    TITLE_WORDS,
    WIRE_TITLES,
)
from quizgen.facts.post_words import PORTFOLIO_FIELDS, SCIENCE_ENDINGS
from quizgen.facts.title_names import agency_centre, torn_name, wire_ranks
from quizgen.facts.wire_titles import inner_hyphen, is_wire_dot, place_before, place_owner, place_prep, state_after
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext

POST_HEADS = (
    TITLE_WORDS
    | SHARED_POSTS
    | OCCUPATIONS
    | WIRE_TITLES
    | set(
        "architect designer commander partner chancellor mp minister secretary president head boss chief treasurer "
        "governor inspector curator founder".split()
    )
)
#: Posts many hold at once ("a researcher at Y"): no "Who is the …?" question for them.
SHARED = SHARED_POSTS | SHARED_OCCUPATIONS
#: Word classes that end a title when read leftwards from the name.
_STOP_POS = {"VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ", "DET", "NUM", "PART", "ADV", "INTJ", "SYM"}
_NOT_TITLE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "PERSON"}
MAX_TITLE = 10


@cache
def is_post(word: str) -> bool:
    """ "director", "Sen.", and hyphenated titles such as "vice-minister" or "secretary-general"."""
    word = word.lower().rstrip(".")
    return (
        word.endswith(SCIENCE_ENDINGS)
        or word in POST_HEADS
        or word.rstrip("s") in POST_HEADS
        or singular_post(word) is not None
        or any(p in POST_HEADS for p in word.split("-"))
    )


#: Titles that are also given names: "senior meteorologist Dean Narramore" is a meteorologist called Dean.
GIVEN_NAME_TITLES = {"dean", "earl"}
#: Ranks that are given names too, but only before a bare surname: "manager Prince Obi" is a manager
#: called Prince; "commander Major Tom Hale" is a major.
GIVEN_NAME_RANKS = {"prince", "bishop", "judge", "major"}


def given_name_after_post(tok: Token) -> bool:
    """ "spokesman Dean Lee": a title word that is a given name, right after a lower-case post (a post
    does not follow a post)."""
    doc, before = tok.doc, tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or not before.text.islower() or not is_post(before.text):
        return False
    if tok.lower_ in GIVEN_NAME_TITLES:
        return True
    name = [t.text for t in doc[tok.i + 1 : tok.i + 3]]
    one_more = len(name) > 0 and name[0].istitle() and not is_post(name[0])
    return tok.lower_ in GIVEN_NAME_RANKS and one_more and not (len(name) > 1 and name[1][:1].isupper())


def singular_post(word: str) -> str | None:
    """The singular of a plural post word ("senators" → "senator", "Secretaries" → "Secretary"), in
    its own case; None for a word that is no plural of a post (a plural title before a list of names
    is each name's, and one person holds one post)."""
    low = word.lower().rstrip(".")
    if low in POST_HEADS or not low.endswith("s"):
        return None
    if low.endswith("ies") and low[:-3] + "y" in POST_HEADS:
        return word.rstrip(".")[:-3] + ("Y" if word.isupper() else "y")
    return word.rstrip(".")[:-1] if low[:-1] in POST_HEADS else None


def is_portfolio(post: str, org: str) -> bool:
    """ "Finance Minister", "Secretary of State", "U.S. Treasury Secretary": a government post whose
    "organisation" is a portfolio, not an institution ("Party secretary general" has one)."""
    post = post.lower().rstrip(".").split("-")[-1]
    return post in PORTFOLIO_POSTS and org.split()[-1].lower() not in BODY_WORDS


def title_before(ctx: ArticleContext, first: Token) -> list[Token]:
    """The title words right before a name whose first word is `first`, or [] when there is none."""
    doc, start = ctx.doc, first.sent.start
    ends = start > 0 and doc[start - 1].text in (".", "!", "?", ":") and not is_wire_dot(doc[start - 1])
    if start > 0 and not ends and "\n" not in doc[start - 1].text:
        start = doc[start - 1].sent.start  # the parser split "… (MEST) | Kenji Sato", "police Sgt. | Jo Li"
    if start > 1 and doc[start - 1].text == "\n" and doc[start - 2].is_alpha:
        start = doc[start - 1].sent.start  # a wire story's line wrap: "… and Livestock | Development Minister"
    i = first.i - 1
    while i >= start and (
        (is_honorific(doc[i]) and not is_post(doc[i].text)) or graded_style(doc[i]) or style_after_post(doc[i], start)
    ):
        i -= 1
    if i > start and given_name_after_post(doc[i]):
        i -= 1  # "senior meteorologist [Dean] Narramore": the given name is no part of the title
    if i >= start + 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "Minister of Education (MEST) Kenji Sato"
    if i < start or ctx.in_quote(doc[i].idx):
        return []
    run = _portfolio_tail(doc, i, start) if i >= start else []
    run, i = (run, i) if run else wire_ranks(doc, i, start)  # "Sgt. Jo Li"
    if run and is_wire_dot(run[-1]) and i >= start and is_post(doc[i].text) and doc[i].lower_ != "police":
        return run  # "police spokesman Lt. Jo Li": the rank is the title, the post before it an aside
    if not run:
        # NER took it in: "[Treasurer Jo Li]", or tagged the title as a name of its own: "[Fine Gael TD] [Jo Li]"
        in_name = doc[i].ent_type_ == "PERSON" and (first.ent_iob_ == "I" or doc[i].text.isupper())
        if not is_post(doc[i].text) or (doc[i].ent_type_ in _NOT_TITLE_ENTS and not in_name):
            return []
        run = [doc[i]]
    i = run[0].i - 1
    while i >= start and len(run) < MAX_TITLE:
        if doc[i].text == ")" and (before := _bracketed_acronym(doc, i, start)):
            i = before  # "NIMR (Northern Institute for Marine Research) President"
            continue
        if doc[i].text == ")" and i - 2 >= start and doc[i - 2].text == "(" and _acronym(doc[i - 1]):
            i -= 3  # "Nordic Trade Council (NTC) chief": the name before its short form
            continue
        if doc[i].text == "\n" and i > start and doc[i - 1].is_alpha:
            i -= 1  # a wire story's line wrap inside the title: "Agriculture and Livestock | Development Minister"
            continue
        if _joined_field(ctx, doc, i, run):
            run[:0] = [doc[i - 1], doc[i]]  # "[Agriculture and] Fisheries Minister"
            i -= 2
            continue
        if not title_word(ctx, doc[i]) or _praise_before_body(doc[i], run) or _object_before(doc[i]):
            break
        run.insert(0, doc[i])
        i -= 1
    i -= i > start and doc[i].lower_ == "the"  # "Confederation of [the] Philippines president X"
    if run and run[0].ent_type_ == "GPE" and i > start and doc[i].lower_ == "of" and _named_body(doc[i - 1]):
        return []  # "Red Cross Society of Kenya Secretary General X": the place ends a body's name, is no owner
    return run


def _named_body(tok: Token) -> bool:
    """The last word of a body's name before "of" ("Society", "Bank"), not a post ("President of")."""
    return tok.ent_type_ == "ORG" or (tok.is_title and tok.pos_ in ("PROPN", "NOUN") and not is_post(tok.text))


def _object_before(tok: Token) -> bool:
    """ "days after [reports] ambassador X received …": a lower-case object of a word before it ends
    the title there (a post's own words modify the post, to their right)."""
    return tok.text.islower() and tok.dep_ in ("pobj", "dobj") and tok.head.i < tok.i and not is_post(tok.text)


def _joined_field(ctx: ArticleContext, doc: Doc, i: int, run: list[Token]) -> bool:
    """Is doc[i] the "and" of two fields a post is held for ("Agriculture and Fisheries Minister")?
    Both fields capitalised words, neither a post nor a name ("Ann Ruiz and Finance Minister X")."""
    if doc[i].lower_ not in ("and", "&") or i < 1 or not run or is_post(run[0].text):
        return False
    field, first = doc[i - 1], run[0]
    return (
        all(t.text.istitle() and t.ent_type_ != "PERSON" and t.pos_ in ("PROPN", "NOUN") for t in (field, first))
        and not is_post(field.text)
        and field.lower_ not in TITLE_RANKS  # "Deputy Prime and Finance Minister": two posts (name_lists)
        and ctx.resolve_person(field) is None  # "between Yoon and U.S. President X"
        and any(is_post(t.text) for t in run)
        and title_word(ctx, field)
    )


def _praise_before_body(tok: Token, run: list[Token]) -> bool:
    """ "[veteran] Harbor Radio journalist", "[acclaimed] ABC host": a word of praise before the
    body's name describes the person, it is no part of the post ("former", "deputy" are)."""
    body = any(t.text[:1].isupper() and not is_post(t.text) for t in run)
    return body and tok.text.islower() and tok.lower_ not in POST_MODIFIERS and not is_post(tok.text)


def _bracketed_acronym(doc: Doc, close: int, start: int) -> int:
    """The index before "ABC (Long Name)" ending at `close`, or 0 when that is not what stands there."""
    for j in range(close - 1, max(start, close - 10), -1):
        if doc[j].text == "(":
            return j - 1 if j - 1 >= start and _acronym(doc[j - 1]) else 0
    return 0


def title_word(ctx: ArticleContext, tok: Token) -> bool:
    if is_wire_dot(tok):
        return True  # "Lt. Gen.": the tokenizer split the first full stop off
    if inner_hyphen(tok):
        return True  # "leg-spinner", "left-arm spinner": the tokenizer split the word at its hyphen
    if tok.is_punct or ctx.in_quote(tok.idx):
        return False
    if _acronym(tok):
        return True
    if tok.ent_type_ == "PERSON" and (is_post(tok.text) or tok.lower_ in PORTFOLIO_FIELDS) and not torn_name(tok):
        return True  # "[Menteri Besar Ali Hassan]", "[Law] Minister X": NER took the title for a name
    if tok.ent_type_ in _NOT_TITLE_ENTS and not agency_centre(ctx, tok):
        return False
    if is_post(tok.text) or tok.lower_ in POST_MODIFIERS:
        return True
    if tok.pos_ in _STOP_POS or _describes_at_start(tok):
        return False
    verb = tok.text.islower() and tok.i > 0 and tok.doc[tok.i - 1].tag_ in ("MD", "TO")  # "will [sack] manager X"
    return tok.text[:1].isupper() or tok.pos_ in ("NOUN", "ADJ", "PROPN") and not verb


def _describes_at_start(tok: Token) -> bool:
    """ "Embattled Councilmember Ann Ruiz …": a participle opening the sentence (capitalized only
    because the sentence starts there) describes the person and is no part of the post; an
    adjective may be the post's ("Political science professor"), and a name's word an entity's
    ("United Nations")."""
    return bool(tok.is_sent_start) and not tok.ent_type_ and (tok.tag_ in ("VBN", "VBD") or tok.lower_.endswith("ed"))


def _acronym(tok: Token) -> bool:
    letters = tok.text.replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _portfolio_tail(doc: Doc, i: int, start: int) -> list[Token]:
    """ "Secretary of State", "Minister of Education, Culture and Sports", "Minister for Finance",
    "Minister of State for Health (Independent Charge)": a post followed by a capitalised "of", "for",
    "to" or "in" phrase, ending at token i."""
    joined = i > start and doc[i - 1].lower_ in ("and", "&", "of", "for")  # "Minister for Law and [Justice]"
    joined = joined or i > start + 1 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in ("of", "to")
    if not (doc[i].text[:1].isupper() or doc[i].text == ")") or (is_post(doc[i].text) and not joined):
        return []
    j = i
    while j > start and j > i - 12:
        tok = doc[j]
        post = doc[j - 1] if j - 1 >= start else None
        if (
            tok.lower_ in ("of", "for", "to", "in")
            and post is not None
            and is_post(post.text)
            and post.text[:1].isupper()
        ):
            return list(doc[j - 1 : i + 1])  # "Ambassador to Japan", "Minister in the Presidency"
        if not (tok.text[:1].isupper() or tok.lower_ in ("the", "and", ",", "&", "of", "for", "to", "in", "(", ")")):
            return []
        j -= 1
    return []


def read_title(ctx: ArticleContext, first: Token, last: Token) -> tuple[list[Token], str | None, str]:
    """The title before the name from `first` to `last`: its post words, the organisation or place it
    names ("WHO chief", "Ohio Gov.", "Rep. Ann Ruiz, R-Texas") and the word joining them."""
    run = title_before(ctx, first) or _title_before_comma(ctx, first, last)
    if not run:
        return [], None, "of"
    role, org, prep = split_title(ctx, run)
    if org is None and (state := state_after(ctx, last, role)) is not None:
        return role, state[0], state[1]
    return role, (org.text if org is not None else None), prep


def _title_before_comma(ctx: ArticleContext, first: Token, last: Token) -> list[Token]:
    """'"…," Harbor Institute General Manager of Communication, Sara Lind said': a capitalised
    title that opens its clause, set off from the name by a comma, the name then speaking."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].text != "," or last.i + 1 >= len(doc) or doc[last.i + 1].pos_ != "VERB":
        return []
    run = title_before(ctx, doc[first.i - 1])
    if not run or run[0].i < 1:
        return []
    opens = doc[run[0].i - 1].is_punct or run[0].is_sent_start
    capitalised = all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "&") for t in run)
    return run if opens and capitalised and any(is_post(t.text) and t.text[:1].isupper() for t in run) else []


def split_title(ctx: ArticleContext, run: list[Token]) -> tuple[list[Token], Span | None, str]:
    """The post words of a title and the organisation it names, if any: "WHO chief" → chief, WHO;
    "Finance Minister" and "Secretary of State" stay whole (a portfolio is no institution)."""
    while len(run) > 1 and run[0].lower_ in RELATION_NOUNS:
        run = run[1:]  # "Trump's rival Ohio Gov. X": a tie to another person, then the title
    of = next((t for t in run if t.lower_ == "of"), None)
    head_part = [t for t in run if of is None or t.i < of.i]
    heads = [t for t in head_part if is_post(t.text)]
    if not heads:
        return run, None, "of"
    head = heads[-1].lower_.rstrip(".")
    owner = _owner(ctx, run[0], head)
    if owner is not None:
        return run, owner, "of"  # "the Green Party's housing spokesman"
    if (owned := place_owner(ctx, run)) is not None:  # "Tanzania's Agriculture Minister"
        return owned[0], owned[1], place_prep(head)
    place = place_before(ctx, run)
    if place is not None:  # "Ohio Gov.", "U.S. Secretary of State": the place the post is held for
        return [t for t in run if not place.start <= t.i < place.end], place, place_prep(head)
    if of is not None:
        span = ctx.ent_at(run[-1])
        if span is not None and span.label_ == "ORG" and span.start > of.i and not is_portfolio(head, span.text):
            return [t for t in run if t.i < of.i], span, "of"
        lead = _leading_name(head_part)
        org = _org_span(ctx, lead) if lead and lead[0] == run[0] else None
        if org is not None and not is_portfolio(head, org.text):  # "ESA Director of Science": the body first
            return [t for t in run if not org.start <= t.i < org.end], org, "of"
        return run, None, "of"
    lead = _leading_name(run)
    if not lead:
        return run, None, "of"
    org = _org_span(ctx, lead)
    if org is None or is_portfolio(head, org.text) or org.text.lower() in PORTFOLIO_FIELDS:
        return run, None, "of"  # "Health director-general": a field of government, no body
    role = [t for t in run if not org.start <= t.i < org.end and t not in lead]
    prep = "at" if head in SHARED else "of"
    return role, org, prep


def _owner(ctx: ArticleContext, first: Token, head: str) -> Span | None:
    """The organisation whose post it is, written as a possessive before the title."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].dep_ != "case":
        return None
    ent = ctx.ent_at(doc[first.i - 2])
    if ent is not None and ent.label_ == "PERSON" and len(ent) == 1 and head in _COMPANY_HEADS:
        if ctx.resolve_person(ent.root) is None and ctx.people.find(ent.text) is None:
            return ent  # "Getlink's chief executive X": a one-word company the small model calls a person
    return ent if ent is not None and ent.label_ == "ORG" and ent.end == first.i - 1 and not people_noun(ent) else None


#: Posts only a company has: a one-word "person" owning one is a company.
_COMPANY_HEADS = {"executive", "ceo", "cfo", "coo", "chairman", "chairwoman", "founder", "co-founder"}


def _leading_name(run: list[Token]) -> list[Token]:
    """The first run of capitalised words in a title that are neither posts nor modifiers, read on
    across a hyphen ("PML-N president": the party is "PML-N", not "PML")."""
    lead: list[Token] = []
    for tok in run:
        name_like = tok.text[:1].isupper() and not is_post(tok.text) and tok.lower_ not in POST_MODIFIERS
        if name_like or (lead and (inner_hyphen(tok) or inner_hyphen(tok.doc[tok.i - 1]))):  # "PML-N": one name
            lead.append(tok)
        elif lead:
            break
    return lead


def _org_span(ctx: ArticleContext, lead: list[Token]) -> Span | None:
    """The organisation the leading words name: an ORG entity ending inside them, or an acronym."""
    doc = ctx.doc
    ent = ctx.ent_at(lead[-1])
    if ent is not None and ent.label_ == "ORG" and ent.end - 1 == lead[-1].i and not people_noun(ent):
        start = ent.start
        while start < lead[0].i and (doc[start].lower_ in POST_MODIFIERS or is_post(doc[start].text)):
            start += 1  # "Outgoing Harbourside chairman": NER took the modifier into the name
        return whole_owner(ent) if start == ent.start <= lead[0].i else doc[min(start, lead[0].i) : ent.end]
    if len(lead) == 1 and _acronym(lead[0]) and lead[0].ent_type_ not in ("GPE", "NORP", "LOC"):
        return doc[lead[0].i : lead[0].i + 1]
    if len(lead) == 2 and agency_centre(ctx, lead[1]):
        return doc[lead[0].i : lead[1].i + 1]  # "NASA Johnson Director": a centre of the agency
    return None


def org_after_name(ctx: ArticleContext, name: Token, titled: bool) -> tuple[Span, str] | None:
    """ "Tom Vale of Harwick University", "Ann Ruiz at the Nordic Trade Council", and with a title
    before the name (or "of"/"from") also "Dr Tom Vale, from the Northern Institute": the person's body."""
    doc = ctx.doc
    i = name.i + 1
    if i + 1 < len(doc) and doc[i].text == "," and (titled or doc[i + 1].lower_ in ("of", "from")):
        i += 1  # "said Ann Ruiz, of the Nordic Trade Council": the aside names her body
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "at", "from") or ctx.in_quote(doc[i].idx):
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    ent = ctx.ent_at(doc[j]) if j < len(doc) else None
    owned = owned_body(ctx, ent)
    if owned is not None:
        ent = owned  # "of Norway's Harwick University": the university, not the country
    elif ent is None or ent.label_ != "ORG" or ent.start not in (i + 1, j) or ctx.resolve_person(ent.root):
        return None
    return ent, doc[i].lower_


def owner_before_name(ctx: ArticleContext, first: Token) -> Span | None:
    """ "Kestrel's Tom Vale": the organisation named as the possessor of a person."""
    doc = ctx.doc
    if first.i < 2 or doc[first.i - 1].dep_ != "case" or ctx.in_quote(first.idx):
        return None
    ent = ctx.ent_at(doc[first.i - 2])
    if ent is None or ent.label_ != "ORG" or ent.end != first.i - 1 or ctx.resolve_person(ent.root):
        return None
    return ent
