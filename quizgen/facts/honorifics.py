"""Words of address before a name that are neither name nor post: "Dr", "Prof", the Gulf and
Commonwealth "H E" / "HE" / "His Excellency" and "Sheikh" ("H E Sheikh Saad bin Rashid, Minister of
Energy"), and the particles inside Arabic names ("bin", "bint", "Al", "al-", "Abu") that hold a
long name together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.post_words import TITLE_WORDS
from quizgen.vocabulary import HONORIFICS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Token

#: Gulf and Commonwealth style before a minister's name: "H E", "HE", "H.E.", "His Excellency".
_EXCELLENCY = {"HE", "H.E.", "H.E", "Excellency", "Highness", "HH", "H.H."}
#: Words of address of Gulf, South and Southeast Asian outlets, before the name and no part of it
#: (Malaysia's "Datuk Ann Lind" is later "Datuk Ann", the given name: a person is not two; "Datuk Seri"
#: is the higher rank, no given name "Seri").
ADDRESS = {"sheikh", "sheikha", "sheik", "shaikh", "shaikha", "datuk", "dato", "dato'", "datin", "seri"}
#: The grade a style of address may carry ("Most Rev.", "Rt Rev", "Very Rev", "Rt Hon"): no post, as "Rev." is none.
STYLE_GRADES = {"most", "rt", "right", "very"}
STYLED = {"rev", "reverend", "revd", "hon", "honourable", "honorable"}
#: Words inside Arabic names joining its parts: "Hamad bin Ali Al Kuwari", "Amira bint Salem al-Harthy".
#: "Al" and "Abu" are particles only inside a name ("Al Gore" starts with a first name).
ARABIC_PARTICLES = {"bin", "bint", "ibn", "binti", "al", "Al", "Bin", "Ibn", "Abu", "abu", "el", "El"}


#: Lower-case words inside European names: "Anna van Dijk", "Ursula von der Leyen".
EUROPEAN_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos"}


def excellency(words: list[str], i: int) -> bool:
    """Whether words[i] is part of "H E" / "HE" / "His Excellency" standing before a name."""
    word, after = words[i], words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    return bool(after) and (
        word in _EXCELLENCY
        or (word == "H" and after in ("E", "E.", "H", "H."))
        or (word in ("E", "E.") and before == "H")
        or (word in ("H", "H.") and before == "H")
        or (word in ("His", "Her") and after in ("Excellency", "Highness"))
    )


#: The only words `excellency` can be true of (a cheap test first, for scans of every word).
EXCELLENCY_WORDS = frozenset(_EXCELLENCY | {"H", "H.", "E", "E.", "His", "Her"})


def honour_words(doc: Doc) -> list[int]:
    """The indices, in order, of the words of `doc` that are words of address or part of "H E": each
    distinct word tested once, through the document's index of words (no Token or loop per word)."""
    from quizgen.nlp import tokens_where

    found = tokens_where(doc, "ORTH", lambda w: w in EXCELLENCY_WORDS or is_address(w))

    def word(i: int) -> str:
        return doc[i].text if 0 <= i < len(doc) else ""

    return [i for i in found if is_address(word(i)) or excellency([word(i - 1), word(i), word(i + 1)], 1)]


def is_address(word: str) -> bool:
    """ "Dr", "Prof", "Sheikh": a word of address, read from its text alone."""
    return word.lower().rstrip(".") in HONORIFICS or word.lower() in ADDRESS


def is_honorific(token: Token) -> bool:
    """'Dr', 'Prof', 'Sheikh', 'H E', 'His Excellency': words before a name that are neither name nor post."""
    doc = token.doc
    words = [t.text for t in doc[max(0, token.i - 1) : token.i + 2]]
    if graded_style(token):
        return True  # "Most Rev. John Akinyemi", "the Rt Hon Ann Lee"
    return is_address(token.text) or excellency(words, 1 if token.i > 0 else 0)


def name_length(name: str) -> int:
    """The words of a name that are not particles joining it ("Hamad bin Ali Al Kuwari" has three)."""
    words = name.split()
    return len(words[:1]) + sum(
        1 for w in words[1:] if w not in ARABIC_PARTICLES and w.lower() not in EUROPEAN_PARTICLES
    )


#: Styles of address that are posts too, written after the post the person holds ("IEC chairperson
#: Justice Ann Lind", "faculty dean Professor Tom Pell"): there the style is no part of the post.
STYLES = {"justice", "professor", "prof", "judge", "dr"}


def style_after_post(token: Token, start: int) -> bool:
    """A capitalised style right after a lower-case post word: "chairperson Justice" holds the post "chairperson"."""
    before = token.doc[token.i - 1] if token.i - 1 >= start else None
    return (
        token.lower_.rstrip(".") in STYLES
        and token.text[:1].isupper()
        and before is not None
        and before.text.isalpha()
        and before.text.islower()
        and before.lower_ in TITLE_WORDS
    )


def graded_style(token: Token) -> bool:
    """ "Most Rev.", "Rt Hon", "Very Rev": a graded style of address before a name, which is no post
    ("Who was the Most Rev?"), although "Rev." alone may be read as one."""
    doc, word = token.doc, token.lower_.rstrip(".")
    if word in STYLE_GRADES:
        return token.i + 1 < len(doc) and doc[token.i + 1].lower_.rstrip(".") in STYLED
    return word in STYLED and token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in STYLE_GRADES
