"""Word lists the fact extractors share: speech verbs, titles and posts, verbs of change.

A new speech verb or title is one line here (the lists about posts live in `post_words`, re-exported
here); extractors import these, never copy them.
"""

from __future__ import annotations

import re

from quizgen.facts.post_words import OCCUPATIONS as OCCUPATIONS
from quizgen.facts.post_words import PORTFOLIO_POSTS as PORTFOLIO_POSTS
from quizgen.facts.post_words import POST_MODIFIERS as POST_MODIFIERS
from quizgen.facts.post_words import SHARED_OCCUPATIONS as SHARED_OCCUPATIONS
from quizgen.facts.post_words import SHARED_POSTS as SHARED_POSTS
from quizgen.facts.post_words import TITLE_WORDS as TITLE_WORDS
from quizgen.facts.post_words import WIRE_TITLES as WIRE_TITLES

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
#: Words that pick part of a group out ("Many traders fear …", "some analysts said"): no speaker to ask.
PART_OF_GROUP = {"many", "most", "some", "several", "few", "other", "others", "numerous", "various", "all", "more"}
#: Bodies' nicknames and the full names they stand for: never a false option beside each other.
BODY_NICKNAMES = {"Mounties": "Royal Canadian Mounted Police", "Scotland Yard": "Metropolitan Police",
                  "the Met": "Metropolitan Police"}  # fmt: skip
#: Nouns besides a body's kind ("union") that make the name after them a body's ("the charity Oxlan").
BODY_KIND_WORDS = {"charity", "broadcaster", "station", "airline", "carmaker", "insurer", "retailer"}
#: A country's bodies that speak as one when the country is named with them ("the US military said"),
#: and that a spokesman speaks for as one ("a police spokesman said").
NATIONAL_BODIES = {"military", "army", "navy", "government", "police"}
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

CHANGE_VERBS = {
    "rise",
    "fall",
    "drop",
    "increase",
    "decrease",
    "decline",
    "grow",
    "climb",
    "jump",
    "slip",
    "plunge",
    "surge",
    "soar",
    "slump",
    "tumble",
    "gain",
    "shrink",
    "dip",
    "rebound",
    "cut",
    "reduce",
    "raise",
    "boost",
    "slash",
    "lower",
    "ease",
    "sink",
    "widen",
    "narrow",
    "expand",
    "contract",
    "lift",
    "shoot",
    "double",
    "triple",
    "halve",
    "swell",
    "rocket",
    "skyrocket",
    "pare",  # wire copy: "the surplus was pared to $10 billion from $17 billion"
    "par",  # the tagger's lemma of "pared"
    "trim",
}

CHANGE_NOUNS = {
    "decline",
    "rise",
    "fall",
    "drop",
    "increase",
    "decrease",
    "growth",
    "jump",
    "gain",
    "cut",
    "reduction",
    "surge",
    "slump",
    "dip",
}

#: Last words that show a capitalised run (or spaCy's PERSON) is a body, an event or a place, not a person
#: ("Zhongguancun Forum", "Harbour Street").
NOT_NAME_WORDS = {
    "forum",
    "center",
    "centre",
    "group",
    "committee",
    "association",
    "university",
    "day",
    "summit",
    "council",
    "office",
    "ministry",
    "agency",
    "institute",
    "academy",
    "commission",
    "bank",
    "fund",
    "party",
    "union",
    "company",
    "corporation",
    "daily",
    "news",
    "times",
    "post",
    "app",
    "download",
    "league",
    "cup",
    "corp",
    "inc",
    "ltd",
    "plc",
    "motors",
    "board",
    "club",
    "department",
    "house",
    "street",
    "medal",
    "prize",
    "award",
    "trophy",
    "canal",
}

