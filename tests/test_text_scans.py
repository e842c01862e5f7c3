"""The string scans that replaced a pattern compiled per name find exactly what those patterns found.

Each scan is checked against its pattern on many short strings built from the pieces that make
the edges hard: word characters, hyphens, full stops, line breaks, and letters that fold into
ASCII without case (the Kelvin sign, the long s, dotted and dotless i).
"""

import random
import re

from quizgen.questions.highlight import whole_word, word_spans
from quizgen.questions.org_answer import _cut_short, _named_like_a_person, _torn_front
from quizgen.questions.referents import _owns
from quizgen.questions.title_blank import BLANK, _blanked_from
from quizgen.text import written_mid_sentence

_PIECES = ["Sea", "Watch", "Now", "The", "the", "Zealand", "Ms", "Okoro", "widow", "Ann", "a", "k", "s", "i"]
_PIECES += [" ", " ", ",", ".", "-", "_", "\n", "é", "\u212a", "\u017f", "\u0130", "\u0131", "report", "'s", "by"]


def _strings(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, longest))) for _ in range(count)]


def test_an_answer_is_found_where_its_case_blind_pattern_finds_it():
    forms = ["Sea Watch", "sea  watch", "k", "Okoro", "i", "s", "s.", "Ann-", "a k"]
    for text in _strings(1, 3000, 9):
        for form in forms:
            assert word_spans(form, text) == [m.span() for m in whole_word(form).finditer(text)], (form, text)


def test_a_word_is_written_mid_sentence_where_the_pattern_finds_it():
    for text in _strings(2, 3000, 9):
        for word in ("Watch", "Okoro", "s."):
            expected = re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None
            assert written_mid_sentence(word, text) == expected, (word, text)


def test_a_title_is_told_blanked_where_the_pattern_tells_it():
    for title in _strings(3, 1500, 7):
        for shown in _strings(4, 8, 5):
            shown = shown.replace("Now", BLANK)
            expected = re.fullmatch(".+?".join(re.escape(p) for p in shown.split(BLANK)), title) is not None
            assert _blanked_from(shown, title) == expected, (shown, title)
    assert _blanked_from(f"Port {BLANK} picks {BLANK}", "Port Vell picks Ann Holt")
    assert not _blanked_from(f"Port {BLANK} picks {BLANK}", "Port Vell chose Ann Holt")


def _torn_front_pattern(name: str, sentence: str) -> bool:
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}\b", sentence))
    befores = [re.search(r"(?<=[a-z,;] )([A-Z][a-z]+) $", sentence[: m.start()]) for m in found]
    return bool(found) and all(b is not None and b.group(1) != "The" for b in befores)


def _cut_short_pattern(name: str, sentence: str) -> bool:
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)} ([A-Z][\w&-]*)", sentence))
    alone = re.findall(rf"(?<![\w-]){re.escape(name)}\b", sentence)
    return bool(found) and len(found) == len(alone) and not any(m.group(1).isupper() for m in found)


def test_a_torn_or_cut_name_is_told_where_the_patterns_tell_it():
    for sentence in _strings(5, 3000, 10):
        for name in ("Sea Watch", "Zealand", "Watch", "Okoro"):
            assert _torn_front.__wrapped__(name, sentence) == _torn_front_pattern(name, sentence), (name, sentence)
            assert _cut_short.__wrapped__(name, sentence) == _cut_short_pattern(name, sentence), (name, sentence)


def test_a_one_word_name_is_a_persons_after_a_title_kin_or_an_introduction():
    text = "Ms Okoro spoke. His widow, Anjali, wept. Jo Tanaka, from Leeds, and Lee Park, 55, came."
    assert _named_like_a_person("Okoro", text)
    assert _named_like_a_person("Anjali", text)
    assert _named_like_a_person("Tanaka", text)
    assert _named_like_a_person("Park", text)
    assert not _named_like_a_person("Leeds", text)
    assert not _named_like_a_person("Okor", text)  # no part of a longer word


def test_a_body_owns_the_document_its_name_stands_by():
    text = "The Harwick Trust's latest report and a study by the Marden Institute, not the Kestrel Board."
    assert _owns("Harwick Trust", "report", text)
    assert _owns("Marden Institute", "study", text)
    assert not _owns("Kestrel Board", "report", text)
    assert _owns("Kestrel Board", "report", "the Kestrel Board reports")
