"""Word lists the fact extractors share: speech verbs, titles and posts, verbs of change.

A new speech verb or title is one line here; extractors import these, never copy them.
"""

from __future__ import annotations

#: Words that may precede a name as a title but are not part of it.
TITLE_WORDS = {
    "president", "premier", "chairman", "chairwoman", "chair", "minister", "secretary", "general",
    "chief", "director", "academician", "researcher", "senator", "governor", "mayor", "vice", "deputy",
    "executive", "head", "spokesman", "spokeswoman", "spokesperson", "commissioner", "analyst",
    "economist", "professor", "ambassador", "chancellor", "judge", "king", "queen", "prince",
    "princess", "pope", "officer", "manager", "editor", "founder", "ceo", "leader", "scientist",
    "engineer", "correspondent", "reporter", "coach", "captain", "adviser", "advisor", "dean",
}

#: Verbs whose subject is a speaker: a lone surname there is a person.
SPEECH_VERBS = {"say", "tell", "add", "explain", "argue", "insist", "warn", "note", "claim"}

#: Verbs that report speech or a stated view: their subject is the speaker.
REPORTING = {
    "say", "tell", "add", "explain", "emphasize", "emphasise", "stress", "note", "argue", "claim",
    "state", "announce", "declare", "insist", "warn", "suggest", "propose", "urge", "call", "encourage",
    "acknowledge", "admit", "confirm", "predict", "reply", "respond", "write", "comment", "conclude",
    "report", "mention", "reveal", "underline", "highlight", "pledge", "promise", "vow", "welcome",
    "describe", "point", "recall", "believe", "estimate", "forecast", "remark", "observe", "tweet",
}

#: Verbs that report speech only with a clause ("X said that …"), not with a plain object.
CLAUSE_ONLY = {"say", "tell", "add", "note", "believe", "estimate", "report", "write", "point", "recall"}

#: Reported verbs shown as "said" in questions ("Who added that …?" reads oddly out of context).
AS_SAID = {"add", "tell", "continue", "note", "write", "state"}

#: Heads of a post that many people hold at once: asking "Who is a researcher at Y?" has no single answer.
SHARED_POSTS = {"researcher", "academician", "member", "analyst", "professor", "scientist", "engineer",
                "fellow", "expert", "official", "lecturer", "student", "resident", "representative",
                "delegate", "spokesman", "spokeswoman", "spokesperson", "correspondent", "reporter",
                "economist", "biologist", "epidemiologist", "physicist", "chemist", "doctor", "lawyer",
                "adviser", "advisor", "consultant", "specialist", "teacher", "nurse"}

#: Verbs of speaking: "For the party, X said …" tells whom X speaks for.
SPEAK_FOR_VERBS = {"say", "call", "tell", "add", "argue", "describe", "warn", "claim", "insist", "comment"}

CHANGE_VERBS = {"rise", "fall", "drop", "increase", "decrease", "decline", "grow", "climb", "jump", "slip",
                "plunge", "surge", "soar", "slump", "tumble", "gain", "shrink", "dip", "rebound", "cut", "reduce",
                "raise", "boost", "slash", "lower", "ease", "sink", "widen", "narrow", "expand", "contract",
                "lift", "shoot", "double", "triple", "halve", "swell", "rocket", "skyrocket"}

CHANGE_NOUNS = {"decline", "rise", "fall", "drop", "increase", "decrease", "growth", "jump", "gain", "cut",
                "reduction", "surge", "slump", "dip"}
