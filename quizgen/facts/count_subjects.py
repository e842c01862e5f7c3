"""A count inside a subject headed by another noun: "The total of 18 cases was confirmed".

Asked for the count, the head goes ("How many cases … confirmed?"), so the verb must agree with the
counted plural ("were", not "was"). Only a head that merely gathers what it counts ("total", "group",
"batch") may go: "One of the 12 miners was rescued" or "Shares of 12 firms rose" say nothing of how
many miners were rescued or firms rose, and are not asked so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: Heads that only gather the things they count: "a total of 18 cases", "a group of 40 students".
GATHERING_HEADS = {"total", "group", "batch", "tally", "crowd", "convoy", "fleet", "contingent", "delegation"}
#: A singular auxiliary and its plural.
PLURAL_AUX = {"was": "were", "is": "are", "has": "have", "'s": "are"}
#: Auxiliaries that agree with any subject: "A total of 40 jobs will be lost" needs no change.
MODALS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall"}


def counted_head(target: Span, subject_tokens: list[Token]) -> str | None:
    """What the question's auxiliary must become when the count is asked away from its subject's head:
    "" when the head is in the answer (nothing to change), "plural" when a gathering head goes,
    None when the question cannot be asked (the head says something of a part of the count)."""
    head = next((t for t in subject_tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
    if head is None or head.i >= target.end or head.tag_ != "NN":
        return ""
    counted = any(t.tag_ in ("NNS", "NNPS") for t in target if t.i > head.i)
    if head.lemma_.lower() in GATHERING_HEADS and counted:
        return "plural"
    return "" if target.start <= head.i < target.end else None


def plural_aux(said: list[str], aux: list[Token]) -> bool:
    """Make the singular first auxiliary in `said` (subject rest, auxiliaries, negation) plural;
    False when there is none to make so. A modal agrees as it stands ("will be lost")."""
    if aux and (aux[0].lower_ in MODALS or aux[0].lower_ in PLURAL_AUX.values()):
        return True  # ("A total of 340 flights were cancelled": the writer made it plural already)
    if not aux or aux[0].lower_ not in PLURAL_AUX:
        return False
    said[1] = " ".join([PLURAL_AUX[aux[0].lower_], *said[1].split()[1:]])
    return True
