"""Words around figures: verbs and nouns of change, labels a number only names, crowds, penalties."""

from __future__ import annotations

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

#: Adjectives that follow the object of "make"/"leave" and that the tagger reads as the object noun
#: ("make 300 staff redundant", "left 2,000 people homeless").
OBJECT_ADJECTIVES = {"redundant", "homeless", "jobless", "unemployed", "stranded"}

#: Gatherings counted in heads ("a 35,000-strong crowd"): people in them, not members of them.
CROWD_NOUNS = set("crowd audience gathering throng mob march rally protest demonstration congregation".split())

#: Words a number only labels ("type 2 diabetes", "a category 4 storm", "phase 3 trials", "Gate 12").
NUMBERED_LABELS = {
    *"type stage phase category level grade class tier division section article chapter clause".split(),
    *"gate terminal platform route channel version generation model pillar magnitude".split(),
}

#: Verbs a sentence passes a penalty or award with, whose passive keeps its object ("was jailed and fined £500").
#: (Participles, not lemmas: the lemmatizer makes "fined" "fin".)
PENALTY_PARTICIPLES = set("fined awarded ordered sentenced jailed banned barred charged convicted handed".split())
