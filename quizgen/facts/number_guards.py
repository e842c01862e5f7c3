"""Numbers that cannot be asked on their own: one side of a score ("a 1-0 lead"), a share in a
comparison ("40 percent as bright as the Moon") and a figure of speech ("like two trains"), whose
question would not read or would mislead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents, per_sentence
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.lexicon import CONDITION_MARKS, NUMBERED_LABELS
from quizgen.facts.measures import LENGTH_WORDS
from quizgen.facts.number_terms import offer_terms

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns a score sizes ("a 2-1 win", "a 113-112 victory").
SCORE_NOUNS = {
    *"lead win victory defeat loss draw score scoreline advantage triumph deficit edge result".split(),
    *"split vote ruling margin decision majority".split(),  # "a 50-50 split", "a 5-4 ruling"
}
DASHES = ("-", "–", "—")


def part_of_score(ent: Span) -> bool:
    """'a 1-0 lead', 'the 113-112 win', 'a 50-50 split': the number is one side of a score or ratio."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].like_num:
        end += 2
    elif start >= 2 and doc[start - 1].text in DASHES and doc[start - 2].like_num:
        start -= 2
    elif not any(t.text in DASHES for t in ent) and "-" not in ent.text:
        return False
    return end < len(doc) and doc[end].lemma_.lower() in SCORE_NOUNS


def in_comparison(span: Span) -> bool:
    """'nearly 40 percent as bright as the Moon': the share means nothing without "as … as"."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].lower_ == "as" and doc[end + 1].pos_ in ("ADJ", "ADV")


def in_simile(ent: Span) -> bool:
    """'are like two trains heading toward each other': a figure of speech, not a fact to learn."""
    node = ent.root
    for _ in range(3):
        if node.dep_ == "prep" and node.lower_ in ("like", "as"):
            return node.lower_ == "like" or node.head.pos_ in ("AUX", "VERB") and node.head.lemma_ == "be"
        if node.head == node:
            return False
        node = node.head
    return False


def gapped_start(sent: Span) -> int | None:
    """Where a gapped list starts: '40 percent came from Asia and 25 percent from Africa', 'Peru
    produced 90,000 tonnes below its quota, Chile 40,000 tonnes above it and Bolivia 10 pct under it'.
    After a clause with a figure, a comma or "and" opens a figure (or a name and its figure) with no
    verb of its own: the verb is left out, so the parse cannot say whose figure it is."""
    tokens = list(sent)
    for k, tok in enumerate(tokens[1:], 1):
        start = k
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and tok.like_num:
            start -= 1  # "Saudi Arabia 500,000": the name opens the gapped part
        if not tok.like_num or start == 0 or tokens[start - 1].lower_ not in (",", "and", "while"):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].like_num:
            continue  # "between 12.1 and 12.4": a range, not a gap
        noun = tok.head
        if noun.dep_ == "conj" and any(c.dep_ == "nummod" and c.like_num for c in noun.head.children):
            continue  # "2,400 infections and 51 deaths": counts of one verb, not a gap
        before, after = tokens[: start - 1], tokens[k:]
        if any(t.pos_ in ("VERB", "AUX") for t in after) or not any(t.pos_ in ("VERB", "AUX") for t in before):
            continue
        if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in before):
            return tokens[start].i
    return None


def cut_gapped(ent: Span, question: str) -> str | None:
    """The question with a gapped list cut off its end, or None when the answer stands in the gapped
    part (the question would give it to the first subject: "How many … did Nigeria produce" → Saudi
    Arabia's figure)."""
    first = per_sentence(ent.sent, gapped_start)  # the same for each figure of the sentence
    if first is None:
        return question
    if ent.end > first:
        return None
    doc = ent.doc
    opening = doc[first : first + 2].text
    at = question.find(opening)
    if at < 0:
        return question
    if _INVERTED.search(question[at:]):
        return None  # "How many entry points from X – the Causeway and … does Johor have?": the verb is after the cut
    kept = re.sub(r"[\s,;]*(\b(and|or|while)\s*)?$", "", question[:at].rstrip())
    return kept + "?" if len(kept.split()) >= 3 else None


#: The auxiliary a question moves after its wh-phrase ("… does Johor have?"): a list cut away before it
#: would take the question's verb with it.
_INVERTED = re.compile(r"\b(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b(?=[^?]*\?$)")


def unasserted(ent: Span) -> bool:
    """'he would not receive the 20 votes', 'did not make more than £5,000', 'if sales reach 40 million':
    a figure in a negated or supposed clause is no fact the article asserts, and its question reads
    garbled ("How much did M not make?"). A count that is the negated verb's own subject stays
    ("40 workers did not return" → How many workers did not return?), and so does how long a negated
    state has lasted ("no case in 13 days"). A main clause whose condition
    the question would leave out ("would earn $5m if …") is unasserted too, and so is the alternative
    after "or" ("fined $900 or in default serve four years")."""
    verb = clause_verb(ent.root)
    subject = _is_subject_of(ent, verb) or _span_of(ent, verb)
    for depth in range(4):
        if verb is None:
            return False
        if any(c.dep_ == "neg" for c in verb.children) and not (depth == 0 and subject):
            return True
        if any(c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children) for c in verb.children):
            return True  # "14 hospitals were no longer functioning": the question would lose "no longer"
        supposed = any(c.dep_ == "advcl" and _mark(c) in CONDITION_MARKS for c in verb.children)
        if supposed and not offer_terms(verb):  # (not "threatened to fire 300 if …": the threat was made)
            return True
        if verb.dep_ in ("advcl", "ccomp", "csubj") and _mark(verb) in CONDITION_MARKS:
            return True  # "it is unclear whether any candidate will have the nine votes needed"
        if verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children):
            return True  # "fined $900 or in default serve four years": one alternative, no term served
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head == verb:
            return False
        verb = clause_verb(verb.head)
    return False


