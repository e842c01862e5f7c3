"""Questions the article bears out that a cold reader still finds not worth asking (issue 8).

- the age of someone the article does not name ("How old was the student whom police arrested?");
- a news outlet as the source of news it only passed on ("Which organization reported that the suspect
  is nineteen? — BBC"): the fact is the suspect's age, not who carried it.

Each is dropped, not reworded: no wording gives an unnamed person a name, or an outlet the news.
"""

from __future__ import annotations

import re

from quizgen.facts.lexicon import PERSON_NOUNS
from quizgen.questions.answer_types import news_agency

#: "How old was the engineering student …?", "how old is the arrested man": an age asked of a description.
_UNNAMED_AGE = re.compile(
    r"\b(?i:how old (?:is|was|are|were) (?:the|a|an|his|her|their|its)) (?P<who>[a-z-]+(?: [a-z-]+){0,3})\b(?! [A-Z])"
)
#: The last words of a broadcaster's, paper's or outlet's name ("NTV", "The Daily Star", "Radio Free Asia").
_OUTLET = re.compile(
    r"(?:^|\b)(?:[A-Z]{1,4}TV|BBC|CNN|NHK|CBC|ABC News|Sky News|Al Jazeera|(?:local |state |national |foreign )?"
    r"(?:media|press|newspapers?|television|broadcasters?|tabloids?)|.+ (?:Times|Post|Herald|Journal|"
    r"Gazette|Tribune|Daily|Telegraph|Independent|Guardian|Radio|Television|News|Broadcasting\b.*))$"
)
#: An outlet's telling: "Which organization reported that …", "Who reported that …".
_REPORTED = re.compile(r"^(?:Who|Which \w+) (?:\w+ )?reported\b")


def unnamed_age(question: str) -> bool:
    """An age asked of someone the question only describes: "How old was the student whom police arrested?"
    (not of a thing: "How old was the Louvre accord?")."""
    m = _UNNAMED_AGE.search(question)
    return m is not None and any(w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS for w in m.group("who").split())


def outlet_relayed(question: str, answer: str) -> bool:
    """A news outlet asked as the one who reported news it passed on: "Which organization reported
    that the suspect is nineteen? — BBC"."""
    if not _REPORTED.match(question):
        return False
    name = re.sub(r"^(?:the|a|an) ", "", answer.strip(), flags=re.I)
    return news_agency(name) or bool(_OUTLET.fullmatch(name))
