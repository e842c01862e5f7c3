"""Word lists the fact extractors share, one theme a module: speech verbs and speakers, people,
bodies, stand-ins, figures, sentence reading (the lists about posts live in `post_words`).

Every list is re-exported here: extractors import `from quizgen.facts.lexicon import X`, never copy
a list, and a new word is one line in its theme's module.
"""

from __future__ import annotations

from quizgen.facts.lexicon.bodies import BODY_KIND_WORDS as BODY_KIND_WORDS
from quizgen.facts.lexicon.bodies import BODY_NICKNAMES as BODY_NICKNAMES
from quizgen.facts.lexicon.bodies import COMMON_ACRONYMS as COMMON_ACRONYMS
from quizgen.facts.lexicon.bodies import COMPANY_WORDS as COMPANY_WORDS
from quizgen.facts.lexicon.bodies import NATIONAL_BODIES as NATIONAL_BODIES
from quizgen.facts.lexicon.bodies import NEWS_AGENCIES as NEWS_AGENCIES
from quizgen.facts.lexicon.bodies import NOT_COMPANIES as NOT_COMPANIES
from quizgen.facts.lexicon.bodies import ORG_STAND_INS as ORG_STAND_INS
from quizgen.facts.lexicon.bodies import PANEL_NAMES as PANEL_NAMES
from quizgen.facts.lexicon.bodies import PANEL_WORDS as PANEL_WORDS
from quizgen.facts.lexicon.bodies import PAPER_WORDS as PAPER_WORDS
from quizgen.facts.lexicon.bodies import SUBUNIT_WORDS as SUBUNIT_WORDS
from quizgen.facts.lexicon.figures import CHANGE_NOUNS as CHANGE_NOUNS
from quizgen.facts.lexicon.figures import CHANGE_VERBS as CHANGE_VERBS
from quizgen.facts.lexicon.figures import CROWD_NOUNS as CROWD_NOUNS
from quizgen.facts.lexicon.figures import NUMBERED_LABELS as NUMBERED_LABELS
from quizgen.facts.lexicon.figures import OBJECT_ADJECTIVES as OBJECT_ADJECTIVES
from quizgen.facts.lexicon.figures import PENALTY_PARTICIPLES as PENALTY_PARTICIPLES
from quizgen.facts.lexicon.people import AGED_PEOPLE as AGED_PEOPLE
from quizgen.facts.lexicon.people import BEAT_HEADS as BEAT_HEADS
from quizgen.facts.lexicon.people import BEAT_REGIONS as BEAT_REGIONS
from quizgen.facts.lexicon.people import CLUB_PEOPLE as CLUB_PEOPLE
from quizgen.facts.lexicon.people import FEMALE_CUES as FEMALE_CUES
from quizgen.facts.lexicon.people import MALE_CUES as MALE_CUES
from quizgen.facts.lexicon.people import NOT_NAME_WORDS as NOT_NAME_WORDS
from quizgen.facts.lexicon.people import PERSON_EPITHETS as PERSON_EPITHETS
from quizgen.facts.lexicon.people import PERSON_NOUNS as PERSON_NOUNS
from quizgen.facts.lexicon.people import POST_ASIDE_ADVERBS as POST_ASIDE_ADVERBS
from quizgen.facts.lexicon.people import RELATION_NOUNS as RELATION_NOUNS
from quizgen.facts.lexicon.people import TITLE_RANKS as TITLE_RANKS
from quizgen.facts.lexicon.referents import COMPOUND_HEADS as COMPOUND_HEADS
from quizgen.facts.lexicon.referents import DESCRIBED_HEADLINE_CUES as DESCRIBED_HEADLINE_CUES
from quizgen.facts.lexicon.referents import DESCRIBED_NAMED_AS as DESCRIBED_NAMED_AS
from quizgen.facts.lexicon.referents import DESCRIBED_THINGS as DESCRIBED_THINGS
from quizgen.facts.lexicon.referents import OCCASION_NOUNS as OCCASION_NOUNS
from quizgen.facts.lexicon.referents import REFERENT_BODIES as REFERENT_BODIES
from quizgen.facts.lexicon.referents import REFERENT_DOCUMENTS as REFERENT_DOCUMENTS
from quizgen.facts.lexicon.referents import REFERENT_PLURALS as REFERENT_PLURALS
from quizgen.facts.lexicon.referents import THING_VERBS as THING_VERBS
from quizgen.facts.lexicon.referents import VAGUE_NOUNS as VAGUE_NOUNS
from quizgen.facts.lexicon.sentences import ABBREVIATIONS as ABBREVIATIONS
from quizgen.facts.lexicon.sentences import CONDITION_MARKS as CONDITION_MARKS
from quizgen.facts.lexicon.sentences import CUT_ENDS as CUT_ENDS
from quizgen.facts.lexicon.sentences import TORN_PLACE as TORN_PLACE
from quizgen.facts.lexicon.sentences import TORN_UNIT as TORN_UNIT
from quizgen.facts.lexicon.sentences import UNSURE_MARKS as UNSURE_MARKS
from quizgen.facts.lexicon.sentences import WEEKDAY_NAMES as WEEKDAY_NAMES
from quizgen.facts.lexicon.speech import AS_SAID as AS_SAID
from quizgen.facts.lexicon.speech import CLAUSE_ONLY as CLAUSE_ONLY
from quizgen.facts.lexicon.speech import COLLECTIVE_SPEAKERS as COLLECTIVE_SPEAKERS
from quizgen.facts.lexicon.speech import COLON_FRAMES as COLON_FRAMES
from quizgen.facts.lexicon.speech import DISPUTING as DISPUTING
from quizgen.facts.lexicon.speech import DOCUMENT_NOUNS as DOCUMENT_NOUNS
from quizgen.facts.lexicon.speech import FACELESS_SPEAKERS as FACELESS_SPEAKERS
from quizgen.facts.lexicon.speech import GROUP_SPEAKERS as GROUP_SPEAKERS
from quizgen.facts.lexicon.speech import PART_OF_GROUP as PART_OF_GROUP
from quizgen.facts.lexicon.speech import PROPER_COLLECTIVES as PROPER_COLLECTIVES
from quizgen.facts.lexicon.speech import QUOTE_VERBS as QUOTE_VERBS
from quizgen.facts.lexicon.speech import REPORTING as REPORTING
from quizgen.facts.lexicon.speech import SPEAK_FOR_VERBS as SPEAK_FOR_VERBS
from quizgen.facts.lexicon.speech import SPEAKER_NOUNS as SPEAKER_NOUNS
from quizgen.facts.lexicon.speech import SPEECH_VERBS as SPEECH_VERBS
from quizgen.facts.lexicon.speech import STATEMENT_NOUNS as STATEMENT_NOUNS
from quizgen.facts.lexicon.speech import VIEW_VERBS as VIEW_VERBS
from quizgen.facts.post_words import OCCUPATIONS as OCCUPATIONS
from quizgen.facts.post_words import PORTFOLIO_POSTS as PORTFOLIO_POSTS
from quizgen.facts.post_words import POST_MODIFIERS as POST_MODIFIERS
from quizgen.facts.post_words import SHARED_OCCUPATIONS as SHARED_OCCUPATIONS
from quizgen.facts.post_words import SHARED_POSTS as SHARED_POSTS
from quizgen.facts.post_words import TITLE_WORDS as TITLE_WORDS
from quizgen.facts.post_words import WIRE_TITLES as WIRE_TITLES
