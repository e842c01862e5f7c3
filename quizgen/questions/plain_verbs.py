"""Say a question's verb as a teacher would, not as the article's padding had it.

News writes "made a proposal to invest", "gave approval to the plan", "for five times"; a question
carried over from the clause keeps the padding ("How much did Oduro make a proposal to invest?").
The plain verb says the same thing: "propose to invest", "approve the plan", "five times". Words
inside quotation marks are the speaker's and stay.
"""

from __future__ import annotations

import re

#: Nouns a light verb ("make a …", "take a …") carries, with the verb they stand for:
#: (base, third person, past and past participle, -ing form).
LIGHT_NOUNS: dict[str, tuple[str, str, str, str]] = {
    "proposal": ("propose", "proposes", "proposed", "proposing"),
    "decision": ("decide", "decides", "decided", "deciding"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "promise": ("promise", "promises", "promised", "promising"),
    "attempt": ("attempt", "attempts", "attempted", "attempting"),
    "offer": ("offer", "offers", "offered", "offering"),
    "bid": ("bid", "bids", "bid", "bidding"),
    "vow": ("vow", "vows", "vowed", "vowing"),
}
#: The light verb's own forms, by the slot of the plain verb they become.
MAKE_FORMS = {"make": 0, "makes": 1, "made": 2, "making": 3}
TAKE_FORMS = {"take": 0, "takes": 1, "took": 2, "taken": 2, "taking": 3}
GIVE_FORMS = {"give": 0, "gives": 1, "gave": 2, "given": 2, "giving": 3}
APPROVE = ("approve", "approves", "approved", "approving")

#: Words after "to" that make it a recipient, not an infinitive: "made an offer to the board".
NOT_A_VERB = frozenset(
    "the a an his her its their our my your this that these those all any each every some him them us me".split()
)

_MAKE = re.compile(
    r"\b(make|makes|made|making|take|takes|took|taken|taking) an? (" + "|".join(LIGHT_NOUNS) + r") to ([a-z][a-z-]*)\b"
)
_APPROVAL = re.compile(r"\b(give|gives|gave|given|giving) (?:(?:its|their|his|her) )?approval to\b")
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|multiple|numerous"
#: "for how many times", "for five times": the "for" of a count of times, not of a multiple ("for
#: three times the price").
_FOR_TIMES = re.compile(
    r"\b([Ff]or) (how many|\d+|" + _COUNT_WORDS + r") times\b(?! (?:the|as|more|less|that|what|its|their|his|her)\b)"
)
#: "a investment": the article a template put before a word it did not know ("How large a …").
_A_VOWEL = re.compile(r"(?<= )(a) (?=(?:a|e(?![uw])|i|o(?!ne\b|nce\b))[a-z])")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"")


def plain_verbs(question: str) -> str:
    """ "How much did X make a proposal to invest?" → "How much did X propose to invest?"; "For how many
    times has …" → "How many times has …"; the article's words in quotation marks stay as they are."""
    if not any(piece in question for piece in (" to ", " times", "a ", "A ")):
        return question
    if '"' not in question and "\u201c" not in question:
        return _plain(question, True)  # nothing quoted (most questions)
    parts = _QUOTED.split(question)
    quotes = _QUOTED.findall(question)
    out = [_plain(part, i == 0) for i, part in enumerate(parts)]
    return "".join(p + q for p, q in zip(out, [*quotes, ""], strict=True))


def _plain(text: str, first: bool) -> str:
    """Each mend is tried only when the words it needs are there (most questions hold none)."""
    if " to " in text:
        text = _MAKE.sub(_light, text)
    if "approval to" in text:
        text = _APPROVAL.sub(lambda m: APPROVE[GIVE_FORMS[m.group(1)]], text)
    if " times" in text:
        text = _FOR_TIMES.sub(lambda m: _times(m, first), text)
    return _A_VOWEL.sub(lambda m: f"{m.group(1)}n ", text) if " a " in text else text


def _light(m: re.Match[str]) -> str:
    light, noun, after = m.group(1), m.group(2), m.group(3)
    forms = MAKE_FORMS if light in MAKE_FORMS else TAKE_FORMS if noun == "decision" else None
    if forms is None or after in NOT_A_VERB or (after.endswith("s") and not after.endswith("ss")):
        return m.group(0)  # "took a bid to …", "made an offer to shareholders": no plain verb says it
    return f"{LIGHT_NOUNS[noun][forms[light]]} to {after}"


def _times(m: re.Match[str], first: bool) -> str:
    """The count without its "for"; at the question's start the next word takes the capital."""
    count = m.group(2)
    at_start = first and m.start() == 0
    return f"{count[:1].upper() + count[1:] if at_start else count} times"
