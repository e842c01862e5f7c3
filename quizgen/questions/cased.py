"""Names a question lowercased, and commas an appositive cut out left behind.

A question made from a sentence's subject lowercases the subject's first word ("The money …" →
"how much did the money …"); when that word was a name or a proper adjective ("Canadian economic
growth", "Research in Motion") it must keep its capital. And a question that drops an appositive
("gross domestic product, the total value of goods, grew …") must drop both its commas, not one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes
from quizgen.text import named_mid_sentence, stands_apart

if TYPE_CHECKING:
    from collections.abc import Iterable

    from quizgen.facts.context import ArticleContext, NamedEntity

#: Entity kinds whose words keep their capitals anywhere in a sentence.
PROPER = {"NORP", "GPE", "ORG", "PERSON", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"}


def proper_capitals(question: str, ctx: ArticleContext, sentence: str = "") -> str:
    """`question` with the first word of a name or proper adjective the article capitalizes given back
    its capital ("canadian economic growth" → "Canadian economic growth"); the short form of a longer
    name ("Veritas" of "Veritas Systems") only when `sentence`, the question's source, opens with it."""
    unquoted = blank_quotes(question)
    opening = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    for name, lowered, short in _article_names(ctx):
        if lowered not in unquoted or (short and name != opening):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", unquoted):
            if m.start() > 0:
                question = question[: m.start()] + name + question[m.end() :]
    return question


def _article_names(ctx: ArticleContext) -> list[tuple[str, str, bool]]:
    """The article's names that keep their capitals, longest first, each with its lowercased form and
    whether it is only a longer name's short form: worked out once per article, not once per question."""
    cached: list[tuple[str, str, bool]] | None = ctx.__dict__.get("_proper_capitals")
    if cached is not None:
        return cached
    ents = getattr(ctx, "ents", ())  # a context made for a test may carry no parse
    names = {e.text for e in ents if e.label_ in PROPER and e.text[:1].isupper() and e.text[1:2].islower()}
    # a word capitalized only where a sentence starts may be a common noun the tagger took for a name
    norp = {e.text for e in ents if e.label_ == "NORP"}
    names = {n for n in names if n in norp or named_mid_sentence(n, ctx.text)}
    short = _short_forms(ents) - names
    cached = []
    for name in sorted(names | short, key=len, reverse=True):
        lowered = name[:1].lower() + name[1:]
        if name.split()[0] in ("The", "A", "An") or stands_apart(ctx.text, lowered):
            continue  # "the Fed", "apple growers": the article itself writes these words in lower case
        cached.append((name, lowered, name in short))
    ctx.__dict__["_proper_capitals"] = cached
    return cached


def _short_forms(ents: Iterable[NamedEntity]) -> set[str]:
    """The first words of the article's longer names ("Veritas" of "Veritas Systems"): a company's
    short name may open every sentence that names it, where the tagger may call it a common noun; it
    keeps its capital unless the article writes the word in lower case too ("apple growers")."""
    found = set()
    for e in ents:
        words = e.text.split()
        if e.label_ in PROPER and len(words) > 1 and all(w[:1].isupper() and w[1:2].islower() for w in words):
            found.add(words[0])
    return found


#: ", " with the words either side: "product, grew".
_COMMA = re.compile(r"(\w+), (\w+(?: \w+)?)")


def stray_commas(question: str, sentence: str) -> str:
    """`question` without a comma left where the sentence had an aside between two ("gross domestic
    product, the total value of goods, grew" asked as "… product, grew" → "… product grew")."""
    if "," not in question:
        return question  # no comma to leave out (most questions): the pattern below needs one
    unquoted = blank_quotes(question)
    cuts = []
    for m in _COMMA.finditer(unquoted):
        left, right = m.group(1), m.group(2)
        if f"{left}, {right}" in sentence or f"{left}, " not in sentence or f", {right}" not in sentence:
            continue
        if sentence.find(f"{left}, ") > sentence.find(f", {right}"):
            continue  # the sentence's comma before the right-hand words comes first: not an aside cut out
        cuts.append(m.end(1))
    for at in reversed(cuts):
        question = question[:at] + question[at + 1 :]
    return question
