"""The English pipelines' attribute ruler, matched faster: the same matches as spaCy's Matcher.

The attribute ruler sets each word's coarse part of speech, morphology and a few lemmas from
its tagger tag, with about 180 one- and two-word patterns. spaCy's Matcher tries every pattern
at every word, which cost a fifth of the whole parse. The patterns only read a word's lower-case
form, tag, dependency label and whether it is white space, so here each distinct combination of
those is tested once and looked up afterwards. The ruler then writes the attributes as before.
A ruler with any pattern this does not understand keeps spaCy's Matcher (`install` says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The token attributes a pattern may test, as `Doc.to_array` names them.
ATTRS = ("LOWER", "TAG", "DEP", "IS_SPACE")

#: Distinct words whose matches are remembered (a few MB); past this the memory starts afresh.
WORDS_KEPT = 50_000

Word = tuple[Any, ...]  # lower, tag, dep (strings), is_space
Test = Callable[[Word], bool]


def install(ruler: Any) -> bool:  # spaCy's AttributeRuler
    """Give `ruler` the faster matching when every one of its patterns is understood; say whether."""
    try:
        matcher = RuleMatcher(ruler)
    except ValueError:
        return False
    ruler.match = matcher.match  # AttributeRuler.__call__ calls self.match(doc)
    return True


class RuleMatcher:
    """`AttributeRuler.match` for rulers whose patterns test only ATTRS, exactly or with IN,
    NOT_IN or REGEX, with no operators ("OP")."""

    def __init__(self, ruler: Any) -> None:  # spaCy's AttributeRuler
        self.strings = ruler.vocab.strings
        self.tests: list[Test] = []  # one per pattern word, shared by equal specs
        self._test_of: dict[str, int] = {}
        self._by_value: dict[tuple[str, str] | None, list[int]] = {}  # tests by an exact value they want
        self.single: list[tuple[int, int]] = []  # (test, group) for one-word patterns
        self.longer: list[tuple[int, tuple[int, ...]]] = []  # (group, tests) for the rest
        for group, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = [self._test(spec) for spec in pattern]
                if not tests:
                    raise ValueError("an empty pattern")
                if len(tests) == 1:
                    self.single.append((tests[0], group))
                else:
                    self.longer.append((group, tuple(tests)))
        self.match_ids = [self.strings[str(group)] for group in range(len(ruler.patterns))]
        self._words: dict[tuple[int, ...], Passed] = {}
        self._shared: dict[Passed, Passed] = {}

    def _test(self, spec: dict[str, Any]) -> int:
        key = repr(sorted(spec.items()))
        if key not in self._test_of:
            checks = [_check(attr, value) for attr, value in spec.items()]
            self._test_of[key] = len(self.tests)
            self.tests.append(_all(checks))
            exact = next(((attr, v) for attr, v in spec.items() if attr != "IS_SPACE" and isinstance(v, str)), None)
            self._by_value.setdefault(exact, []).append(self._test_of[key])
        return self._test_of[key]

    def _word(self, values: tuple[int, ...]) -> Passed:
        """Which pattern words a word with these attribute values passes, the groups of the one-word
        patterns it matches and the longer patterns it may start: worked out once per distinct word."""
        found = self._words.get(values)
        if found is None:
            lower, tag, dep, space = values
            word = (self.strings[lower], self.strings[tag], self.strings[dep], bool(space))
            candidates = [  # a test that wants an exact value is only tried on words with that value
                *self._by_value.get(None, ()),
                *self._by_value.get(("LOWER", word[0]), ()),
                *self._by_value.get(("TAG", word[1]), ()),
                *self._by_value.get(("DEP", word[2]), ()),
            ]
            passed = frozenset(i for i in candidates if self.tests[i](word))
            groups = tuple(sorted({group for test, group in self.single if test in passed}))
            starts = tuple((group, tests) for group, tests in self.longer if tests[0] in passed)
            found = Passed(passed, groups, starts)
            found = self._shared.setdefault(found, found)  # most words share one of a few answers
            if len(self._words) >= WORDS_KEPT:  # memory stays flat over any number of articles
                self._words.clear()
            self._words[values] = found
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(group, match id, start, end) for every match, sorted as `AttributeRuler.match` sorts them."""
        if not len(doc):
            return []
        words = [self._word(tuple(row)) for row in doc.to_array(list(ATTRS)).tolist()]
        found = {(group, start, start + 1) for start, word in enumerate(words) for group in word.groups}
        for start, word in enumerate(words):
            for group, tests in word.starts:
                end = start + len(tests)
                if end <= len(words) and all(t in words[start + k].passed for k, t in enumerate(tests[1:], 1)):
                    found.add((group, start, end))
        return sorted((group, self.match_ids[group], start, end) for group, start, end in found)


class Passed(NamedTuple):
    """What one distinct word matches (see `RuleMatcher._word`)."""

    passed: frozenset[int]
    groups: tuple[int, ...]
    starts: tuple[tuple[int, tuple[int, ...]], ...]


def _all(checks: list[Test]) -> Test:
    return lambda word: all(check(word) for check in checks)


def _check(attr: str, value: Any) -> Test:
    """One attribute's test in a pattern word, as spaCy's Matcher reads it."""
    if attr not in ATTRS:
        raise ValueError(f"attribute {attr}")
    at = ATTRS.index(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise ValueError("IS_SPACE with an operator")
        return lambda word: word[at] == value
    if isinstance(value, str):
        return lambda word: word[at] == value
    if not isinstance(value, dict) or len(value) != 1:
        raise ValueError(f"{attr}: {value!r}")
    [(op, arg)] = value.items()
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda word: regex.search(word[at]) is not None
    if op in ("IN", "NOT_IN") and _strings(arg):
        values = frozenset(arg)
        return (lambda word: word[at] in values) if op == "IN" else (lambda word: word[at] not in values)
    raise ValueError(f"{attr}: {value!r}")


def _strings(values: Any) -> bool:
    return isinstance(values, Sequence) and not isinstance(values, str) and all(isinstance(v, str) for v in values)
