"""How a reported clause or a quote is worded inside a question ("Who said that …?").

A question must stand on its own: pronouns are resolved where the article is clear, a clause is
cut before a word that points at something the question cannot show, a long quote is cut at a
clause boundary, and a quote mark the cut left open is closed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.clause_cuts import DASH_ASIDE, clean_cut, without_dash_asides
from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Speaker
from quizgen.facts.fronted import SLACK_WORDS as SLACK_WORDS  # re-exported: read by the quote passes
from quizgen.facts.fronted import SPEAKING as SPEAKING
from quizgen.facts.fronted import without_fronted
from quizgen.facts.lexicon import ABBREVIATIONS, CUT_ENDS, PERSON_NOUNS
from quizgen.facts.mentions import antecedent
from quizgen.facts.pointing import POINTING, POINTING_AFTER_A_NAME, extraposed, names_speaker, their_own
from quizgen.facts.quote_points import granted_rest, point_reached
from quizgen.facts.quote_sentences import whole_sentences
from quizgen.facts.torn_cuts import object_her, torn_before, whole_before
from quizgen.vocabulary import DASHES

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


#: Words a cut clause must not end on ("… partly because …").
LOOSE_ENDS = CUT_ENDS | {"because", "if", "when", "where", "while", "partly", "not"}


#: Words that start a new clause: a long quote is cut before one ("… architecture as Japan …").
#: ("and" and "or" join nouns as often as clauses: "with international and industry partners".)
JOINING_WORDS = {"but", "because", "which", "who", "whose", "that", "while", "whereas", "although"}
JOINING_WORDS |= {"though", "so", "as", "when", "if", "where", "unless", "since", "including"}
#: More words that leave a cut quote hanging ("… the reward that its"): prepositions and negated auxiliaries.
LOOSE_ENDS |= {"into", "over", "under", "about", "after", "before", "between", "through", "across", "against"}
LOOSE_ENDS |= {"without", "within", "can't", "cannot", "don't", "doesn't", "won't"}
#: Tags of a verb that makes a statement: a cut clause without one says nothing yet.
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def clause_words(ctx: ArticleContext, tokens: Iterable[Token], speaker: Speaker | None = None) -> str | None:
    """A reported clause as question text: pronouns resolved where the article is clear, and cut
    (with an ellipsis) before the first one that is not, or that names the speaker (it would give
    the answer away). None when too little is left to ask about. A cut inside an aside between
    dashes ("A and B – who found they … – were right") drops the aside instead, keeping the verb."""
    tokens = list(tokens)
    text = _clause_words(ctx, tokens, speaker)
    if text is None or not text.endswith("\u2026"):
        return text
    bare = without_dash_asides(tokens)
    whole = _clause_words(ctx, bare, speaker) if len(bare) < len(tokens) else None
    return whole if whole is not None and not whole.endswith("\u2026") else text


def _clause_words(ctx: ArticleContext, tokens: list[Token], speaker: Speaker | None) -> str | None:
    words = _resolved(ctx, without_fronted(tokens), _not_a_person(speaker))
    if (
        words
        and words[0][0].pos_ not in ("PROPN", "PRON")
        and not words[0][1].isupper()
        and (words[0][0].ent_type_ == "" or words[0][0].like_num)  # "Five of the six members …"
        and words[0][1] == words[0][0].text
    ):
        words[0] = (words[0][0], words[0][1][:1].lower() + words[0][1][1:])  # "Other plants …" inside a question
    name = speaker.name if speaker else None
    named = speaker is not None and speaker.wh != "Who"  # "Which country said it would …"
    subject = False  # a noun subject seen: "its" and "their" after it read as that noun
    for n, (tok, word) in enumerate(words):
        if ctx.in_quote(tok.idx):
            continue
        named = named or tok.pos_ == "PROPN" or (n > 0 and word[:1].isupper())
        subject = subject or _names_a_subject(tok)
        pointing = (
            tok.pos_ == "PRON"
            and (  # "US surface ozone": a name, not "us"
                tok.lower_ in POINTING
                or (tok.lower_ in POINTING_AFTER_A_NAME and not named and not (subject and tok.lower_ != "it"))
            )
            and not extraposed(tok)
            and not (n == 0 and their_own(tok, speaker))
        ) or (tok.pos_ == "PRON" and object_her(tok) or names_speaker(tok, speaker))
        if (word == tok.text and pointing) or (name and word == name and tok.text != word):
            kept = words[:n]
            while kept and (_loose(kept[-1][0].text) or kept[-1][0].is_punct):
                kept.pop()
            thin = kept and kept[0][0].lower_ == "it" and sum(t.is_alpha and not t.is_stop for t, _ in kept) < 4
            verbless = not any(t.tag_ in FINITE for t, _ in kept)  # "once given a clean bill of health, only then …"
            if len(kept) < 6 or thin or verbless or _subordinate_only(kept, words):
                return None  # "it was vital to see that talks …", "when the council began its work …" say nothing yet
            cut = [t for t, _ in kept]  # "… have complained [to her]": whole; "… had also called [him]": torn
            whole = clean_cut([t for t, _ in words], len(kept)) or whole_before(tok, cut)  # "… advice from X" [that it]
            if whole is None and torn_before(tok, cut):
                return None
            return joined(words[:whole]) if whole is not None else joined(kept) + " \u2026"
    return joined(words)


def _subordinate_only(kept: list[tuple[Token, str]], words: list[tuple[Token, str]]) -> bool:
    """Whether every word kept before a cut lies in a clause hung on the reported one ("when the council
    began its work" of "when …, it made clear …"): the statement itself was cut away."""
    inside = {t.i for t, _ in words}
    return all(any(a.dep_ == "advcl" for a in [t, *t.ancestors] if a.i in inside) for t, _ in kept)


def joined(words: list[tuple[Token, str]]) -> str:
    """Words as text, a space where words were left out ("The pier, he said, will …" → "The pier will …")."""
    out = []
    for n, (tok, word) in enumerate(words):
        gap = n + 1 < len(words) and words[n + 1][0].i != tok.i + 1 and not words[n + 1][0].is_punct
        out.append(word + (tok.whitespace_ or (" " if gap else "")))
    return "".join(out).strip()


def _names_a_subject(token: Token) -> bool:
    """'the company would keep its …': a noun subject the question shows, that a later "its"/"their" reads as."""
    return token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass")


def resolve(ctx: ArticleContext, tokens: Iterable[Token]) -> str:
    """Tokens as text, with he/she/them resolved where the article makes it clear."""
    return "".join(word + tok.whitespace_ for tok, word in _resolved(ctx, tokens)).strip()


def _not_a_person(speaker: Speaker | None) -> bool:
    """'He took the money, the court added', '…, police said': a body, a country or a plural speaks,
    so a "he" in what it says is not the speaker and is resolved as anywhere else (still only where
    the article is clear)."""
    if speaker is None:
        return False
    plural = speaker.token is not None and speaker.token.tag_ in ("NNS", "NNPS")
    return speaker.wh in ("Which organization", "Which country") or plural or speaker.key == "police"


def _resolved(ctx: ArticleContext, tokens: Iterable[Token], body_speaks: bool = False) -> list[tuple[Token, str]]:
    out = []
    for tok in tokens:
        word = tok.text
        if not ctx.in_quote(tok.idx):
            if (
                (tok.lower_ in ("he", "she", "him") or object_her(tok))
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and (body_speaks or not _inside_report(tok))
                and not _unnamed_before(tok)
            ):  # there "he" is most likely the speaker: cut, not guessed
                person = ctx.pronoun_person(tok)
                if person:
                    word = person.name
            elif tok.lower_ in ("they", "it") and tok.dep_ in ("nsubj", "nsubjpass") and _is_reported(tok):
                previous = antecedent(ctx, tok) if tok.i == tok.sent.start else None
                if previous:
                    word = previous
            elif tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and _a_person_says_they(tok):
                word = antecedent(ctx, tok) or word  # the plural subject of the sentence before
            elif tok.lower_ in ("them",) and tok.dep_ in ("pobj", "dobj"):
                plural = antecedent(ctx, tok)
                if plural:
                    word = plural
        out.append((tok, word))
    return out


def _unnamed_before(token: Token) -> bool:
    """'One man died after a pole fell on him': an object pronoun after someone unnamed in its own
    sentence stands for them, never for a person the article names elsewhere."""
    objects = token.dep_ in ("dobj", "pobj") and token.lower_ not in ("he", "she")
    before = token.doc[token.sent.start : token.i]
    return objects and any(t.tag_ == "NN" and t.lemma_.lower() in PERSON_NOUNS for t in before)


def _a_person_says_they(token: Token) -> bool:
    """'Spokesperson Ann Lind said they apply to …': "they" opens what one named person said, and
    nothing plural came before it in the sentence, so it is the plural subject of the last one."""
    clause, verb = token.head, token.head.head
    if clause.dep_ != "ccomp" or verb.lemma_ not in SPEAKING or verb.i > token.i or token.left_edge != token:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in subject.children):
        return False
    between = token.doc[token.sent.start : token.i]
    return all(t.tag_ not in ("NNS", "NNPS") for t in between) and token.i - verb.i <= 2


