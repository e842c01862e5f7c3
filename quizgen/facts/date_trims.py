"""A long date question loses the tail that only describes: "When did the bank move into Europe with
its 200 mln dlr purchase of Alder Finance, which included 40 branches?" is asked "When did the bank move
into Europe?". The date is the main verb's, so what the tail said of its object (a "which" clause, the
means "with its …", a closing "-ing" aside) is not needed to ask it, and a question past twenty-odd
words is not read. Quoted words are the speaker's and stay.
"""

from __future__ import annotations

import re

from quizgen.facts.verb_forms import reporting_form

#: Past this many words a date question sheds its describing tail.
LONG = 16
#: Past this many (once any "which" tail is gone), a closing means phrase goes too ("with its … purchase of …").
VERY_LONG = 14
#: Fewest words kept before a cut tail: the question's verb and object come before it.
MIN_KEPT = 8
#: ", which included …?": a relative clause on the last noun, closing the question.
_WHICH_TAIL = re.compile(r",\s+(?:which|who)\s(?!.*,\s+(?:which|who)\s)[^?\"\u201c\u201d]*\?$")
#: " a statutory instrument that allows … ?": a defining clause on the object, closing the question
#: (its verb right after "that": "said that his …" is what was said, not a clause on a noun).
_THAT_TAIL = re.compile(
    r"\b(?:a|an|the|its|their) (?:[\w-]+ ){0,3}?[\w-]*[a-z](?P<tail> that (?!(?:this|his|its|as|us|was|is|thus)\b)"
    r"(?:\w+(?:s|ed)|will|would|could|can)\b(?! (?:will|would|could|can|may|must|have|had|has|are|were)\b)"
    r"[^?\"\u201c\u201d]*\?)$"
)
#: ", assuming benchmarks are met?", ", including …?": a closing aside.
_ASIDE_TAIL = re.compile(r",\s+(?:assuming|including|citing|bringing|making|leaving)\s[^,?\"\u201c\u201d]*\?$")
#: " with its 200 mln dlr purchase of …?": the means by which the event was done, closing the question.
_MEANS_TAIL = re.compile(r"\s+with (?:its|their) [^,?\"\u201c\u201d]*\?$")

#: ", up from 9 million a year earlier?": the figure of another time, which a date question would
#: set beside its own (which year is asked: the 14 million's or the 9 million's?). Cut at any length.
_COMPARED_TAIL = re.compile(
    r",?\s+(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to)|against)"
    r"\s+[^,?\"\u201c\u201d]*?\d[^,?\"\u201c\u201d]*\?$"
)  # (not "up to 500 workers": that is the figure itself)


def trimmed(question: str) -> str:
    """The question without its describing tail when it is long, else as it is."""
    compared = _COMPARED_TAIL.search(question)
    if compared is not None and len(question[: compared.start()].split()) >= MIN_KEPT and not _quoted(question):
        question = question[: compared.start()] + "?"
    if len(question.split()) <= LONG or _quoted(question):
        return question
    for tail in (_WHICH_TAIL, _ASIDE_TAIL, _THAT_TAIL):
        m = tail.search(question)
        at = 0 if m is None else m.start("tail") if "tail" in tail.groupindex else m.start()
        if m is not None and len(question[:at].split()) >= MIN_KEPT and not (tail is _THAT_TAIL and _told(question, m)):
            question = question[:at] + "?"  # (not "When did X, which owns Y, buy Z?": the verb is after)
    if len(question.split()) > VERY_LONG:
        question = _MEANS_TAIL.sub("?", question)
    return question


def _quoted(question: str) -> bool:
    """Whether the question holds quoted words, the speaker's, which stay whole."""
    return any(mark in question for mark in ('"', "\u201c", "\u201d"))


def _told(question: str, m: re.Match[str]) -> bool:
    """Whether the noun before "that" is the one told ("tell the committee that …"): what follows is
    what was said, not a clause on the noun."""
    before = question[: m.start()].split()
    return bool(before) and reporting_form(before[-1])


#: "beat Rovers 2 -1": a score the question's words tore apart ("2-1" in the article).
_SPLIT_SCORE = re.compile(r"\b(\d{1,3}) ([-\u2013]\d{1,3})\b")
#: A word of hyphened letter pieces ("e-bikes", "follow-up").
_HYPHENED = re.compile(r"(?<![\w-])[A-Za-z]\w*(?:-[A-Za-z]\w*)+(?![\w-])")


def score_as_written(question: str, sentence: str) -> str | None:
    """The question with a torn score joined again as the article writes it; None when half of a
    score was lost ("beat Lind Town 3?" from "3-1": a wrong figure taught). A hyphened word the
    question's words spaced out ("ban e - bikes", later cut to "ban e?") is whole again."""
    question = _SPLIT_SCORE.sub(lambda m: m[1] + m[2] if m[1] + m[2] in sentence else m[0], question)
    for whole in _HYPHENED.findall(sentence):
        question = question.replace(whole.replace("-", " - "), whole)
    for first in re.findall(r"\b(\d{1,3})[-\u2013]\d{1,3}\b", sentence):
        if re.search(rf"(?<![-\u2013.])\b{first}\b(?![-\u2013.]\d)", question):
            return None
    return question