def change_beside_a_noun(ent: Span) -> bool:
    """ "recorded the biggest rise, up 6.2 percentage points to 81 per cent": an "up"/"down" figure
    set beside a noun sizes that noun's change, and no question can ask it through the clause's verb
    ("How many percentage points did the region record …?")."""
    phrase = ent.root
    while phrase.dep_ in ("nummod", "compound") and phrase.head != phrase:
        phrase = phrase.head  # "6.2" → "points"
    head = phrase.head
    return head.lower_ in ("up", "down") and head.dep_ == "advmod" and head.head.pos_ == "NOUN"


def defines_a_group(ent: Span) -> bool:
    """ "Nurses who work night shifts for more than 10 years are more likely to …": a figure in a
    clause that defines which people or things are meant (after a bare plural, no comma) states
    no fact; "For more than how many years do nurses work night shifts?" would assert one."""
    verb = clause_verb(ent.root)
    if verb is None or verb.dep_ != "relcl" or verb.head.tag_ != "NNS" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return False  # ("reported earnings that rose 116%": an object's clause says what was reported)
    noun, doc = verb.head, ent.doc
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) or doc[verb.left_edge.i - 1].text == ",":
        return False
    return any(c.lower_ in ("who", "that", "which") and c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _mark(verb: Token) -> str:
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    return mark.lower_ if mark is not None else ""


def _span_of(ent: Span, verb: Token | None) -> bool:
    """'had not had a case in 13 days': how long the negated state has lasted is asserted."""
    prep = ent.root.head
    return ent.label_ == "DATE" and ent.root.dep_ == "pobj" and prep.lower_ in ("in", "for") and prep.head == verb


def _is_subject_of(ent: Span, verb: Token | None) -> bool:
    node = ent.root
    while node.dep_ in ("nummod", "quantmod", "compound", "amod") and node.head != node:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass") and node.head == verb


#: Words that rank the noun a number goes with ("the ten largest investors", "the top five firms").
RANKING = {"top", "leading", "biggest", "largest", "smallest", "best", "worst"}
#: A person's family: how many children a founder has is trivia, not news to learn.
FAMILY = {"child", "kid", "son", "daughter", "grandchild", "grandson", "granddaughter", "sibling", "brother", "sister"}


def not_a_count(ent: Span) -> bool:
    """'Apple's ten largest investors', 'the top five firms': the number cuts a ranking ("How many largest
    investors …" is no question). 'he and his wife have three children': family trivia, not news. 'a
    3-pointer' is one shot; "113 off 72 balls" two figures the parser fused."""
    root = ent.root
    if root.dep_ != "nummod" or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = root.head
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not ent[-1].whitespace_ and noun.tag_ == "NN":
        return True  # "answered with a 3-pointer": one thing named by the figure, not three of them
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "off" and doc[ent.start - 2].like_num:
        return True  # "struck 113 off 72 balls": the balls faced, not struck
    if any(c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING for c in noun.children if c.dep_ in ("amod", "advmod")):
        return True
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.lower_ == "whose" or (owner.pos_ == "PRON" and noun.lemma_.lower() in FAMILY)):
        return True  # "Gomez, whose two children attend Elm Street": not how many children attend it
    if any(t.lower_ == "top" for t in ent.doc[max(ent.start - 2, ent.sent.start) : ent.start]):
        return True  # "the top 10 firms": the tagger hangs "top" on the noun or the number
    return noun.lemma_.lower() in FAMILY and noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "raise", "adopt")


