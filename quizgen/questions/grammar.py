"""Read a finished question again, as a sentence of its own, before a learner sees it.

Questions worded from a clause ("When did …", "How many … ", "Which organization …") are
moved-around pieces of the article's parse, and a piece can land wrong: "How many kinds of did
…", "When be the talks …", "By when did the firm hope which to triple?". Each question is
tagged again with the loaded spaCy model (tagger only: the parser reads questions poorly and
costs more) and its shape checked: a wh-phrase, then either its verb or an auxiliary and a
subject, no preposition before an auxiliary, no stray wh-word, dash or repeated name.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import QUOTED
from quizgen.questions.plain_doc import PlainDoc, PlainToken, plain
from quizgen.questions.slips import closed_cut, echo_clause, loose_end, points_back, stray_capital

if TYPE_CHECKING:  # spaCy's types only; the model is loaded where it is used
    from spacy.tokens import Doc

AUX_WORDS = {
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "'s",
}
#: Nouns and units counted without a plural ending ("How many staff …", "how many pct").
COLLECTIVE = {
    "staff",
    "personnel",
    "police",
    "cattle",
    "crew",
    "livestock",
    "aircraft",
    "sheep",
    "fish",
    "deer",
    "pct",
    "percent",
    "bpd",
    "mln",
    "bln",
    "stg",
}
WH_WORDS = {"when", "where", "why", "how", "which", "what", "who", "whose", "whom"}
#: Words after "how" that belong to the wh-phrase ("how many", "how long").
HOW_WORDS = {"many", "much", "long", "far", "often", "old", "big", "large", "soon"}
#: Subordinators tagged IN that may stand before an auxiliary ("more than was expected").
NOT_PREPOSITIONS = {"than", "as", "that", "if", "whether", "because", "though", "although"}
NEGATIONS = {"not", "n't", "never"}
DASHES = re.compile(r"\s[-\u2013\u2014]\s|\s--\s|^[-\u2013\u2014]|\s[\u2013\u2014]|[\u2013\u2014]\s")
_ASIDE = re.compile(r"\s(?:-|--|\u2013|\u2014)\s[^-\u2013\u2014?]+?\s(?:-|--|\u2013|\u2014)\s")
_LAST_ASIDE = re.compile(r"\s(?:-|--|\u2013|\u2014)\s[^-\u2013\u2014?]+\?$")
#: An aside whose closing dash was cut away ("… Tom Vale – who have also found …?"): the clause's verb
#: came after it, so what is left before the dash is no statement.
TORN_ASIDE = re.compile(r"\s(?:-|--|\u2013|\u2014)\s[^-\u2013\u2014?]+\u2026\?$")
BROKEN_WH = re.compile(r"(\w+ )?(how|what|which|when)( \w+)?[.;:]\s", re.I)  # "How many. 1 did …"


#: Questions tagged lately, by text, at most this many: the same wording recurs (one story in two
#: papers, two facts worded alike), and tagging is the dearest step of writing. Read-only documents.
TAGGED_MAX = 1024
_tagged: OrderedDict[str, Doc] = OrderedDict()
_tagged_by: list[object] = [None]  # the pipeline that tagged them


def tag(questions: Sequence[str]) -> list[Doc]:
    """Tag questions in one batch with the loaded pipeline's tagger (no parser, no NER); a question
    tagged lately is not tagged again (its tags do not depend on the batch)."""
    import numpy

    from quizgen.nlp import load_nlp

    nlp = load_nlp()
    if _tagged_by[0] is not nlp:
        _tagged.clear()
        _tagged_by[0] = nlp
    names = nlp.pipe_names  # (a new list on every read)
    off = [name for name in ("parser", "ner", "lemmatizer", "attribute_ruler", "quizgen_paragraphs") if name in names]
    new = [q for q in dict.fromkeys(questions) if q not in _tagged]
    for question, doc in zip(new, nlp.pipe(new, disable=off), strict=True):
        doc.tensor = numpy.zeros((0,), dtype="float32")  # unread, and a view that keeps its whole batch's alive
        _tagged[question] = doc
    docs = []
    for question in questions:
        _tagged.move_to_end(question)
        docs.append(_tagged[question])
    while len(_tagged) > TAGGED_MAX:
        _tagged.popitem(last=False)
    return docs


def clear_cache() -> None:
    """Forget every question tagged so far: the next `tag` works as in a new process (bench rounds)."""
    _tagged.clear()


def cached_count() -> int:
    """How many tagged questions the cache holds (at most `TAGGED_MAX`)."""
    return len(_tagged)


def drop_asides(question: str) -> str:
    """Leave out what the article set between dashes: "students - mainly from Asia - on a flight"
    → "students on a flight"; a last aside ("… last year - a drop of 60%?") goes too (one the question
    was cut inside, `TORN_ASIDE`, may have taken the clause's verb with it: see `verbless_that`)."""
    if "-" not in question and "\u2013" not in question and "\u2014" not in question:
        return question  # no dash, no aside (most questions)
    parts = QUOTED.split(question)
    quotes = QUOTED.findall(question)
    out = []
    for part in parts:
        part = _ASIDE.sub(" ", part)
        part = _LAST_ASIDE.sub("?", part)
        out.append(part)
    return "".join(p + (quotes[i] if i < len(quotes) else "") for i, p in enumerate(out))


def repair(tagged: Doc) -> str | None:
    """A mended question for two slips of wording, or None: a preposition left behind by the moved
    phrase ("How many kinds of did …" → "How many kinds did …"), and a full name repeated where the
    article had a pronoun (the later mentions become the surname)."""
    doc = plain(tagged)  # read many times over: see plain_doc
    tokens = _outside_quotes(doc)
    if loose_end(tokens, doc.text):
        return closed_cut(tokens, doc)
    echo = echo_clause(tokens)
    if echo is not None:
        return doc[:echo].text.rstrip(" ,") + "?"
    for a, b in zip(tokens[1:], tokens[2:], strict=False):
        if _preposition_before_aux(a, b):
            return (doc[: a.i].text_with_ws + doc[a.i + 1 :].text).strip()
    names = _names(tokens)
    seen: set[str] = set()
    for start, name in names:
        if name in seen and " " in name:
            end = start + len(name.split())
            return (doc[:start].text_with_ws + doc[end - 1 :].text).strip()
        seen.add(name)
    return None


def _preposition_before_aux(a: PlainToken, b: PlainToken) -> bool:
    """ "kinds of did": a preposition whose object moved away, right before an auxiliary ("in May" is not)."""
    return (
        a.tag_ == "IN"
        and a.lower_ not in NOT_PREPOSITIONS
        and b.i == a.i + 1
        and b.lower_ in AUX_WORDS
        and b.tag_.startswith(("VB", "MD"))
        and not b.text[:1].isupper()
    )


def _outside_quotes(doc: PlainDoc, text: str | None = None) -> list[PlainToken]:
    """The tokens outside quote marks, without punctuation but "?"; `text` is `doc.text`."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(doc.text if text is None else text)]
    if not quoted:
        return [t for t in doc if not t.is_punct or t.text == "?"]
    return [t for t in doc if not any(a <= t.idx < b for a, b in quoted) and not t.is_punct or t.text == "?"]


def _wh_phrase(tokens: list[PlainToken]) -> tuple[int, bool]:
    """Where the wh-phrase ends, and whether it can be the subject ("Which company" can, "When" cannot)."""
    i, fronted = 0, False
    if tokens and tokens[0].tag_ == "IN" and len(tokens) > 1 and tokens[1].lower_ in WH_WORDS:
        i, fronted = 1, True  # "In what year", "By when"
    if i >= len(tokens) or tokens[i].lower_ not in WH_WORDS:
        return 0, True
    wh = tokens[i].lower_
    i += 1
    if wh == "how" and i < len(tokens) and tokens[i].lower_ in HOW_WORDS:
        i += 1
    if wh == "how" and i + 1 < len(tokens) and tokens[i - 1].lower_ == "many" and tokens[i].lower_ in ("out", "of"):
        i += 2 if tokens[i].lower_ == "out" else 1  # "How many (out) of the 12 samples …"
        i += i < len(tokens) and tokens[i].tag_ in ("DT", "PRP$")
    if (
        wh == "how"
        and i + 1 < len(tokens)
        and tokens[i - 1].lower_ in ("large", "big")
        and tokens[i].lower_ in ("a", "an")
    ):
        i += 1  # "How large a crowd watched …": the noun is the subject's
    nouns = 0
    while i < len(tokens) and (
        tokens[i].tag_ in ("JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH") or _hyphened(tokens[i])
    ):
        nouns += tokens[i].tag_.startswith("NN")
        i += 1
    subject = not fronted and (wh in ("who", "what", "which") or nouns > 0)
    return i, subject


def _hyphened(token: PlainToken) -> bool:
    """ "owned" in "company-owned": a word joined by a hyphen to the one before is of its phrase."""
    doc, i = token.doc, token.i
    return i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def grammar_problem(tagged: Doc, clause: bool = True, text: str | None = None) -> str | None:
    """Why the tagged question does not read as a sentence a teacher would write, or None.

    `clause` marks a question worded from a clause of the article; the checks on its shape
    (inversion, subject, negation, content) apply to those, the others to every question.
    `text`: the question the document was tagged from, when the caller has it.
    """
    doc = plain(tagged)  # read many times over: see plain_doc
    raw = doc.text if text is None else text
    text = QUOTED.sub('"…"', raw)
    if ("-" in text or "\u2013" in text or "\u2014" in text) and DASHES.search(text):
        return "stray dash"
    if BROKEN_WH.match(text):
        return "broken wh-phrase"  # "How many. 1 did …"
    tokens = _outside_quotes(doc, raw)
    for a, b in zip(tokens, tokens[1:], strict=False):
        if _preposition_before_aux(a, b):
            return "preposition before a verb"
        if b.lower_ in ("which", "whose", "whom") and a.tag_.startswith(("VB", "MD")) and b.i == a.i + 1:
            return "stray wh-word"
        if a.i and a.lower_ in _TORN_PREPS and b.lower_ in ("when", "where") and b.i == a.i + 1:  # ("By when …?")
            return "preposition before a clause"  # "in three internationals in when X was injured": its date cut out
        if a.lower_ in ("say", "says", "said") and b.tag_ == "VB" and b.i == a.i + 1 and b.lower_ not in AUX_WORDS:
            return "stray verb after say"  # "When did Ruiz say become the first …?"
    if _repeated_name(tokens):
        return "name repeated instead of a pronoun"
    if any(
        stray_capital(t, tokens[n + 1] if n + 1 < len(tokens) else None)
        for n, t in enumerate(tokens)
        if n and t.text[:1].isupper()  # (a lower-case word is no stray capital: asked first, it is cheap)
    ):
        return "stray capital"  # "How old is At one point the adviser?": a sentence's opening glued in
    loose = loose_end(tokens, raw) or (points_back(tokens) if clause else None)
    if loose:
        return loose
    if clause and echo_clause(tokens) is not None:
        return "verb repeated"
    return _shape(tokens, quoted=bool(QUOTED.search(raw))) if clause else None


#: Prepositions that never take a "when" or "where" clause as their object ("in when", "on where").
_TORN_PREPS = {"in", "on", "at", "of", "by", "with", "for", "during"}

#: A number's hedge moved before its wh-phrase ("About how many", "By up to how many"): no part of its shape.
HEDGES = ("about", "more than", "fewer than", "less than", "up to", "at least")


#: The words a hedge opens with: a question opening with neither has none (most questions).
_HEDGE_STARTS = {hedge.split()[0] for hedge in HEDGES}


def _without_hedge(tokens: list[PlainToken]) -> list[PlainToken]:
    for at in (0, 1):
        if at >= len(tokens) or tokens[at].lower_ not in _HEDGE_STARTS:
            continue
        for hedge in HEDGES:
            n = len(hedge.split())
            words = " ".join(t.lower_ for t in tokens[at : at + n])
            if words == hedge and len(tokens) > at + n and tokens[at + n].lower_ in ("how", "what"):
                return tokens[:at] + tokens[at + n :]
    return tokens


def _shape(tokens: list[PlainToken], quoted: bool = False) -> str | None:
    tokens = _without_hedge(tokens)
    end, can_be_subject = _wh_phrase(tokens)
    if end == 0 or end >= len(tokens):
        return None
    nxt = tokens[end]
    if nxt.tag_ in ("CC", "TO") or nxt.text == "?":
        return "broken wh-phrase"  # "How many spots to take … did", "How many ferries and 12 buses …"
    wh = tokens[0] if tokens[0].lower_ in WH_WORDS else tokens[1]
    if (
        wh.lower_ in ("when", "where", "why", "how")
        and len(tokens) > 2
        and tokens[-2].tag_ == "IN"
        and tokens[-2].i == tokens[-1].i - 1
        and tokens[-2].lower_ not in ("up", "out", "off", "down", "in", "on", "over")
    ):
        return "dangling preposition"  # "When would the ferry sail instead of?"
    if can_be_subject and nxt.tag_ == "VBG" and nxt.lower_ != "including" and not _finite_after(tokens[end:]):
        return "no finite verb"  # "How many positions going to …?"; "How many Danes living in Oslo are there?" has one
    # the first verb after the wh-phrase (finite forms only: the tagger takes "pct" or "tax" for VB/VBP)
    verb_at = next(
        (
            i
            for i in range(end, len(tokens))
            if tokens[i].lower_ in AUX_WORDS or tokens[i].lower_ == "be" or tokens[i].tag_ in ("VBD", "VBZ")
        ),
        None,
    )
    if not can_be_subject and (verb_at is None or tokens[verb_at].lower_ not in AUX_WORDS):
        return "no inversion"  # "In what year convinced …", "When be the talks …"
    if not can_be_subject or nxt.lower_ in ("do", "does", "did"):  # the wh-phrase is not the subject
        after = tokens[verb_at + 1] if verb_at is not None and verb_at + 1 < len(tokens) else None
        if after is None or after.text == "?" or after.lower_ in AUX_WORDS:
            return "no subject"  # "How much were?"
    if (
        wh.lower_ == "how"
        and len(tokens) > 1
        and tokens[1].lower_ == "many"
        and end > 2
        and tokens[end - 1].tag_ in ("NN", "NNP")
        and tokens[end - 1].lower_ not in COLLECTIVE
        and tokens[end - 1].nbor(-1).tag_ != "POS"
    ):  # "How many days' supply …" counts the days
        return "how many with a singular noun"  # "How many budget contained …?"
    if _disagrees(tokens, end, can_be_subject):
        return "verb does not agree"  # "Which organization draw up the plan?"
    if wh.lower_ in ("who", "which") and any(
        t.lower_ in NEGATIONS for t in tokens[end:] if verb_at is None or t.i <= tokens[verb_at].i + 3
    ):
        return "negated: many did not"  # "Which organization did not …?" has many right answers
    rest = [t for t in tokens[end:] if t.tag_.startswith(("NN", "CD", "PRP"))]
    described = wh.lower_ == "how" and sum(t.tag_.startswith(("NN", "JJ")) for t in tokens[2:end]) >= 2
    if not rest and can_be_subject and not quoted and not described:  # "How many extrasolar planets …" says what
        return "too vague"  # "Which organization lost?"
    return None


def _finite_after(tokens: list[PlainToken]) -> bool:
    """A finite verb after the participle that follows the wh-phrase, with no relative word before it
    (whose verb would be the relative clause's): the participle only describes its noun."""
    for t in tokens[1:]:
        if t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that":
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


#: Past forms spelled like the present, which the tagger may call VBP ("Which team beat …").
SAME_PAST = set("put set cut hit let cost beat hurt shut spread quit bid cast read split upset broadcast".split())


def _disagrees(tokens: list[PlainToken], end: int, can_be_subject: bool) -> bool:
    """A singular subject ("Which organization", "Who") before a bare verb: "Which organization draw up …?"."""
    if not can_be_subject or end >= len(tokens) or end < 1:
        return False
    verb, head = tokens[end], tokens[end - 1]
    singular = head.lower_ == "who" or head.tag_ in ("NN", "NNP")
    return (
        singular
        and verb.tag_ in ("VB", "VBP")
        and verb.lower_ not in AUX_WORDS
        and verb.lower_ not in SAME_PAST
        and verb.lower_ not in ("be", "have")
    )


def _names(tokens: list[PlainToken]) -> list[tuple[int, str]]:
    """Runs of capitalised proper nouns outside quotes, with the index of their first token."""
    names: list[tuple[int, str]] = []
    run: list[PlainToken] = []
    for t in [*tokens, None]:
        if t is not None and t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and (not run or t.i == run[-1].i + 1):
            run.append(t)
            continue
        if len(run) >= 2:
            names.append((run[0].i, " ".join(r.text for r in run)))
        run = [t] if t is not None and t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() else []
    return names


def _repeated_name(tokens: list[PlainToken]) -> bool:
    """The same full name twice ("… would Ann Ruiz not bet on Ann Ruiz's chances"): a pronoun was resolved
    where the sentence wanted it kept."""
    names = [name for _, name in _names(tokens)]
    if len(names) != len(set(names)):
        return True
    # "When will Reagan plead Reagan's case": one word, then its possessive where the article had "his"
    for a, b in zip(tokens, tokens[1:], strict=False):
        if b.tag_ == "POS" and a.tag_ == "NNP" and a.text[:1].isupper():
            if any(t.text == a.text and t.tag_ == "NNP" and t.i < a.i - 1 for t in tokens):
                return True
    return False
