"""Which event a date belongs to, and the question that asks when it happened.

A date answers "When …?" only for the verb it modifies in the parse, or for a noun that is that
verb's place or occasion ("held at the centre from May 4 to 6"); a noun the clause is timed
against ("until an outbreak in July") is asked about on its own ("When was the outbreak?").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.date_attach import misattached, subject_adverbial
from quizgen.facts.date_attributions import reported_before
from quizgen.facts.date_figures import change_of
from quizgen.facts.date_gaps import ask_gapped
from quizgen.facts.date_named import ask_year_of_name
from quizgen.facts.date_nouns import event_time
from quizgen.facts.date_particles import particle_in, with_particle
from quizgen.facts.date_preps import wh_of_prep
from quizgen.facts.date_starts import start_word
from quizgen.facts.date_tense import clause_future
from quizgen.facts.late_attach import owning_verb
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.verb_forms import base_form
from quizgen.facts.wording import lower_first, with_the

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Adverbs that only lead a date in: "back in 2019", "later in May", "early in 2020".
TIME_ADVERBS = ("back", "later", "earlier", "early", "late", "shortly", "just", "right", "soon")
#: Prepositions that name where or on what occasion an event happened, so a date on their noun dates the event.
OCCASION_PREPS = ("in", "at", "on", "during", "aboard")
#: Verbs of expecting, said in the present, whose date belongs to the event expected ("expect talks next month").
FORESEE_VERBS = frozenset({"expect", "forebode", "predict", "forecast", "anticipate", "foresee", "fear", "see"})
#: Nouns that name an event or a period with a time of its own, so a date written before them
#: ("the June 8-10 summit", "the 2024 election") says when that event was, not when the clause's verb was.
EVENT_NOUNS = frozenset(
    "summit meeting meetings talks conference congress convention election elections vote referendum poll "
    "budget session hearing trial final finals match tournament games festival ceremony visit strike "
    "launch auction review census sale merger takeover acquisition recall walkout shutdown closure".split()
)


def ask_when_clause(ctx: ArticleContext, ent: Span) -> str | None:
    """'came on Saturday when the coach criticised the referees', 'since 1929, when he opened a
    bank': the "when" clause's event took place at the date too."""
    verb = when_verb(ent)
    if verb is None:
        return None
    doc, at = ent.doc, verb.i
    at = next(c.i for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ not in ("advcl", "relcl") or not subjects:
        return None  # "on Monday when asked": no event of its own
    owner = clause_verb(ent.root)
    if verb.head != ent.root and not (verb.head == owner and owner is not None and _dates_the_verb(ent, owner)):
        return None
    if subjects[0].lower_ == "it":
        return _its_own_when(ctx, verb, owner)
    if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("he", "she"):
        return None
    return _ask_clause(ctx, verb, doc[at : at + 1], "When")


def when_verb(ent: Span) -> Token | None:
    """The verb of a "when" clause right after the date ("on Saturday when the coach said …"), or None."""
    doc = ent.doc
    at = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "when" or doc[at].dep_ != "advmod":
        return None
    return doc[at].head


def _its_own_when(ctx: ArticleContext, verb: Token, owner: Token | None) -> str | None:
    """ "Harbour Trust has worked abroad since 1931, when it opened a branch in Paris" → When did
    Harbour Trust open a branch in Paris? "It" is read only as the sentence's own subject, a named
    organisation, and only in a plain past clause."""
    owners = [c for c in owner.children if c.dep_ == "nsubj"] if owner is not None else []
    if not owners or owners[0].ent_type_ != "ORG" or verb.tag_ != "VBD" or verb.lemma_ in ("be", "have"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg", "ccomp", "xcomp") for c in verb.children):
        return None
    name = next((e.text for e in doc_ents(owners[0].doc) if e.start <= owners[0].i < e.end), "")  # not its appositive
    rest = words_of([t for t in verb.subtree if t.i > verb.i and not (t.is_punct and t.i == verb.right_edge.i)])
    if not rest.strip() or len(rest.split()) > 14 or not name or len(name.split()) > 6:
        return None
    return f"When did {name} {base_form(verb)} {rest.strip()}?"


def _timed_against(ent: Span) -> tuple[Token, Token] | None:
    """The event noun a date belongs to when the clause is timed against that event ("was free of
    the virus until an outbreak in July"): (noun, the date's preposition), or None."""
    root = ent.root
    attach = root.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "on") else root
    if attach is root and root.dep_ not in ("npadvmod", "tmod"):
        return None
    noun = attach.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("until", "till", "after", "before", "following"):
        return None
    return noun, attach


