"""Pilot tests of the first screen: questions given ready with autostart (`quizgen review --mode`)
open straight on the first question, with no start screen drawn only to be covered at once."""

from __future__ import annotations

import pytest
from textual.widgets import Static
from tui_helpers import SIZE, quiz_app, ready, right_key, started

from quizgen.models import Question
from quizgen.tui.messages import QuestionShown
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen
from quizgen.tui.screens.start_screen import StartScreen


async def test_ready_questions_open_on_the_first_question(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions[:2], mode="mcq", autostart=True)
    async with app.run_test(size=SIZE) as pilot:
        # The very first screen, before any pause: the question, not the start screen.
        assert isinstance(app.screen, QuizScreen)
        assert not any(isinstance(s, StartScreen) for s in app.screen_stack)
        await ready(pilot)
        for _ in range(2):
            await pilot.press(right_key(app))
            await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)  # finishing still shows the results
        assert "Score: 2/2" in str(app.screen.query_one("#results-score", Static).render())
        await pilot.press("q")
    assert app.return_code == 0


async def test_no_question_of_the_chosen_kinds_stays_on_the_start_screen(sample_questions: list[Question]) -> None:
    quotes = [q for q in sample_questions if q.kind == "quote"]
    app = quiz_app(quotes, mode="mcq", kinds=("role",), autostart=True)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):  # not `ready`: that waits for a question, and none is asked
            await app.workers.wait_for_complete()
            await pilot.pause()
            if app._notifications:
                break
        assert isinstance(app.screen, StartScreen)
        assert "0 questions" in str(app.screen.query_one("#start-kinds", Static).render())
        assert [n.message for n in app._notifications] == ["No questions match the chosen kinds."]


async def test_the_footer_keys_follow_each_step(sample_questions: list[Question]) -> None:
    from textual.widgets._footer import FooterKey

    def footer(app) -> set[str]:  # type: ignore[no-untyped-def]
        return {key.description for key in app.screen.query(FooterKey)}

    app = quiz_app(sample_questions[:2], mode="mcq", autostart=True)
    async with started(app) as pilot:
        assert {"Answer", "I don't know"} <= footer(app) and "Continue" not in footer(app)
        await pilot.press(right_key(app))
        await pilot.pause()
        assert "Continue" in footer(app) and "Answer" not in footer(app)


async def test_the_grader_warms_up_only_after_the_first_question_is_drawn(
    sample_questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its imports hold the GIL: begun before the first paint (a busy machine can take longer to
    paint than the warm-up's delay), they would hold back the question the learner waits for."""
    import quizgen.tui.app as app_module

    order: list[str] = []
    monkeypatch.setattr(app_module, "WARM_UP_DELAY", 0.001)
    monkeypatch.setattr(app_module.QuizApp, "warm_up_grading", lambda self, dates: order.append("warm-up"))

    def shown(self: app_module.QuizApp, event: QuestionShown) -> None:
        if not order:
            self.call_after_refresh(order.append, "drawn")

    monkeypatch.setattr(app_module.QuizApp, "on_question_shown", shown, raising=False)
    app = quiz_app(sample_questions[:2], mode="mcq", autostart=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(20):
            await pilot.pause(0.01)
    assert order[:2] == ["drawn", "warm-up"]
