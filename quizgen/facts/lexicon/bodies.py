"""Words about organisations: their kinds, nicknames, parts and stand-ins, news agencies and papers."""

from __future__ import annotations

#: Bodies' nicknames and the full names they stand for: never a false option beside each other.
BODY_NICKNAMES = {"Mounties": "Royal Canadian Mounted Police", "Scotland Yard": "Metropolitan Police",
                  "the Met": "Metropolitan Police"}  # fmt: skip

#: Nouns besides a body's kind ("union") that make the name after them a body's ("the charity Oxlan").
BODY_KIND_WORDS = {"charity", "broadcaster", "station", "airline", "carmaker", "insurer", "retailer"}

#: A country's bodies that speak as one when the country is named with them ("the US military said"),
#: and that a spokesman speaks for as one ("a police spokesman said").
NATIONAL_BODIES = {"military", "army", "navy", "government", "police"}

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

#: Last words of a body's part that says not whose part it is: "Dover Branch" of the maritime
#: administration, "Research Division" of a bank.
SUBUNIT_WORDS = set("branch department division bureau unit section chapter wing directorate".split())

#: Nouns that stand for an organisation the article named just before ("the club said", "the firm's profit").
ORG_STAND_INS = set("company firm club corporation broadcaster carrier operator maker".split())

#: A named body news calls "the panel" or "the board" ("the Tower Commission … the three-member panel").
PANEL_NAMES = {"Commission", "Committee", "Panel", "Board", "Inquiry", "Tribunal"}

#: The words for such a body.
PANEL_WORDS = {"panel", "board"}

#: Last words of newspapers' names ("the Harwick Courier"): a paper is asked and offered among papers.
PAPER_WORDS = {
    "Times", "Post", "Courier", "Herald", "Journal", "Tribune", "Gazette", "Guardian", "Telegraph", "Chronicle",
    "Observer", "Independent", "Mail", "Express", "Mirror", "Star", "Standard", "Examiner", "Inquirer",
}  # fmt: skip

#: Nouns that stand for an organisation named just before ("The company will …").
COMPANY_WORDS = {"company", "firm", "broadcaster", "operator", "corporation", "carrier", "maker"}

#: Last words of names that say a body is no company: "the firm" never stands for "Dunmore University".
NOT_COMPANIES = {
    "university", "college", "school", "institute", "ministry", "department", "council", "commission",
    "agency", "government", "police", "court", "party", "association", "federation", "hospital", "museum",
    "foundation", "committee", "parliament", "assembly", "army", "navy", "office", "authority", "league",
}  # fmt: skip
