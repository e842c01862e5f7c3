"""Acronyms the article defines, checked with the Schwartz–Hearst rule.

"Northern Institute for Marine Research (NIMR)", "LCDs (liquid crystal displays)",
"the governing Social Reform Party, SRP, said" and "Wada" for the World Anti-Doping Agency:
every letter of the short form must be found, in order, in the long form (word starts first),
so a bracketed aside is not taken for a definition. A long form the article names whose exact
initials it also uses alone ("General Motors" … "GM") is defined too. Acronyms every learner knows
as words ("WHO", "NASA") are read but not asked. A bracketed short name whose letters spell another
language's name ("… Institute for Forest Research (WSL)") is read as the same body, never asked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import AcronymFact, Fact
from quizgen.facts.lexicon import COMMON_ACRONYMS
from quizgen.nlp import tokens_where
from quizgen.text import strip_the, whole_words

SHORT = r"[A-Z][A-Za-z&\-]{1,9}?s?"
PLACES = {"GPE", "LOC", "NORP"}
SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "to", "at", "&", "de", "des", "du", "la", "le"}


class Acronyms(NamedTuple):
    """The acronym pass's result: its facts, and every short form's long form (plurals too),
    which the later passes read through `ArticleContext.long_form`."""

    facts: list[Fact]
    long_forms: dict[str, str]


def extract_acronyms(ctx: ArticleContext) -> Acronyms:
    facts: dict[str, Fact] = {}
    known: dict[str, str] = {}
    text = ctx.text
    for m in re.finditer(rf"\(({SHORT})\)", text):
        short = m.group(1)
        long = _long_before(text[: m.start()], short)
        if long:
            _add(ctx, facts, known, short, _fuller(text, short, long), m.start())
    for m in re.finditer(rf"\b({SHORT})\s+\(([^()]{{3,80}})\)", text):
        short, long = m.group(1), m.group(2).strip()
        if _matches(short, long.split()):
            _add(ctx, facts, known, short, long, m.start())
    for m in re.finditer(r",\s+([A-Z]{2,6}),", text):  # "the Social Reform Party, SRP, said"
        long = _long_before(text[: m.start()], m.group(1), initials_only=True)
        if long:
            _add(ctx, facts, known, m.group(1), long, m.start())
    _used_alone(ctx, facts, known)
    known.update(_bracket_names(ctx, known))  # same body, not asked: "the Swiss … Institute (WSL)"
    kept = [f for f in facts.values() if not (isinstance(f, AcronymFact) and _everyday_in_passing(f.short, ctx))]
    return Acronyms(kept, known)


def _everyday_in_passing(short: str, ctx: ArticleContext) -> bool:
    """An everyday acronym ("UN", "WHO") mentioned in passing is not worth a question; one the story
    is about (written three times or more) is: a learner of that story should know it."""
    return short.upper() in COMMON_ACRONYMS and len(whole_words(ctx.text, [short])) < 3


def _used_alone(ctx: ArticleContext, facts: dict[str, Fact], known: dict[str, str]) -> None:
    """ "General Motors" … "GM": a named body whose initials the article also writes on their own."""
    # a body's initials, not a place's ("US" standing alone is the United States)
    written = set(re.findall(r"(?<![\w-])[A-Z]{2,8}(?!\w|-[A-Z])", ctx.text))  # "PML" of "PML-N" is not alone
    initials = {
        "".join(w[0] for w in re.findall(r"[\w'\-]+", e.text) if w.lower() not in SMALL_WORDS).upper()
        for e in ctx.ents
        if e.label_ == "ORG"
    }
    runs = _capital_runs(ctx.text, {w for w in written if len(w) >= MIN_RUN_INITIALS})
    if not written & initials and not runs:
        return  # the usual case: no body's initials stand alone, so no need to look at the tokens
    caps = [ctx.doc[i] for i in tokens_where(ctx.doc, "ORTH", frozenset(written).__contains__)]
    alone = {t.text for t in caps if t.ent_type_ in ("ORG", "")} - {t.text for t in caps if t.ent_type_ in PLACES}
    for ent in ctx.ents:
        words = [w for w in re.findall(r"[\w'\-]+", ent.text) if w.lower() not in SMALL_WORDS]
        if ent.label_ != "ORG" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        short = "".join(w[0] for w in words).upper()
        if _runs_on(ctx.text, ent.end_char, short):
            continue
        if short in alone and short not in facts and short not in known and not ctx.in_quote(ent.start_char):
            long = re.sub(r"['\u2019]s$", "", strip_the(ent.text))  # "The European Space Agency's probe"
            _add(ctx, facts, known, short, long, ent.start_char)
    for short, long, at in runs:
        if short in alone and short not in facts and short not in known and not ctx.in_quote(at):
            _add(ctx, facts, known, short, long, at)


def _runs_on(text: str, end: int, short: str) -> bool:
    """ "Centers for Disease Control and Prevention (CDC)": a name that spells the letters but runs on to
    the article's own definition of them is only the front of the name; asked, it would teach it cut short."""
    more = r"(?:\s+(?:and|&|of|for|the|on)\b|\s+[A-Z][\w'\-]*)+"
    return re.match(rf"{more}\s*\({re.escape(short)}\)", text[end:]) is not None


