"""Acronyms the article defines in parentheses, checked with the Schwartz–Hearst rule.

"China Association for Science and Technology (CAST)" and "LCDs (liquid crystal displays)":
every letter of the short form must be found, in order, at word starts of the long form
(the last one may sit inside a word), so a bracketed aside is not taken for a definition.
"""

from __future__ import annotations

import re

from quizgen.facts.context import ArticleContext
from quizgen.models import Fact

SHORT = r"[A-Z][A-Za-z&\-]{1,9}?s?"
SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "to", "at", "&", "de", "des", "du", "la", "le"}


def extract_acronyms(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    text = ctx.text
    for m in re.finditer(rf"\(({SHORT})\)", text):
        short = m.group(1)
        if sum(c.isupper() for c in short) < 2:
            continue
        long = _long_before(text[: m.start()], short)
        if long:
            _add(ctx, facts, short, long, m.start())
    for m in re.finditer(rf"\b({SHORT})\s+\(([^()]{{3,80}})\)", text):
        short, long = m.group(1), m.group(2).strip()
        if sum(c.isupper() for c in short) >= 2 and _matches(short, long.split()):
            _add(ctx, facts, short, long, m.start())
    return list(facts.values())


def _add(ctx: ArticleContext, facts: dict[str, Fact], short: str, long: str, at: int) -> None:
    if ctx.in_quote(at) or short in facts:
        return
    ctx.acronyms[short] = long
    if short.endswith("s") and short[:-1].isupper():
        ctx.acronyms[short[:-1]] = long
    sent = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    sentence = sent.sent.text.strip() if sent is not None else ""
    where = sentence.find(long)
    facts[short] = Fact(
        kind="acronym", key=f"acronym|{short.lower()}", sentence=sentence,
        answer_span=(where, where + len(long)) if where >= 0 else None,
        slots={"short": short, "long": long},
    )


def _long_before(before: str, short: str) -> str | None:
    """The run of words ending right before "(SHORT)" that the letters fit: word initials first
    ("China Classification Society" for CCS), letters inside words only when no run of initials fits."""
    words = re.findall(r"[\w'&\-]+", before.split("\n")[-1])[-12:]
    letters = short.rstrip("s") if short[:-1].isupper() else short
    runs = [words[-n:] for n in range(1, len(words) + 1) if words[-n].lower() not in SMALL_WORDS]
    for strict in (True, False):
        for candidate in runs:
            if _matches(letters, candidate, initials_only=strict):
                return _span_text(before, candidate)
    return None


def _span_text(before: str, words: list[str]) -> str:
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = list(re.finditer(pattern, before))
    return found[-1].group(0) if found else " ".join(words)


def _matches(letters: str, words: list[str], initials_only: bool = False) -> bool:
    """Schwartz–Hearst, simplified: the first letter starts the first word; the rest follow in order,
    content words each give at least one letter, and at least half the letters start a word."""
    wanted = [c.lower() for c in letters if c.isalpha()]
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if not wanted or not content or content[0][0].lower() != wanted[0]:
        return False
    initials = [w[0].lower() for w in content]
    if initials == wanted or "".join(initials) == "".join(wanted):
        return True
    if initials_only:
        return False
    # letters may also come from inside words (HDTV ← "high definition"): walk both in order
    text = " ".join(w.lower() for w in content)
    pos = 0
    starts = 0
    for c in wanted:
        at = text.find(c, pos)
        if at < 0:
            return False
        starts += at == 0 or text[at - 1] == " "
        pos = at + 1
    used_words = text[:pos].count(" ") + 1
    return used_words == len(content) and starts >= max(2, len(wanted) // 2) and len(content) <= len(wanted)