def _is_reported(token: Token) -> bool:
    """A subject opening a clause reported by a later verb ("They need testing, he said")."""
    head = token.head
    return head.dep_ == "ccomp" and head.head.lemma_ in SPEAKING and head.head.i > head.i


def left_edge_skip_mark(token: Token) -> int:
    """Where a reported clause's own words start: after "that", punctuation, and a linking word
    the story put before it ("Also, prices fell, he said" → "prices fell")."""
    start = token.left_edge.i
    doc = token.doc
    while start < token.i and (
        doc[start].dep_ == "mark" and doc[start].lower_ == "that" or doc[start].is_punct or _linking(doc[start], token)
    ):
        start += 1
    return start


def subject_taken_as_object(verb: Token, head: Token, start: int) -> int:
    """Where a subjectless clause really starts: in "he said Hapec in May had expected …" the parser
    may make "Hapec" the object of "said", leaving "in May had expected …" without its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return start
    finite = head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in head.children
    )
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == start]
    return objects[0].left_edge.i if finite and objects else start


def _linking(word: Token, clause: Token) -> bool:
    """'Also,', 'However,', 'But': a word at a clause's start that ties it to the story, not part of it."""
    if word.head != clause or word.i + 1 >= len(word.doc):
        return False
    if word.dep_ == "cc":
        return True
    return word.dep_ == "advmod" and word.pos_ == "ADV" and word.doc[word.i + 1].text == ","