#: Letters a long form NER did not call a body needs before its initials count as a definition:
#: "National Shipping Register" … "NSR" is no accident, two capitals ("Port Road" … "PR") may be.
MIN_RUN_INITIALS = 3
#: A run of capitalised words, with the small words a name may hold between them.
_CAPITAL_RUN = re.compile(r"[A-Z][\w'\-]*(?:\s(?:(?:of|for|and|on|the|&)\s)*[A-Z][\w'\-]*)*")


def _capital_runs(text: str, shorts: set[str]) -> list[tuple[str, str, int]]:
    """(short, long, where) for each run of capitalised words whose content initials spell one of
    `shorts` exactly: "unveiled as the National Shipping Register Information System" … "NSRIS".
    Any stretch of a run that starts and ends with a capitalised word may be the name ("Under the
    Harbour Safety Act" → "Harbour Safety Act")."""
    if not shorts:
        return []
    found = []
    for m in _CAPITAL_RUN.finditer(text):
        words = [(w.group(), m.start() + w.start()) for w in re.finditer(r"\S+", m.group())]
        for i, (first, at) in enumerate(words):
            if first.lower() in SMALL_WORDS or not first[:1].isupper():
                continue
            for j in range(len(words), i + MIN_RUN_INITIALS - 1, -1):
                content = [w for w, _ in words[i:j] if w.lower() not in SMALL_WORDS]
                if not words[j - 1][0][:1].isupper() or any(not w[:1].isupper() for w in content):
                    continue
                short = "".join(w[0] for w in content).upper()
                if short in shorts and _runs_on(text, words[j - 1][1] + len(words[j - 1][0]), short):
                    break
                if short in shorts:
                    found.append((short, text[at : words[j - 1][1] + len(words[j - 1][0])], at))
                    break
    return found


def _add(ctx: ArticleContext, facts: dict[str, Fact], known: dict[str, str], short: str, long: str, at: int) -> None:
    if ctx.in_quote(at) or short in facts:
        return
    known[short] = long
    if short.endswith("s") and short[:-1].isupper():
        known[short[:-1]] = long
    sent = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    sentence = sent.sent.text.strip() if sent is not None else ""
    where = sentence.find(long)
    facts[short] = AcronymFact(
        key=f"acronym|{short.lower()}",
        sentence=sentence,
        answer_span=(where, where + len(long)) if where >= 0 else None,
        short=short,
        long=long,
    )


def _fuller(text: str, short: str, long: str) -> str:
    """'the Marine Survey Institute (MSIN)' when the article also writes "the Marine Survey Institute
    of Norway": the name the letters spell in full, not the one the definition cut short."""
    if _matches(short, _WORD.findall(long), initials_only=True):
        return long
    for m in re.finditer(re.escape(long) + r" (of|for) ((?:the )?[A-Z][\w&'\-]*(?: [A-Z][\w&'\-]*)*)", text):
        fuller = f"{long} {m.group(1)} {m.group(2)}"
        if _matches(short, _WORD.findall(fuller), initials_only=True):
            return fuller
    return long


def spells(short: str, long: str) -> bool:
    """Could `short` be the initials of `long` ("LCDs" of "liquid crystal displays")? Read as this
    pass reads a definition."""
    letters = short.rstrip("s") if short[:-1].isupper() else short
    return _matches(letters, re.findall(r"[\w'&\-]+", long))


def _long_before(before: str, short: str, initials_only: bool = False) -> str | None:
    """The run of words ending right before "(SHORT)" that the letters fit: word initials first
    ("China Classification Society" for CCS), letters inside words only when no run of initials fits."""
    line = re.sub(r"['\u2019]s?\s*$", "", before.split("\n")[-1].rstrip(" ,"))  # "Nova University's (NSU)"
    words = _last_words(line, 12)
    letters = short.rstrip("s") if short[:-1].isupper() else short
    runs = [words[-n:] for n in range(1, len(words) + 1) if words[-n].lower() not in SMALL_WORDS]
    for candidate in runs:
        if _matches(letters, candidate, initials_only=True):
            return _span_text(line, candidate)
    loose = [c for c in runs if not initials_only and _matches(letters, c)]
    if not loose:
        return None
    # the run whose word starts give most letters: "Indian Institute of Science" for IISc, not "Institute of Science"
    return _span_text(line, max(loose, key=lambda c: (_starts(letters, c), -len(c))))


def _starts(letters: str, words: list[str]) -> int:
    """How many of the letters fall on word starts when `words` spell them (see `_best_starts`)."""
    wanted = "".join(ch.lower() for ch in letters if ch.isalpha())
    content = [w.lower() for w in words if w.lower() not in SMALL_WORDS]
    return max(_best_starts(wanted, content) or 0, _best_starts(wanted, [p.lower() for p in _parts(words)]) or 0)


_WORD = re.compile(r"[\w'&\-]+")


