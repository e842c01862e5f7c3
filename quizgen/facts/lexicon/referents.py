"""Words that stand for something named elsewhere: things, documents and bodies a question must
name before it can be asked away from the article.
"""

from __future__ import annotations

from quizgen.facts.lexicon.bodies import ORG_STAND_INS

#: Verbs (lemmas) whose subject is a thing or an event, never an institution acting: "the probe can
#: withstand the heat", "the test marked the end of the trials" (asserted.thing_verb; "mark" counts
#: only without one of OCCASION_NOUNS: "the club marked its centenary" is a body's deed).
THING_VERBS = set("withstand endure mark resemble weigh orbit mimic simulate comprise constitute symbolize".split())

OCCASION_NOUNS = set("anniversary centenary centennial birthday jubilee occasion day".split())

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
