"""Turn the clause around a phrase into a wh-question about that phrase.

"The symposium was held on May 30" + "on May 30" → "When was the symposium held?";
"The engine has run without fault in all 12 trials" + "12 trials" → "In how many trials
has the Vega-2 engine run without fault?". The moves are Heilman's (subject–auxiliary
inversion, do-support, wh-fronting, leading phrases moved to the end), done on spaCy's parse;
subjects that are pronouns or bare definite descriptions are replaced by the fuller mention the
article made earlier, so the question stands on its own. Returns None rather than a doubtful question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.clause_climbs import climbs_from, conjunct_words, gerund_between, set_off_participle
from quizgen.facts.clause_cuts import expand_aux, finish_question, is_time, share_of_many
from quizgen.facts.clause_rest import clause_rest, kept_purpose
from quizgen.facts.clause_subjects import clause_subject, subject_text
from quizgen.facts.clause_text import clause_text
from quizgen.facts.clause_verbs import CLAUSE_DEPS, clause_in_subject, clause_verb
from quizgen.facts.context import ArticleContext
from quizgen.facts.count_subjects import counted_head, plural_aux
from quizgen.facts.lexicon import PENALTY_PARTICIPLES
from quizgen.facts.misparses import disagrees
from quizgen.facts.misread_participles import (
    participle_read_as_past,
    past_read_as_participle,
)
from quizgen.facts.participles import clause_between, host_of_participle, share_of_counted
from quizgen.facts.verb_forms import base_form, with_manner

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

DO_FORMS = {"VBD": "did", "VBZ": "does", "VBP": "do"}
#: Words that make a quoted sentence unaskable on its own: whom they mean only the speaker knows.
DEICTIC = set(
    "i me my mine we us our ours you your yours he she him her his they them their it its this that these those "
    "here".split()
)


def ask(
    ctx: ArticleContext,
    target: Span,
    wh: str,
    *,
    drop_dates: bool = True,
    pied: str | None = None,
    extra_drop: Iterable[Token] | None = None,
    verb: Token | None = None,
) -> str | None:
    """A question whose answer is `target`, worded from the clause around it.

    Args:
        target: the tokens the answer replaces (a prepositional phrase, a noun phrase, an adverb).
        wh: the wh-phrase to front ("When", "How many missions", "Which organization").
        drop_dates: leave other time expressions out of a "When" question.
        pied: a preposition to front with the wh-phrase ("In" → "In how many missions …").
        verb: the clause's verb, when the parse hangs `target` on a word that is no verb's ("starting").
    """
    verb = verb or clause_verb(target.root)
    if verb is None or (ctx.in_quote(verb.idx) and not ctx.quoted_clauses):
        return None
    drop = set(range(target.start, target.end))
    if extra_drop is not None:  # a span, or any tokens
        drop |= {t.i for t in extra_drop}
    if (found := _asking_clause(ctx, verb)) is None or (pied and gerund_between(verb, found[0])):
        return None  # ("To how many trawlers was he charged with setting fire?": no phrase leaves a gerund)
    drop |= conjunct_words(verb) if found[0] != verb else set()  # "plans to [close 18 stores and] cut 3,000 jobs"
    verb, subject_tokens, passive_acl, participle_of = found
    if subject_tokens is not None and clause_in_subject(subject_tokens):
        return None
    if subject_tokens is not None and len(subject_tokens) == 1 and subject_tokens[0].pos_ == "ADJ":
        return None  # "a man who killed two while drunk was jailed": a lone adjective is a misread subject
    if subject_tokens is not None and target.end == verb.i and wh == "When":  # "The court on Tuesday overturned …"
        subject_tokens = [t for t in subject_tokens if t.i not in drop]
    if _object_gapped(verb) or _another_subject(target, verb, subject_tokens) or disagrees(verb, subject_tokens):
        return None
    answer = range(target.start, target.end)  # (not the asides dropped: "Mr Lek, 58, won …" keeps its subject)
    in_subject = subject_tokens is not None and any(t.i in answer for t in subject_tokens if t.i < verb.i)
    aux = _auxiliaries(verb)
    neg = [c for c in verb.children if c.dep_ == "neg"]
    rest = clause_rest(ctx, verb, drop, drop_dates)
    if rest is None:
        return None
    lead = f"{pied} {wh[0].lower()}{wh[1:]}" if pied else wh
    if in_subject and subject_tokens is not None:
        if pied:
            return None  # the answer hides in a phrase inside the subject: no clean question
        if not aux and verb.tag_ in ("VBG", "VBN"):
            return None  # "the first two places going to …": a participle is no finite clause
        subject_rest = [t for t in subject_tokens if t.i not in drop and t.i > target.end - 1]
        said = [clause_text(ctx, part) for part in (subject_rest, aux, neg)]
        if (gathered := counted_head(target, subject_tokens)) is None or (gathered and not plural_aux(said, aux)):
            return None  # "One of the 12 miners was rescued": not "How many miners …"
        return finish_question([lead, *said, with_manner(verb), rest])
    if passive_acl:
        return _passive_question(ctx, lead, verb, subject_tokens, passive_acl, rest)
    if subject_tokens is None:
        return None
    return _inverted(ctx, lead, verb, subject_tokens, aux, neg, rest, participle_of)


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries before it ("to" and a perfect participle's "having" are none); a
    conjunct without its own shares its head's ("will last … and offer …")."""
    aux = [
        c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ not in ("to", "having")
    ]
    if not aux and shares_passive(verb):
        return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    if not aux and verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP", "VBN"):
        aux = [c for c in verb.head.children if c.dep_ == "aux" and c.i < verb.head.i]
        if verb.tag_ == "VBN" and not all(a.lemma_ == "have" for a in aux):
            aux = []  # ("had visited … and opened …": a perfect shares its "had"; a passive "was" is not read here)
    return aux