def with_relative_scope(span: Span, question: str) -> str | None:
    """'China, where Apple opened 4 stores' → "How many stores did Apple open … in China?": a question
    from a "where" clause alone would count every store. The place goes back in when it is a named
    place; any other antecedent ("a plant where …", "the year when …") leaves the count unscoped: None."""
    verb = clause_verb(span.root)
    if verb is None or verb.dep_ != "relcl":
        return question
    relative = next((c for c in verb.children if c.lower_ in ("where", "when") and c.tag_ == "WRB"), None)
    if relative is None:
        return question
    place = verb.head
    named = next((e for e in doc_ents(span.doc) if e.start <= place.i < e.end), None)
    if relative.lower_ != "where" or named is None or named.label_ not in ("GPE", "LOC", "FAC"):
        return None
    if named.text.lower() in question.lower():
        return question
    return f"{question.rstrip('?').rstrip()} in {named.text}?"


def unanchored(ent: Span) -> bool:
    """A figure a copula gives to something the sentence does not pin down: 'The average target is
    $635' (whose target, of what?), 'Operating costs will be $3.8 billion' (a forecast for which
    period?). Asked alone, "How much is the average target?" has no answer a learner could know."""
    verb = clause_verb(ent.root)
    if verb is None or verb.lemma_ != "be" or ent.root.dep_ not in ("attr", "acomp", "nummod", "quantmod", "pobj"):
        return False
    held = ent.root.head if ent.root.dep_ in ("nummod", "quantmod") else ent.root  # "home to some 40 species"
    if not any(verb.i < t.i for t in ent) or held.dep_ == "pobj" and held.head.head != verb:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)
    if future and not any(t.ent_type_ == "DATE" for t in ent.sent if not ent.start <= t.i < ent.end):
        return True  # a forecast with no period
    demonstrative = ("this", "that", "these", "those")
    bare = all(c.dep_ in ("det", "amod") and c.lower_ not in demonstrative for c in subject.children)
    return bare and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def record_span(ent: Span) -> bool:
    """'plunged the most in more than four years', 'the lowest level in 10 years', 'the first rise in
    six months': the span measures how rare an event is, not a fact of its own ("In how many years did
    sales fall to the lowest level?" asks nothing a learner could know)."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ not in ("in", "for", "since"):
        return False
    host = prep.head
    marks = [host, *host.children] if host.pos_ in ("NOUN", "ADJ", "ADV") else []
    if host.pos_ in ("VERB", "AUX"):
        deps = ("advmod", "npadvmod", "dobj", "attr", "prep")
        kept = [c for c in host.children if host.i < c.i < prep.i and c.dep_ in deps]
        marks = [t for c in kept for t in c.subtree]  # "plunged the most", "fell to the lowest level"
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "most", "least") for t in marks)


#: Words that make a figure the mark another was measured against.
_AGAINST = {"above", "below", "beating", "than"}
#: Words that make a figure a forecast someone else made ("the projected 22.4 million", "estimates of").
_FORECAST = {"projected", "estimated", "expected", "forecast", "predicted", "projection", "projections"}
_FORECAST |= {"estimate", "estimates", "expectation", "expectations", "consensus", "prediction", "predictions"}


def comparison(token: Token) -> bool:
    """'above the projected 22.4 million units', 'more than the projection for 11.4 million units':
    a phrase comparing a result with a figure someone forecast."""
    if token.lower_ in ("above", "below") and token.dep_ == "prep":
        return _forecast(token)
    if token.lower_ in ("more", "less", "fewer") and token.dep_ in ("advmod", "dobj", "npadvmod"):
        than = next((c for c in token.children if c.lower_ == "than"), None)
        return than is not None and _forecast(than)
    return False


def _forecast(token: Token) -> bool:
    tokens = list(token.subtree)
    return any(t.like_num for t in tokens) and any(t.lower_ in _FORECAST for t in tokens)


def measured_against(ent: Span) -> bool:
    """The figure is the forecast such a comparison measures a result against."""
    node = ent.root
    for _ in range(5):
        if node.head == node:
            return False
        node = node.head
        if node.lower_ in ("above", "below") and node.dep_ == "prep" or node.lower_ == "than":
            return comparison(node) or comparison(node.head)
    return False


#: Quantifiers that stand as a subject for people the sentence before named ("Both were jailed").
_BARE_QUANTIFIERS = {"both", "each", "all", "either", "neither", "none"}


#: Verbs that hand down a penalty, whose length may be of a penalty other than prison.
_PENALTY_VERBS = {"sentence", "give", "hand", "order", "jail"}


def quantifier_subject(ent: Span) -> bool:
    """'Both were sentenced to 22 months': "To how many months were both sentenced?" does not say who;
    the subject names no one the question could carry. Nor is a penalty asked whose kind hangs on the
    length ("three years of community service", "three years' probation"): "To how many years was she
    sentenced?" would teach a prison term."""
    verb = clause_verb(ent.root)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if verb is not None and verb.lemma_ in _PENALTY_VERBS and _qualifies_a_noun(ent.root):
        return True
    return subject is not None and subject.lower_ in _BARE_QUANTIFIERS and not list(subject.children)


