"""How names and clauses read in a question: "the" before institution names, and capitals
that belonged only to the start of the original sentence."""

from __future__ import annotations

import re

from quizgen.text import whole_words

#: One-word names of seats of power English always writes with "the", though news often writes them
#: bare as a modifier ("Vatican treasurer", "Kremlin spokesman", "Pentagon official").
THE_NAMES = frozenset(
    {"Vatican", "Kremlin", "Pentagon", "Treasury", "Bundesbank", "Bundestag", "Knesset", "Holy See", "Elysee"}
)
#: Head words of institution names that take "the" ("the Ministry of …", "the National Heart Foundation").
THE_WORDS = (
    "Association",
    "Academy",
    "Committee",
    "Ministry",
    "Commission",
    "Institute",
    "Union",
    "Center",
    "Centre",
    "Office",
    "Council",
    "Department",
    "Agency",
    "Government",
    "Group",
    "Bank",
    "Federation",
    "Foundation",
    "Clinic",
    "Board",
    "Administration",
    "Authority",
    "Service",
    "Trust",
    "Society",
    "Museum",
    "Library",
    "Court",
    "Parliament",
    "Assembly",
    "Organization",
    "Organisation",
    "Fund",
    "Forum",
    "Conference",
    "Bureau",
    "Corporation",
    "Party",
    "Programme",
    "Program",
    "Network",
    *"Reserve Senate Navy Army Police Guard Treasury Secretariat Cabinet Embassy Laboratory Observatory".split(),
    *"Tribunal Coalition Alliance Consortium Institution Directorate Inspectorate Movement Front".split(),
)


#: `with_the`'s answers for the text it was last asked about: question writing asks the same names
#: of one article many times, and each answer reads the whole article.
_KNOWN: tuple[str, dict[str, str]] = ("", {})


def with_the(name: str, text: str = "") -> str:
    """`name` as a question writes it, "the" before it where English wants one (see `_with_the`)."""
    global _KNOWN
    text = text or ""
    known_text, known = _KNOWN
    if known_text is not text:
        known = {}
        _KNOWN = (text, known)  # one swap: a thread asking about another text keeps its own dict
    found = known.get(name)
    if found is None:
        found = known[name] = _with_the(name, text)
    return found


def _with_the(name: str, text: str) -> str:
    """Prefix 'the' where English wants it: "the China Association …", "the University of Ghana",
    but "Tsinghua University", "GfK" and lowercase terms stay as they are. When the article itself
    writes "the BBC", that settles it."""
    the_uses = [m for m in _the_uses(name, text) if not _post_after(m)]
    if the_uses:  # not "the NASA Space Center", nor "the Harbour Trust president" (the president's "the")
        # "the United boss" is "the [United boss]": a name the article writes more often bare keeps no "the"
        if len(name.split()) > 1 or _bare_uses(name, text) <= len(re.findall(rf"\b[Tt]he {re.escape(name)}\b", text)):
            return "the " + name
    words = name.split()
    if not words or words[0].lower() in ("the", "a", "an") or name.isupper() or words[0].endswith("'s"):
        return name
    if name in THE_NAMES:
        return "the " + name  # "treasurer of the Vatican", though the article writes "Vatican treasurer"
    if text and " of " not in name and " for " not in name and _bare_uses(name, text) >= 2:
        return name  # the article writes "Harbour Trust said", never "the Harbour Trust"
    if words[0][:1].islower():
        return name
    if words[-1] in ("University", "College") and " of " not in name:
        return name
    if " of " in name or " for " in name or any(w in THE_WORDS for w in words):
        return "the " + name
    return name


def _the_uses(name: str, text: str) -> list[re.Match[str]]:
    """What `re.finditer` finds of "the <name>" (with the word after it) in `text`, tried only where
    "he <name>" stands: a pattern with no fixed start would walk all of a long article per name."""
    key = f"he {name}"
    at = text.find(key)
    if at < 0:
        return []  # (a pattern per name only when it can find one)
    pattern = re.compile(rf"\b[Tt]he {re.escape(name)}\b(?!\s+[A-Z])(\s+\w+)?")
    found: list[re.Match[str]] = []
    end = 0  # as finditer: a match never starts inside the one before
    while at >= 0:
        m = pattern.match(text, at - 1) if at - 1 >= end else None
        if m is not None:
            found.append(m)
            end = m.end()
        at = text.find(key, at + 1)
    return found


def _post_after(m: re.Match[str]) -> bool:
    from quizgen.facts.titles import is_post  # titles reads names through this module's neighbours

    return bool(m.group(1)) and is_post(m.group(1).strip())


def _bare_uses(name: str, text: str) -> int:
    """How often the article writes `name` on its own: not after "the", not inside a longer name."""
    count = 0
    if name not in text:
        return 0  # no pattern to compile
    for at in whole_words(text, [name]):
        before = re.search(r"(\S+)\s+$", text[max(0, at - 40) : at])
        word = before.group(1) if before else ""
        if word.lower() != "the" and not (word[:1].isupper() and not word.endswith((".", ":", '"'))):
            count += 1
    return count


#: Sentence-opening words that are not names: lowercased when a clause moves inside a question.
FUNCTION_WORDS = {
    "The",
    "A",
    "An",
    "All",
    "Any",
    "Some",
    "No",
    "This",
    "These",
    "Those",
    "There",
    "It",
    "Its",
    "Our",
    "We",
    "They",
    "Their",
    "Much",
    "Many",
    "Most",
    "More",
    "Of",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "Now",
    "Past",
    "Long",
    "New",
    "About",
    "Nearly",
    "Over",
}


def lower_first(text: str) -> str:
    """'The money …' → 'the money …' when a sentence becomes part of a question; names keep capitals."""
    head, _, rest = text.partition(" ")
    if head in FUNCTION_WORDS:
        return head.lower() + (" " + rest if rest else "")
    return text
