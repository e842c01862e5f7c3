"""Word lists about posts: titles before names, occupations, portfolios, words that qualify a post.

Kept apart from the speech and change verbs of `lexicon` (which re-exports them), one theme a module.
"""

from __future__ import annotations

#: Seats a council or an assembly has many of ("Councilwoman Ana Ruiz"): no one answers "Who is a …?".
COUNCIL_SEATS = {*"councilwoman councilman councillor councilor councilmember alderman alderwoman".split()}
COUNCIL_SEATS |= {*"assemblyman assemblywoman assemblymember selectman trustee".split()}
#: Words that may precede a name as a title but are not part of it.
TITLE_WORDS = {
    "president",
    "premier",
    "chairman",
    "chairwoman",
    "chair",
    "minister",
    "secretary",
    "general",
    "chief",
    "director",
    "academician",
    "researcher",
    "senator",
    "governor",
    "mayor",
    "vice",
    "deputy",
    "executive",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "analyst",
    "economist",
    "professor",
    "ambassador",
    "chancellor",
    "judge",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "officer",
    "manager",
    "editor",
    "founder",
    "ceo",
    "leader",
    "scientist",
    "engineer",
    "correspondent",
    "reporter",
    "coach",
    "captain",
    "adviser",
    "advisor",
    "dean",
    "treasurer",
    "skipper",
    # seats, ranks of police and forces, "Menteri Besar" (a Malaysian state's chief minister)
    *COUNCIL_SEATS,
    *"supervisor justice sergeant detective constable superintendent lieutenant colonel".split(),
    *"admiral brigadier commodore corporal trooper magistrate menteri besar chairperson convener convenor".split(),
}

#: Posts a place has several holders of at once: "a senator from Ohio", asked "Which state …?".
#: They join the place with "from", the others with "of".
MANY_PER_PLACE = {"senator", "sen", "rep", "representative", "congressman", "congresswoman"}
#: Heads of a post that many people hold at once: asking "Who is a researcher at Y?" has no single answer.
SHARED_POSTS = (
    MANY_PER_PLACE
    | COUNCIL_SEATS
    | {
        "researcher",
        "academician",
        "member",
        "analyst",
        "professor",
        "scientist",
        "engineer",
        "fellow",
        "expert",
        "official",
        "lecturer",
        "student",
        "resident",
        "delegate",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "correspondent",
        "reporter",
        "economist",
        "biologist",
        "epidemiologist",
        "physicist",
        "chemist",
        "doctor",
        "lawyer",
        "adviser",
        "advisor",
        "consultant",
        "specialist",
        "teacher",
        "nurse",
        *"sergeant constable detective corporal trooper lieutenant".split(),  # a force's ranks: many hold each
    }
)

#: Wire abbreviations of titles, written before a name ("Sen. Ann Ruiz", "Lt. Gen. Ray Holt").
WIRE_TITLES = set(
    "sen rep gov lt gen col adm maj capt sgt cmdr supt atty amb pres treas sec cdr brig cpl pvt insp det rev fr".split()
) | {"con", "ch"}  # British police ranks, written without stops: "Det Con Ann Lind", "Det Ch Insp", "Ch Supt"

#: A team's playing positions: asked "What position did X play?", never as a post held.
PLAYING_POSITIONS = {
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "forward",
    "winger",
    "seamer",
    "spinner",
    "leg-spinner",
    "off-spinner",
    "batsman",
    "bowler",
    "wicketkeeper",
    "quarterback",
    "pitcher",
}

#: Occupations many people hold at once: "Who is the striker?" has no single answer. (Posts a place
#: has many holders of, "senator", "Rep.", are MANY_PER_PLACE, among SHARED_POSTS.)
SHARED_OCCUPATIONS = {
    "technician",
    "surgeon",
    "neurosurgeon",
    "physician",
    "striker",
    "goalkeeper",
    "midfielder",
    "defender",
    "coauthor",
    "co-author",
    "author",
    "trader",
    "dealer",
    "broker",
    "banker",
    "activist",
    "campaigner",
    "strategist",
    "diplomat",
    "attorney",
    "player",
    "investigator",
    "prosecutor",
    "judge",  # a court has many: "Who was the U.S. District Judge?" has no single answer
    "lawmaker",
    "legislator",
    "councillor",
    "councilor",
    "mp",
    "mep",
    # members of other parliaments, written before the name as MPs are ("Fine Gael TD X", "MLA X")
    "td",
    "mla",
    "msp",
    "mpp",
    "magistrate",
    "producer",
    "owner",
    "co-founder",
    "cofounder",
    # people of the press, written before the name ("Harbor Radio host X", "veteran journalist X")
    "journalist",
    "host",
    "presenter",
    "broadcaster",
    # crews of space agencies, written before the name ("NASA astronaut X")
    "astronaut",
    "cosmonaut",
    "taikonaut",
} | PLAYING_POSITIONS

#: Occupations news writes before or after a name as a post ("neurosurgeon X", "X, a lawyer"): the
#: shared ones and those one person holds at a time ("the coach", "the sheriff").
OCCUPATIONS = SHARED_OCCUPATIONS | {
    "administrator",
    "champion",
    "consultant",
    "lawyer",
    "boss",
    "rector",
    "provost",
    "superintendent",
    "sheriff",
    "envoy",
    "negotiator",
    "architect",
    "commander",
    "controller",
    "auditor",
    "treasurer",
    "publisher",
    "curator",
    "collector",
    "vice-chairman",
    "vice-president",
    "senator",
    "congressman",
    "congresswoman",
    "alderman",
    "coach",
    "manager",
    "captain",
}