def _in_subject(token: Token) -> bool:
    node = token
    for _ in range(8):
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return False
        node = node.head
    return False


#: Participles that bring in a name or title ("a report entitled …", "a leaflet called …").
NAMING_VERBS = {"entitle", "title", "call", "name", "dub"}


def ask_date(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "When …?" (or "By when", "Since when" …) for the event the date `ent` belongs to, or None."""
    root, doc = ent.root, ctx.doc
    target, wh = ent, "When"
    start = start_word(ent)
    if start is not None:  # "fares will rise starting next month": asked of "rise", never of "starting"
        unasked = start.head.lemma_ in REPORTING or _in_subject(start)
        return None if unasked else ask(ctx, doc[start.i : ent.end], "From when", verb=start.head)
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and particle_in(ent):
        pass  # "was sworn in Thursday as president": the "in" is the verb's, and stays in the question
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        target = doc[prep.left_edge.i : max(ent.end, root.right_edge.i + 1)]  # "up until", "as late as"
        if target.end < len(doc) and doc[target.end].text == ")" and "(" in target.text:
            target = doc[target.start : target.end + 1]  # "on Tuesday (April 7)"
        lead = doc[target.start - 1] if target.start > 0 else None
        if lead is not None and _time_adverb(lead) and lead.head in (prep, prep.head):
            target = doc[lead.i : target.end]  # "back in 2019", "later in May": the adverb goes with its date
        if _in_subject(prep) and subject_adverbial(ent) is None:
            return None  # "A visit in 2016 convinced them": the date is inside the subject
        asked = wh_of_prep(ent, prep, iso)
        if asked is None:
            return None
        wh = asked
    elif root.dep_ == "prep" and root.lower_ == "between" and root.i == ent.start:
        pass  # "mapped the coast between 1995 and 2003": spaCy takes the preposition into the date
    elif root.dep_ == "prep" and root.lower_ in ("to", "until") and ent.start and doc[ent.start - 1].lower_ == "from":
        target = doc[ent.start - 1 : ent.end]  # "from May 2019 to June 2020": the span is one date, "from" with it
    elif root.dep_ in ("nmod", "compound", "nummod", "amod") and (named := ask_year_of_name(ctx, ent)) is not None:
        return named  # "The 2030 Island Games will cost …" → Which year's Island Games will cost …?
    elif root.dep_ == "poss":
        # "Last week's walkout by dock workers" → When was the walkout by dock workers?
        return _possessed_time(ctx, ent, iso) or _at_dated_occasion(ctx, ent)
    elif root.dep_ in ("nmod", "compound", "nummod", "amod") and root.head.lower_ in EVENT_NOUNS:
        return _event_noun_time(ctx, ent, iso)  # "the June 8-10 summit in Venice"
    elif root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return None  # "the 2019 Forum": a date that modifies a noun dates no event
    if (owner := owning_verb(ent)) is not None:  # "awarded the contract to a firm led by Li on Oct 28"
        return ask(ctx, target, wh, verb=owner)
    verb = clause_verb(root)
    if verb is not None and verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "announced a commitment to bring water to 1.2 million people by 2028": the aim's date
    if (reported := reported_before(ent, verb)) is not None:  # "…, at 5 p.m. Monday, police said": the finding's
        return ask(ctx, target, wh, verb=reported)
    if verb is not None and any(t.dep_ == "acl" and t.lemma_ in NAMING_VERBS for t in (verb, *verb.ancestors)):
        return None  # "a booklet entitled Safe Homes, May 2020": a date in a title dates no event
    if verb is not None and misattached(ent, verb):
        return None  # "the level set by the board in its review last week": whose week?
    if verb is not None and _far_antecedent(verb):
        return None  # "sales in the quarter, which ended May 30": which of the two nouns ended is a guess
    said = saying_of(ent, verb) if verb is not None else None
    if said is not None:  # "X said on Monday it approved …": the day X spoke, not the day X approved
        return _ask_clause(ctx, said, target, wh)
    if verb is None or not _dates_the_verb(ent, verb):
        # "discussed the game in October": the game's month, not the discussion's
        timed = _timed_against(ent) if clause_future(ent) is False else None
        return event_time(ent, *timed) if timed is not None else None
    if verb.lemma_ in FORESEE_VERBS and verb.tag_ in ("VBZ", "VBP") and clause_future(ent) is None:
        return _foreseen(ent, verb)
    return with_particle(ent, verb, _ask_clause(ctx, verb, target, wh))


def _at_dated_occasion(ctx: ArticleContext, ent: Span) -> str | None:
    """ "was beaten in last May's elections" → When was the mayor beaten? What happened at
    an occasion took place when the occasion did (not a saying: "said in last week's debate")."""
    noun = ent.root.head
    prep = noun.head
    if noun.lower_ not in EVENT_NOUNS or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ not in ("in", "at", "during") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in REPORTING:
        return None
    return _ask_clause(ctx, verb, ctx.doc[prep.i : noun.right_edge.i + 1], "When")


def saying_of(ent: Span, verb: Token) -> Token | None:
    """The verb of saying a date belongs to when the parser hung it on the reported clause: "The board
    said on Monday it approved the route" tells when the board spoke; what it approved may be older.
    A date inside the reported clause ("said it approved the route on Monday", "said that on Monday
    it …") stays the clause's."""
    said = verb.head
    if verb.dep_ != "ccomp" or said.lemma_ not in REPORTING or said == verb:
        return None
    opening = [c for c in verb.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]
    if not opening or ent.root.head.head != verb and ent.root.head != verb:
        return None
    start = min(c.left_edge.i if c.dep_ != "mark" else c.i for c in opening)
    # ("Last month, the board approved the route, Ann Ruiz said": a date fronted before a clause whose
    # saying comes after it is the clause's)
    return said if ent.end <= start and said.i < ent.start else None


def _far_antecedent(verb: Token) -> bool:
    """A relative or participle clause that the parse hangs on a noun other than the one just before
    it ("revenue in the quarter, which ended May 30" on "revenue"), or a participle after "a noun of
    a noun": the event's subject is in doubt.
    A capitalised title between the two ("the Accord on Fishing in Arctic Waters, signed in May") is
    one name, so its head is the noun."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    noun, doc = verb.head, verb.doc
    if verb.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return True  # "a map of the valley drawn in 1850": the map was drawn, or the valley; a guess either way
    at = verb.left_edge.i - 1
    while at > noun.i and (doc[at].is_punct or doc[at].lower_ in ("who", "which", "that")):
        at -= 1
    between = [t for t in doc[noun.i + 1 : at + 1] if not t.is_punct and not _age_of(t, noun)]
    return not all(t.is_title or t.pos_ in ("ADP", "DET", "CCONJ") for t in between) or any(
        not (noun.left_edge.i <= t.i <= noun.right_edge.i) for t in between
    )


def _age_of(token: Token, noun: Token) -> bool:
    """ "Ann Ruiz, 63, who was elected in 2021": the age set off beside a name is no second noun, nor
    the acronym in brackets after one ("the Harbour Safety Board (HSB), which was set up in 1996")."""
    if token.dep_ != "appos" or token.head != noun or noun.pos_ != "PROPN":
        return False
    return token.like_num or (token.is_upper and token.i > 0 and token.doc[token.i - 1].text == "(")


def _foreseen(ent: Span, verb: Token) -> str | None:
    """ "forebodes tough talks this fall": the date is the talks', not the foreboding's (which is now)."""
    if re.search(r"\b(ago|last|yesterday|earlier)\b", ent.text, re.I):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in EVENT_NOUNS and c.i < ent.start]
    asked = event_time(ent, objects[0], ent.root, ahead=True) if objects else None
    topics = [
        c
        for c in [*verb.children, *ent.root.children]  # (the parse may hang "on a new contract" on the date)
        if c.dep_ == "prep" and c.i >= ent.end and c.lower_ in ("on", "over", "about")
    ]
    if asked is None or not topics:
        return asked
    return f"{asked[:-1]} {words_of(list(topics[0].subtree)).strip()}?"  # "talks … on a new contract"


def _possessed_time(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "will take charge for Saturday's match against Millbrook" → When is the match against Millbrook?
    An event the clause's tense or its date puts after the story is asked as still to come; one they
    disagree on is not asked."""
    future = clause_future(ent)
    first = iso.split("/")[0] if iso and iso[:4].isdigit() else None
    later = first > ctx.published.isoformat()[: len(first)] if first and ctx.published is not None else None
    if future is not None and later is not None and future != later:
        return None
    return event_time(ent, ahead=bool(future or later))


def _event_noun_time(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "until the March 3-5 conference in Lisbon" → When is the conference in Lisbon? A date without a
    year is asked only when the clause's tense says whether the event is past or to come."""
    future = clause_future(ent)
    if not re.search(r"\d{4}", ent.text):
        if future is None:
            return None
        return event_time(ent, ent.root.head, ent.root, ahead=future)
    if not iso or not iso[:4].isdigit() or ctx.published is None:
        return event_time(ent, ent.root.head, ent.root, ahead=future is True)
    first = iso.split("/")[0]
    return event_time(ent, ent.root.head, ent.root, ahead=first > ctx.published.isoformat()[: len(first)])


def _ask_clause(ctx: ArticleContext, verb: Token, target: Span, wh: str) -> str | None:
    """The question for the clause of `verb`, whose answer is `target`: a saying is asked as one."""
    if verb.lemma_ in REPORTING and not any(a.lemma_ in REPORTING for a in verb.ancestors):
        return _reported_when(ctx, verb, target, wh)  # (a verb inside what is reported is not the saying)
    return ask(ctx, target, wh, extra_drop=_pronoun_adjuncts(verb)) or ask_gapped(ctx, verb, target, wh)


#: Pronouns an adjunct may hold that a question read on its own could not carry.
_ADJUNCT_PRONOUNS = frozenset("him her them it his its their".split())


def _pronoun_adjuncts(verb: Token) -> list[Token]:
    """ "carried the otter to the river on Tuesday before releasing her": an "-ing" adjunct
    of time after the verb, whose pronoun the question could not carry, goes rather than the question."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i or child.lower_ not in ("before", "after", "while"):
            continue
        if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in child.children):
            tokens = list(child.subtree)
            if any(t.pos_ == "PRON" and t.lower_ in _ADJUNCT_PRONOUNS for t in tokens):
                out.extend(tokens)
    return out


def _dates_the_verb(ent: Span, verb: Token) -> bool:
    """The date modifies the clause's own verb in the parse, not a noun that has a time of its own.

    A noun counts only as the place or occasion of the verb's event, one preposition away ("held
    at the centre from May 4 to 6", "announced in a letter on Monday"); never a noun the event is
    timed against ("after the game in October", "until an outbreak in July"), nor the topic of a
    saying ("spoke about the crash on Monday").
    """
    root = ent.root
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if head == verb or (_time_adverb(head) and head.head == verb) or verb in (change_of(ent), subject_adverbial(ent)):
        return True  # ("opened back in 2019": the adverb only leads the date in; "rose 4 percent in 2019")
    if head.dep_ in ("acomp", "attr", "oprd") and head.head == verb:
        return True  # "was open in May", "remained chairman until 2004"
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.head != verb:
        return False
    occasions = ("in", "at", "during") if verb.lemma_ in REPORTING else OCCASION_PREPS
    return head.head.lower_ in occasions


def _time_adverb(token: Token) -> bool:
    """ "back", "later", "early" … leading a date in ("back in 2019", "later in May")."""
    return token.dep_ == "advmod" and token.lower_ in TIME_ADVERBS


#: Words that open a quote's predicate when the saying itself was left out ("would become …").
_AUXILIARIES = frozenset(
    "would will could can may might must should shall had has have was were is are did does do".split()
)


def _reported_when(ctx: ArticleContext, verb: Token, target: Span, wh: str) -> str | None:
    """'…, a ministry spokesman said on Tuesday' → 'When did … say that …?', from the quote found there."""
    extra = [
        c
        for c in verb.children
        if c.dep_ == "prep"
        and c.i > verb.i
        and not (target.start <= c.i < target.end)
        and c.lower_ in ("in", "at", "during")
    ]
    if verb.lemma_ == "tell":  # "told Radio Kent on Monday": whom they told names the occasion
        extra = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i] + extra
    where = " ".join(
        words_of([t for t in c.subtree if not target.start <= t.i < target.end and t.text != "("]) for c in extra
    )
    quote = ctx.quote_at(verb.sent.start_char)
    if quote is not None and quote.predicate.split(" ", 1)[0].lower() in _AUXILIARIES:
        quote = None  # "would become the seventh MP …": the saying left out, so the clause is read below
    if quote is not None:
        speaker, content = quote.speaker.name, quote.predicate.split(" ", 1)[1]
        if quote.speaker.wh != "Who":  # a body: "When did the Coastal Survey Agency say …?"
            speaker = with_the(speaker, ctx.text)
    else:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if subjects and not clauses and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
            return ask(ctx, target, wh)  # "reported a rise in profit on Thursday": what was made public is the event
        passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ in ("NN", "NNS", "NNP", "NNPS", "WDT")]
        passive = [c for c in passive if c.tag_ != "WDT" or c.doc[c.i - 1].text != ","]  # (", which": maybe the clause)
        if passive and not clauses:
            return ask(ctx, target, wh)  # "The line was first announced in 2013": what was made public is the event
        if not subjects or not clauses:
            return None
        spoke = [t for t in subjects[0].subtree if not target.start <= t.i < target.end]  # ("Officials on Monday")
        speaker = re.sub(r"\s*\([^)]*$", "", words_of(spoke))  # "(WHO" torn from ")"
        clause = clauses[0]
        kept = [t for t in clause.subtree if not (t.is_punct and t.i == clause.right_edge.i)]
        if len(kept) > 20:  # "… to the high court after he discovered he was …": the reason goes first
            cut = {t.i for c in clause.subtree if c.dep_ == "advcl" and c.i > clause.i for t in c.subtree}
            kept = [t for t in kept if t.i not in cut]
        content = "that " + "".join(t.text_with_ws for t in kept).strip().rstrip(",")
        if len(content.split()) > 20:
            content = " ".join(content.split()[:18]) + " \u2026"
    for said_when in (target.text, ctx.text[target.start_char : target.end_char]):
        content = content.replace(" " + said_when, "")  # the answer must not stay in the question
    words = [re.escape(t.text) for t in target if not t.is_punct]
    content = re.sub(r"\s*" + r"[\s()]*".join(words) + r"\)?", "", content)  # "on Tuesday (April 7)"
    content = re.sub(r"^\s*" + re.escape(where) + r"\b", "", content).strip() if where else content
    content = re.sub(r"^[\s):,;]+", "", re.sub(r"\bthat that\b", "that", content))
    if content.count('"') % 2:
        content += '"'
    if re.match(r"(The|A|An) ", speaker) and re.search(r" [a-z]", speaker):  # not "The Hague", "The Times"
        speaker = lower_first(speaker)
    speaker = re.sub(r"\s*\([^)]*$", "", speaker)  # "the agency (WHO" torn from its ")"
    if content.startswith("that "):
        content = "that " + lower_first(content[len("that ") :])
    if where and where in content:
        where = ""
    return f"{wh} did {speaker} {verb.lemma_}{' ' + where if where else ''} {content}?"