def shares_passive(verb: Token) -> bool:
    """'was jailed for two years and fined $5,000': a penalty verb joined to a passive, with no subject
    or auxiliary of its own, is passive too (the tagger often calls "fined" a past tense: "did she fine")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")
        and verb.lower_ in PENALTY_PARTICIPLES
        and (any(c.dep_ == "dobj" for c in verb.children) or _term(verb))  # the penalty itself ("fined $5,000",
        # "jailed for six years"); "arrested and charged by" is read whole
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" and c.i < head.i for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def _another_subject(target: Span, verb: Token, subject: list[Token] | None) -> bool:
    """The answer is a subject of the verb other than the one asked from (a dateline the parse took for one)."""
    root = target.root
    return bool(subject) and root.dep_.startswith("nsubj") and root.head == verb and root not in (subject or [])


_Clause = tuple["Token", "list[Token] | None", "Token | None", "Token | None"]

RELATIVES = {"that", "which", "whom", "who"}  # relative words: they stand for the described noun


def _object_gapped(verb: Token) -> bool:
    """ "the third lab China has built since 2019", "the rate experts had predicted a decade ago":
    the clause's object is the noun it describes, so a question from the clause alone has a hole
    ("Since when has China built?")."""
    if verb.dep_ != "relcl":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative")]
    if subject is not None and any(t.lower_ == "whose" for t in subject.subtree):
        return False  # "whose brother was jailed": the relative stands in the subject, the clause is whole
    return subject is not None and subject.lower_ not in RELATIVES and all(c.lower_ in RELATIVES for c in objects)


def _asking_clause(ctx: ArticleContext, verb: Token) -> _Clause | None:
    """The clause to ask from, with its subject: the answer's own clause, or the one it hangs from when
    it has no subject of its own ("plans to build … to meet the new safety rules by 2030")."""
    subject_tokens, passive_acl = clause_subject(ctx, verb)
    climbed = 0
    participle_of = None
    first = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBG" else verb  # "…, killing 40 and injuring 300"
    if subject_tokens is None and first.dep_ == "advcl" and first.tag_ == "VBG" and first.head.tag_ in DO_FORMS:
        if clause_between(first):
            return None  # "… the captain of a ferry that sank, killing 31": the ferry's act, not the court's
        # "The forum opened on Thursday, attracting 400 delegates" → "How many delegates did the forum attract?"
        participle_of = first.head
        subject_tokens, passive_acl = clause_subject(ctx, first.head)
    if subject_tokens is None and (host := host_of_participle(verb)) is not None:
        participle_of = host  # "After winning the cup in 2019, the Rovers …": the Rovers won it
        subject_tokens, passive_acl = clause_subject(ctx, host)
    if subject_tokens is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        participle_of = _finite_above(ctx, verb.head)  # "…, with shares falling 20 pct": the clause's tense
    chain = [verb]
    while (
        subject_tokens is None
        and climbed < 4
        and (verb.dep_ in ("xcomp", "acl", "advcl") or climbs_from(verb))
        and verb.head != verb
    ):
        node = verb.head
        if verb.dep_ == "acl" and node.dep_ == "pobj":
            return None  # "towards a challenge to the plan to impose two weeks' quarantine": too deep to front
        while node.pos_ not in ("VERB", "AUX") and node.head != node and node.dep_ in ("dobj", "pobj", "prep", "acomp"):
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or node == verb:
            break
        verb = node
        chain.append(verb)
        subject_tokens, passive_acl = clause_subject(ctx, verb)
        climbed += 1
    if any(v.dep_ in ("advcl", "parataxis") and v.head == verb and not kept_purpose(verb, v) for v in chain[:-1]):
        return None  # the clause holding the answer would be left out of the question
    if share_of_counted(first) or any(participle_read_as_past(v) for v in chain):
        return None  # "Volunteers interviewed in 12 towns said …"; "is home to 9 firms, accounting for 20%"
    if any(set_off_participle(v) for v in chain[:-1]):
        return None  # whose participle it is, unsure: it cannot be asked of the clause above
    return verb, subject_tokens, passive_acl, participle_of


def _finite_above(ctx: ArticleContext, token: Token) -> Token | None:
    """The nearest finite verb above `token` ("was" in "was exaggerated, with shares falling …"); None
    when that clause says when ("calm on Monday, with shares falling …"): the question would lose it."""
    for node in token.ancestors:
        finite = [n for n in (node, *node.children) if n.dep_ in ("aux", "auxpass", "ROOT", *CLAUSE_DEPS)]
        tagged = next((n for n in finite if n.tag_ in DO_FORMS and n.pos_ in ("VERB", "AUX")), None)
        if tagged is not None:
            clause = {tagged, tagged.head if tagged.dep_ in ("aux", "auxpass") else tagged}
            dated = any(is_time(c) for v in clause for c in v.children if c.dep_ in ("prep", "npadvmod"))
            return None if dated else tagged
    return None


def _passive_question(
    ctx: ArticleContext, lead: str, verb: Token, subject_tokens: list[Token] | None, noun: Token, rest: str
) -> str | None:
    """ "the 131-page document found on …" → "… was the document found …"."""
    if subject_tokens is None or verb.tag_ != "VBN":
        return None
    be = "were" if noun.tag_ in ("NNS", "NNPS") else "was"
    subject = subject_text(ctx, subject_tokens, noun)
    if subject is None:
        return None
    subject = re.sub(r"^(a|an)\s+", "the ", subject, flags=re.I)
    return finish_question([lead, be, subject, verb.text, rest])


def _inverted(
    ctx: ArticleContext,
    lead: str,
    verb: Token,
    subject_tokens: list[Token],
    aux: list[Token],
    neg: list[Token],
    rest: str,
    participle_of: Token | None,
) -> str | None:
    """The wh-phrase, then the auxiliary (or do-support), the subject and the rest of the clause."""
    subject = subject_text(
        ctx, subject_tokens, next((t for t in subject_tokens if t.dep_.startswith("nsubj")), subject_tokens[-1])
    )
    if subject is None:
        return None
    if aux:
        first, *more = aux
        be = first.text.lower() if first.lower_ not in ("'s", "'re") else expand_aux(first)
        return finish_question(
            [lead, be, subject, clause_text(ctx, neg), clause_text(ctx, more), with_manner(verb), rest]
        )
    if verb.lemma_ == "be":
        return finish_question([lead, verb.text.lower(), subject, clause_text(ctx, neg), rest])
    do = DO_FORMS.get(participle_of.tag_ if participle_of is not None else verb.tag_)
    if do is None and past_read_as_participle(verb):
        do = "did"
    if do is None:
        return None
    if do == "do" and not any(
        t.tag_ in ("NNS", "NNPS") or t.lower_ in ("we", "they", "you", "i") or share_of_many(t)
        for t in subject_tokens
        if t.dep_.startswith("nsubj")
    ):
        do = "did"  # "The bridge cost $12.5 billion": a singular subject with a bare verb is the past
    return finish_question(
        [lead, do, subject, clause_text(ctx, neg), with_manner(verb, base_form(verb)), rest]
    )  # ("hoped": "hope", not "hop")


def _term(verb: Token) -> bool:
    """'convicted of fraud and jailed for nine years': a penalty's length, said with "for" or "to"."""
    return any(
        c.dep_ == "prep" and c.lower_ in ("for", "to") and any(t.like_num for t in c.subtree) for c in verb.children
    )


object_gapped = _object_gapped  # date_gaps
