"""Give a quoted predicate back its subject: "Who said “is not exciting …”?" reads as a torn
sentence, while the article wrote 'said the plan "is not exciting …"'. The words the article
set between the verb and the quotation ("the plan", "the tackle") go back before it. A quotation
whose subject was only "it" or nothing ('"will be a big day tomorrow," he added') stays torn, and
is not asked."""

from __future__ import annotations

import re

#: A quotation opening with a verb of its own: its subject stood outside the quotation marks.
BARE_PREDICATE = re.compile(
    r"\b(?P<verb>say|says|said|add|adds|added|admit|admits|admitted|claim|claimed|warn|warned|argue|argued|"
    r"insist|insisted|note|noted|believe|believed|tell|told) "
    r"(?P<quote>[\u201c\"](?P<first>is|are|was|were|has|have|had|will|would|could|can|should|may|"
    r"might|must|did|does)\b)",
    re.I,
)
#: Where the subject starts, read back from the quotation: after "said", "that", "but" or a clause's start.
BOUNDARY = re.compile(
    r"\b(?:said|says|added|admitted|argued|warned|claimed|insisted|noted|that|but),?\s+|[.;:]\s+", re.I
)
#: Subjects that name nothing away from the article: the question is left as it was.
PRONOUNS = {"he", "she", "they", "i", "we", "it", "this", "that", "these", "those", "you"}
ASIDE = re.compile(r",\s*(?:which|who)\b[^,]*,?\s*$")


def with_quoted_subject(question: str, source: str) -> str:
    """`question` with the subject the source gives its quoted predicate, when it lost it."""
    m = BARE_PREDICATE.search(question) if '"' in question or "\u201c" in question else None
    if m is None:
        return question
    words = re.escape(question[m.end("quote") - len(m.group("first")) :][:25])
    at = re.search(rf"[\u201c\"]{words}", source)
    if at is None:
        return question
    before = source[: at.start()].rstrip()
    cuts = list(BOUNDARY.finditer(before))
    start = cuts[-1].end() if cuts else 0
    subject = ASIDE.sub("", before[start:]).strip().rstrip(",")
    if not subject or len(subject.split()) > 8 or subject.lower() in PRONOUNS:
        return question
    if cuts and cuts[-1].group().strip().lower() == "that":
        subject = f"that {subject}"  # "admitted that the tackle “could have …”"
    return f"{question[: m.start('quote')]}{subject} {question[m.start('quote') :]}"


def still_torn(question: str) -> bool:
    """The quotation still opens with its own verb, its subject lost or a bare pronoun:
    "Who said “will be a tremendous achievement …”?" asks about nothing a reader can name."""
    if '"' not in question and "\u201c" not in question:
        return False
    return any(m.group("first").islower() for m in BARE_PREDICATE.finditer(question))  # not "“Is it over?”"
