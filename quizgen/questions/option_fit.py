"""False options that the question itself rules out for a reason other than being right.

* An organization whose own name the question already uses: "With which institution has NASA
  Halden completed talks?" cannot offer "Halden Space Center", NASA Halden itself or a part of it.
  Only when all its distinctive words are the question's: "the Halden Forum" is an event, and
  "Halden Port Authority" stays a fair rival beside it.
* A programme is not a body: "the Deep Sea Survey Program" is no rival to an organization.
* A part of the answer, or the body the answer is part of: "NASA's Johnson Space Center" makes
  "Johnson Space Center" no false option beside NASA (nor NASA beside it).
* "Which government …?" is answered by a government: an institute or an association is no rival.
* A party is offered beside parties only, and a newspaper never beside a body that is none: "the
  Tokyo Courier" among the parties one man led gives the answer away.
* Another name of the answer's body: "Texas A&M University" beside "A&M System".
* "Which company …?", or "Which organization became the first company to …?", is answered by a
  firm: a council, a federation or a department ("KZN Department of Transport") gives the answer away.
* A post of another time: "What post does X hold at Y?" asks for a post held now, so a "former
  senator" is no option beside "analyst"; a post left behind is offered beside posts left behind.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import PAPER_WORDS
from quizgen.facts.wording import THE_WORDS
from quizgen.questions.answer_types import org_heads
from quizgen.questions.realize import FORMER
from quizgen.vocabulary import BODY_WORDS, FIRM_ENDINGS, PUBLIC_BODY_WORDS

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: Capitalised words many organization names share: no sign that two names mean one body.
_COMMON = set(THE_WORDS) | {
    "National",
    "International",
    "American",
    "European",
    "World",
    "Global",
    "Royal",
    "General",
    "United",
    "New",
    "Space",
    "Research",
    "Science",
    "Health",
    "State",
    "States",
    "Federal",
    "University",
    "College",
    "Institution",
    "Station",
    "System",
    "Systems",
    "Company",
    "Inc",
    "Ltd",
    "Corp",
    "Co",
    "US",
    "U.S.",
    "UK",
    "Which",
    "What",
    "Who",
    "When",
    "In",
    "At",
    "The",
    "By",
    "With",
    "Besides",
}
_NAME_WORD = re.compile(r"\b[A-Z][\w&.'\u2019-]*")
#: A possessive or a full stop ending a name word: "Ross's" and "Ross." are "Ross" (never "Ro").
_POSSESSIVE = re.compile(r"(?:['\u2019]s?)?\.?$")


@lru_cache(maxsize=4096)  # an option is checked against each question that might offer it
def _distinctive(text: str) -> frozenset[str]:
    return frozenset(_POSSESSIVE.sub("", w) for w in _NAME_WORD.findall(text) if w.rstrip(".") not in _COMMON)


def names_the_asker(candidate: str, question: str) -> bool:
    """Every distinctive capitalised word of the option is one the question already uses ("Halden
    Space Center" under "NASA Halden"; not "Halden Port Authority" under "the Halden Forum")."""
    own = _distinctive(candidate)
    return bool(own) and own <= _distinctive(question)


def same_body(candidate: str, answer: str, names: list[str]) -> bool:
    """Both are short forms of one longer name the article uses: "Texas A&M University" and "A&M
    System" of "Texas A&M University System" (a body and its part, or one body named twice)."""
    own, other = set(candidate.split()) - {"the"}, set(answer.split()) - {"the"}
    return any(own < set(n.split()) and other < set(n.split()) for n in names)


def other_time(candidate: str, answer: str) -> bool:
    """One is a post left behind ("former Fed chairman") and the other is not."""
    return bool(FORMER.match(candidate)) != bool(FORMER.match(answer))


#: Heads of names that are schemes, not bodies that act.
_SCHEMES = {"Program", "Programme", "Project", "Initiative", "Scheme"}


def a_scheme(candidate: str, answer: str) -> bool:
    """The option is a programme and the answer is not ("… Station Program" beside an agency)."""

    def head(name: str) -> str:
        words = re.split(r" (?:of|for|on) ", name)[0].split()
        return words[-1] if words else ""

    return head(candidate) in _SCHEMES and head(answer) not in _SCHEMES


#: "In which journal/newspaper …?": the question asks for a publication.
_ASKS_PUBLICATION = re.compile(r"\b[Ww]hich (?:journal|magazine|newspaper|paper|publication)s?\b")
#: Words of publications' names: journals' ("Proceedings of …", "… Review") and newspapers' ("The Daily Gazette").
_PUBLICATION_WORDS = PAPER_WORDS | {
    "Proceedings",
    "Review",
    "Letters",
    "Annals",
    "Bulletin",
    "Magazine",
    "Nature",
    "Science",
    "Lancet",
    "Cell",
    "Reports",
}


def not_a_publication(candidate: str, question: str) -> bool:
    """The question asks for a journal or paper and the option is a body, not a publication."""
    if _ASKS_PUBLICATION.search(question) is None:
        return False
    named = re.split(r" (?:of|for|on) ", candidate)[0].rstrip(".").split()
    if named and named[-1] in _PUBLICATION_WORDS:
        return False  # "The Orvell Times", "Proceedings of …": a publication, whatever else it is
    words = set(re.findall(r"[A-Z]\w+", candidate))
    return not (words & _PUBLICATION_WORDS) or org_heads(candidate)


def part_of(candidate: str, answer: str, text: str) -> bool:
    """The article writes one as the other's part: "NASA's Johnson Space Center", "Harwick University
    School of Law" (the option is then also right, or says the same)."""
    for whole, part in ((answer, candidate), (candidate, answer)):
        if not _together(whole, part, text):
            continue  # the words are not there together: no pattern to search a long article with
        if re.search(rf"\b{re.escape(whole)}(?:['\u2019]s)? (?:own )?{re.escape(part)}\b", text):
            return True
    return False


#: What `part_of`'s pattern lets stand between the whole and its part.
_JOINTS = [f"{s} {own}" for s in ("", "'s", "\u2019s") for own in ("", "own ")]


def _together(whole: str, part: str, text: str) -> bool:
    """Does `text` write `whole`, a joint and `part` in a row? Read where `whole` stands, not once per joint."""
    if not whole:
        return any(f"{joint}{part}" in text for joint in _JOINTS)
    at = text.find(whole)
    while at >= 0:
        if any(text.startswith(f"{joint}{part}", at + len(whole)) for joint in _JOINTS):
            return True
        at = text.find(whole, at + 1)
    return False


#: "Which company …?", "Which organization became the first company to …?": a firm is asked for.
_ASKS_FIRM = re.compile(
    r"^(?:[A-Z][^?]*, )?[Ww]hich (?:company|firm)\b|^Which organization (?:\w+ ){1,3}?(?:the|a|an) "
    r"(?:(?:first|only|largest|biggest|second|leading|latest)\s)?(?:[\w-]+ )?(?:company|firm)\b"
)


def not_a_firm(candidate: str, question: str, long_form: str) -> bool:
    """A firm is asked for and the option is none: "CSIR" (a council), "Road Federation"."""
    from quizgen.facts.org_refs import headed_by, may_be_firm

    if _ASKS_FIRM.search(question) is None:
        return False
    public = any(headed_by(name, word) for name in (candidate, long_form) for word in _PUBLIC_HEADS)
    public = public or _public_body(candidate) or _public_body(long_form)
    return public or not (may_be_firm(candidate) and may_be_firm(long_form))


def _public_body(name: str) -> bool:
    """ "Directorate General of Civil Aviation", "Harbour Authority": a public body's word anywhere in
    the name, which does not end as a firm's does ("Gas Authority of India Ltd" is a company)."""
    words = name.lower().replace(",", "").split()
    return bool(words) and words[-1] not in FIRM_ENDINGS and not PUBLIC_BODY_WORDS.isdisjoint(words)


#: Heads of public bodies that "the company" may yet stand for (a firm's board): never a firm's own name.
_PUBLIC_HEADS = ("board", "bureau", "tribunal", "regulator")


_ASKS_GOVERNMENT = re.compile(r"^(?:[A-Z][^?]*, )?[Ww]hich government\b")


def not_a_government(candidate: str, question: str) -> bool:
    """ "Which government …?" and the option is no government ("Indian Medical Association")."""
    return _ASKS_GOVERNMENT.search(question) is not None and "government" not in candidate.lower()


#: Last words of party names: a party's rivals are parties.
_PARTY_HEADS = {"Party", "Front", "Congress", "League"}


def another_kind_of_body(candidate: str, answer: str, long_form: bool = False, question: str = "") -> bool:
    """A party beside a non-party, or a newspaper beside a body that is no publication (not among
    long forms, where "Standard" ends a "Renewable Fuel Standard")."""

    def head(name: str) -> str:
        words = re.split(r" (?:of|for|on) ", name)[0].rstrip(".").split()
        return words[-1] if words else ""

    if (head(answer) == "Party") != (head(candidate) in _PARTY_HEADS) and "Party" in (head(answer), head(candidate)):
        return True
    if long_form or _ASKS_PUBLICATION.search(question):
        return False  # "In which journal …?": not_a_publication keeps the options publications
    paper = head(candidate) in _PUBLICATION_WORDS | {"Shimbun", "News"}
    return paper and head(answer) not in _PUBLICATION_WORDS | {"Shimbun", "News"}


#: Heads of the bodies that run a place's sport or trade ("Kerala Cricket Association").
_PLACE_BODY_HEADS = {"Association", "Board", "Federation", "Council", "Union", "League", "Chamber"}


def team_beside_a_body(candidate: str, answer: str, ctx: ArticleContext) -> bool:
    """ "Madhya Pradesh" (a side named after its state) beside the answer "Kerala Cricket Association",
    when a sentence names the candidate beside the answer's place written bare ("Kerala beat Madhya
    Pradesh"): the two are sides, and a side is no association."""
    words = re.sub(r"^The ", "", answer).split()
    if len(words) < 2 or words[-1] not in _PLACE_BODY_HEADS or words[0] in candidate:
        return False
    if any(w.lower() in BODY_WORDS for w in candidate.split()):
        return False
    if not any(e.label_ == "GPE" and e.text == words[0] for e in ctx.ents):
        return False
    bare = re.compile(rf"\b{re.escape(words[0])}\b(?! {re.escape(words[1])}\b)")
    return any(candidate in sent and bare.search(sent) for sent in re.split(r"(?<=[.!?])\s+|\n", ctx.text))
