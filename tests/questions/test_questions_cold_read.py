"""What a cold read of the questions found unclear or not worth asking, on invented sentences: a
month asked with its year when the story gives one, "once" asked of a "former" post, "the rocket" in a post,
a surname whose person the question never gives, a clause said back to front."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text, questions_of_texts

_SURGERY = "Dunmore Rovers said on Monday that its defender Tomas Varga had knee surgery in December."


def test_the_month_is_asked_with_its_year_when_the_story_is_dated() -> None:
    asked = [q.answer for q in questions_of_text(_SURGERY, dt.date(2024, 3, 4), "date")]
    assert "December 2023" in asked, asked


_TEXTS = {
    "former": (
        "Former trade minister Lena Okafor, who once chaired the Lagos Port Authority, joined the board of "
        "Delta Shipping on Monday."
    ),
    "designer": (
        "Harbin Aerospace said on Monday that its new Sky Arrow 7 rocket would fly in 2031. Wu Tianlei, who "
        "was in 2020 the deputy chief designer of the rocket, said tests had gone well."
    ),
    "surname": (
        "OSAKA (Reuters) - Keiko Morimoto, a former central bank official who now teaches at Osaka "
        "University, said that higher tariffs had hurt exporters. According to Morimoto, the 25 percent "
        "tariff on steel was a mistake."
    ),
    "inverted": (
        "Shares of Norland Trust rose 3 percent on Tuesday. Aiding the bank's foreign growth are lower "
        "funding costs and a weaker crown, said Pia Lund, an analyst at Harbor Securities."
    ),
    "inverted-named": (
        "Norland Trust grows\n\nAiding Norland Trust's foreign growth are lower funding costs and a weaker "
        "crown, Pia Lund said."
    ),
}


def _asked(key: str) -> dict[str, str]:
    bank = _bank()
    return {q.question: q.answer for q in bank.questions if q.article == key}


def _bank():  # type: ignore[no-untyped-def]
    if not _BANK:
        _BANK.append(questions_of_texts(_TEXTS))
    return _BANK[0]


_BANK: list = []  # type: ignore[type-arg]


def test_a_post_left_behind_is_not_asked_once_and_former_too() -> None:
    asked = _asked("former")
    held = [
        q for q, a in asked.items() if q.endswith("what post did Lena Okafor hold?") and a == "former trade minister"
    ]
    assert held and not any("once" in q for q in asked), asked  # ("Besides being former chair of …, what post …")


def test_a_post_names_the_thing_the_article_calls_the_rocket() -> None:
    asked = _asked("designer")
    assert asked.get("What post did Wu Tianlei hold?") in (
        "former deputy chief designer of the Sky Arrow 7 rocket",
        "deputy chief designer of the Sky Arrow 7 rocket",
    )


def test_a_claim_gives_the_full_name_of_whose_word_it_is() -> None:
    asked = _asked("surname")
    assert "According to Keiko Morimoto, what percentage tariff on steel was a mistake?" in asked, asked
    assert not any(q.startswith("According to Morimoto") for q in asked)


def test_a_clause_said_back_to_front_is_not_asked_as_said() -> None:
    for key in ("inverted", "inverted-named"):
        asked = _asked(key)
        assert not any("aiding" in q.lower() for q in asked), asked


_LAWYERS = {
    "representing": "Mark Tiller, a lawyer representing the Okoro family, said they would appeal the ruling.",
    "owner": "On the club's new board, Ray Lorne will be joined by Bates' lawyer Mark Tiller.",
    "untied": "Mark Tiller, a lawyer, said the family would appeal the ruling on Monday.",
    "economist": "Ruth Amani, an economist, said the figures were worrying.",
}


def test_a_lawyer_is_asked_with_whose_lawyer_or_not_at_all() -> None:
    bank = questions_of_texts(_LAWYERS)
    roles = {q.article: q.answer for q in bank.questions if q.kind == "role"}
    assert roles.get("representing") == "lawyer for the Okoro family", roles
    assert roles.get("owner") == "Bates' lawyer", roles
    assert "untied" not in roles, roles
    assert roles.get("economist") == "economist", roles


_STAND_INS = {
    "decision": (
        "Delegates backed the new limits on net sizes on Tuesday. Kenya's fisheries minister Joseph Mwangi "
        "said the decision was overdue."
    ),
    "boss": (
        "Harbour City manager Ray Doyle accused the referee of bias after his side lost 2-1 to Rovers on "
        "Sunday. On Saturday the Harbour City boss, talking to the Daily Post, went over the penalty again."
    ),
}


def test_a_stand_in_is_named_or_not_asked() -> None:
    bank = questions_of_texts(_STAND_INS)
    asked = [q.question for q in bank.questions]
    assert not any("the decision" in q for q in asked), asked
    assert not any("Harbour City boss" in q for q in asked), asked
    assert any("did Ray Doyle go over the penalty" in q for q in asked), asked


_COUNTS = {
    "named": (
        "Norland's health board said the count of patients queuing beyond three years, the total number of "
        "patients queuing, has fallen by 9.8%. The number queuing past two years dropped from 5,214 to 4,380."
    ),
    "unnamed": "The number queuing past two years dropped from 5,214 to 4,380, the health board said.",
}


def test_a_count_says_of_what_or_is_not_asked() -> None:
    bank = questions_of_texts(_COUNTS)
    asked = {q.question: q.article for q in bank.questions if q.kind == "number"}
    assert "To what figure did the number of patients queuing past two years drop from 5,214?" in asked, asked
    assert not any("number queuing" in q for q in asked), asked


def test_a_figure_asked_in_more_than_thirty_words_is_not_asked() -> None:
    text = (
        "Last week's five-day walkout by 7,000 Steelworkers union members at the Kelso, Norland, axle plant of "
        "Harbor Motors follows lengthy strikes in the past year and refusal of proposed contracts at three "
        "other Harbor Motors parts plants, analysts said."
    )
    asked = [q.question for q in questions_of_text(text, None, "number")]
    assert all(len(q.split()) <= 30 for q in asked), asked