def clause_end(token: Token, sent: Span) -> int:
    """Where a clause ends, without the punctuation or a dangling "or" the parse left at its end."""
    end = min(token.right_edge.i + 1, sent.end)
    doc = token.doc  # "…, according to Xinhua": the agency that passed the clause on is no part of it
    relay = [t.i for t in doc[token.i + 1 : end - 1] if t.lower_ == "according" and doc[t.i - 1].text == ","]
    end = relay[0] if relay and doc[relay[0] + 1].lower_ == "to" else end
    while end - 1 > token.i and (token.doc[end - 1].is_punct or token.doc[end - 1].dep_ == "cc"):
        if _closes_bracket(token.doc[token.left_edge.i : end]):
            break  # "… waves as high as 12 metres (39 feet)": the bracket the clause opened stays closed
        end -= 1
    return end


def _closes_bracket(words: Span) -> bool:
    """Whether the span ends on a bracket that closes one the span opened."""
    last = words[-1].text if len(words) else ""
    opening = {")": "(", "]": "["}.get(last)
    return opening is not None and words.text.count(opening) >= words.text.count(last)


#: An editor's mark for words left out ("… in 2012 [...] However, …"): the quote's thought ends there.
ELISION = re.compile(r"\s*\[(?:\.\.\.|\u2026)\]\s*")


def first_sentences(text: str) -> str:
    """The first sentence of a quote, up to any elision; very short ones take up to two more
    sentences with them."""
    before = ELISION.split(text.strip())[0]
    text = before if len(before.split()) >= 4 else text
    parts = sentences(text.strip())
    gist, rest = parts[0], parts[1:3]
    last = gist
    # "There is a problem." says too little alone; nor a short one leading on ("We have a phrase. It is …")
    while rest and (len(gist.split()) < 8 or (len(last.split()) < 8 < len(gist.split()) + len(rest[0].split()) <= 24)):
        last = rest.pop(0)
        gist = gist + " " + last
    return gist.strip().rstrip(",")


def sentences(text: str) -> list[str]:
    """`text` split where a sentence ends: not after "U.S.", "Mr." or "Sen." ("Statements by
    the U.S. Treasury …" is one sentence, and a quote cut there is torn mid-thought)."""
    parts, start = [], 0
    for end in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", text):
        words = text[start : end.start()].split()
        if words and is_abbreviation(words[-1]):
            continue
        parts.append(text[start : end.start()])
        start = end.end()
    return [*parts, text[start:]]


def is_abbreviation(word: str) -> bool:
    """'U.S.', 'Japan-U.S.', 'J.', 'Mr.', 'Dr.', 'Sen.', 'Inc.': a period that ends no sentence."""
    word = word.lstrip("([\"\u201c\u2018'")
    if re.search(r"(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$", word) or re.fullmatch(r"[A-Z]\.", word):
        return True
    return word.endswith(".") and word[:-1].lower() in ABBREVIATIONS