def _qualifies_a_noun(unit: Token) -> bool:
    """'years' in "three years of probation" or "three years' probation": the length is another noun's."""
    return unit.dep_ == "poss" or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) for c in unit.children
    )


def no_figure(ent: Span) -> bool:
    """Entities that hold no figure to ask: a count run into the words after it ("two additional
    20-year options"), a rank ("ranked No. 1", "world number five"), a numbered label ("type 2"),
    a fiscal year ("1987/88")."""
    if ent.label_ == "CARDINAL" and len(ent) > 1 and ent[0].like_num and not ent[1].like_num and ent[1].pos_ == "ADJ":
        return True
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("no", "no.", "number", "#"):
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ in NUMBERED_LABELS:
        return True  # "type 2 diabetes", "a category 4 storm", "a magnitude 6.2 quake": a label, not a count
    if ent.start > 1 and doc[ent.start - 1].text == "." and doc[ent.start - 2].lower_ == "no":
        return True  # "No . 1" as the tokenizer may split it; a sentence's own full stop is no rank
    return bool(re.fullmatch(r"(19|20)\d\d/\d\d", ent.text.strip()))


#: Words of dimension a length may stand before ("30 micrometres thick", "900 kilometres across").
_DIMENSION = r"(?:wide|high|long|deep|tall|thick|across)"
#: "How many kilometres [wide] is the crater [across]?" reads; any other verb there does not.
_BE = {"is", "was", "are", "were", "will", "would"}
_ASKED_LENGTH = re.compile(r"\bhow (?:many|much) (?P<unit>\w+)(?P<dim> " + _DIMENSION + r")? (?P<verb>\w+)\b", re.I)
#: A dimension left after its figure went ("…, a crater across?"), or "aged" whose ages went with a
#: dropped date-like range ("patients aged at 120 sites").
_GARBLED = re.compile(
    rf", an? \w+ {_DIMENSION}\?$|\baged(?= (?:at|in|on|for|with|by|to|and|from the)\b|[?,])"
    r"|\b(?:of|by|at|with) (?:up to|more than|less than|at least|as many as|as much as)(?! (?:how|what|\d))(?=[ ?])",
    re.I,
)  # "How many metres does storm surge of up to flooded villages?": the qualifier lost its figure


def garbled(question: str) -> bool:
    """A question the clause move left without sense: a length asked through another verb with its
    dimension behind ("how many micrometres does the sensor use a layer thick?"), or `_GARBLED`."""
    if _GARBLED.search(question):
        return True
    m = _ASKED_LENGTH.search(question)
    return (
        m is not None
        and m.group("unit").lower() in LENGTH_WORDS
        and m.group("verb").lower() not in _BE
        and (m.group("dim") is not None or re.search(rf"\b{_DIMENSION}\?$", question, re.I) is not None)
    )


def one_of_a_list(ent: Span) -> bool:
    """ "operates 333 stores in 42 U.S. states, Canada and Australia": the figure counts one member of
    a list that another figure of the clause is spread over; asked alone ("In how many U.S. states
    does it operate 333 stores?"), the question would teach that all 333 are there."""
    noun = ent.root.head
    if ent.root.dep_ != "nummod" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False  # a counted noun ("42 states") in a prepositional phrase
    members = [c for c in noun.children if c.dep_ in ("conj", "appos") and c.i > noun.i]
    if not members or any(c.pos_ != "PROPN" or any(t.like_num for t in c.subtree) for c in members):
        return False  # no list of named places or bodies ("12 cities and three islands": each asked alone)
    verb = clause_verb(noun)
    if verb is None:
        return False
    own = noun.head  # the figure's preposition: the other figures stand in the clause's other parts
    others = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep") and c.i != own.i]
    return any(t.like_num for c in others for t in c.subtree)
