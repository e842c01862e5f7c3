"""A side's word in a conflict is never taught as fact: a figure someone denies is not asked, a claimed
or alleged figure and one given "according to" a source are asked with their source, and a claim
about the speaker himself keeps its verb."""

from __future__ import annotations

from invented_articles import questions_of_text


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in questions_of_text(text, kind="number")]


def test_a_figure_someone_denies_is_not_asked() -> None:
    text = "A spokesman for the rebel front, Idris Mahal, denied that 48 fighters had been killed in the raid."
    assert not any(a == "48" for _, a in _numbers(text))


def test_an_alleged_figure_is_asked_as_the_accusers_claim() -> None:
    text = "The opposition Union for Reform alleged that 900,000 ballots had been stuffed in nine provinces."
    asked = _numbers(text)
    assert asked, asked
    assert all(q.startswith("According to the opposition") for q, _ in asked), asked


def test_a_figure_given_according_to_a_source_keeps_it() -> None:
    text = "According to the Red Crescent, more than 8,000 families have fled the valley since the shelling began."
    ((question, answer),) = _numbers(text)
    assert question.startswith("According to the Red Crescent, "), question
    assert answer.endswith("8,000")


def test_a_figure_of_a_participle_saying_is_its_owners_claim() -> None:
    text = "The Election Board announced the result, saying Governor Amos Lek had won 57.3 percent of the vote."
    asked = [q for q, a in _numbers(text) if "57.3" in a]
    assert asked and asked[0].startswith("According to the Election Board, "), asked


def test_a_count_no_longer_true_is_not_asked_without_its_negation() -> None:
    text = "The agency said 9 clinics in the province were no longer functioning after the strikes."
    assert not any(a == "9" for _, a in _numbers(text))


def test_a_claim_about_the_speaker_himself_keeps_its_verb() -> None:
    text = "Opposition leader Tomas Bero lost the count on Friday. Bero claimed that he had won 58 percent of the vote."
    quotes = [q.question for q in questions_of_text(text, kind="quote")]
    assert not any(q.startswith("Who had won") for q in quotes), quotes
    assert not any(q.startswith("What percentage") for q, _ in _numbers(text))


def test_a_denial_by_a_places_body_is_not_answered_with_the_place() -> None:
    text = "The navy said it had sunk a boat. The claim was denied by Kelso's military administration."
    answers = [q.answer for q in questions_of_text(text, kind="org-event")]
    assert "Kelso" not in answers, answers


def test_a_figure_a_side_calls_baseless_is_not_asked_without_the_figure() -> None:
    text = 'Rebel radio claimed that 60 troops had surrendered, a figure the Nigerian Army described as "pure fiction".'
    quotes = [q.question for q in questions_of_text(text, kind="quote")]
    assert not any("described as" in q and "figure" not in q for q in quotes), quotes


def test_an_event_a_general_belief_foresees_is_not_asked_as_fact() -> None:
    text = (
        "Tax plan stalls\n\nThe land levy backed by Premier Ostrova is now seen as dead, but the general belief "
        "is that a new levy will be introduced by the Farmers' Alliance Party."
    )
    asked = [q.question for q in questions_of_text(text, kind="org-event")]
    assert not [q for q in asked if "introduced" in q], asked
