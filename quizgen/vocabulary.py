"""Small English word lists shared by the article readers, the fact extractors and the grader."""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
#: Month names and their common abbreviations → month number.
MONTHS: dict[str, int] = (
    {name: i for i, name in enumerate(MONTH_NAMES, 1)}
    | {name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)}
    | {"sept": 9}
)
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: The parts of a day a weekday is written with ("Saturday night").
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
#: Nouns that "this" or "that" may point to in any story without naming it ("this year", "that week").
POINTED_TIME_NOUNS = frozenset(
    "year years month months week weeks weekend day days morning afternoon evening night time season "
    "summer winter spring autumn fall quarter decade century term session".split()
)
#: What a story is about, which "this" names well enough under its title ("this research", "this study").
STORY_NOUNS = frozenset("research study report survey paper project article story".split())
#: Units a span of time is counted in ("three days", "12 months").
TIME_UNITS: tuple[str, ...] = ("day", "week", "month", "year", "decade", "hour", "minute")
#: The same, singular or plural, as a regular-expression alternation.
TIME_UNITS_PATTERN = "|".join(f"{unit}s?" for unit in TIME_UNITS)
#: Units of length ("2.5-mile-wide", "300 yards"), each with its plural.
LENGTH_UNITS: dict[str, str] = {
    "mile": "miles",
    "foot": "feet",
    "metre": "metres",
    "meter": "meters",
    "kilometre": "kilometres",
    "kilometer": "kilometers",
    "km": "km",
    "inch": "inches",
    "yard": "yards",
    "centimetre": "centimetres",
    "centimeter": "centimeters",
    "millimetre": "millimetres",
    "millimeter": "millimeters",
    "micrometre": "micrometres",  # "a film 20 micrometres thick": lab and space releases
    "micrometer": "micrometers",
}
#: Titles that stand before a name without being part of it (church ranks too: "Cardinal Ruiz" is Ann Ruiz).
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady"}
    | {"cardinal", "archbishop", "bishop", "reverend", "rev", "pastor", "rabbi", "imam"}
    | {"datuk", "dato", "datin"}  # Malaysian honours, written before the name as "Sir" is
    | {"cr", "cllr"}  # a councillor, in Australian and British papers ("Cr Ruiz said", "Cllr Ann Lind")
)
#: "zero" … "twenty": the index is the value.
NUMBER_WORDS: tuple[str, ...] = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()
)
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: Dashes as words: a hyphen or double hyphen standing alone, an en or em dash.
DASHES = ("-", "--", "\u2013", "\u2014")
#: Last words of an institution's name ("Finance Ministry", "Tokyo University", "Acme Corp"): a
#: name ending in one is a body's, never a person's, and a post before one is held at it.
BODY_WORDS = frozenset(
    "academy administration agency alliance assembly association authority bank board bureau center "
    "centre club co college commission committee company congress corp corporation council court "
    "department federation foundation fund group inc institute institution laboratory league ltd ministry "
    "network office organisation organization parliament party plc school senate service services society "
    "system trust union university".split()
)

