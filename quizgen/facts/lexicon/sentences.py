"""Words that shape how a sentence is read and cut: abbreviations whose period ends none, words a
cut must not end on, torn places, weekdays that are names, the marks that make a clause unsure.
"""

from __future__ import annotations

import re

from quizgen.facts.post_words import WIRE_TITLES

#: Abbreviations whose period ends no sentence ("Mr. Lind said", "Acme Inc. said"), besides
#: the wire titles and initials ("U.S.", "J.").
ABBREVIATIONS = WIRE_TITLES | {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp"}
ABBREVIATIONS |= {"no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept"}
ABBREVIATIONS |= {"oct", "nov", "dec", "mt", "ft", "approx", "dept", "govt"}

#: Function words a cut sentence or quote must not end on ("… of the", "… that their"): articles,
#: determiners, conjunctions, prepositions and auxiliaries. reported.py and length.py add their own.
CUT_ENDS = set(
    "a an the and or but so as than that which who of to in on at for by with from is are was were be been "
    "has have had will would could should may its his her their our my your this these those such".split()
)

#: A post ending on a place whose name the parse left behind ("archbishop of the city [of Harwick]").
TORN_PLACE = re.compile(r" of the (?:city|town|state|province|county|region|diocese|archdiocese)$")

#: A post ending on a unit whose name the parse left behind ("professor of the department [of …]").
TORN_UNIT = re.compile(
    r" of the (?:department|division|school|faculty|office|unit|section|centre|center|program|programme)$"
)

#: Words that make a weekday part of a name or a holiday ("Sheffield Wednesday", "Black Friday"):
#: the weekday after them is no day of the week the story happened on.
WEEKDAY_NAMES = set("sheffield black good ash super cyber holy maundy easter man girl".split())

#: The words that open a condition ("if they accept", "whether any candidate will …"): a clause of one is
#: supposed, not asserted, and so is the main clause it conditions ("would earn $5m if …").
CONDITION_MARKS = {"if", "unless", "whether"}
#: Words that make a clause itself a condition or a guess, not a thing that happened. Kept apart from
#: CONDITION_MARKS for "lest": its clause is unsure ("lest the queues grow"), but its main clause is
#: asserted ("they hired 300 staff lest the queues grow"), so a figure there stays a fact.
UNSURE_MARKS = CONDITION_MARKS | {"lest"}