def _last_words(line: str, count: int) -> list[str]:
    """`_WORD.findall(line)[-count:]`, read from the end of the line: a line with no break runs back
    to the start of a long article."""
    tail = line[-40 * count :]
    found = _WORD.findall(tail)
    if len(found) > count or len(tail) == len(line):  # (the first word found may be cut: not among the last)
        return found[-count:]
    return _WORD.findall(line)[-count:]


def _span_text(before: str, words: list[str]) -> str:
    pattern = r"\W+".join(re.escape(w) for w in words)
    found = list(re.finditer(pattern, before))
    return found[-1].group(0) if found else " ".join(words)


def _parts(words: list[str]) -> list[str]:
    """Content words, split at hyphens and inner capitals: "KwaZulu-Natal" → Kwa, Zulu, Natal."""
    out = []
    for word in words:
        if word.lower() in SMALL_WORDS:
            continue
        for piece in word.split("-"):
            out += [p for p in re.findall(r"[A-Z]?[^A-Z]*", piece) if p] if piece[:1].isupper() else [piece]
    return [p for p in out if p]


def _matches(letters: str, words: list[str], initials_only: bool = False) -> bool:
    """Schwartz–Hearst, simplified: the first letter starts the first word; every content word gives
    a letter; all-capital short forms need most letters at word starts ("JAXA": Japan Aerospace
    eXploration Agency), a short form in ordinary case ("Wada", "Sogenal") the word beginnings
    themselves (Wo-A-D-A, So-Gen-Al)."""
    wanted = "".join(c.lower() for c in letters if c.isalpha())
    if not wanted or len(wanted) < 2:
        return False
    for content in ([w for w in words if w.lower() not in SMALL_WORDS], _parts(words)):
        if not content or content[0][0].lower() != wanted[0]:
            continue
        if "".join(w[0].lower() for w in content) == wanted:
            return True
        if initials_only:
            continue
        if sum(c.isupper() for c in letters) < 2:
            if len(content) >= 2 and _prefixes(wanted, [w.lower() for w in content]):
                return True
            continue
        starts = _best_starts(wanted, [w.lower() for w in content])
        if starts is not None and starts >= max(2, len(wanted) // 2) and len(content) <= len(wanted):
            return True
    return False


def _prefixes(wanted: str, words: list[str]) -> bool:
    """Is `wanted` a non-empty beginning of each word in turn ("sogenal" ← societe generale alsacienne)?"""
    if not words:
        return not wanted
    word = words[0]
    return any(
        wanted[:n] == word[:n] and _prefixes(wanted[n:], words[1:]) for n in range(1, min(len(word), len(wanted)) + 1)
    )


def _best_starts(wanted: str, words: list[str]) -> int | None:
    """The most letters matched at word starts, walking letters and words in order with every word
    giving at least one letter; None when the letters do not fit."""

    @cache
    def walk(li: int, wi: int, ci: int) -> int | None:
        if li == len(wanted):
            return 0 if wi == len(words) - 1 else None
        best = None
        word = words[wi]
        for at in range(ci + 1, len(word)):  # later in the same word
            if word[at] == wanted[li]:
                rest = walk(li + 1, wi, at)
                best = rest if rest is not None and (best is None or rest > best) else best
                break
        if wi + 1 < len(words):  # in the next word, at its start or inside it
            nxt = words[wi + 1]
            for at in range(len(nxt)):
                if nxt[at] == wanted[li]:
                    rest = walk(li + 1, wi + 1, at)
                    if rest is not None and (best is None or rest + (at == 0) > best):
                        best = rest + (at == 0)
                    if at == 0:
                        continue
                    break
        return best

    if not words or words[0][0] != wanted[0]:
        return None
    found = walk(1, 0, 0)
    return None if found is None else found + 1


#: A bracketed short name: two to eight capitals ("WSL", "MSF"; "Interpol" is none).
_BRACKET = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")


def _bracket_names(ctx: ArticleContext, known: dict[str, str]) -> dict[str, str]:
    """Short names in brackets whose letters do not spell the long form: "the Swiss Federal Institute
    for Forest Research (WSL)". Not asked as acronyms (the letters stand for another language's name),
    but the same body: an answer written either way is right, and one is never a false option beside
    the other. short → long for each body NER found right before a bracketed short name the article then
    writes on its own, and which no place or earlier definition already claims."""
    found: dict[str, str] = {}
    for ent in ctx.ents:
        if ent.label_ != "ORG":
            continue
        m = _BRACKET.match(ctx.text, ent.end_char)
        if m is None or ctx.in_quote(ent.start_char):
            continue
        short = m.group(1)
        if short in known or short in found or not _stands_alone(ctx, short, m.end()):
            continue
        found[short] = re.sub(r"['\u2019]s$", "", strip_the(ent.text))
    return found


def _stands_alone(ctx: ArticleContext, short: str, after: int) -> bool:
    """Written again later, and never as a place ("Acme Holdings (UK)" is where, not who)."""
    if not whole_words(ctx.text[after:], [short]):
        return False
    return not any(e.label_ in PLACES and e.text == short for e in ctx.ents)
