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
    "concede", "deny", "caution", "complain", "reiterate", "maintain", "contend", "assert", "indicate",
    "disclose", "testify",
}

#: Verbs that state a view or a finding ("she doubted that …", "the court ruled that …"): reported
#: speech when they take a clause, but not speech to the other extractors (a firm "expects" sales).
VIEW_VERBS = {"find", "rule", "think", "doubt", "expect", "hope", "fear"}

#: Nouns that name an unnamed speaker ("a Western diplomat said", "political analysts said"). A bare
#: plural ("analysts say") is too vague to ask about; these need an article or a qualifier.
SPEAKER_NOUNS = {
    "analyst", "strategist", "observer", "diplomat", "source", "spokesman", "spokeswoman", "spokesperson",
    "official", "executive", "economist", "expert", "authority", "author", "aide", "insider", "trader",
    "dealer", "banker", "lawyer", "critic", "negotiator", "investigator", "prosecutor",
}
#: Nouns for documents that speak ("the report said", "the study found"): asked "Which report …?".
DOCUMENT_NOUNS = {"report", "study", "survey", "statement", "review", "audit", "inquiry", "ruling", "poll"}

#: Verbs that report speech only with a clause ("X said that …"), not with a plain object.
CLAUSE_ONLY = {"say", "tell", "add", "note", "believe", "estimate", "report", "write", "point", "recall",
               "maintain", "contend", "assert", "indicate", "disclose", "testify"} | VIEW_VERBS

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

#: Wire abbreviations of titles, written before a name ("Sen. Ann Ruiz", "Lt. Gen. Ray Holt").
WIRE_TITLES = {"sen", "rep", "gov", "lt", "gen", "col", "adm", "maj", "capt", "sgt", "cmdr", "supt", "atty",
               "amb", "pres", "treas", "sec", "cdr", "brig", "cpl", "pvt", "insp", "det", "rev", "fr"}

#: Occupations news writes before or after a name as a post ("neurosurgeon X", "X, a lawyer").
OCCUPATIONS = {"administrator", "technician", "surgeon", "neurosurgeon", "physician", "striker", "goalkeeper",
               "midfielder", "defender", "champion", "coauthor", "co-author", "author", "consultant", "lawyer",
               "attorney", "boss", "rector", "provost", "superintendent", "sheriff", "envoy", "diplomat",
               "negotiator", "strategist", "trader", "dealer", "broker", "banker", "activist", "campaigner",
               "architect", "commander", "controller", "auditor", "treasurer", "prosecutor", "investigator",
               "co-founder", "cofounder", "owner", "publisher", "producer", "curator", "vice-chairman",
               "vice-president", "mp", "mep", "senator", "congressman", "congresswoman", "lawmaker", "legislator",
               "councillor", "councilor", "alderman", "magistrate", "coach", "manager", "captain", "player"}

#: Occupations many people hold at once: "Who is the striker?" has no single answer.
SHARED_OCCUPATIONS = {"technician", "surgeon", "neurosurgeon", "physician", "striker", "goalkeeper", "midfielder",
                      "defender", "coauthor", "co-author", "author", "trader", "dealer", "broker", "banker",
                      "activist", "campaigner", "strategist", "diplomat", "attorney", "player", "investigator",
                      "prosecutor", "lawmaker", "legislator", "councillor", "councilor", "mp", "mep", "senator",
                      "congressman", "congresswoman", "magistrate", "producer", "owner", "co-founder", "cofounder"}

#: Posts of government held "of" a portfolio, not of an organisation: "Finance Minister",
#: "Secretary of State", "Chancellor of the Exchequer" are posts, with no institution to ask for.
PORTFOLIO_POSTS = {"minister", "secretary", "chancellor", "premier", "senator", "sen", "rep", "gov", "governor",
                   "commissioner", "attorney", "congressman", "congresswoman", "mp", "mep"}

#: Words before a post that qualify it without naming a place or body ("former", "acting").
POST_MODIFIERS = {"former", "outgoing", "incoming", "acting", "interim", "then", "new", "ex", "retired", "late",
                  "deputy", "vice", "senior", "junior", "assistant", "associate", "chief", "executive", "general",
                  "managing", "principal", "lead", "co"}