#: Nouns news uses for a person already named ("a spokeswoman for the former governor", "an aide to the
#: veteran"): a speaker described through one of them is someone the question cannot name.
PERSON_EPITHETS = (
    TITLE_WORDS
    | OCCUPATIONS
    | {
        *"moderate conservative liberal lawmaker candidate nominee incumbent congressman congresswoman".split(),
        *"star veteran billionaire tycoon actor actress singer player rookie challenger republican democrat".split(),
        *"winner finalist medallist medalist athlete teenager youngster politician".split(),
    }
)

#: Rank words that are no post alone: "Prime and Foreign Minister" is "Prime Minister" and "Foreign Minister".
TITLE_RANKS = {"prime", "deputy", "vice"}
#: Nouns for a tie to another person, not a post: "Trump's rival Ohio Gov. X" holds "Ohio Gov.",
#: and nothing "at Trump".
RELATION_NOUNS = {
    *"rival ally friend foe opponent challenger colleague teammate predecessor successor protege".split(),
    *"wife husband son daughter brother sister mother father partner".split(),
}

#: Nouns for one person an age may describe ("a 45-year-old teacher who …"); not "head", "star", "host".
AGED_PEOPLE = (PERSON_EPITHETS - {"head", "chair", "chief", "vice", "general", "forward", "star", "host"}) | set(
    "man woman boy girl student pupil teacher resident driver worker mother father son daughter suspect "
    "passenger nurse doctor farmer fisherman tourist motorist cyclist soldier employee villager".split()
)

#: Nouns for one person whose name may follow in apposition ("Mr Sharma's widow, Anjali, said"): the
#: name is a person's, whatever the tagger calls it (a lone given name is often tagged ORG or GPE).
_KIN_WORDS = set(
    "widow widower survivor victim neighbour neighbor relative child parent grandmother grandfather "
    "grandson granddaughter niece nephew cousin fiance fiancee sibling uncle aunt".split()
)
PERSON_NOUNS = AGED_PEOPLE | RELATION_NOUNS | _KIN_WORDS

#: Acronyms a learner of news English already knows as words (a dictionary lists them as such): asking
#: what they stand for teaches nothing. The article's expansion still names the body in other questions.
COMMON_ACRONYMS = set(
    "UN EU US USA UK WHO NATO NASA BBC CNN GM IBM BMW FBI CIA IMF OPEC UNESCO UNICEF FIFA UEFA NBA NFL "
    "CEO GDP TV DNA HIV AIDS IT AI PC ID IQ VIP NGO ATM SMS USB".split()
)

#: News agencies: the wire that reports the story is not what the story teaches ("Which organization's
#: survey …? — Reuters"), so an answer that is one is not asked.
NEWS_AGENCIES = {
    "Reuters", "Reuter", "AFP", "Agence France-Presse", "Agence France Presse", "AP", "Associated Press",
    "Xinhua", "Kyodo", "Yonhap", "Bernama", "ANSA", "dpa", "Deutsche Presse-Agentur", "UPI",
    "United Press International", "TASS", "Interfax", "Anadolu", "PTI", "Press Trust of India",
    "Press Association", "AAP", "Australian Associated Press", "Canadian Press",
}  # fmt: skip

