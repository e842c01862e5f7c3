"""False options of a post question that name no body, beside an answer that does.

"What post did Ann Ruiz hold? — Finance Secretary of Norland" with "new chairman" or "former
Director" among the options: of what? A post that means nothing without its body is no real
choice beside one that names it, and a learner rules it out on its form alone. It is left out
(fewer options rather than a wrong-typed one). When the question names the body itself ("What
post did she hold at the Orlen Rail Board?"), bare posts are the right type and stay.

Nor is the answer the odd one out: "Senator from Norland" among "Governor of Ostmark", "Governor
of Vell" and "Governor of Holm" is picked by its form alone. Such options are dropped, and the
question is asked without choices.

Nor is a plain post of the answer's own trade a false option ("lawyer" beside "Assistant U.S.
Attorney"), or a bare word for the same post ("boss" beside "Rovers manager"): each is true of the
answer's holder too. Nor is a member's seat ("Labour MP", "Councilmember") beside a post held from
among members ("Finance Minister", "acting President"): the holder most likely sits there too.
"""

from __future__ import annotations

import re

from quizgen.facts.post_owner import bare_post
from quizgen.questions.club_people import SAME_POST
from quizgen.questions.draft import Draft
from quizgen.vocabulary import MEMBER_SEATS, PARTY_WORDS, POST_FAMILIES, SEATED_POSTS

_FORMER = re.compile(r"^(?:the\s+)?(?:former|ex-|ex |erstwhile|one-time|onetime|outgoing|new|then)\s*", re.I)
_AT_BODY = re.compile(r"\bhold at\b")


def _bare(post: str) -> bool:
    """ "former Director", "new chairman": a bare post once its time word is set aside."""
    return bare_post(_FORMER.sub("", post, count=1).strip() or post)


def named_posts_only(draft: Draft) -> Draft:
    """`draft` without bare-post false options when its answer names its body and its question does not."""
    if draft.answer_type != "role" or len(draft.choices) < 2:
        return draft
    implied = [c for c in draft.choices if c != draft.answer and _implied_by(c, draft.answer)]
    if implied:  # "Senate Majority Leader" with "Senator": the false option is true as well
        kept = [c for c in draft.choices if c not in implied]
        draft.choices = kept if len(kept) >= 2 else []
    if len(draft.choices) < 2 or _AT_BODY.search(draft.question):
        return draft
    if _odd_one_out(draft.answer, draft.choices):
        draft.choices = []
        return draft
    if _bare(draft.answer):
        return draft
    choices = [c for c in draft.choices if c == draft.answer or not _bare(c)]
    if len(choices) != len(draft.choices):
        draft.choices = choices if len(choices) >= 2 else []
    return draft


def _odd_one_out(answer: str, choices: list[str]) -> bool:
    """Every false option starts with one word ("Governor of …") and the answer with another."""
    heads = {c.split()[0].lower() for c in choices if c != answer and c.split()}
    others = sum(1 for c in choices if c != answer)
    return others >= 2 and len(heads) == 1 and answer.split()[0].lower() not in heads


def _implied_by(option: str, answer: str) -> bool:
    """ "lawyer" beside "Assistant U.S. Attorney", "Senator" beside "Senate Majority Leader", "boss" beside
    "Rovers manager": a plain post of the answer's own trade, which whoever holds the answer holds too."""
    words = _FORMER.sub("", option, count=1).lower().split()
    if _member_seat(words, answer):
        return True
    if len(words) != 1:
        return False
    held = set(re.findall(r"[a-z]+", answer.lower()))
    return any(words[0] in family and held & family for family in (*POST_FAMILIES, *SAME_POST))


def _member_seat(words: list[str], answer: str) -> bool:
    """ "Labour MP", "Councilmember" beside "Chancellor of the Exchequer", "acting President": a seat the
    holder of a post chosen from among members most likely holds too (its last word names the seat)."""
    if not words or words[-1] not in MEMBER_SEATS:
        return False
    held = set(re.findall(r"[a-z]+", answer.lower()))
    parties = set(words) & PARTY_WORDS
    if parties and held & PARTY_WORDS and not parties & held:
        return False  # "Conservative MP" beside "Labour leader": another party's seat, false indeed
    return not (held & MEMBER_SEATS) and bool(held & SEATED_POSTS)
