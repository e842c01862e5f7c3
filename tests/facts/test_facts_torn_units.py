"""A post whose unit's lower-case name the parse tore off ("professor of the department [of marine
health sciences]") is never the answer; invented sentence."""

from __future__ import annotations

from invented_articles import questions_of_texts


def test_a_post_never_ends_on_a_torn_unit() -> None:
    text = (
        "Clinic gets grant\n\nMira Olsen, professor of the department of marine health sciences at Orvik "
        "University, said the grant would fund ten posts."
    )
    roles = [q for q in questions_of_texts({"torn": text}).questions if q.kind == "role"]
    assert roles, "her post at the university is still asked"
    assert not [q for q in roles if q.answer.endswith("of the department")], [(q.question, q.answer) for q in roles]
    assert all("the department" not in q.question for q in roles), [q.question for q in roles]