#: Verbs (lemmas) whose subject is a thing or an event, never an institution acting: "the probe can
#: withstand the heat", "the test marked the end of the trials" (asserted.thing_verb; "mark" counts
#: only without one of OCCASION_NOUNS: "the club marked its centenary" is a body's deed).
THING_VERBS = set("withstand endure mark resemble weigh orbit mimic simulate comprise constitute symbolize".split())
OCCASION_NOUNS = set("anniversary centenary centennial birthday jubilee occasion day".split())
#: Last words of a body's part that says not whose part it is: "Dover Branch" of the maritime
#: administration, "Research Division" of a bank.
SUBUNIT_WORDS = set("branch department division bureau unit section chapter wing directorate".split())
#: Adverbs before a post in apposition that say nothing of the post ("Zhao, also a member of …").
POST_ASIDE_ADVERBS = {"also", "now", "currently", "concurrently", "likewise", "too"}
#: Nouns that stand for an organisation the article named just before ("the club said", "the firm's profit").
ORG_STAND_INS = set("company firm club corporation broadcaster carrier operator maker".split())
#: Nouns that stand for something only the article makes clear ("the pair", "the latest twist"). A document
#: ("the study", "the report") is named by questions/referents.py.
VAGUE_NOUNS = set("pair duo trio twist saga row".split())
#: Bodies a question must name ("the group", "the committee", "the Kolkata-based side"): see questions/referents.py.
REFERENT_BODIES = ORG_STAND_INS | set(
    "group committee panel council board side team organisation organization consortium alliance "
    "coalition outfit department ministry project programme scheme initiative".split()
)
#: Documents a question must name by their author ("the report", "this research").
REFERENT_DOCUMENTS = set("report study research findings survey poll paper review audit document index".split())
#: Plurals that say of what only in the article ("the prices", "the figures", "the two sides").
REFERENT_PLURALS = {"prices", "figures", "sides", "teams", "clubs", "measures", "principles"}
#: People who speak for a club in sport news ("the Harwick manager", "his Dunmore counterpart"): see questions/sides.py.
CLUB_PEOPLE = set("manager boss coach counterpart captain chairman owner striker goalkeeper skipper".split())
#: A named body news calls "the panel" or "the board" ("the Tower Commission … the three-member panel").
PANEL_NAMES = {"Commission", "Committee", "Panel", "Board", "Inquiry", "Tribunal"}
#: The words for such a body.
PANEL_WORDS = {"panel", "board"}

