"""Drafts a teacher would not ask, whatever their wording: a photo caption's date, a weekday that is
no date ("always on a Friday"), a time before any calendar, the dateline taken for a subject, a
speaker the article names only by nationality, a body named only as part of a minister's title, the
news agency that reports the story, one of two figures given as alternatives, a figure asked in more
than thirty words, a figure without what it measures (questions/figure_scope.py) or of an economy
or business it does not name (questions/generic_subject.py), a clause said back to front ("that
aiding X are Y"), and "the decision" or "the new rules" that neither the question nor its headline
says which.

Each is a right-looking question with a wrong, empty or unreadable ask, so it is dropped, not reworded.
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import DateFact, Fact, NumberFact, QuoteFact, RoleFact
from quizgen.facts.lexicon import NEWS_AGENCIES
from quizgen.facts.quote_marks import blank_quotes
from quizgen.facts.titles import is_post
from quizgen.questions.answer_types import news_agency
from quizgen.questions.draft import Draft
from quizgen.questions.figure_scope import lost_scope
from quizgen.questions.generic_subject import unplaced_subject
from quizgen.questions.headline_things import placed
from quizgen.questions.open_clause import left_open
from quizgen.questions.own_agency import own_agency
from quizgen.questions.placed_nearby import STAND_IN, placed_nearby
from quizgen.questions.platitudes import platitude
from quizgen.text import whole_words


def reason_not_asked(d: Draft, fact: Fact, ctx: ArticleContext) -> str | None:
    """Why the draft is not worth a question, or None."""
    if d.answer_type in ("org", "group") and news_agency(d.answer) and _own_or_no_quote(d, fact, ctx):
        return "the news agency that reports the story"  # "Which organization's survey …? — Reuters"
    if isinstance(fact, (DateFact, NumberFact)) and unplaced_subject(d.question):
        return "a figure of an economy or business the question does not name"  # "How much did the business owe?"
    if isinstance(fact, (DateFact, NumberFact)) and left_open(fact.sentence, fact.answer_span):
        return "a figure the article leaves open"  # "it is unclear whether the city will hire 200 officers"
    if isinstance(fact, DateFact):
        return _date_reason(d, fact, ctx)
    if "one of " in d.question and _ONE_OF_A_LIST.search(d.question):
        return "one member of a list, asked without the list"  # "… one of six co-organisers …?"
    if isinstance(fact, QuoteFact):
        asked = blank_quotes(d.question)
        if any(not placed(m.group(), ctx) and not placed_nearby(m, asked, fact, ctx) for m in STAND_IN.finditer(asked)):
            return "a decision or rule the question does not say which"  # "Who said the decision was overdue?"
        if _INVERTED.search(d.question):
            return "a clause said back to front, asked as if its subject came first"  # "that aiding X are Y"
        if platitude(d.question):
            return "a stock phrase any speaker might say"  # "Who said that there is more work to be done?"
        return "a gist too vague to learn" if _VAGUE_GIST.match(d.question) else _speaker_reason(fact)
    if isinstance(fact, RoleFact) and _only_attended(fact, ctx):
        return "a post of someone the article only lists as attending"
    if isinstance(fact, NumberFact) and len(d.question.split()) > NUMBER_MAX_WORDS:
        return "a figure asked in too many words to follow"  # "At how many plants does last week's … follow …?"
    if isinstance(fact, NumberFact) and _number_in_a_name(d, fact, ctx):
        return "a number that is part of a name"  # "During how many Genomes project …? — 1000"
    if isinstance(fact, NumberFact) and _ratio_as_count(d, fact):
        return "a ratio asked as a count"  # "for every worker there are 1.5 …": "How many …? — 1.5"
    if isinstance(fact, NumberFact) and lost_scope(d.question, d.answer, fact.sentence, fact.answer_span):
        return "a figure asked without what it measures"  # "60 pct of its tax revenue": "What percentage …?"
    if isinstance(fact, NumberFact) and _one_of_alternatives(d, fact):
        return "one of two figures the article gives as alternatives"  # "either 40 or 25 percent"
    return None


#: "Who proposed various innovations?", "Who raised several concerns?": a quantifier and a bare noun, no content.
_VAGUE_GIST = re.compile(
    r"^Who (?:\w+ ){1,2}(?:various|several|many|some|numerous|different|multiple|a few|a (?:number|series|range|"
    r"variety|host|raft|list) of) (?:[a-z-]+ ){0,2}[a-z-]+s\?$"
)
#: Past this many words a number question has lost its reader: its clause is the whole sentence.
NUMBER_MAX_WORDS = 30
#: "Aiding the bank's growth are lower costs": news puts what helped after its verb; "Who said that
#: aiding … are …?" reads as broken English. A gerund with an object and a plural "are", or a
#: market mover's gerund with any "is/are".
_INVERTED = re.compile(
    r"\bthat (?:[a-z]+ing (?:the|a|an|its|their|his|her|this|these|those)\b[^,?]*? (?:are|were)|(?:aiding|helping|"
    r"boosting|lifting|supporting|underpinning|fu?elling|driving|hurting|weighing on|dragging|denting|pressuring)"
    r"\b[^,?]*? (?:is|are|was|were)) ",
    re.IGNORECASE,  # "that Aiding …": the sentence's capital comes along
)
#: "… one of six co-organisers …": a place in a list whose other members the question does not give.
_ONE_OF_A_LIST = re.compile(
    r"\bone of (?:the )?(?:\w+ )?(?:co-?organi[sz]ers|co-?sponsors|organi[sz]ers|sponsors|hosts|partners|members)\b"
)
#: Sentences that only list who came: "attended by …", "… were present", "guests included …".
_ATTENDED = re.compile(
    r"\b(?:attended|attending|(?:was|were) (?:also )?present|in attendance|among (?:those present|the guests|the "
    r"attendees)|guests included)\b"
)

#: The verbs that make whoever an aside says attended a speaker ("X, who attended, said").
_SPOKE = r"(?:said|says|told|added|urged|announced)\b"


def _only_attended(fact: RoleFact, ctx: ArticleContext) -> bool:
    """The person is named once, in a sentence that lists who attended, in a story whose actors are
    others (someone is named again): their post is not the news."""
    name = re.escape(fact.person.split()[-1])
    if not _ATTENDED.search(fact.sentence) or re.search(rf"\b{name}, who [^,]*, {_SPOKE}", fact.sentence):
        return False  # "X, who also attended the event, said …": a speaker, not one of a list
    if any(_named_again(p.name, ctx.text) for p in ctx.people.people if p.name != fact.person):
        return not _named_again(fact.person, ctx.text)
    return False


def _named_again(person: str, text: str) -> bool:
    """Either part of the name is written twice or more ("Zhai Lixin" is "Zhai" again)."""
    return any(len(whole_words(text, [w])) > 1 for w in person.split() if len(w) > 1)


#: Where both of `_one_of_alternatives`' patterns start: without it, the sentence gives no alternatives.
EITHER = re.compile(r"\beither ", re.I)


def _one_of_alternatives(d: Draft, fact: NumberFact) -> bool:
    """ "would rise by either 40 percent or 25 percent, depending on …": each figure holds only in its own
    case, which the question does not give, so asking one as the answer teaches half a fact."""
    figure = re.escape(d.answer.split()[0]) if d.answer.split() else ""
    if not figure or not EITHER.search(fact.sentence) or re.search(r"\beither\b|\bor\b", d.question):
        return False
    either = rf"\beither (?:by |at |to )?[^.;]{{0,20}}?\b{figure}\b[^.;]{{0,30}}?\bor (?:by |at |to )?[$£€]?\d"
    ors = rf"\beither (?:by |at |to )?[$£€]?\d[^.;]{{0,30}}?\bor (?:by |at |to )?[^.;]{{0,20}}?\b{figure}\b"
    return re.search(either, fact.sentence, re.I) is not None or re.search(ors, fact.sentence, re.I) is not None


_FOR_EVERY = re.compile(r"\bfor (?:every|each)\b", re.I)


def _ratio_as_count(d: Draft, fact: NumberFact) -> bool:
    """ "For every legal worker, there are about 1.5 illegal ones": the figure is per worker, and a
    question that drops the "for every" asks a count the article never gave."""
    if _FOR_EVERY.search(d.question) or not _FOR_EVERY.search(fact.sentence):
        return False
    ratio = rf"\bfor (?:every|each) [^.;]{{1,60}}?\b(?:\w+ ){{0,4}}{re.escape(d.answer)}\b"
    return re.search(ratio, fact.sentence, re.I) is not None


#: "How many Genomes project …", "how many Americans …": a capitalised word counted.
_COUNTED_NAME = re.compile(r"\b[Hh]ow many ([A-Z][a-z]+)\b")


def _number_in_a_name(d: Draft, fact: NumberFact, ctx: ArticleContext) -> bool:
    """The figure opens a name ("the 1000 Genomes project": no plural follows the name to be counted).
    A people ("20 Britons") and a noun after a name ("two General Motors plants") are counted."""
    found = _COUNTED_NAME.search(d.question)
    if found is None:
        return False
    run = re.search(rf"\b{re.escape(d.answer)} {found.group(1)}\b(?:[\w-]*\s+[A-Z][\w-]*)*\s+([a-z]+)", fact.sentence)
    if run is None or run.group(1).endswith("s"):
        return False  # "23,993 Covid-19 cases", "two General Motors parts plants": the plural is counted
    return not any(found.group(1) in e.text for e in ctx.ents if e.label_ in ("NORP", "GPE"))


#: "When did Ruiz say in a statement …?", "… say at a press briefing …?", "When was the press release
#: issued?": the day the news was put out, not the day of anything it tells.
_PRESS_STATEMENT = re.compile(
    r"\b(?:at|during) (?:a|an|the|its|his|her|their) (?:\w+ )?(?:press|news) (?:briefing|conference)\b|"
    r"\b(?:in|through|via) (?:a|an|the|its|his|her|their) (?:\w+ )?(?:statement|press release|news release|"
    r"communiqu[e\u00e9])\b|^When (?:was|were|is) (?:the|a|an) (?:\w+ )?(?:statement|press release|news release|"
    r"communiqu[e\u00e9])s? (?:issued|released|published|made|sent|put out)\b"
)
#: What a statement said, given in the question ("… in a statement “…”?", "… at a briefing that …"): then its
#: day is the day of a dated statement, asked as any "When did X say that …?" is.
_SAYS_WHAT = re.compile(r"[:,]?\s*(?:[\u201c\"]|that\b)")
#: "When was Delhi?": a date question whose whole subject is one name.
_BARE_NAME_WHEN = re.compile(
    r"^(?:When|On what day of the week) (?:was|were|is|are|will be) (?:the )?"
    r"([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)*)\?$"
)

#: "When was the four pct?", "When were the 300 tonnes?": a figure left as the whole subject.
_FIGURE_WHEN = re.compile(
    r"^When (?:was|were|is|are) (?:the |a |an )?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?: ?(?:pct|percent|per cent|%|[a-z]+))?\?$"
)


def _named_place_or_person(m: re.Match[str], ctx: ArticleContext) -> bool:
    """The name is a place or a person the article names, not an event ("When is the Harwick Regatta?")."""
    name = m.group(1)
    return (
        name in ctx.place_names
        or ctx.people.find(name) is not None
        or any(e.text == name and e.label_ in ("GPE", "LOC", "PERSON", "NORP") for e in ctx.ents)
    )


#: "When does an official wait …?", "When do students use …?": a caption's present, not an event's past.
_PRESENT_WHEN = re.compile(r"^When (?:do|does) ")
#: "CHENGDU - ", "KYIV, Ukraine (AP) — ": the place a wire story was filed from, in capitals.
_DATELINE = re.compile(r"^([A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+)*)\b[^-\u2013\u2014]{0,40}?\s[-\u2013\u2014]")


#: An answer that counts from the day of writing and says nothing else: "today", "last week", "this
#: year". With the story's date it is resolved ("last week (the week before March 31)"); without, the
#: learner has nothing to learn. A weekday ("last Friday") or a month ("March last year") still tells one.
_UNRESOLVED = re.compile(
    r"(?:today|tonight|yesterday|tomorrow|recently|lately|(?:earlier|later) (?:this|last|next) \w+|"
    r"(?:this|yesterday|tomorrow|last|early|late) (?:morning|afternoon|evening|night)|"
    r"(?:this|last|next|past) (?:week|weekend|month|year|season|spring|summer|autumn|fall|winter)|"
    r"(?:\w+ )?(?:days?|weeks?|months?|years?) (?:ago|earlier|later|before))",
    re.I,
)


def _date_reason(d: Draft, fact: DateFact, ctx: ArticleContext) -> str | None:
    if _UNRESOLVED.fullmatch(d.answer.strip()):
        return "a day counted from the day of writing, which the question cannot give"
    press = _PRESS_STATEMENT.search(d.question)
    if press and not _SAYS_WHAT.match(d.question, press.end()):
        return "the day of a press statement, not of the news it gives"
    bare = _BARE_NAME_WHEN.match(d.question)
    if bare is not None and _named_place_or_person(bare, ctx):
        return "a date asked of a place or person, with no event"  # "When was Delhi?"
    if _FIGURE_WHEN.match(d.question):
        return "a date asked of a figure, with no event"  # "When was the four pct?"
    if _PRESENT_WHEN.match(d.question) and _on_or_before(fact.iso, ctx.published):
        return "a photo caption's date"  # "Students use hand sanitisers at a school on April 27, 2020."
    dateline = _DATELINE.match(fact.sentence)
    if dateline and re.search(rf"\b{re.escape(dateline.group(1))}\b", d.question):
        return "the dateline taken for the question's subject"  # "When were CHENGDU?"
    return None


def _on_or_before(iso: str | None, published: dt.date | None) -> bool:
    """A full date no later than the publication date."""
    if not iso or published is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return False
    return dt.date.fromisoformat(iso) <= published


#: One person of a nation ("the Serbian", "the Spaniard", "the Pakistani"); not "the Taliban", "the Greens".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ard|ch|i)")


def _speaker_reason(fact: QuoteFact) -> str | None:
    speaker = fact.speaker
    name = speaker.name.strip()
    if speaker.wh == "Which group" and _DEMONYM.fullmatch(name) and re.search(rf"\bthe {name}\b", fact.sentence):
        return "a person named by nationality, not a group"  # "… the Serbian explained"
    if speaker.wh == "Which organization" and _before_a_title(name, fact.sentence):
        return "a body named in a minister's title, not the speaker"
    return None


def _before_a_title(name: str, sentence: str) -> bool:
    """ "Crown Relations — Te Tari — Minister Ana Pohe explained": the body is the minister's portfolio,
    and the speaker is the minister."""
    after = r"\s*(?:[-\u2013\u2014][^-\u2013\u2014]{1,40}[-\u2013\u2014]\s*)?([A-Z][a-z]+(?:-[A-Za-z]+)?) [A-Z]"
    return any(is_post(m.group(1)) for m in re.finditer(re.escape(name) + after, sentence))


#: Endings of the abstract nouns that close a portfolio or a department's name ("Safety", "Exploration",
#: "Development"), never a given name's.
_ABSTRACT_END = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ety|ship|ics|ogy|fare)")


def title_word_glued(name: str, sentence: str) -> bool:
    """ "Workplace Relations and Safety Michael Wood said": the tagger took the last word of the title
    for the first of the name, wherever `sentence` (or a whole article) writes it. The person is the
    name without it; the title is torn."""
    words = name.split()
    if len(words) < 3 or not _ABSTRACT_END.fullmatch(words[0]):
        return False
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}\b", sentence))
    return bool(found) and all(re.search(r"(?:\band|\bof|\bfor|[A-Z][a-z]+) $", sentence[: m.start()]) for m in found)


def _own_or_no_quote(d: Draft, fact: Fact, ctx: ArticleContext) -> bool:
    """A news agency is not asked about unless, by its name alone (not "the Reuters survey", the
    wire's own), it is a source the story quotes rather than the story's own reporter."""
    if not isinstance(fact, QuoteFact) or fact.speaker.name.strip() not in NEWS_AGENCIES:
        return True
    return own_agency(d.answer, ctx.text)
