"""Words for speaking and speakers: verbs that report speech, nouns for who speaks and what speaks.

A new speech verb is one line here; the extractors import these, never copy them.
"""

from __future__ import annotations

#: Verbs whose subject is a speaker: a lone surname there is a person.
SPEECH_VERBS = set("say tell add explain argue insist warn note claim admit concede recall".split())

#: Verbs that put a side's word in dispute ("the rebels claimed", "the army denied"): never a fact.
DISPUTING = frozenset("claim allege insist contend assert maintain deny dispute reject dismiss refute".split())

#: Verbs that report speech or a stated view: their subject is the speaker.
REPORTING = set(
    "say tell add explain emphasize emphasise stress note argue claim state announce declare insist warn "
    "suggest propose urge call encourage acknowledge admit confirm predict reply respond write comment "
    "conclude report mention reveal underline highlight pledge promise vow welcome describe point recall "
    "believe estimate forecast remark observe tweet concede deny caution complain reiterate maintain "
    "contend assert indicate disclose testify joke quip accuse".split()
)

#: Verbs that state a view or a finding ("she doubted that …", "the court ruled that …"): reported
#: speech when they take a clause, but not speech to the other extractors (a firm "expects" sales).
VIEW_VERBS = {"find", "rule", "think", "doubt", "expect", "hope", "fear"}

#: Verbs that hand over to a speaker's own words when their object and a colon follow them: "X put it
#: this way: …", "X summed it up: …", "X offered this twist: …", "X had this to say: …" (verb: object).
COLON_FRAMES = {"put": "it", "sum": "it", "offer": "this", "give": "this", "have": "this"}

#: Verbs that report speech only when the quote is all they take: '"Is it true?" Lind asked.', 'The
#: premier continued: "…"' (not "asked the court to …", "continued to grow").
QUOTE_VERBS = {"ask", "continue", "interject", "interrupt", "retort"}

#: Nouns that name an unnamed speaker ("a Western diplomat said", "political analysts said"). A bare
#: plural ("analysts say") is too vague to ask about; these need an article or a qualifier.
SPEAKER_NOUNS = {
    "analyst",
    "strategist",
    "observer",
    "diplomat",
    "source",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "executive",
    "economist",
    "expert",
    "authority",
    "author",
    "aide",
    "insider",
    "trader",
    "dealer",
    "banker",
    "lawyer",
    "critic",
    "negotiator",
    "investigator",
    "prosecutor",
} | {"representative"}  # "a representative of the Harbour Workers Union said"

#: Groups news lets speak as one, bare ("police said", "meteorologists said", "local media reported"):
#: the article's own words are the answer. Not "traders" or "analysts", who may be anyone.
COLLECTIVE_SPEAKERS = {"police", "meteorologist", "forecaster", "economist", "media", "mountie"}

#: Of those, the ones named by a proper noun, which keep their capital ("Mounties said").
PROPER_COLLECTIVES = {"mountie"}

#: Plural nouns that name a kind of people, not a body, as the word an answer ends on ("police", "US
#: officials", "economists"): asked "Which group said …?". (COLLECTIVE_SPEAKERS holds the lemmas the
#: speaker pass reads in a parse.)
GROUP_SPEAKERS = set(
    "police officials authorities meteorologists forecasters economists analysts experts sources media residents "
    "witnesses scientists researchers investigators prosecutors diplomats traders dealers observers critics "
    "lawmakers parliamentarians activists campaigners protesters doctors officers rescuers firefighters "
    "paramedics locals villagers insiders executives bankers regulators".split()
)

#: Words that pick part of a group out ("Many traders fear …", "some analysts said"): no speaker to ask.
PART_OF_GROUP = {"many", "most", "some", "several", "few", "other", "others", "numerous", "various", "all", "more"}

#: Speaker nouns that say nothing of whom they speak for unless qualified ("a senior official",
#: "sources"; not "a General Motors spokesman"): "Who said …? — a senior official" teaches nothing.
FACELESS_SPEAKERS = set("source spokesman spokeswoman spokesperson official aide insider representative".split())

#: Nouns for documents that speak ("the report said", "the study found"): asked "Which report …?".
DOCUMENT_NOUNS = {"report", "study", "survey", "statement", "review", "audit", "inquiry", "ruling", "poll"}

#: What a speaker issues to speak through: "X issued a statement saying …" is X saying it.
STATEMENT_NOUNS = {"statement", "communique", "communiqu\u00e9", "release", "declaration", "notice", "letter"}

#: Verbs that report speech only with a clause ("X said that …"), not with a plain object.
CLAUSE_ONLY = {
    "say",
    "tell",
    "add",
    "note",
    "believe",
    "estimate",
    "report",
    "write",
    "point",
    "recall",
    "maintain",
    "contend",
    "assert",
    "indicate",
    "disclose",
    "testify",
} | VIEW_VERBS

#: Reported verbs shown as "said" in questions ("Who added that …?" reads oddly out of context).
AS_SAID = {"add", "tell", "continue", "note", "write", "state"}

#: Verbs of speaking: "For the party, X said …" tells whom X speaks for.
SPEAK_FOR_VERBS = {"say", "call", "tell", "add", "argue", "describe", "warn", "claim", "insist", "comment"}
