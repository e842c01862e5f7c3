"""Pronouns a question cannot carry: "Who said he would …?" names no one the learner can know.

A pronoun outside quote marks needs something in the question it stands for. With the question
tagged, look-alikes are told apart: "He" in "Zhao He" is a name, the "it" of "it is easier to …"
holds the subject's place, and "its" after "the company" is the company's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.titles import is_post
from quizgen.facts.verb_forms import reporting_form

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Doc, Token

#: Pronouns that leave a question without a referent when they stand outside quote marks.
DANGLING = re.compile(  # (the lookahead only skips, fast, where no branch can start)
    r"(?=[HhSsTtMmWwOou])(?:\b([Hh]e|[Ss]he|him|[Tt]hey|them|[Mm]y|[Ww]e|[Oo]ur|us|me)\b"
    r"|\b[Tt]h(is|ese|ose)\b(?=\s+(is|was|are|were|has|have|will|would|can|could)\b|\s*[.,;?]))"
)
#: "it", "its", "their" are fine once the question has named what they stand for ("Which country said
#: it would …", "Which company plans to ship its boxes"), not before ("By what percentage did its profit …").
BARE_IT = re.compile(r"(?=[IiTtHh])\b([Ii]t|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\b")
#: "Who said that they …": the speaker asked for is the "they" (a reported clause keeps its opening
#: "they" only when the speaker is a group; "Who said they were …" quotes a phrase about others), and
#: "Which organization said that they …" of a firm named in the plural ("Its new owners, Redwood Sports, said they …").
SAID_THEY = re.compile(r"(?:Who|Which organization) ([a-z]+) that they$")
_NAMED = re.compile(r"(?<!^)\b[A-Z][A-Za-z0-9]+")

PRONOUN = "pronoun without referent"
#: Verbs after which "it" may only hold the subject's place ("it is easier to …", "it became clear that …").
LINKING = {
    "is",
    "was",
    "be",
    "been",
    "became",
    "become",
    "becomes",
    "seems",
    "seemed",
    "appears",
    "appeared",
    "remains",
    "remained",
    "'s",
}


def dangling(question: str, doc: Doc | None) -> str | None:
    """`PRONOUN` when a pronoun outside quote marks stands for nothing the question names, else None;
    without `doc` (the question tagged) every pronoun-like word is doubted, to be read again tagged."""
    unquoted = question
    if '"' in question or "\u201c" in question:
        unquoted = blank_quotes(question)
    for m in DANGLING.finditer(unquoted):
        if _said_they(unquoted[: m.end()]):
            continue  # "Who said that they had …": they are whoever the answer is (see `reported._their_own`)
        if doc is not None and m.group().lower() in ("they", "them") and _plural_subject_before(doc, m.start()):
            continue  # "Who said that if buyers ran their stocks down, they would …": they = the buyers
        if doc is not None and m.group().lower() == "they" and _subordinate_they(doc, m.start()):
            continue  # "Who called for protections for officers when they fire?": they = the officers
        if _named_says_self(unquoted[: m.end()]):
            continue  # "When did Ann Lee admit she was …": she = the one named saying it
        if doc is None or _is_pronoun(doc, m.start()) or _demonstrative(doc, m.start()):
            return PRONOUN
    for m in BARE_IT.finditer(unquoted):
        if doc is not None and m.group().lower() == "it" and _object_it(doc, m.start()):
            return PRONOUN  # "How much will Leeds spend on it?": an object "it" is some other thing
        named = _NAMED.search(unquoted[: m.start()])
        bound = unquoted.startswith("Which") or (unquoted.startswith("Who") and m.group().lower() in ("his", "her"))
        bound = bound or (m.group() == "their" and _said_they(unquoted[: unquoted.find(" they ") + 5]))
        if named or bound:  # "Who said his team …": "his" is whoever the answer is
            continue
        if doc is not None and m.group().lower() in ("its", "their") and _share_of_subject(doc, m.start()):
            continue  # "For what percentage of its revenue does the government …": its = the government
        if doc is not None and m.group().lower() in ("its", "their") and _noun_subject_before(doc, m.start()):
            continue  # "Who said the company would keep its …": its = the company
        if doc is not None and m.group().lower() in ("his", "her") and _relative_owner(doc, m.start()):
            continue  # "How old is the nurse who fled her house?": her = the nurse
        if doc is not None and m.group().lower() == "their" and _after_subordinate_they(doc, m.start()):
            continue  # "… for officers when they fire their weapons": their = they = the officers
        if doc is not None and m.group().lower() == "their" and _counted_subject(doc):
            continue  # "How many analysts cut their estimates?": their = the analysts counted
        if doc is None or (_is_pronoun(doc, m.start()) and not _expletive(doc, m.start())):
            return PRONOUN
    return None


#: "When did Ann Lee admit (that) she …": a name, the subject of a verb of saying, then the reported
#: clause's own "he", "she" or "they" (whom else the pronoun may stand for, the question never names).
_NAMED_SAYS = re.compile(
    r"^(?:When|On what (?:day of the week|date)|In what (?:year|month)) (?:did|does|will|had) "
    r"(?:[A-Z][\w.'\u2019-]+ ){1,3}([a-z]+) (?:that )?(?:he|she|they)$"
)


def _named_says_self(text: str) -> bool:
    """Whether `text` (a question up to its pronoun) is "When did Ann Lee say that she"."""
    m = _NAMED_SAYS.match(text)
    return m is not None and reporting_form(m[1])


def _said_they(text: str) -> bool:
    """Whether `text` is "Who said that they" with a verb of saying ("Who ordered that they be
    released?": "they" are others there)."""
    m = SAID_THEY.match(text)
    return m is not None and reporting_form(m[1])


def _object_it(doc: Doc, char: int) -> bool:
    """An "it" a verb or a preposition governs ("spend on it", "sold it"): it stands for a thing the
    question has not named (the name before it is the subject's, and a subject is not its own
    object). Read from the tags (questions are tagged, not parsed): not an "it" a verb follows
    ("said it would", "because it was")."""
    token = _token_at(doc, char)
    if token is None or token.i == 0:
        return False
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.tag_.startswith(("VB", "MD")):
        return False
    return (before.tag_ == "IN" and before.lower_ not in _CLAUSE_OPENERS) or before.tag_.startswith("VB")


#: Words tagged as prepositions that open a clause, whose "it" is a subject ("because it", "that it").
_CLAUSE_OPENERS = {"that", "because", "if", "as", "while", "although", "though", "since", "whether", "unless"}


def _noun_subject_before(doc: Doc, char: int) -> bool:
    """'Who said that the company would keep its …': a common noun of the pronoun's number, in the
    reported clause before it, that the pronoun reads as ("the banks … their"); or the subject after
    the question's auxiliary ("When do savers have to offer their support?"). Not in the wh-phrase:
    "How much profit did its bank …" shows nothing "its" could be."""
    token = _token_at(doc, char)
    if token is None:
        return False
    wanted = "NN" if token.lower_ == "its" else "NNS"
    if _told_to(doc, token, wanted):
        return True
    start = _clause_start(doc, token)
    return start is not None and any(t.tag_ == wanted for t in doc[start + 1 : token.i])


def _told_to(doc: Doc, token: Token, wanted: str) -> bool:
    """'Who called on the board to cut its fees?', 'Who urged the firms to share their terminals?': the
    noun told to do something, right before "to", is who does it, and the "its"/"their" in it."""
    to = next((t for t in reversed(doc[max(0, token.i - 6) : token.i]) if t.tag_ == "TO"), None)
    if to is None or to.i == 0 or doc[to.i - 1].tag_ != wanted or doc[to.i + 1].tag_ != "VB":
        return False
    return not (token.lower_ == "its" and is_post(doc[to.i - 1].text))  # "asked the minister to explain its …"


def _plural_subject_before(doc: Doc, char: int) -> bool:
    """'Who said that if buyers, now …, ran them down, they would …', 'In what year did the chief act to
    ensure Mounties represent the communities they serve?': a plural noun standing as a subject (a verb
    or a comma after it) in the clause before "they"/"them" is what the pronoun reads as; one in the
    wh-phrase is not ("How many jobs did they cut?")."""
    token = _token_at(doc, char)
    start = _clause_start(doc, token)
    if token is None or start is None:
        return False
    return any(
        t.tag_ in ("NNS", "NNPS") and (doc[t.i + 1].tag_.startswith(("VB", "MD")) or doc[t.i + 1].text == ",")
        for t in doc[start + 1 : token.i]
    )


#: Words that open a clause hung on the question's own ("… for officers when they fire").
_SUBORDINATORS = {"when", "if", "because", "as", "after", "before", "until", "while", "once", "whenever", "unless"}


def _subordinate_they(doc: Doc, char: int) -> bool:
    """ "Who called for legal protections for officers when they fire their weapons?": "they" opening a
    clause hung on the question's own, after a plural noun of that clause, reads as that noun; the
    question carries what the article's sentence did."""
    token = _token_at(doc, char)
    if token is None or token.i < 2 or doc[token.i - 1].lower_ not in _SUBORDINATORS:
        return False
    return any(t.tag_ in ("NNS", "NNPS") for t in doc[1 : token.i - 1])


def _after_subordinate_they(doc: Doc, char: int) -> bool:
    """ "… when they fire their weapons": a "their" after a "they" that `_subordinate_they` reads."""
    token = _token_at(doc, char)
    return token is not None and any(t.lower_ == "they" and _subordinate_they(doc, t.idx) for t in doc[: token.i])


#: Wh-words that open a question whose auxiliary ("did", "does") comes before its subject.
_WH = ("when", "where", "why", "how", "what", "which")


def _clause_start(doc: Doc, token: Token | None) -> int | None:
    """Where the clause a pronoun may look back into starts: the "that" of a reported clause, or the
    auxiliary after a wh-opening ("When did …", "In what year does …"); None when there is neither."""
    if token is None:
        return None
    that = next((t.i for t in doc[: token.i] if t.lower_ == "that"), None)
    opening = doc[1] if doc[0].tag_ == "IN" and len(doc) > 1 else doc[0]  # "In what year did …"
    if that is None and opening.lower_ in _WH:
        that = next((t.i for t in doc[: token.i] if t.lower_ in ("do", "does", "did")), None)
    if that is None and any(t.lower_ in ("how", "what") for t in doc[:4]):  # "With about how many … will the"
        aux = next((t.i for t in doc[2 : token.i] if t.tag_ == "MD" or t.lower_ in _AUXILIARIES), None)
        that = aux if aux is not None and doc[aux + 1].lower_ == "the" else None  # not "could a bold plan lift its"
    return that


def _relative_owner(doc: Doc, char: int) -> bool:
    """'the nurse who fled her house': "his"/"her" a few verbs and prepositions after "<noun> who",
    with no other noun or pronoun between, is the person the relative clause is about."""
    token = _token_at(doc, char)
    if token is None:
        return False
    for tok in reversed(doc[max(0, token.i - 5) : token.i]):
        if tok.lower_ == "who":
            return tok.i > 0 and doc[tok.i - 1].tag_ == "NN"
        if not tok.tag_.startswith(("VB", "RB", "IN", "RP", "TO")):
            return False
    return False


def _counted_subject(doc: Doc) -> bool:
    """'At least how many analysts cut their estimates?': the counted noun of an opening "how many" is
    the subject of the question's verb (no "did"/"were" inverted before a subject of its own), so a
    "their" after it is theirs. Read from the tags alone: the question is not parsed."""
    many = next((t.i for t in doc[:5] if t.lower_ == "many" and t.i > 0 and doc[t.i - 1].lower_ == "how"), None)
    if many is None:
        return False
    end = many + 1
    while end < len(doc) and doc[end].tag_ in ("JJ", "NN", "NNS", "NNP", "NNPS"):
        end += 1
    plural = doc[end - 1].tag_ == "NNS" or doc[end - 1].lower_ in _COLLECTIVE  # "head office staff … their"
    if end == many + 1 or not plural or end + 1 >= len(doc) or not doc[end].tag_.startswith(("VB", "MD")):
        return False
    after = doc[end + 1]
    return doc[end].lower_ not in _INVERTING and doc[end].tag_ != "MD" or after.tag_.startswith(("VB", "RB"))


#: Nouns for a group of people that take "their" in the singular form: "How many staff will lose their jobs?".
_COLLECTIVE = {"staff", "personnel", "police", "crew"}


#: Auxiliaries that, right after "how many …", may open an inverted question ("How many did the firm …").
_INVERTING = {"did", "do", "does", "was", "were", "is", "are", "has", "have", "had"}


#: The auxiliary a question puts before its subject ("does the government …").
_AUXILIARIES = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had"}


def _share_of_subject(doc: Doc, char: int) -> bool:
    """ "For what percentage of its tax revenue does the government depend on duties?": an "its" in the
    whole of the share asked, owned by the subject right after the auxiliary (a common noun or a name of
    the pronoun's number, "their" with several)."""
    token = _token_at(doc, char)
    if token is None or token.i < 2 or doc[token.i - 1].lower_ != "of":
        return False
    if not any(t.lower_ == "what" for t in doc[: token.i - 1]) or any(t.tag_.startswith("VB") for t in doc[: token.i]):
        return False  # the pronoun inside the wh-phrase, before any verb
    aux = next((t for t in doc[token.i + 1 :] if t.tag_.startswith(("VB", "MD"))), None)
    if aux is None or aux.lower_ not in _AUXILIARIES and aux.tag_ != "MD":
        return False
    wanted = ("NN", "NNP") if token.lower_ == "its" else ("NNS", "NNPS")
    head = None
    for t in doc[aux.i + 1 :]:
        if t.tag_.startswith("NN"):
            head = t  # the last noun of the subject's first run: "the Ugandan government"
        elif head is not None or t.tag_.startswith(("VB", "PRP", "IN")):
            break
    return head is not None and head.tag_ in wanted


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_pronoun(doc: Doc, char: int) -> bool:
    """A pronoun, not part of a name: "He" after "Zhao" is tagged a proper noun."""
    token = _token_at(doc, char)
    if token is None:
        return True
    previous = doc[token.i - 1] if token.i else None
    in_name = token.text[:1].isupper() and token.i > 0 and previous is not None and previous.tag_ in ("NNP", "NNPS")
    return token.tag_ in ("PRP", "PRP$") and not in_name


def _demonstrative(doc: Doc, char: int) -> bool:
    """ "Who believes that this is too risky?": "this" standing alone, for something the question never named."""
    token = _token_at(doc, char)
    return token is not None and token.lower_ in ("this", "these", "those") and token.dep_ != "det"


def _expletive(doc: Doc, char: int) -> bool:
    """'it is easier to …', 'it became clear that …': an 'it' that only holds the subject's place."""
    token = _token_at(doc, char)
    if token is None or token.lower_ != "it":
        return False
    words = [t for t in doc[token.i + 1 : token.i + 8] if not t.is_punct][:5]  # 'it is "too early" to …'
    verbs = [t for t in words if t.tag_.startswith(("VB", "MD", "RB"))]
    after = [t for t in words if t not in verbs]
    return (
        bool(verbs)
        and verbs[0].i == token.i + 1
        and any(v.lower_ in LINKING for v in verbs)
        and len(after) >= 2
        and after[0].tag_ in ("JJ", "JJR", "VBN")
        and after[1].lower_ in ("to", "that", "for")
    )
