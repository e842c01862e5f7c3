"""A reported statement keeps its speaker's words when nothing in the article names them better.

"Who said that the project would start next week?" is asked of one speaker, and a reader of the
article knows the statement: "the project", "the man", "the meeting" are the speaker's words, as in
a direct quote. The steps that name such words (`referents`, `which_one`) drop a question whose
description they cannot name; a "Who said that …?" question about a statement long enough to single
itself out keeps its words instead. A short one ("Who said that the doors were locked?") still goes.
"""

from __future__ import annotations

import re

from quizgen.facts.fact_types import Fact, QuoteFact
from quizgen.facts.lexicon import REFERENT_BODIES

#: Content words a statement needs to single itself out in its article without a name for its "the …".
MIN_CONTENT_WORDS = 7
#: "Who said that …", "Which organization added that …", "Who warned that …": a statement asked for its speaker.
_SPEAKER_OF = re.compile(r"^(?:Who|Which (?:organization|country|company|body|agency|group)) (?:\w+ ){1,2}that (.+)\?$")
#: "the panel", "the project": a description the statement leaves unnamed.
_THE_NOUN = re.compile(r"\b[Tt]he (\w+)")
#: Bodies that act and must be named ("the panel picked …"); a plan ("the project") is the speaker's own topic.
_GROUPS = REFERENT_BODIES - {"project", "programme", "scheme", "initiative"}
#: Words that carry nothing of what was said.
_FILLER = set(
    "the a an of to in on at for by with from and or but as is are was were be been that this these those "
    "it its he she they them his her their would will could should has have had not".split()
)


def keeps_own_words(question: str, fact: Fact) -> bool:
    """Does `question` ask who made a reported statement long enough to stand in the speaker's own words?"""
    if not isinstance(fact, QuoteFact) or fact.direct:
        return False
    m = _SPEAKER_OF.match(question)
    if m is None:
        return False
    if any(noun.lower() in _GROUPS for noun in _THE_NOUN.findall(m.group(1))):
        return False  # "the panel", "the committee": which body acts, the learner must be told
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", m.group(1)) if w.lower() not in _FILLER and len(w) > 2]
    return len(words) >= MIN_CONTENT_WORDS


def or_own_words(named: str | None, question: str, fact: Fact) -> str | None:
    """`named` (a step's wording of `question`), or `question` as it stands when the step could not
    name a description in a statement that keeps its speaker's words."""
    if named is not None:
        return named
    return question if keeps_own_words(question, fact) else None
