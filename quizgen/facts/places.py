"""Names of places a post can be held for: the countries of the world and the states of the US."""

from __future__ import annotations

from functools import cache

from quizgen.text import strip_the

#: AP-style abbreviations of US states, as in "R-Calif." and "D-N.Y.".
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}
US_STATES = frozenset(
    {
        *STATE_ABBREVIATIONS.values(),
        *"Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split(),
    }
)


#: Everyday names of countries that differ from their official short names.
COUNTRY_ALIASES = {
    "US",
    "U.S.",
    "USA",
    "U.S.A.",
    "America",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "Russia",
    "South Korea",
    "North Korea",
    "Holland",
    "Czech Republic",
    "Ivory Coast",
    "Turkey",  # CLDR's short names are "Türkiye", "Myanmar (Burma)", "Congo - Kinshasa" …
    "Myanmar",
    "Burma",
    "Congo",
    "Democratic Republic of Congo",
    "Democratic Republic of the Congo",
    "Republic of Congo",
    "East Timor",
    "Palestine",
    "North Macedonia",
    "Macedonia",
    "Eswatini",
    "Swaziland",
}


@cache
def country_names() -> frozenset[str]:
    """English short names of the world's countries and territories (from babel's CLDR data)."""
    from babel import Locale  # deferred: only needed once a question asks "Which country"

    names = {name for code, name in Locale("en").territories.items() if code.isalpha() and len(code) == 2}
    names |= {name.replace("&", "and") for name in names}
    return frozenset(names | COUNTRY_ALIASES)


def is_country(name: str) -> bool:
    """Whether `name` is a country ("Ghana", "the United States", "UK"), not a city or a region."""
    return strip_the(name) in country_names()


def place_kind(place: str) -> str:
    """ "state" for a US state, "country" for a country, else "place": the noun a question asks with."""
    if place in US_STATES:
        return "place" if is_country(place) else "state"  # Georgia: the state or the country
    return "country" if is_country(place) else "place"


#: Demonyms whose country a shared stem would miss or mistake ("Iranian" is not Iraq's, "Maltese" not
#: Mali's, "Dutch" shares nothing with "Netherlands"), and the common ones, read one way in one place.
DEMONYMS = {
    **dict.fromkeys(("American",), "US"),
    **dict.fromkeys(("British", "English", "Scottish", "Welsh"), "UK"),
    **dict.fromkeys(("Filipino", "Philippine"), "Philippines"),
    **dict.fromkeys(("Argentine", "Argentinian"), "Argentina"),
    **dict.fromkeys(("Nepali", "Nepalese"), "Nepal"),
    **dict.fromkeys(("Croat", "Croatian"), "Croatia"),
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Nigerian": "Nigeria",
    "Nigerien": "Niger",
    "Maltese": "Malta",
    "Malian": "Mali",
    "Belgian": "Belgium",
    "Belizean": "Belize",
    "Turkish": "Turkey",
    "Turkmen": "Turkmenistan",
    "French": "France",
    "Dutch": "Netherlands",
    "Greek": "Greece",
    "Swiss": "Switzerland",
    "Irish": "Ireland",
    "Danish": "Denmark",
    "Norwegian": "Norway",
    "Chilean": "Chile",
    "Chinese": "China",
    "Burmese": "Myanmar",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Cypriot": "Cyprus",
    "Thai": "Thailand",
    "Czech": "Czech Republic",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Icelandic": "Iceland",
    "Finnish": "Finland",
    "Swedish": "Sweden",
    "Polish": "Poland",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Lebanese": "Lebanon",
    "Sudanese": "Sudan",
    "Malagasy": "Madagascar",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Afghan": "Afghanistan",
    "Austrian": "Austria",
    "Australian": "Australia",
    "Indian": "India",
    "Indonesian": "Indonesia",
    "Mongolian": "Mongolia",
    "Gambian": "Gambia",
    "Dominican": "Dominican Republic",
    "Libyan": "Libya",
    "Liberian": "Liberia",
    "Malawian": "Malawi",
    "Angolan": "Angola",
    "Zambian": "Zambia",
}


def demonym_country(demonym: str) -> str | None:
    """The country a one-word demonym names ("Bangladeshi" → Bangladesh, "Dutch" → Netherlands): from
    DEMONYMS, else by the stem they share when exactly one country has it."""
    word = demonym.strip()
    if word in DEMONYMS:
        return DEMONYMS[word]
    stem = word[: max(3, len(word) - 4)]
    matches = {c for c in country_names() if " " not in c and c.startswith(stem)}
    return matches.pop() if len(matches) == 1 else None
