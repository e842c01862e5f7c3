"""False options that hold the answer, or that it holds, so that they are true too: "Government of
Singapore" offered against "the Ministry of Health" for what the ministry said (the ministry is the
government speaking), or "the Harwick National Laboratory" against "the Ecosystem Simulation Science
group" the article places at that laboratory. A person's unit is asked with no options at all: the
lab, institute or agency it sits in is where they work too."""

from __future__ import annotations

import re

#: A nation's government as a whole: "Government of Singapore", "the Kenyan government", "the Cabinet";
#: not a city's or a district's ("Haidian District People's Government"), which holds no national ministry.
_GOVERNMENT = re.compile(
    r"(?:the )?(?:[Gg]overnment of (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)?|(?:[A-Z][\w.'-]* )?[Gg]overnment|"
    r"(?:[A-Z][\w.'-]* )?Cabinet|State Council|Executive Yuan)"
)
#: A body a government is made of: "Ministry of Health", "Foreign Ministry", "Department of Energy".
_PUBLIC_PART = re.compile(
    r"\b(?:Ministry|Department|Agency|Bureau|Directorate|Inspectorate|Treasury|Home Office|Foreign Office|"
    r"Cabinet Office)\b"
)
#: What may stand between a part and the body that holds it: "the X group at the Y", "X, part of Y".
_HELD = (
    r"(?: (?:group|team|lab|laboratory|unit|division|centre|center|programme|program|institute))?,? "
    r"(?:at|of|in|within|part of|based at) (?:the )?"
)


def holds_or_held(candidate: str, answer: str, text: str) -> bool:
    """The option is the government of which the answer is a ministry (or the other way round), or
    the article places the one inside the other ("the X group at the Y Laboratory")."""
    for whole, part in ((candidate, answer), (answer, candidate)):
        if _GOVERNMENT.fullmatch(whole.strip()) and _PUBLIC_PART.search(part):
            return True
        if len(part) > 3 and len(whole) > 3 and part in text and whole in text:
            if re.search(rf"\b{re.escape(part)}{_HELD}{re.escape(whole)}\b", text, re.I):
                return True
    return False


#: Last words of a unit inside a larger body: someone "with" it is with that body too.
_UNIT = re.compile(r"\b(?:group|team|lab|unit|division|section|programme|program)$")


def small_unit(answer: str) -> bool:
    """'Ecosystem Simulation Science group': a unit whose lab, institute or agency would be a true
    answer to "Which organization was X with?" as well, so no body can be offered as a false one."""
    return _UNIT.search(answer.strip()) is not None
