"""Who or what a vague mention stands for: pronouns, "the rocket", "the company", "it".

Questions must stand on their own, so a subject like "it" or "the rocket" is replaced by the
fuller mention the article made earlier ("the Long March 3-A rocket"). Each function returns
None when the article does not make the reference clear; callers then drop the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.counted_mentions import count_only, tied_thing
from quizgen.facts.expletives import expletive_it
from quizgen.facts.lexicon import COMPANY_WORDS, NOT_COMPANIES
from quizgen.facts.officer_bodies import officers_body
from quizgen.facts.other_bodies import is_outlet, no_company, rival_in_reach
from quizgen.facts.wording import lower_first
from quizgen.text import named_mid_sentence

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def reporting_subject(ctx: ArticleContext, pronoun: Token) -> str | None:
    """'Japan said it would launch …': in a reported clause, 'it' is the one reporting."""
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
        return None
    for child in clause.head.children:
        if child.dep_ == "nsubj" and child.pos_ == "PROPN" and ctx.resolve_person(child) is not None:
            # "…, it agreed to spend £200,000, Pryce said": a person the tagger took for a body
            return firm_named_as_person(ctx, child) if pronoun.lower_ == "it" else None
        if child.dep_ == "nsubj" and child.pos_ in ("PROPN", "NOUN") and child.ent_type_ in ("GPE", "ORG", "NORP"):
            return re.sub(r"^The ", "the ", " ".join(t.text for t in _without_asides(child) if t.dep_ != "punct"))
        if child.dep_ == "nsubj" and child.pos_ == "PROPN" and child.ent_type_ == "PERSON" and pronoun.lower_ == "it":
            return firm_named_as_person(ctx, child)
        if child.dep_ == "nsubj" and child.tag_ == "NN" and pronoun.lower_ == "it" and _named_body(child):
            named = " ".join(t.text for t in _without_asides(child) if t.dep_ != "punct")  # "the GMB union said it …"
            return re.sub(r"^The ", "the ", named)
    return None


def _named_body(noun: Token) -> bool:
    """ "the GMB union", "the Dutch government": a common noun the name of a body or a people fixes."""
    words = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    named = any(w.ent_type_ in ("ORG", "NORP", "GPE") or w.tag_ in ("NNP", "NNPS") for w in words)
    return named and noun.ent_type_ in ("", "ORG", "NORP")


def firm_named_as_person(ctx: ArticleContext, subject: Token) -> str | None:
    """'Harlan Brooks said it earned …': "it" is never a person, so a name the tagger took for one is
    the firm of that name, when the article names the firm in full ("Harlan Brooks Ltd.") and no
    person by it (the tagger's "person" is then never called he or she)."""
    name = " ".join(t.text for t in subject.subtree if not t.is_punct)
    person = ctx.resolve_person(subject)
    if person is not None and (person.gender is not None or person.name != name):
        return None
    fuller = any(f" {name} " in f" {org.text} " and org.text != name for org in ctx.org_spans)
    return name if fuller else None


def recent_org(ctx: ArticleContext, token: Token, beside: bool = False) -> str | None:
    """'The company' → the organisation last named as a subject before it; with `beside`, also a
    name set beside a subject ("The phone maker Acme Devices posted …")."""
    tied, own = officers_body(ctx, token)
    if tied:  # "X, managing director of Nordwind, said the company …": Nordwind, whoever came before
        return own
    best = None
    earliest = ctx.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
    earliest = ctx.doc[earliest - 1].sent.start if earliest > 0 else earliest
    for ent in ctx.org_spans:
        if ent.start >= token.i:
            break
        if ent.root.dep_ == "nsubj" and ent.start >= earliest and not _dateline_place(ent):
            best = ent
    firm = _firm_subject(ctx, earliest, token.i)
    if firm is not None and (best is None or firm[0] > best.start):
        later = [s for s in ctx.org_spans if firm[0] < s.start < token.i and not ctx.in_quote(s.start_char)]
        return None if any(not no_company(ctx, s) and not is_outlet(ctx, s) for s in later) else firm[1]
    if best is not None and (no_company(ctx, best) or is_outlet(ctx, best) or joined_to_another(best)):
        return None  # "Dunmore University won … . The firm …", "…, the BBC reported. The firm …": someone else
    if best is not None and rival_in_reach(ctx, best, token.i):
        return None  # "Tesco buys pies from Velmont. The company said …": which one
    named = _named_beside(ctx, earliest, token.i) if beside else None
    if named is not None and (best is None or named[0] > best.start):
        return named[1]
    return _the_mid_sentence(best.text) if best is not None else None


def _dateline_place(ent: Span) -> bool:
    """'OSLO, March 3 (Reuters) - …', 'BRUSSELS (AP) — …': the capitals a wire story opens with name the
    place it was filed from, which the tagger often calls an organisation; never "the company"."""
    doc = ent.doc
    if not ent.text.replace(" ", "").replace(".", "").isupper() or (ent.start > 0 and not doc[ent.start - 1].is_space):
        return False
    for tok in doc[ent.end : min(ent.end + 10, ent.sent.end)]:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.text in ("-", "--", "\u2013", "\u2014", ":"):
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return after is not None and after.is_title  # a sentence starts after it ("IBM – which …" goes on)
    return False


def _firm_subject(ctx: ArticleContext, start: int, end: int) -> tuple[int, str] | None:
    """'Krispy Kreme opened 27 stores. The company …', 'Vantix said it would appeal. The company …': a firm
    the tagger took for a person, as the last subject before "the company", when the article names it
    as an organisation ("Krispy Kreme Doughnuts Inc.", "Vantix") and no person by it."""
    found = None
    for tok in ctx.doc[start:end]:
        if tok.dep_ != "nsubj" or tok.ent_type_ != "PERSON" or ctx.in_quote(tok.idx):
            continue
        name = " ".join(t.text for t in tok.subtree if not t.is_punct)
        person = ctx.resolve_person(tok)
        if person is not None and (person.gender is not None or person.name != name):
            continue  # a real person, or one called he or she
        orgs = {_the_mid_sentence(o.text) for o in ctx.org_spans if f" {name} " in f" {o.text} "}
        orgs = {o[4:] if o.startswith("the ") else o for o in orgs}
        if len(orgs) == 1 and (whole := orgs.pop()).split()[-1].lower() not in NOT_COMPANIES:
            found = (tok.i, whole)
    return found


def subject_before(ctx: ArticleContext, token: Token) -> str | None:
    """'Acme Foods posted a loss. Its shares fell 5 percent.': a sentence's opening "its" is the firm the
    sentence before names as its subject (an organisation, nothing else)."""
    if token.sent.start == 0:
        return None
    before = ctx.doc[token.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    org = next((o for o in ctx.org_spans if subject is not None and o.start <= subject.i < o.end), None)
    return _the_mid_sentence(org.text) if org is not None and org.root == subject else None


def _the_mid_sentence(name: str) -> str:
    """A name NER took with the capital "The" that opened its sentence, as it reads inside another
    ("how many had the Harbour Board set up", not "had The Harbour Board")."""
    return "the " + name[4:] if name.startswith("The ") and name[4:5].isupper() else name


def joined_to_another(ent: Span) -> bool:
    """ "Harbour Telecom and Northfield Mobile sued …": a name with another joined to one of its words,
    however the parse hangs the pair, so neither alone did the deed."""
    doc = ent.doc
    return any(t.dep_ == "conj" and ent.start <= t.head.i < ent.end for t in doc[ent.end : ent.sent.end])


def _named_beside(ctx: ArticleContext, start: int, end: int) -> tuple[int, str] | None:
    """'The phone maker Acme Devices posted …': a name set beside a subject names that subject
    (the tagger often sees only part of such a name as an organisation). The last one before `end`."""
    found = None
    for tok in ctx.doc[start:end]:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.head.dep_ == "nsubj" and tok.head.pos_ == "NOUN":
            if tok.head.lower_ in COMPANY_WORDS and tok.ent_type_ not in ("PERSON", "GPE", "NORP"):
                found = (tok.i, words_of([t for t in tok.subtree if not t.is_punct]).strip())
    return found


def antecedent(ctx: ArticleContext, pronoun: Token) -> str | None:
    """'it'/'they': a subject before it in its own sentence, else the subject of the previous
    sentence, if that names something; 'them' may also be its object ("… encouraged science
    workers …. He called on them to …"). None after a relative subject ("…, which … as it …")."""
    if expletive_it(pronoun):
        return None  # "It is likely that …": no noun stands behind it
    sent = pronoun.sent
    roles = ("nsubj", "nsubjpass", "dobj") if pronoun.lower_ == "them" else ("nsubj", "nsubjpass")
    plural = pronoun.lower_ in ("they", "them")
    host = _host_subject(pronoun)
    if host is not None and _fits(ctx, host, plural):  # "the ferry will leave Cork, and in May it will …"
        tokens = _without_asides(host)
        fuller = fuller_mention(ctx, host, tokens)
        return fuller or (None if fuller == "" else _in_clause(ctx, tokens, lower_first(words_of(tokens))))
    if sent.start == 0 or _rival_in_sentence(ctx, pronoun):
        return None
    prev = ctx.doc[sent.start - 1].sent
    for tok in prev:
        if tok.dep_ in roles and tok.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(tok.idx):
            if plural != (tok.tag_ in ("NNS", "NNPS")):
                continue
            if ctx.resolve_person(tok) is not None:
                continue
            if _thing_or_maker(pronoun, tok):
                return None
            tokens = _without_asides(tok)
            fuller = fuller_mention(ctx, tok, tokens)
            return fuller or (None if fuller == "" else _in_clause(ctx, tokens, lower_first(words_of(tokens))))
    return None


#: Verbs whose subject is a thing made or planned, never its maker: "It will cost 60 billion yuan".
_THING_VERBS = {"cost", "stretch", "span", "measure", "weigh"}


def _thing_or_maker(pronoun: Token, subject: Token) -> bool:
    """ "The state will build a rail line. It will cost …": the "it" of a thing's verb is the line the
    subject builds as much as the subject itself, so the pronoun is left open."""
    verb = subject.head
    return (
        pronoun.lower_ == "it"
        and pronoun.head.lemma_ in _THING_VERBS
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
    )


def _without_asides(head: Token) -> list[Token]:
    """'The probe, which was launched in 2023,' → 'The probe': a noun's appositive or relative clause
    goes whole, never its verb alone ("the probe, which was in 2023")."""
    cut = {t.i for c in head.children if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
    tokens = [t for t in head.subtree if t.i not in cut]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _host_subject(pronoun: Token) -> Token | None:
    """The subject of the clause that the pronoun's clause is joined to or depends on ("the ferry will
    leave Cork, and it will …", "the Harbour Trust, which grew …, as it bought …"): what "it" reads as."""
    verb = pronoun.head
    for _ in range(4):
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("conj", "advcl") or verb.head == verb:
            return None
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return verb.head if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" else subject
    return None


def _fits(ctx: ArticleContext, token: Token, plural: bool) -> bool:
    """A noun that "it" (or, `plural`, "they") can stand for: of its number, no person, not quoted."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and plural == (token.tag_ in ("NNS", "NNPS"))
        and not ctx.in_quote(token.idx)
        and ctx.resolve_person(token) is None
    )


def _rival_in_sentence(ctx: ArticleContext, pronoun: Token) -> bool:
    """A noun subject earlier in the pronoun's own sentence may be what it stands for, rather than the
    last sentence's: which one, the parse does not say."""
    plural = pronoun.lower_ in ("they", "them")
    sent = pronoun.doc[pronoun.sent.start : pronoun.i]
    return any(t.dep_ in ("nsubj", "nsubjpass") and _fits(ctx, t, plural) for t in sent)


def _in_clause(ctx: ArticleContext, tokens: list[Token], text: str) -> str:
    """ "Savers have …" → "When do savers have …?": a common noun that opened its sentence loses the
    capital; so does a word the tagger took for a name there ("Dock workers") when no entity holds it
    and the article never capitalizes it mid-sentence."""
    first = min(tokens, key=lambda t: t.i)
    if not first.is_sent_start or first.ent_type_ or first.text.isupper():
        return text
    common = first.pos_ == "NOUN" or common_word_taken_for_name(ctx, first)
    return text[:1].lower() + text[1:] if common else text


def common_word_taken_for_name(ctx: ArticleContext, first: Token) -> bool:
    """ "Dock workers returned …": a sentence's capitalized first word the tagger calls a name, though
    it only qualifies a common noun, no entity holds it, and the article never capitalizes it
    mid-sentence; in a question it is an ordinary word ("did dock workers return")."""
    return (
        first.pos_ == "PROPN"
        and not first.ent_type_
        and first.dep_ in ("compound", "amod")
        and first.head.pos_ == "NOUN"
        and not named_mid_sentence(first.text, ctx.text)
    )


def fuller_mention(ctx: ArticleContext, head: Token, tokens: list[Token]) -> str | None:
    """'the engine' → 'the Vega-2 engine': the latest earlier mention with the same head, "" when two
    different ones are in reach (`_rivals`: then the mention is left unasked) (never for
    "his"/"her"/"their" party, which may be another's than the one named); 'its
    first graduate, Rosa Fen,' → the name the appositive gives at once."""
    named = _appositive_name(head, tokens)
    if named is not None:
        return named
    dets = [t for t in tokens if t.dep_ in ("det", "poss") and t.head == head]
    if any(t.dep_ == "poss" and t.lower_ in ("his", "her", "their") for t in dets):
        return None  # "his party" is his own, not the party named before it ("the Peoples Party")
    deictic = any(t.lower_ in ("this", "that", "these", "those") for t in tokens)
    if len(tokens) > (4 if deictic else 3) or not (dets or deictic) or head.pos_ != "NOUN":
        return None
    if any(t.pos_ == "PROPN" for t in tokens):
        return None
    plural = head.tag_ in ("NNS", "NNPS")  # "the study" is not "the NCLAN studies"
    earlier = [
        c
        for c in ctx.named_chunks.get(head.lemma_.lower(), [])
        if c.start < head.i and (c.root.tag_ in ("NNS", "NNPS")) == plural
    ]
    # "the central government" is not "the Tibet regional government": every word that narrows the
    # description must be in the mention that names it
    narrowing = {t.lower_ for t in tokens if t.head == head and t.dep_ in ("amod", "compound", "nummod")}
    earlier = [c for c in earlier if narrowing <= {t.lower_ for t in c}]
    if not earlier:
        return None
    if _rivals(ctx, head, earlier, plural):
        return ""  # (two it could stand for: the caller asks nothing)
    best = earlier[-1]
    if count_only(best, head):  # "Around 40 students will join …. The students …": a count names no one
        tied = tied_thing(best)
        return (
            ""
            if tied is None
            else f"the {''.join(t.text_with_ws for t in tokens if t.dep_ != 'det').strip()} of {tied}"
        )
    # "The festival, which dates back 700 years" is the festival, not "the 2024 … festival" named before it
    series = about_the_series(head.sent.text, best.text)
    words = [t for t in best if t.dep_ != "det" and not (series and _EDITION_YEAR.fullmatch(t.text))]
    return "the " + "".join(t.text_with_ws for t in words).strip()


#: A year naming one edition of a recurring thing ("the 2024 Osun-Osogbo festival").
_EDITION_YEAR = re.compile(r"(?:19|20)\d\d")
#: What a recurring event's history says: "dates back 700 years", "first held in 1950".
_HISTORY = re.compile(r"\b(?:dat(?:es|ed|ing) back|first (?:held|staged|celebrated)|founded|inaugurated|since)\b", re.I)


def about_the_series(sentence: str, name: str) -> bool:
    """ "The festival, which dates back 700 years, was listed in 2005": a sentence about a recurring
    event's history, or a year before the edition `name` gives ("2024 Osun festival"), is about the
    series, so its bare "the festival" is not that edition."""
    edition = _EDITION_YEAR.search(name)
    if edition is None:
        return False
    earlier = any(int(y) < int(edition.group()) for y in _EDITION_YEAR.findall(sentence))
    return earlier or bool(_HISTORY.search(sentence))


def _rivals(ctx: ArticleContext, head: Token, earlier: list[Span], plural: bool) -> bool:
    """ "the Harvard Law School …. The school raised $42m, its dean at Ashcombe School of Law said":
    two bodies of one kind in reach (before it, or later in its sentence), so "the school" could be
    either, and a question naming one may name the wrong one (so may naming both)."""
    sent = head.sent
    later = [
        c
        for c in ctx.named_chunks.get(head.lemma_.lower(), [])
        if head.i < c.start < sent.end and (c.root.tag_ in ("NNS", "NNPS")) == plural
    ]
    names = {" ".join(t.lower_ for t in c if t.dep_ != "det" and not t.is_punct) for c in [*earlier, *later]}
    joined = any(t.dep_ == "cc" and t.lower_ in ("and", "or") for c in [*earlier, *later] for t in c)
    return len(names) > 1 or joined  # ("Greyfield College and Marlow College": two, read as one chunk)


def _appositive_name(head: Token, tokens: list[Token]) -> str | None:
    """ "His deputy, Ann Ruiz, resigned": a description whose owner is a pronoun ("his", "its"), that
    the article names in an appositive right after it, is that name (the pronoun cannot stand alone)."""
    if head.pos_ != "NOUN" or not any(t.dep_ == "poss" and t.pos_ == "PRON" and t.head == head for t in tokens):
        return None
    names = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"]
    if len(names) != 1 or not names[0].ent_type_:
        return None
    name = [t for t in names[0].subtree if not t.is_punct]
    between = head.doc[head.i + 1 : names[0].left_edge.i]  # (only the comma, or a closing quote mark)
    if not all(t.pos_ == "PROPN" for t in name) or not all(t.is_punct for t in between):
        return None
    return " ".join(t.text for t in name)


#: Entity types whose first word keeps its capital even when the word is common ("New Hampshire").
_NAME_TYPES = {"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def opens_name(token: Token) -> bool:
    """'New' in "New Hampshire": the first word of a name of several words, never lower-cased at
    the start of a question although the article also uses it as a common word ("new rules")."""
    doc = token.doc
    return (
        token.ent_iob_ == "B"
        and token.ent_type_ in _NAME_TYPES
        and token.i + 1 < len(doc)
        and doc[token.i + 1].ent_iob_ == "I"
    )
