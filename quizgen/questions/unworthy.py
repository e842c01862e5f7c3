"""Questions the article bears out that a cold reader still finds not worth asking (issue 8).

- the weekday of a routine statement in a story with no date ("On what day of the week did the firm
  report a higher profit? — Wednesday"): the day of saying, not of the news, and no date to pin it;
- the age of someone the article does not name ("How old was the student whom police arrested?");
- a news outlet as the source of news it only passed on ("Which organization reported that the suspect
  is nineteen? — BBC"): the fact is the suspect's age, not who carried it.

Each is dropped, not reworded: no wording gives a weekday its date or an unnamed person a name.
"""

from __future__ import annotations

import re

from quizgen.facts.lexicon import PERSON_NOUNS
from quizgen.questions.answer_types import news_agency
from quizgen.vocabulary import WEEKDAYS

#: A weekday alone, "last Friday" or "Friday night": no date the reader could keep.
_BARE_DAY = re.compile(
    rf"(?:last |this |next )?(?:{'|'.join(w.title() for w in WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?"
)
#: Verbs of a routine statement: saying, reporting, commenting, asking; the act is the telling itself.
_ROUTINE = re.compile(
    r"^(?:On what day of the week|When) (?:did|does|do|will) (?:[^?]*? )?(?:report|say|reveal|comment|"
    r"discuss|tell|ask|confirm|read out|make (?:the |his |her |their )?(?:\w+ )?comments)\b"
)
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


def routine_weekday(question: str, answer: str) -> bool:
    """A weekday-only answer to the day of a routine statement: "On what day of the week did the
    firm report a higher profit? — Wednesday", "… did the minister reveal that …? — Tuesday"."""
    return bool(_BARE_DAY.fullmatch(answer.strip()) and _ROUTINE.match(question))


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