#: Abbreviations whose period ends no sentence ("Mr. Lind said", "Acme Inc. said"), besides
#: the wire titles and initials ("U.S.", "J.").
ABBREVIATIONS = WIRE_TITLES | {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp"}
ABBREVIATIONS |= {"no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"}
ABBREVIATIONS |= {"oct", "nov", "dec", "mt", "ft", "approx", "dept", "govt"}

#: Last words of newspapers' names ("the Harwick Courier"): a paper is asked and offered among papers.
PAPER_WORDS = {
    "Times", "Post", "Courier", "Herald", "Journal", "Tribune", "Gazette", "Guardian", "Telegraph", "Chronicle",
    "Observer", "Independent", "Mail", "Express", "Mirror", "Star", "Standard", "Examiner", "Inquirer",
}  # fmt: skip

#: Function words a cut sentence or quote must not end on ("… of the", "… that their"): articles,
#: determiners, conjunctions, prepositions and auxiliaries. reported.py and length.py add their own.
CUT_ENDS = set(
    "a an the and or but so as than that which who of to in on at for by with from is are was were be been "
    "has have had will would could should may its his her their our my your this these those such".split()
)

#: Heads of the press posts that are held for a region or city, a beat ("Asia correspondent",
#: "Tokyo bureau chief", "Europe editor"): the place is the beat, never part of the employer.
BEAT_HEADS = {"correspondent", "reporter", "editor", "bureau", "chief", "producer", "analyst", "columnist"}
#: Regions a beat is named for that the tagger may read as part of an employer ("BBC Asia").
BEAT_REGIONS = {
    "asia", "europe", "africa", "americas", "america", "middle east", "latin america", "north america",
    "south america", "east asia", "south asia", "southeast asia", "central asia", "asia-pacific", "asia pacific",
    "pacific", "gulf", "balkans", "caribbean", "scandinavia", "east africa", "west africa", "southern africa",
    "north africa", "eastern europe", "central europe", "latin", "arctic", "washington", "beijing", "tokyo",
    "moscow", "brussels", "paris", "berlin", "london", "new york", "delhi", "jerusalem", "hong kong",
}  # fmt: skip

#: Adjectives that follow the object of "make"/"leave" and that the tagger reads as the object noun
#: ("make 300 staff redundant", "left 2,000 people homeless").
OBJECT_ADJECTIVES = {"redundant", "homeless", "jobless", "unemployed", "stranded"}
#: Things news names once ("the Louvre accord", "the Long March 3A rocket") and then calls by a bare noun
#: ("the accord", "the rocket"): a question must name them, or its headline must, or it is not asked.
DESCRIBED_THINGS = set(
    "accord agreement pact treaty ranking rankings rocket treasure tariff tariffs students body".split()
)
#: Other nouns a described thing goes by in its name: "the ranking" is the article's "Global Innovation Index".
DESCRIBED_NAMED_AS = {"ranking": ("ranking", "rankings", "index"), "rankings": ("ranking", "rankings", "index")}
#: Headline words that make a bare description clear: "the ranking" under "Velmora tops the index".
DESCRIBED_HEADLINE_CUES = {
    "ranking": {"rank", "ranks", "ranked", "ranking", "rankings", "index", "list", "table"},
    "rankings": {"rank", "ranks", "ranked", "ranking", "rankings", "index", "list", "table"},
}
#: Nouns a described word only modifies ("the rocket engine", "the treasure hunters"): another thing.
COMPOUND_HEADS = {"launch", "launches", "engine", "engines", "data", "results", "chest", "hunt", "hunters", "stage"}

#: A post ending on a place whose name the parse left behind ("archbishop of the city [of Harwick]").
TORN_PLACE = re.compile(r" of the (?:city|town|state|province|county|region|diocese|archdiocese)$")
#: A post ending on a unit whose name the parse left behind ("professor of the department [of …]").
TORN_UNIT = re.compile(
    r" of the (?:department|division|school|faculty|office|unit|section|centre|center|program|programme)$"
)
#: Words that make a weekday part of a name or a holiday ("Sheffield Wednesday", "Black Friday"):
#: the weekday after them is no day of the week the story happened on.
WEEKDAY_NAMES = set("sheffield black good ash super cyber holy maundy easter man girl".split())

#: Gatherings counted in heads ("a 35,000-strong crowd"): people in them, not members of them.
CROWD_NOUNS = set("crowd audience gathering throng mob march rally protest demonstration congregation".split())
#: Nouns that stand for an organisation named just before ("The company will …").
COMPANY_WORDS = {"company", "firm", "broadcaster", "operator", "corporation", "carrier", "maker"}
#: Last words of names that say a body is no company: "the firm" never stands for "Dunmore University".
NOT_COMPANIES = {
    "university", "college", "school", "institute", "ministry", "department", "council", "commission",
    "agency", "government", "police", "court", "party", "association", "federation", "hospital", "museum",
    "foundation", "committee", "parliament", "assembly", "army", "navy", "office", "authority", "league",
}  # fmt: skip

#: Words a number only labels ("type 2 diabetes", "a category 4 storm", "phase 3 trials", "Gate 12").
NUMBERED_LABELS = {
    *"type stage phase category level grade class tier division section article chapter clause".split(),
    *"gate terminal platform route channel version generation model pillar magnitude".split(),
}
#: Verbs a sentence passes a penalty or award with, whose passive keeps its object ("was jailed and fined £500").
#: (Participles, not lemmas: the lemmatizer makes "fined" "fin".)
PENALTY_PARTICIPLES = set("fined awarded ordered sentenced jailed banned barred charged convicted handed".split())

#: Words that tell a person's sex outright, before a name or set beside it ("Ms Lind", "his daughter, Ann
#: Lind", "Ann Lind, the chairwoman"): surer than a pronoun near the name, which may be another's.
MALE_CUES = set("mr sir lord husband son father brother uncle nephew grandson widower".split())
FEMALE_CUES = set("mrs ms miss dame lady wife daughter mother sister aunt niece granddaughter widow".split()) | {
    *"chairwoman spokeswoman businesswoman congresswoman actress".split()
}