#: Posts of government held "of" a portfolio, not of an organisation: "Finance Minister",
#: "Secretary of State", "Chancellor of the Exchequer" are posts, with no institution to ask for.
PORTFOLIO_POSTS = {
    "minister",
    "secretary",
    "chancellor",
    "premier",
    "senator",
    "sen",
    "rep",
    "gov",
    "governor",
    "commissioner",
    "attorney",
    "congressman",
    "congresswoman",
    "mp",
    "mep",
}

#: Fields of government written alone before a post ("Health director-general X", "Finance
#: Secretary X"): a portfolio, no body to ask for.
PORTFOLIO_FIELDS = {
    "health", "finance", "education", "defence", "defense", "transport", "trade", "labour", "labor",
    "agriculture", "energy", "environment", "justice", "interior", "foreign", "home", "treasury",
    "industry", "tourism", "housing", "immigration", "fisheries", "communications", "crown", "law",
}  # fmt: skip
#: Last words of a portfolio ("Minister for Rural and Regional Health"), besides the fields alone.
PORTFOLIO_ENDS = {
    "affairs", "care", "development", "services", "resources", "security", "relations", "works",
    "planning", "infrastructure", "communities", "sport", "culture", "arts", "science", "technology",
    "innovation", "economy", "safety", "welfare", "women", "youth", "water", "climate", "investment",
    "reform", "employment", "enterprise", "heritage", "media", "commerce", "aviation", "mines", "petroleum",
    "information", "broadcasting", "revenue", "equality", "integration", "cooperation", "forestry", "oceans",
    "railways", "highways", "shipping", "textiles", "food", "power", "skills", "training", "research", "tax",
}  # fmt: skip

#: Words before a post that qualify it without naming a place or body ("former", "acting").
POST_MODIFIERS = {
    "former",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "then",
    "new",
    "ex",
    "retired",
    "late",
    "deputy",
    "vice",
    "senior",
    "junior",
    "assistant",
    "associate",
    "chief",
    "executive",
    "general",
    "managing",
    "principal",
    "lead",
    "co",
}


#: Professions a person practises, not posts they hold: asked "What is X's profession?", and
#: offered only beside other professions ("neurosurgeon" is no false option for "secretary general").
PROFESSIONS = {
    "neurosurgeon",
    "surgeon",
    "physician",
    "doctor",
    "nurse",
    "scientist",
    "engineer",
    "researcher",
    "lawyer",
    "attorney",
    "architect",
    "economist",
    "journalist",
    "writer",
    "novelist",
    "author",
    "artist",
    "farmer",
    "teacher",
    "pilot",
    "technician",
    "activist",
    "campaigner",
    "epidemiologist",
    "virologist",
    "biologist",
    "physicist",
    "chemist",
    "astronomer",
    "geologist",
    "historian",
}


#: Endings of scientists' posts, which the lists cannot all name ("geochemist", "oceanographer").
SCIENCE_ENDINGS = ("ologist", "chemist", "physicist", "scientist", "ographer")


def is_position(role: str) -> bool:
    """ "forward", "Rovers striker", "left-arm spinner": the post is a place in a team."""
    words = role.lower().split()
    return bool(words) and (words[-1] in PLAYING_POSITIONS or words[-1].split("-")[-1] in PLAYING_POSITIONS)


def is_profession(role: str) -> bool:
    words = role.lower().split()
    return bool(words) and words[-1] in PROFESSIONS


#: Descriptions of what a person does or knows, held at no rank of a body: "political analyst",
#: "health expert", "strategist". Offered only beside each other, never beside offices.
DESCRIPTIONS = {
    "analyst",
    "expert",
    "consultant",
    "strategist",
    "commentator",
    "observer",
    "specialist",
    "pundit",
    "critic",
    "adviser",
    "advisor",
    "researcher",
    "economist",
    "scholar",
    "academic",
    "forecaster",
    "lobbyist",
    "broadcaster",
    "presenter",
    "host",
}


def is_description(role: str) -> bool:
    """A profession or a description ("private political analyst", "health economist",
    "geochemist"), as against an office or a rank held in a body ("finance director", "senator")."""
    words = role.lower().replace("-", " ").split()
    if not words or " of " in f" {role.lower()} " or " to " in f" {role.lower()} ":
        return False  # "adviser to the minister", "analyst of …": a post held towards someone
    return is_profession(role) or words[-1] in DESCRIPTIONS or words[-1].endswith(SCIENCE_ENDINGS)


#: Ranks of a university: a professor is offered beside lecturers, not beside a firm's chairman.
ACADEMIC_RANKS = {"professor", "lecturer", "fellow", "dean", "provost", "postdoc", "student"}


def is_academic(role: str) -> bool:
    """ "assistant professor", "Professor of Renal Medicine", "research fellow": a rank of a university."""
    first = role.lower().split(" of ")[0].replace("-", " ").split()
    return bool(first) and first[-1] in ACADEMIC_RANKS
