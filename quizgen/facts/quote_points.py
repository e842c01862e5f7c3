"""Where a long quotation's point lies, so that a cut never leaves only its lead-up.

A cut quote says which statement is meant; cut inside its opening it says nothing anyone would
learn: the subject of a gerund ("Building the new pier, and the roads to it, …"), a clause of time,
condition or concession ("In case the ferry is late, …", "As the largest port in the region, …")
or a point granted before the speaker's own ("Yes, you can build piers, but …"). Both cuts, the
quote's in the facts and the question's length, keep words up to the main clause's verb.
"""

from __future__ import annotations

import re

#: A quotation that opens on a clause or phrase of condition, time or concession ("if the minister
#: decides …", "despite higher fuel costs …"): cut at its comma, only that opening would be left,
#: which anyone might have said, and the statement's point is lost.
LEADING_CLAUSE = re.compile(
    r"^(?:if|unless|when|whenever|once|although|though|while|because|until|despite|after|before|given"
    r"|in case|even if|even though|as long as|so long as|as soon as|as|since|whereas)\b",
    re.I,
)
#: A quotation that grants a point before making its own ("Yes, you can …, but …").
_GRANTED = re.compile(r"^(?:yes|yeah|sure|of course|true|granted|no doubt|admittedly)\b", re.I)
_BUT = re.compile(r",?\s+but\s+")
#: A gerund opening a quotation as its subject ("Building the new pier … will cost …"); not a
#: preposition that ends so ("During", "According"), nor a pronoun ("Nothing").
_GERUND_SUBJECT = re.compile(
    r"^(?!(?:During|Including|According|Regarding|Following|Considering|Concerning|Excluding|Notwithstanding"
    r"|Nothing|Something|Everything|Anything|Being|Having)\b)[A-Z][a-z]{2,}ing (?:the|this|that|these|those|a|an"
    r"|our|their|its|his|her|my|your|such|new|more|all|up|out|down|it|them)\b"
)
#: Finite verbs a gerund subject's main clause opens with: auxiliaries, and the commonest verbs after
#: such a subject ("… lets us study …", "… helps the town …").
_MAIN_VERB = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|let|lets"
    r"|helps|helped|gives|gave|makes|made|means|meant|shows|showed|allows|allowed|brings|brought|takes|took"
    r"|requires|required|remains|remained|becomes|became|costs|cost|proves|proved)"
)
#: Words kept past the main clause's start, and how far past the planned cut a cut may reach for them.
PAST_VERB = 6
REACH = 10


def granted_rest(text: str) -> str | None:
    """ "Yes, you can build piers, but the town needs ferries" → "but the town needs ferries"."""
    but = _BUT.search(text) if _GRANTED.match(text) else None
    return None if but is None else "but " + text[but.end() :]


def point_reached(words: list[str], keep: int) -> int:
    """`keep`, or more words when the first `keep` stop inside a gerund subject or an opening clause;
    all the words when the main clause starts too far to reach."""
    text = " ".join(words)
    if _GERUND_SUBJECT.match(text):
        start = next((n for n, w in enumerate(words[2:], 2) if _MAIN_VERB.fullmatch(w.lower().strip(",;:"))), None)
    elif LEADING_CLAUSE.match(text):
        comma = next((n for n, w in enumerate(words) if w.endswith((",", ";", ":"))), None)
        if comma is None:
            return keep  # where the opening clause ends, no comma says
        start = comma + 1
    else:
        return keep
    if start is None:
        return len(words)  # no main clause found: better long than torn
    need = start + PAST_VERB
    if need <= keep:
        return keep
    return need if need <= keep + REACH else len(words)
