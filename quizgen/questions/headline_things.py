"""A bare "the deal", "the vote", "the new rules" that the headline shown above every question places.

The learner reads each question under its article's headline and date (the "From:" line of the quiz
and of every card: see questions/title_blank.py). So "Who said the deal was fair?" under "Pilots'
union threatens strike over pay deal" says which deal, and the checks that drop a "the <noun>" a lone
question cannot place (questions/which_one.py, questions/unasked.py, questions/introduced.py) let it
stand. Only when the headline names exactly one such thing, with the noun itself in the same number
("deals" names several), the article speaks of no other ("the previous deal", "another vote"), and
the question's own words do not point to another ("the second vote"); never for a person ("the man"),
who needs a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import PERSON_NOUNS

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: Words before a noun that say the article has others of the kind: "the second vote", "an earlier deal".
OTHER_ONES = "another other earlier previous prior old older existing separate second third rival first last".split()
#: Words a question may put between "the" and the noun that still mean the headline's one: "the new rules".
SAME_ONE = {"new", "latest", "proposed", "planned", "current", "whole", "full", "entire", "official", "recent"}
#: A word that is no person's only as a thing: "the pair", "the couple" stand for people, like "the man".
_PEOPLE = PERSON_NOUNS | {"man", "woman", "men", "women", "people", "person", "pair", "duo", "trio", "couple"}


def headline(ctx: ArticleContext) -> str:
    """The headline shown above the article's questions ("" when unknown): set by `questions.write_many`."""
    return ctx.headline


def placed(phrase: str, ctx: ArticleContext) -> bool:
    """Does the headline place `phrase` ("the deal", "the new rules", "The vote")? See the module."""
    words = phrase.lower().split()
    if len(words) < 2 or words[0] != "the" or len(words) > 3:
        return False
    noun, modifier = words[-1], words[1:-1]
    if noun in _PEOPLE or any(w not in SAME_ONE for w in modifier):
        return False
    nouns = _headline_nouns(ctx)
    if nouns.count(noun) != 1 or _others_named(noun, headline(ctx), ctx.text):
        return False
    return True


def _others_named(noun: str, title: str, text: str) -> bool:
    """Does the article speak of another such thing ("the previous deal", "an earlier vote", "two deals",
    "its decision to close a furnace" under "Steelmaker to appeal court decision")?"""
    both = f"{title}\n{text}"
    plural = noun if noun.endswith("s") else f"{noun}s"
    other = rf"\b(?i:{'|'.join(OTHER_ONES)}) (?:[a-z-]+ )?{re.escape(noun)}\b"
    several = rf"\b(?i:two|three|several|both|many|multiple|all) (?:[a-z-]+ )?{re.escape(plural)}\b"
    if re.search(other, both) or (plural != noun and re.search(several, both)):
        return True
    said = set(re.findall(r"[a-z]+", title.lower()))
    for m in re.finditer(rf"\b{re.escape(noun)} (?:to|on|over|about|against|for|of) (?:the |a |an )?([a-z]+)", text):
        if m.group(1) not in said:
            return True  # "its decision to close …" is not the headline's "court decision on … pension fund"
    owner = rf"\b(?:its|their|his|her|[A-Z][\w]*['\u2019]s) (?:[a-z-]+ )?{re.escape(noun)}\b"
    return any(m.group().split()[0].lower().rstrip("'\u2019s") not in said for m in re.finditer(owner, text))


def _headline_nouns(ctx: ArticleContext) -> list[str]:
    """The headline's common nouns, lower-cased ("deal", "strike"), tagged once per article piece."""
    found: list[str] | None = ctx.__dict__.get("headline_nouns")
    if found is None:
        found = ctx.__dict__["headline_nouns"] = nouns_of(headline(ctx))
    return found


def nouns_of(title: str) -> list[str]:
    """The common nouns of a headline as its tagger reads them: "rules" in "Council approves new parking
    rules", and "strike" after "threatens" (its object, though tagged a verb). A headline with no verb
    ("Court rules against operator") has none: its verb may be read as a noun. A headline in Title
    Case is read in sentence case first."""
    line = title.strip().splitlines()[0] if title.strip() else ""
    line = re.sub(r"^#+\s*", "", line)
    if not line:
        return []
    words = line.split()
    if sum(w[:1].isupper() for w in words) > len(words) * 0.6 and len(words) > 3:
        line = " ".join([words[0], *(w.lower() if w[1:].islower() else w for w in words[1:])])
    from quizgen.questions.grammar import tag

    tokens = tag([line])[0]
    if not any(t.tag_.startswith(("VB", "MD")) for t in tokens):
        return []
    return [
        t.lower_
        for t in tokens
        if t.tag_ in ("NN", "NNS") or (t.tag_ == "VB" and t.i > 0 and t.nbor(-1).tag_ in ("VBZ", "VBD", "VBP"))
    ]
