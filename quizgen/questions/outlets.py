"""A news outlet that reported the news is asked for as one: "Which news outlet reported that the
suspect is nineteen? — BBC", not "Which organization …" or "Who …" (issue 8). A reader looking for
a body that acted, or a person, finds a broadcaster a trick; told it is an outlet, the question
asks what the article says: who carried the news.
"""

from __future__ import annotations

import re

from quizgen.questions.answer_types import news_agency

#: The last words of a broadcaster's, paper's or outlet's name ("NTV", "The Daily Star", "Radio Free Asia").
_OUTLET = re.compile(
    r"(?:^|\b)(?:[A-Z]{1,4}TV|BBC|CNN|NHK|CBC|ABC News|Sky News|Al Jazeera|(?:local |state |national |foreign )?"
    r"(?:media|press|newspapers?|television|broadcasters?|tabloids?)|.+ (?:Times|Post|Herald|Journal|"
    r"Gazette|Tribune|Daily|Telegraph|Independent|Guardian|Radio|Television|News|Broadcasting\b.*))$"
)
#: An outlet's telling: "Which organization reported that …", "Who reported that …".
_REPORTED = re.compile(r"^(?:Who|Which organization|Which group) (?=(?:\w+ )?reported\b)")


def outlet_asked(question: str, answer: str) -> str:
    """`question` asking "Which news outlet reported …?" when its answer is one."""
    asked = _REPORTED.match(question)
    if asked is None:
        return question
    name = re.sub(r"^(?:the|a|an) ", "", answer.strip(), flags=re.I)
    if not (news_agency(name) or _OUTLET.fullmatch(name)):
        return question
    return "Which news outlet " + question[asked.end() :]
