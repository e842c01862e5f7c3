"""False options of an organization question that are no rival body: a facility or a cut name.

"Which organization issued the call for proposals? — NASA" must not offer "Mission Control Center",
which the article writes as a body's own site ("home of Mission Control Center", "NASA's Jet
Propulsion Laboratory"): a place or part of a body does not announce or sign. Nor "Board of
Regents" when the article names the "Orvell University Board of Regents": a cut name is no option
a learner can weigh (the full name stands in for it when the article has just one).
"""

from __future__ import annotations

import re

#: Last words of the names of sites: centres, laboratories, stations, which a body owns or runs.
_SITE_HEADS = ("Center", "Centre", "Laboratory", "Lab", "Station", "Facility", "Observatory", "Base", "Campus")


def owned_site(candidate: str, text: str) -> bool:
    """The article writes the option as a body's own site: "NASA's Johnson Space Center", "the
    agency's Mission Control Center", "home of Mission Control Center"."""
    if not candidate.endswith(_SITE_HEADS) or candidate not in text:
        return False  # (the pattern needs the name written: a look costs less than compiling it)
    name = re.escape(candidate)
    return re.search(rf"(?:['\u2019]s|\bhome (?:of|to)(?: the)?) {name}\b", text) is not None


def site_owner(candidate: str, answer: str, text: str) -> bool:
    """The answer sits at the option's site: "The Program Office at NASA's Marshall Space Flight
    Center executes …" (NASA is no rival: the office is its own)."""
    if (f"{answer} at " not in text and f"{answer} of " not in text) or candidate not in text:
        return False  # most pairs: the pattern, compiled anew for each, needs both written so
    name = re.escape(candidate)
    return re.search(rf"\b{re.escape(answer)} (?:at|of) (?:the )?{name}['\u2019]s? ", text) is not None


def full_name(candidate: str, names: list[str]) -> str | None:
    """The one longer name the option is the tail of ("Orvell University Board of Regents" for "Board
    of Regents"); "" when several are (no option then); None when the option is whole."""
    longer = {n for n in names if n != candidate and n.endswith(f" {candidate}")}
    if not longer or len(candidate.split()) < 2:
        return None
    return longer.pop() if len(longer) == 1 else ""