def trim(text: str, limit: int = 24) -> str:
    """Shorten a long quote at a clause boundary, marking the cut with an ellipsis; a quote only a
    few words longer than `limit` is kept whole rather than cut near its end."""
    text = text.strip().rstrip(".")
    words = text.split()
    if len(words) <= limit + SLACK_WORDS:
        return text.rstrip(",;:")
    if (whole := whole_sentences(words, limit)) is not None:
        return whole  # "A. [B …]": the first sentences whole, no ellipsis
    rest = granted_rest(text)
    if rest is not None:
        return "\u2026 " + trim(rest, limit)  # "Yes, …, [but the title is won by …]": its point
    kept = words[: point_reached(words, _cut_at(words, limit))]  # never only a gerund subject, an "if" clause
    if len(kept) < len(words) and kept[-1][:1].isupper() and words[len(kept)][:1].isupper():
        while len(kept) > limit // 2 and (kept[-1][:1].isupper() or kept[-1] in ("of", "and", "the", "for")):
            kept.pop()  # "… of the Communist Party of China Central …": a name is cut before it, never inside
    while len(kept) > limit // 2 and (_loose(kept[-1]) or _opens_bracket(kept)):
        kept.pop()
    return " ".join(kept).rstrip(",;:- ") + " \u2026"


def trim_clause(text: str, limit: int = 28) -> str:
    """`trim` for reported speech: 'A and B – who have also found they are citizens – were right to …',
    too long to ask whole, loses its asides between paired dashes before it is cut, so the cut keeps
    its verb (a quote's own words are never dropped so)."""
    if len(text.split()) > limit + SLACK_WORDS:
        text = DASH_ASIDE.sub(" ", text)
    return trim(text, limit)


def _cut_at(words: list[str], limit: int) -> int:
    """How many words to keep: up to a comma, else before a joining word, in the cut's second half."""
    half = limit // 2
    for n in range(limit, half, -1):
        if words[n - 1].endswith((",", ";", ":", "\u2026")) or words[n] in DASHES:
            return n
    for n in range(limit, half, -1):
        if words[n].lower() in JOINING_WORDS:
            return n
    return limit


def _loose(word: str) -> bool:
    """A word a cut quote must not end on ("… in key", "… the new era of")."""
    bare = word.lower().strip(",;:")
    return bare in LOOSE_ENDS or word in DASHES


def _opens_bracket(words: list[str]) -> bool:
    """Whether the kept words leave a bracket open ("… reinforcing effects [of")."""
    text = " ".join(words)
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def balanced(text: str) -> str:
    """Close a quote the cut left open ('called it "a bold move' → 'called it "a bold move"'); an
    apostrophe typed as a quote mark ('Opec"s') is an apostrophe."""
    text = re.sub(r'(?<=[A-Za-z])"(?=s\b)', "'", text)
    if text.count('"') % 2:
        text += '"'
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text


def _inside_report(token: Token) -> bool:
    return any(a.dep_ == "ccomp" and a.head.lemma_ in SPEAKING for a in token.ancestors)


def third_person(verb: Token) -> str:
    """The verb as "Who …?" needs it: 'analysts say' → 'Who says', 'they warned' → 'Who warned'."""
    word = verb.text.lower()
    if verb.tag_ != "VBP":
        return word
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def clause_of_setting(verb: Token) -> list[Token]:
    """'X said in a statement that CLAUSE', 'told the paper in an interview that CLAUSE': the parser
    hangs the clause on the noun of the setting; a "that" and a subject of its own make it what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "at", "during", "on"):
            continue
        for noun in prep.children:
            for clause in noun.children if noun.dep_ == "pobj" else ():
                parts = {c.dep_ for c in clause.children}
                marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
                if clause.dep_ in ("acl", "relcl") and "that" in marks and parts & {"nsubj", "nsubjpass"}:
                    return [clause]
    return []


def has_a_verb(clause: Token) -> bool:
    """'announced the measles outbreak in …': a noun the parser took for a clause's head (its
    "measles" for a subject) heads no clause; a clause has a verb, or a noun with "is" or "will"."""
    return clause.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "auxpass", "cop") for c in clause.children)


def joined_by_and(verb: Token) -> bool:
    """'The council imposed fines and said …': a verb joined to the one before it by "and" (or
    "but"), not one the parser chained to a clause after a comma ("…, Hu Li, director of X, said")."""
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_ in SPEAKING:
        return head.lemma_ in SPEAKING
    doc = verb.doc
    cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    # "… and said", "… and later said"; not "…, but Ann Lind – a director – said": a subject between
    return bool(cc) and all(t.pos_ == "ADV" for t in doc[cc[-1].i + 1 : verb.i])
