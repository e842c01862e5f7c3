"""Words about people: what is no name, the nouns and cues that describe a person, and the posts
held for a beat (the lists of posts themselves live in `post_words`).
"""

from __future__ import annotations

from quizgen.facts.post_words import OCCUPATIONS, TITLE_WORDS

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
    "passenger nurse doctor farmer fisherman tourist motorist cyclist soldier employee villager "
    # "Pensioner Alan Brook, 78, said": a sentence's capital on a description, no part of the name
    "pensioner retiree shopkeeper shopper grandmother grandfather grandparent widow widower homeowner "
    "commuter vendor stallholder landlord tenant mum dad parent fan headteacher headmaster headmistress".split()
)

#: Nouns for one person whose name may follow in apposition ("Mr Sharma's widow, Anjali, said"): the
#: name is a person's, whatever the tagger calls it (a lone given name is often tagged ORG or GPE).
_KIN_WORDS = set(
    "widow widower survivor victim neighbour neighbor relative child parent grandmother grandfather "
    "grandson granddaughter niece nephew cousin fiance fiancee sibling uncle aunt".split()
)

PERSON_NOUNS = AGED_PEOPLE | RELATION_NOUNS | _KIN_WORDS

#: Adverbs before a post in apposition that say nothing of the post ("Zhao, also a member of …").
POST_ASIDE_ADVERBS = {"also", "now", "currently", "concurrently", "likewise", "too"}

#: People who speak for a club in sport news ("the Harwick manager", "his Dunmore counterpart"): see questions/sides.py.
CLUB_PEOPLE = set("manager boss coach counterpart captain chairman owner striker goalkeeper skipper".split())

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

#: Words that tell a person's sex outright, before a name or set beside it ("Ms Lind", "his daughter, Ann
#: Lind", "Ann Lind, the chairwoman"): surer than a pronoun near the name, which may be another's.
MALE_CUES = set("mr sir lord husband son father brother uncle nephew grandson widower".split())

FEMALE_CUES = set("mrs ms miss dame lady wife daughter mother sister aunt niece granddaughter widow".split()) | {
    *"chairwoman spokeswoman businesswoman congresswoman actress".split()
}
