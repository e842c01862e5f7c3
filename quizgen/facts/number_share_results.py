"""Results given per share inside the noun they size: "reported fiscal second-quarter earnings of 52
cents a share" → How much per share in fiscal second-quarter earnings did … report?

The results askers own every amount a share and leave one inside an "of" phrase unasked (no plain
"How much" may word it: the article gives no total). Asked with the noun that says what the amount
is of and its "per share", it is the headline figure of a results story, and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ask import ask
from quizgen.facts.number_nouns import kind_words
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.measures import Measure

#: Nouns of a result an amount a share may size ("earnings of 52 cents a share", "a loss of 9 cents a share").
_RESULTS = {"earnings", "earning", "profit", "loss", "income", "eps"}
#: Verbs whose object is a mark the result is set against ("beat forecasts of …"): never the result.
_AGAINST = {"beat", "exceed", "top", "miss", "surpass", "outstrip", "outpace", "trail", "lag", "compare"}
#: Adverbs whose "from" phrase gives the earlier figure ("up from 31 cents a share a year earlier").
_BASELINE = ("up", "down")


def ask_share_result(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """The question for an amount a share that sizes a results noun the verb reports, expects or
    posts; None for any other shape (a list of figures, a noun of no result, no verb)."""
    head = m.head
    of = head.head
    if m.kind != "money" or head.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    noun = results_noun(of)
    if noun is None:
        return None
    verb = noun.head
    if any(c.dep_ in ("conj", "cc", "appos") for c in head.children) or any(
        c.dep_ in ("conj", "appos") for c in noun.children
    ):
        return None  # "of $482.5 million, or 84 cents a share": two figures, one question
    end = head.right_edge.i + 1
    if end >= len(ctx.doc) or not _per_share_tail(ctx.doc[head.i + 1 : end]):
        return None
    wh = share_result_wh(noun)
    drop: list[Token] = []
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _BASELINE and c.i > end:  # the earlier figure is its own question
            drop += [*c.subtree, *(t for t in [ctx.doc[c.i - 1]] if t.text == ",")]
    question = ask(ctx, ctx.doc[noun.left_edge.i : end], wh, drop_dates=False, extra_drop=drop or None)
    if question is None or any(t.like_num and t.text in question for t in drop):
        return None
    return question, answer_text(ctx, m.span, None)


def results_noun(of: Token) -> Token | None:
    """The results noun an "of" phrase sizes ("earnings of …"), when a verb reports or expects it."""
    noun = of.head
    if of.lower_ != "of" or of.dep_ != "prep" or noun.dep_ != "dobj" or noun.i > of.i:
        return None
    if noun.lower_ not in _RESULTS and noun.lemma_.lower() not in _RESULTS:
        return None
    verb = noun.head
    return noun if verb.pos_ == "VERB" and verb.lemma_.lower() not in _AGAINST else None


def share_result_wh(noun: Token) -> str:
    """'earnings' → How much per share in earnings; 'a net loss' → How large a net loss per share."""
    kind = kind_words(noun)
    if noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return f"How large {'an' if kind[:1] in 'aeiou' else 'a'} {kind} per share"
    return f"How much per share in {kind}"


def _per_share_tail(words: object) -> bool:
    """'52 cents a share', '$1.15 per diluted share': the words after the amount say "per share"."""
    text = words_of(list(words)).lower()  # type: ignore[call-overload]
    return text.endswith(" share") and (" a " in f" {text} " or " per " in f" {text} ")