#: Common nouns some papers capitalise ("the State had reported", "the Centre said"): one alone names no
#: organisation a quiz can ask for (which state? which ministry?).
LONE_GENERIC_BODIES = frozenset("state states centre center government department ministry city nation".split())
#: Posts of one trade: whoever holds one also holds the family's plain name ("Assistant U.S. Attorney"
#: is a lawyer, "Senate Majority Leader" a senator), so that plain name is no false option beside it.
POST_FAMILIES = (
    frozenset("lawyer lawyers attorney counsel solicitor barrister advocate prosecutor".split()),
    frozenset("senator senate lawmaker legislator congressman congresswoman representative mp parliamentarian".split()),
    frozenset("councillor councilor council alderman mayor".split()),
    frozenset("doctor physician surgeon gp".split()),
    frozenset("professor researcher scientist academic lecturer".split()),
    frozenset("officer constable detective inspector sergeant".split()),
    frozenset("judge justice magistrate".split()),
)
#: Seats a presiding officer or minister usually holds besides the asked post ("Conservative MP" beside
#: "Chancellor of the Exchequer", "Councilmember" beside "acting President"): no false option beside one.
MEMBER_SEATS = frozenset(
    "mp mps mla mlas mep meps mlc councilmember councilmembers councillor councilor councilman councilwoman "
    "lawmaker legislator parliamentarian assemblyman assemblywoman assemblymember congressman congresswoman "
    "senator".split()
)
#: Posts held from among a body's members: ministers, chairs, speakers, whips, party leaders.
SEATED_POSTS = frozenset(
    "minister chancellor secretary speaker whip president chair chairman chairwoman chairperson leader "
    "premier deputy".split()
)
#: Last words of football and cricket clubs' names ("Harrow Rovers", "Kelston Town"): a side, never a
#: person, however the tagger reads it.
CLUB_NAME_ENDS = frozenset(
    "rovers united city town athletic wanderers county albion rangers fc afc hotspur villa orient "
    "argyle vale dynamos warriors knights".split()
)
#: Nouns a vote is counted in ("18 votes to 8"): a tally whose two sides make one fact.
TALLY_NOUNS = frozenset({"vote", "ballot"})
#: Debts and securities a "10-year" names the maturity of, not a length ("10-year Treasury notes").
MATURITY_NOUNS = frozenset({"note", "bond", "bill", "gilt", "treasury", "yield", "paper", "debt", "loan", "mortgage"})
#: Parties named by one word, proper nouns even where they open a sentence ("Labour candidate X lost").
PARTY_WORDS = frozenset(
    "labour tory tories conservative conservatives democrat democrats republican republicans".split()
)
#: Words that open a basis a figure is counted on ("Not counting one-time items, …", "Adjusted for
#: inflation, …"): the figure is another without it.
BASIS_WORDS = frozenset("excluding including counting adjusted adjusting stripping discounting barring".split())
#: Last words of a firm's name ("Harwick Biotech", "Ashdown plc", "Kestrel Airlines"): a name ending in
#: one is a company's, whatever the tagger called it (surnames such as "Steel" or "Banks" are left out).
FIRM_ENDINGS = frozenset(
    "inc inc. ltd ltd. plc llc llp corp corp. co. ag sa gmbh nv bv spa oyj asa ab limited corporation group "
    "holdings pharma pharmaceuticals biotech therapeutics biosciences motors airlines airways bank bancorp "
    "shipping securities investments industries technologies telecom energy insurance logistics mining "
    "petroleum foods brewery breweries ventures labs semiconductor semiconductors electronics financial "
    "properties realty retail capital partners".split()
)
#: Posts held at a firm, written "chief executive of X" or "X chief executive Ann Lind": X is a body.
FIRM_POSTS = frozenset(
    "ceo cfo coo cto chairman chairwoman chairperson founder co-founder boss director president executive "
    "officer analyst economist strategist head".split()
)
#: Nouns set beside or before a body's name ("Nordwind, the German turbine maker,", "pilots' union
#: Balpa"): no person is described so.
FIRM_NOUNS = frozenset(
    "company firm group conglomerate lender bank carrier airline insurer retailer shipbuilder carmaker "
    "automaker drugmaker chipmaker manufacturer maker operator chain startup start-up broadcaster utility "
    "miner subsidiary supermarket union regulator watchdog".split()
)
#: Words that make a name a public body's wherever they stand ("Directorate General of Civil Aviation",
#: "National Highways Authority of India"): never a firm's, unless the name ends as one ("… Ltd").
PUBLIC_BODY_WORDS = frozenset(
    "directorate authority agency ministry commission regulator department government inspectorate secretariat "
    "bureau tribunal municipal municipality police parliament".split()
)
#: Words a named storm's name opens with ("Cyclone Amphan", "Hurricane Ida", "Storm Ciara"): a weather
#: system, never a person or a body, however the tagger reads the name after it.
STORM_WORDS = frozenset("storm hurricane cyclone typhoon tornado".split())
#: Words that make a storm word part of a body's name, not a storm's: "National Hurricane Center",
#: "Storm Prediction Center", "the Typhoon Warning Service".
NOT_STORM_NAMES = BODY_WORDS | {"centre", "prediction", "warning", "service", "season", "hunters"}
#: Adverbs by which a clause says its doers acted as one ("together pledged", "jointly own"): a figure
#: of theirs is the whole list's, never one member's.
JOINT_ADVERBS = frozenset({"together", "jointly", "collectively"})
#: Verbs of a threat or offer: the deed threatened or offered, conditions and all, was said ("threatened
#: to fire 300 staff if they struck" asserts the threat, though no one was fired).
OFFER_VERBS = frozenset({"threaten", "offer", "promise", "pledge", "vow"})
