"""One quiz sitting: which question comes next, in which format, and how the learner did.

Headless (no Textual), so the rules are unit-tested without a terminal; the TUI only shows a
`Prompt`, passes the learner's answer back, and shows the `Attempt` it gets.

Modes:
  mcq, typed, flash -- every question once, in a seeded order; missed ones can be retried after.
  mixed ("learn")   -- Quizlet Learn as Quenti implements it: rounds of about 7 questions,
                       multiple choice until a question is answered right once, then typed;
                       a miss sends the question back to multiple choice and to the end of the
                       round; a round summary between rounds; done when every question has been
                       answered right typed.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import IntEnum
from typing import Any

from quizgen.attempts import Attempt, Prompt
from quizgen.errors import QuizgenError
from quizgen.models import Question
from quizgen.quiz_results import KindScore, Results, RoundSummary, score_sitting
from quizgen.selection import MODES

__all__ = [
    "FLASH_GRADES",
    "NOT_OVERRIDABLE",
    "ROUND_SIZE",
    "Attempt",
    "Grader",
    "KindScore",
    "Learning",
    "Prompt",
    "QuizSession",
    "Results",
    "RoundSummary",
]

#: Quenti's LEARN_TERMS_IN_ROUND.
ROUND_SIZE = 7
#: Grader reasons an "I was right" cannot undo: the typed value contradicts the answer's.
NOT_OVERRIDABLE = frozenset({"wrong date", "wrong number"})
#: Flash grades, as Anki numbers them.
FLASH_GRADES: tuple[str, ...] = ("Again", "Hard", "Good", "Easy")


class Learning(IntEnum):
    """How well a question is known within a Learn session (Quenti's correctness values)."""

    MISSED = -1
    UNSEEN = 0
    FAMILIAR = 1
    """Answered right as multiple choice; asked typed from now on."""
    MASTERED = 2


Grader = Callable[[str, Question, Sequence[str]], tuple[bool, str]]


def _default_grader(typed: str, question: Question, extra: Sequence[str]) -> tuple[bool, str]:
    from quizgen.grading import grade_answer

    verdict = grade_answer(typed, question, extra_aliases=extra)
    return verdict.correct, verdict.reason


@dataclass
class _Progress:
    """Per-question bookkeeping."""

    learning: Learning = Learning.UNSEEN
    asked: int = 0
    missed: bool = False
    learner_aliases: list[str] = field(default_factory=list)


class QuizSession:
    """The state of one sitting. Drive it with answer_*(), then advance() once feedback is read.

    Args:
        questions: In the order to ask them (see `pick_questions`).
        mode: One of MODES.
        seed: Fixes the order of multiple-choice options.
        round_size: Questions per Learn round.
        grader: Judges typed answers; the default is `quizgen.grading.grade_answer`.
        known: Learn levels reached in an unfinished earlier Learn session, by question id, so
            that session resumes (recalled questions are not asked again). Ignored once every
            question was recalled: the next session starts afresh.
    """

    def __init__(
        self,
        questions: Sequence[Question],
        mode: str,
        *,
        seed: int | None = None,
        round_size: int = ROUND_SIZE,
        grader: Grader = _default_grader,
        known: Mapping[str, int] | None = None,
    ) -> None:
        if mode not in MODES:
            raise QuizgenError(f"unknown mode {mode!r}")
        if not questions:
            raise QuizgenError("there are no questions to ask")
        self.mode = mode
        self._rng = random.Random(seed)
        self._grader = grader
        self._round_size = max(1, round_size)
        self._order = [q.id for q in questions]
        self._questions = {q.id: q for q in questions}
        self._progress = {q.id: _Progress() for q in questions}
        for q in questions:
            if not q.has_choices:  # no multiple choice possible: typed from the start
                self._progress[q.id].learning = Learning.FAMILIAR
        known = {qid: level for qid, level in (known or {}).items() if qid in self._progress}
        if self.is_learn and len([lv for lv in known.values() if lv >= Learning.MASTERED]) < len(questions):
            for qid, level in known.items():
                self._progress[qid].learning = Learning(max(int(self._progress[qid].learning), min(level, 2)))
        self._attempts: list[Attempt] = []
        self._undo: list[_Snapshot] = []
        self._round = 0
        self._round_start = 0
        self._timeline: list[str] = []
        self._position = 0
        self._prompt: Prompt | None = None
        self._pending: Attempt | None = None
        self._start_round()

    # --- what is on screen -------------------------------------------------------------------

    @property
    def is_learn(self) -> bool:
        return self.mode == "mixed"

    @property
    def prompt(self) -> Prompt | None:
        """The question being asked or just answered; None between rounds and at the end."""
        return self._prompt

    @property
    def pending(self) -> Attempt | None:
        """The answer just given, shown as feedback until `advance()`."""
        return self._pending

    @property
    def round(self) -> int:
        return self._round

    @property
    def total(self) -> int:
        return len(self._order)

    @property
    def round_over(self) -> bool:
        """A Learn round has ended and another is needed (show the summary, then next_round())."""
        return self._prompt is None and not self.finished

    @property
    def finished(self) -> bool:
        if self._prompt is not None:
            return False
        if self.is_learn:
            return all(p.learning == Learning.MASTERED for p in self._progress.values())
        return self._position >= len(self._timeline)

    def progress(self) -> tuple[int, int]:
        """(done, out of): answers settled, or in Learn, steps towards mastering every question."""
        if self.is_learn:
            done = sum(max(0, int(p.learning)) for p in self._progress.values())
            return done, 2 * len(self._order)
        return self._position, len(self._timeline)

    def tally(self) -> tuple[int, int]:
        """(right, wrong) answers so far, counting every attempt and the one being shown."""
        attempts = [*self._attempts, *([self._pending] if self._pending else [])]
        right = sum(1 for a in attempts if a.correct)
        return right, len(attempts) - right

    def learner_aliases(self, question_id: str) -> tuple[str, ...]:
        return tuple(self._progress[question_id].learner_aliases)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the questions still in this sitting."""
        return tuple(self._order)

    def level(self, question_id: str) -> int:
        """How well a question is known in this Learn session (a `Learning` value)."""
        return int(self._progress[question_id].learning)

    @property
    def can_undo(self) -> bool:
        return self._pending is not None or bool(self._undo)

    # --- answering -----------------------------------------------------------------------------

    def answer_choice(self, index: int) -> Attempt:
        """The learner picked choice `index` (0-based) of the current mcq prompt."""
        prompt = self._require("mcq")
        if not 0 <= index < len(prompt.choices):
            raise IndexError(f"no choice {index + 1}")
        chosen = prompt.choices[index]
        return self._answered(Attempt(prompt.question, "mcq", chosen == prompt.question.answer, chosen))

    def dont_know(self) -> Attempt:
        """ "I don't know": counts as wrong, and the feedback shows the answer."""
        prompt = self._prompt
        if prompt is None or self._pending is not None or prompt.format == "flash":
            raise RuntimeError("no multiple-choice or typed question is waiting for an answer")
        return self._answered(Attempt(prompt.question, prompt.format, False, "" if prompt.format == "typed" else None))

    def answer_typed(self, text: str) -> Attempt:
        """The learner typed `text` (empty means "I don't know")."""
        prompt = self._require("typed")
        question = prompt.question
        correct, reason = self._grader(text, question, self.learner_aliases(question.id))
        return self._answered(Attempt(question, "typed", correct, text, reason))

    def answer_flash(self, grade: int) -> Attempt:
        """The learner graded their own recall: 1 Again, 2 Hard, 3 Good, 4 Easy."""
        prompt = self._require("flash")
        if grade not in (1, 2, 3, 4):
            raise ValueError("flash grades are 1 to 4")
        return self._answered(Attempt(prompt.question, "flash", grade >= 2, grade=grade))

    @property
    def can_override(self) -> bool:
        """A wrong typed answer may be overridden, unless it names another date or number: a
        value the answer contradicts is never right (and would be accepted from then on)."""
        p = self._pending
        return bool(
            p
            and p.format == "typed"
            and not p.correct
            and (p.response or "").strip()
            and p.reason not in NOT_OVERRIDABLE
        )

    def override(self) -> Attempt:
        """ "I was right": the typed answer counts, and is accepted for this question from now on."""
        if not self.can_override or self._pending is None:
            raise RuntimeError("only a wrong typed answer can be overridden")
        attempt = replace(self._pending, correct=True, overridden=True)
        aliases = self._progress[attempt.question.id].learner_aliases
        typed = (attempt.response or "").strip()
        if typed not in aliases:
            aliases.append(typed)
        self._pending = attempt
        return attempt

    def advance(self) -> Attempt:
        """Settle the answer being shown (the one to record) and move to the next question."""
        attempt = self._pending
        if attempt is None:
            raise RuntimeError("nothing has been answered yet")
        self._undo.append(self._snapshot())
        self._pending = None
        self._attempts.append(attempt)
        progress = self._progress[attempt.question.id]
        progress.asked += 1
        if not attempt.correct:
            progress.missed = True
        if self.is_learn:
            if attempt.correct:
                progress.learning = Learning(min(int(Learning.MASTERED), max(0, int(progress.learning)) + 1))
            else:
                progress.learning = Learning.MISSED if attempt.question.has_choices else Learning.FAMILIAR
                later = self._timeline[self._position + 1 :]
                if attempt.question.id not in later:
                    self._timeline.append(attempt.question.id)  # back at the end of the round
        self._position += 1
        self._prompt = self._make_prompt()
        return attempt

    def undo(self) -> tuple[Attempt, bool]:
        """Take back the last answer and ask its question again; return it and whether it was
        settled (advanced past, and so possibly recorded) or only on screen."""
        if self._pending is not None:
            attempt, self._pending = self._pending, None
            return attempt, False
        if not self._undo:
            raise RuntimeError("there is no answer to undo")
        attempt = self._attempts[-1]
        snapshot = self._undo.pop()
        (
            self._progress,
            self._attempts,
            self._round,
            self._round_start,
            self._timeline,
            self._position,
            self._prompt,
            rng,
        ) = snapshot
        self._rng.setstate(rng)
        return attempt, True

    def drop_current(self) -> Question:
        """Leave out the question on screen for the rest of the sitting (it was suspended)."""
        if self._prompt is None:
            raise RuntimeError("no question is on screen")
        qid = self._prompt.question.id
        self._pending = None
        self._undo.clear()  # earlier states would bring the question back
        self._order.remove(qid)
        del self._progress[qid]
        self._timeline = self._timeline[: self._position] + [q for q in self._timeline[self._position :] if q != qid]
        self._prompt = self._make_prompt()
        return self._questions[qid]

    def next_round(self) -> None:
        """Start the next Learn round (after the summary was shown)."""
        if not self.round_over:
            raise RuntimeError("the round is not over")
        self._start_round()

    # --- summaries -----------------------------------------------------------------------------

    def round_summary(self) -> RoundSummary:
        attempts = self._attempts[self._round_start :]
        mastered = sum(1 for p in self._progress.values() if p.learning == Learning.MASTERED)
        familiar = sum(1 for p in self._progress.values() if p.learning >= Learning.FAMILIAR)
        right = sum(1 for a in attempts if a.correct)
        return RoundSummary(self._round, len(attempts), right, familiar, mastered, self.total)

    def results(self) -> Results:
        """Score and misses, over the questions asked so far."""
        asked = [self._questions[qid] for qid in self._order if self._progress[qid].asked]
        missed = {q.id for q in asked if self._progress[q.id].missed}
        return score_sitting(asked, missed, len(self._attempts))

    # --- internals -----------------------------------------------------------------------------

    def _start_round(self) -> None:
        self._round += 1
        self._round_start = len(self._attempts)
        if self.is_learn:
            todo = [qid for qid in self._order if self._progress[qid].learning != Learning.MASTERED]
            self._timeline = todo[: self._round_size]
        else:
            self._timeline = list(self._order)
        self._position = 0
        self._prompt = self._make_prompt()

    def _make_prompt(self) -> Prompt | None:
        if self._position >= len(self._timeline):
            return None
        question = self._questions[self._timeline[self._position]]
        fmt = self._format_for(question)
        choices: tuple[str, ...] = ()
        if fmt == "mcq":
            shuffled = list(question.choices)
            self._rng.shuffle(shuffled)
            choices = tuple(shuffled)
        return Prompt(question, fmt, choices, self._round)

    def _format_for(self, question: Question) -> str:
        if self.mode == "flash":
            return "flash"
        if not question.has_choices:
            return "typed"
        if self.mode == "mcq":
            return "mcq"
        if self.mode == "typed":
            return "typed"
        return "mcq" if self._progress[question.id].learning < Learning.FAMILIAR else "typed"

    def _require(self, fmt: str) -> Prompt:
        if self._prompt is None or self._pending is not None:
            raise RuntimeError("no question is waiting for an answer")
        if self._prompt.format != fmt:
            raise RuntimeError(f"the current question is {self._prompt.format}, not {fmt}")
        return self._prompt

    def _answered(self, attempt: Attempt) -> Attempt:
        self._pending = attempt
        return attempt

    def _snapshot(self) -> _Snapshot:
        return (
            copy.deepcopy(self._progress),
            list(self._attempts),
            self._round,
            self._round_start,
            list(self._timeline),
            self._position,
            self._prompt,
            self._rng.getstate(),
        )


_Snapshot = tuple[dict[str, _Progress], list[Attempt], int, int, list[str], int, "Prompt | None", tuple[Any, ...]]
"""The session's state before an answer was settled, for undo."""
