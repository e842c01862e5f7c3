"""A bare "the measures" in a body's or a person's reported words, placed by the lines just before.

"In it, they argue the rules for incoming travellers are too strict. … The Home Office said it believes
the measures will help stop the spread of the virus": the reader who has just read which rules asks
"Which organization said it believes the measures will help …?" as a fair question, where "Who said
the decision was overdue?" with nothing before it is not (questions/unasked.py). Only for reported
speech of a named speaker (no pronoun), when what they claim goes on past the noun ("will help stop
the spread of the virus", not "were overdue"), and when the same sentence or the two before name such
a thing with what it is ("the rules for incoming travellers", "new quarantine measures", "proposals
to cut …"). A bare "the proposals" before places nothing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import QuoteFact
from quizgen.facts.quote_marks import blank_quotes

#: "the decision", "the new rules", "the changes": what was decided, only the article says; "the decision
#: to close …", "the rules on net sizes", "the rules governing …" say which, and stay.
STAND_IN = re.compile(
    r"\b[Tt]he (?:new |latest |proposed |planned )?(?:decision|move|rules|regulations|changes|measures|"
    r"proposals?|reforms?)\b(?![-'\u2019])(?! (?:to|on|of|for|by|from|that|which|in|against|over|with|between|"
    r"about|under|at|[a-z]+ing)\b)(?!,? which)"
)
#: Nouns that stand for one another as what a body decided or proposed.
_FAMILY = r"(?:decisions?|moves?|rules|regulations|changes|measures|proposals?|reforms?|restrictions|curbs)"
#: A family noun said with what it is: a content word before it ("quarantine measures", not "new") or a
#: phrase after it ("rules for incoming travellers", "proposals to cut …").
_PLACING = re.compile(
    rf"\b(?!(?:the|new|latest|proposed|planned|these|those|such|its|their|his|her|some|any|all|other|"
    rf"further|similar|recent|current|earlier|previous|about|with|from|over|into|under|after|before|against|what|which|"
    rf"were|have|been|more|many|several|made|make|announced|said)\b)[a-z][a-z-]{{3,}} "
    rf"{_FAMILY}\b|\b{_FAMILY} (?:for|on|to|requiring|that (?:would|will|require)|aimed at|governing|"
    rf"banning|limiting|allowing) [a-z]"
)
#: What the speaker says of the thing must go on for this many words to be worth learning.
_MIN_CLAIM_WORDS = 4
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


def placed_nearby(phrase: re.Match[str], question: str, fact: QuoteFact, ctx: ArticleContext) -> bool:
    """Is `phrase` ("the measures", found in `question`) placed by the lines before, per the module?"""
    if fact.direct or fact.speaker.name.strip().lower() in _PRONOUNS:
        return False
    if _speaker_is_pronoun(fact):
        return False
    rest = re.split(r"[,;?]", question[phrase.end() :], maxsplit=1)[0].split()
    if len(rest) < _MIN_CLAIM_WORDS:
        return False
    return bool(_PLACING.search(_window(fact.sentence, ctx.text)))


def _speaker_is_pronoun(fact: QuoteFact) -> bool:
    """ "He said …", "It says …": the sentence names no one; a pronoun resolved is not sure enough."""
    names = [fact.speaker.name, *fact.speaker.aliases]
    return not any(n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", fact.sentence) for n in names)


def _window(sentence: str, text: str) -> str:
    """The sentence and the two before it in the article (the sentence alone when it is not found)."""
    at = text.find(sentence)
    if at < 0:
        return sentence
    before = re.split(r"(?<=[.!?])[\"'\u201d\u2019]?\s+", text[:at].rstrip())
    return " ".join([*before[-2:], sentence])


def placed_spans(question: str, fact: QuoteFact, ctx: ArticleContext) -> list[tuple[int, int]]:
    """Where `question` says a "the measures" placed nearby: spans a wording step that names or drops
    bare descriptions leaves alone, so the speaker's own words stand."""
    asked = blank_quotes(question)
    return [m.span() for m in STAND_IN.finditer(asked) if placed_nearby(m, asked, fact, ctx)]


def moved_spans(spans: list[tuple[int, int]], before: str, after: str) -> list[tuple[int, int]] | None:
    """`spans` of `before` where they stand in `after`, a rewording of it that keeps their words; None when
    the rewording touched one."""
    if not spans or before == after:
        return spans
    blocks = SequenceMatcher(None, before, after, autojunk=False).get_matching_blocks()
    moved = []
    for start, end in spans:
        block = next((b for b in blocks if b.a <= start and end <= b.a + b.size), None)
        if block is None:
            return None
        moved.append((start - block.a + block.b, end - block.a + block.b))
    return moved
