"""How many, how much, by what percentage: numbers with the thing they count.

Cardinals count the noun they modify ("25 representatives" → "How many representatives …?"),
percentages measure a change or a share, money is "how much", and lengths of time ("12 months",
"three days") are "how many months/days". The question comes from the clause the number sits in.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING

from quizgen.facts.claims import according_to, reported_claim
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.compounds import hyphen_counts
from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Fact
from quizgen.facts.measures import (
    CURRENCY_SIGNS,
    Measure,
    figure_entity,
    measure,
    unlabelled_figures,
)
from quizgen.facts.number_ages import ask_age, ask_described_age, ask_fronted_age
from quizgen.facts.number_ask import in_change_of_host, set_off_share
from quizgen.facts.number_by_to import ask_by_to, by_to
from quizgen.facts.number_casualties import ask_casualties, is_toll
from quizgen.facts.number_changes import ask_by_amount, ask_change, ask_dated_target, joined_target, own_period_first
from quizgen.facts.number_clock import ask_clock, clock_times
from quizgen.facts.number_compared import ask_results
from quizgen.facts.number_distances import ask_distance, ask_vertical, direction_after, vertical_after
from quizgen.facts.number_elapsed import ask_elapsed, gap_to_clause
from quizgen.facts.number_elided import ask_counted, ask_elided_count
from quizgen.facts.number_epithet_ages import ask_epithet_age
from quizgen.facts.number_fractions import ask_fraction, ask_out_of, out_of, whole_of_a_part
from quizgen.facts.number_glued import earlier_of_set_off, in_set_off_change
from quizgen.facts.number_guards import (
    change_beside_a_noun,
    cut_gapped,
    defines_a_group,
    in_comparison,
    in_simile,
    measured_against,
    no_figure,
    not_a_count,
    one_of_a_list,
    part_of_score,
    quantifier_subject,
    record_span,
    unanchored,
    unasserted,
)
from quizgen.facts.number_hyphens import ask_dimension, dimension_of, hyphen_sizes
from quizgen.facts.number_kinds import UNIT, ask_duration, ask_money, ask_of_noun, ask_percent, ask_units
from quizgen.facts.number_magnitudes import ask_magnitude, magnitude_of
from quizgen.facts.number_minutes import ask_minute, minute_ordinal
from quizgen.facts.number_of_counts import ask_count_of, seat_majority
from quizgen.facts.number_pairs import ask_paired, paired_prep
from quizgen.facts.number_parts import ask_included, ask_partitive
from quizgen.facts.number_period_shares import in_period_pair
from quizgen.facts.number_phrases import absolute_with, ask_generic, money_span, qualified_start
from quizgen.facts.number_ranges import ask_between_change, in_range_or_list, range_measure
from quizgen.facts.number_ranked import hyphen_ranks
from quizgen.facts.number_ranks import ask_numbered, ask_place, ask_rank, ask_run, numbered_start
from quizgen.facts.number_record import WORD_NUMBERS, add_fact
from quizgen.facts.number_relative import ask_relative_count
from quizgen.facts.number_run_on import run_on
from quizgen.facts.number_scopes import (
    deficit_overturned,
    held_level,
    partner_left_out,
    race_name,
    shared_object,
    to_spare,
    window,
)
from quizgen.facts.number_scores import ask_score, ask_scored, ask_tally, score_span, scored_by, vote_tally
from quizgen.facts.number_shares import ask_share, share_list
from quizgen.facts.number_sized import ask_crowd_of, ask_home_to
from quizgen.facts.number_sizes import ask_cost, ask_participle_count, ask_possessed_count, cost_phrase
from quizgen.facts.number_superlatives import ask_superlative
from quizgen.facts.number_temperatures import ask_temperature
from quizgen.facts.number_unnamed_ages import ask_unnamed_age
from quizgen.facts.number_views import in_a_view, whole_of_a_share

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span


#: The entities that are figures. A name that holds a number ("Boeing 737", "Apollo 11") is none, and the
#: tests below cost as much on the names of an article as on its figures.
FIGURE_LABELS = frozenset({"CARDINAL", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def _a_figure(ent: Span) -> bool:
    """An entity of a figure's kind, and not a date with no number in it ("Monday", "last year")."""
    return ent.label_ in FIGURE_LABELS and (ent.label_ != "DATE" or any(t.like_num for t in ent))


def extract_numbers(ctx: ArticleContext) -> list[Fact]:
    facts: dict[str, Fact] = {}
    sized = hyphen_counts(ctx)
    taken = {tok.i for tok, _, _ in sized}
    sized += [found for found in [*hyphen_sizes(ctx), *hyphen_ranks(ctx)] if found[0].i not in taken]  # "nine-day"
    taken = {tok.i for tok, _, _ in sized}
    for tok, question, answer in sized:
        add_fact(ctx, facts, ctx.doc[tok.i : tok.i + 3], question, answer)
    for clock in clock_times(ctx):  # "docked at 04:17 GMT": the tagger reads clock times unevenly
        taken |= {t.i for t in clock}
        timed = None if ctx.in_quote(clock.start_char) else ask_clock(ctx, clock)
        if timed is not None:
            add_fact(ctx, facts, clock, *timed)
    figures = [figure_entity(e) for e in ctx.ents if _a_figure(e)]
    for ent in [*figures, *unlabelled_figures(ctx)]:
        if "\n" in ent.text.strip() or any(t.i in taken for t in ent) or _not_asked(ent):
            continue
        if ctx.in_quote(ent.start_char):
            claimed = according_to(
                ctx, ent, partial(_ask_number, ent=ent), continued=True, asked_text=lambda asked: asked[0]
            )
            if claimed is not None:
                (question, answer), who = claimed
                cut = question if share_list(ent) else cut_gapped(ent, question)
                if cut is not None:
                    add_fact(ctx, facts, ent, f"{who}, {cut[:1].lower()}{cut[1:]}", answer)  # "What"/"How"/"For"
            continue
        found = _ask_number(ctx, ent)
        if found is not None:  # "From how many cases in 2010 did …": an end's own year beside it
            found = (own_period_first(ent, found[0]) or found[0], found[1])
        own = found is not None and (is_toll(ent) or share_list(ent) is not None or in_period_pair(ent))  # cut
        cut = None if found is None else found[0] if own else cut_gapped(ent, _whose(ctx, ent, found[0]))
        claim = reported_claim(ent, cut, ctx) if found is not None and cut is not None else None
        if found is not None and claim is not None:
            add_fact(ctx, facts, ent, claim, found[1])
    return list(facts.values())


def _not_asked(ent: Span) -> bool:
    """A figure no question asks: negated or supposed, said of "both" or "each", or a span that measures
    how rare an event is ("the first rise in six months"; but a minute of play, "the first
    breakthrough in the 82nd minute", is when it happened, not how rare it was)."""
    guards = [unasserted, quantifier_subject, defines_a_group, change_beside_a_noun, in_change_of_host, one_of_a_list]
    guards += [in_a_view, whole_of_a_share, whole_of_a_part]  # "who feel hosting half the 47,000 soldiers is a burden"
    guards += [absolute_with, in_set_off_change, earlier_of_set_off]  # "…, with a grant of £12m", "hit $9m, up 9%"
    guards += [to_spare, shared_object, window, deficit_overturned, race_name, held_level, partner_left_out]
    if any(guard(ent) for guard in guards):
        return True  # in_change_of_host: "a driver who killed two from six to nine years", the verb's above
    if set_off_share(ent.root):
        return True  # "rose to 790,000, about 11 per cent of all …": a share, not asked as a change
    return record_span(ent) and minute_ordinal(ent) is None


def _ask_number(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(question, answer) for one number entity, by what it measures and where it stands."""
    if minute_ordinal(ent) is not None:
        return ask_minute(ctx, ent)  # "scored in the 82nd minute"
    if ent.label_ in ("CARDINAL", "DATE"):
        fraction = ask_fraction(ctx, ent)  # "two-thirds of the region's shipyards"
        if fraction is not None:
            return fraction
    ages = (ask_age, ask_described_age, ask_fronted_age, ask_unnamed_age, ask_epithet_age)  # "Ann Ruiz, 58,"
    age = next((a for a in (f(ctx, ent) for f in ages) if a), None) if ent.label_ in ("CARDINAL", "DATE") else None
    if age is not None:
        return age
    owned, found = _owned_shape(ctx, ent)
    if owned:
        return found
    if ent.label_ == "DATE" or (ent.label_ == "TIME" and UNIT.search(ent.text)):  # "two hours": TIME to the tagger
        return _ask_time(ctx, ent)
    if ent.label_ == "ORDINAL":
        return ask_rank(ctx, ent) or ask_place(ctx, ent) or ask_run(ctx, ent) or ask_superlative(ctx, ent)
    if ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if no_figure(ent) or not_a_count(ent) or unanchored(ent):
        return None
    money = ent.label_ == "MONEY" or any(t.text in CURRENCY_SIGNS for t in ctx.doc[ent.start - 1 : ent.start])
    m = measure(ent) if money or ent.label_ != "QUANTITY" else None  # measured once: it walks the sentence
    owned, found = ask_results(ctx, m, money) if m is not None else (False, None)  # "earned $64m, up from …"
    if owned:
        return found
    if m is not None and ent.label_ != "QUANTITY":  # "climb to 31 pct in 2026 and to 40 pct by 2029": each dated
        dated = ask_dated_target(ctx, ent, m)
        if dated is not None:
            return dated
        if joined_target(ctx, m):
            return None
    if run_on(ent) or part_of_score(ent) or in_simile(ent):
        return None
    if in_range_or_list(ent) or _baseline(ent):
        return _range(ctx, ent)
    m = m if m is not None else measure(ent)
    found = ask_change(ctx, ent, m) if ent.label_ != "QUANTITY" else None
    if found is not None:
        return found  # a change ("fell from 8,412 to 7,905") is asked as one
    if m.head.dep_ == "pobj" and m.head.head.lower_ == "of":  # "for a first term of 15 years"
        how = _how(m) or seat_majority(m.head)  # "held the seat with a majority of 11,572": votes
        if not how and m.head.pos_ in ("NOUN", "PROPN") and m.head.i >= m.span.end:
            how = f"how many {m.head.text}"
        return ask_of_noun(ctx, ctx.doc[qualified_start(ctx, m.span) : m.span.end], m.span, how) if how else None
    if m.kind == "percent":
        return None if in_comparison(m.span) else ask_percent(ctx, m)
    if m.kind == "money":
        return ask_money(ctx, ent, m)
    hot = ask_temperature(ctx, ent)  # "reached 41.2 degrees Celsius" → What temperature …?
    if hot is not None or dimension_of(m) is not None:
        return hot or ask_dimension(ctx, m)  # "2 miles long", never "How many miles … long"
    if m.unit:
        return ask_units(ctx, m)
    found = ask_counted(ctx, ent) or ask_possessed_count(ctx, ent) or ask_participle_count(ctx, ent)
    found = found or ask_included(ctx, ent) or ask_partitive(ctx, ent) or ask_relative_count(ctx, ent)
    found = found or ask_elided_count(ctx, ent) or ask_count_of(ctx, ent) or ask_home_to(ctx, ent)
    return found or ask_by_amount(ctx, m)


def _ask_time(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """A date entity that holds a figure: how long ago or later, a run of years, a length of time."""
    elapsed = ask_elapsed(ctx, ent)  # "five days later", "three years ago"
    if elapsed is not None:
        return elapsed
    run = ask_run(ctx, ent)  # "for the seventh consecutive year"
    if run is not None:
        return run
    if UNIT.search(ent.text) and _has_number(ent.text) and not in_range_or_list(ent) and not gap_to_clause(ent):
        return ask_duration(ctx, ent)
    return None


def _owned_shape(ctx: ArticleContext, ent: Span) -> tuple[bool, tuple[str, str] | None]:
    """(True, its question or None) for a figure whose shape decides how it is asked wherever it
    stands: a toll ("leaving 54 dead"), a place's distance ("40 km north of Valka"), a depth
    ("700 metres below ground"); no other asker may word it. (False, None) for any other figure."""
    if (change := by_to(ent)) is not None:
        return True, ask_by_to(ctx, ent, change)  # "dropped by 52,000 to 1.38 million": each figure its own
    if (quake := magnitude_of(ent)) is not None:
        return True, ask_magnitude(ctx, ent, quake)  # "a magnitude 6.8 earthquake struck …"
    shares = share_list(ent) if ent.label_ in ("PERCENT", "MONEY", "CARDINAL") else None
    if shares is not None:
        return True, ask_share(ctx, ent, *shares)  # "40 per cent went to Egypt, 25 per cent to Oman"
    pair = paired_prep(ent)
    if pair is not None:
        return True, ask_paired(ctx, ent, pair)  # "put its profit at $2m and its revenue at $9m"
    if ent.label_ == "CARDINAL" and (crowd := ask_crowd_of(ctx, ent)) is not None:
        return True, crowd  # "A crowd of 17,400 watched …" → How large a crowd …?
    if ent.label_ == "CARDINAL" and is_toll(ent):
        return True, ask_casualties(ctx, ent)
    if ent.label_ == "CARDINAL" and numbered_start(ent) is not None:
        return True, ask_numbered(ctx, ent)  # "rose to number four in the world": a rank, never a count
    scorer = scored_by(ent) if ent.label_ in ("CARDINAL", "DATE") else None
    if scorer is not None:
        return True, ask_scored(ctx, ent, scorer)  # "Carl Mott scored 31 for the Hawks"
    tally = vote_tally(ent) if ent.label_ == "CARDINAL" else None
    if tally is not None:
        return True, ask_tally(ctx, ent, tally)  # "approved it by 88 votes to 61": one answer, never a margin
    score = score_span(ent) if ent.label_ in ("CARDINAL", "DATE", "MONEY") else None
    if score is not None:
        return True, ask_score(ctx, score)  # "held off the Kings, 98-95"
    at = cost_phrase(ctx, money_span(ctx, ent)) if ent.label_ == "MONEY" else None
    if at is not None:
        return True, ask_cost(ctx, money_span(ctx, ent), at)  # "a library at a cost of $3.3m"
    if ent.label_ not in ("QUANTITY", "CARDINAL"):
        return False, None
    out = out_of(ent)
    if out is not None:
        return True, ask_out_of(ctx, ent, out)  # "Eight out of the 12 samples tested positive"
    direction = direction_after(ent)
    if direction is not None:
        return True, ask_distance(ent, direction)
    vertical = vertical_after(ent)
    if vertical is not None:
        return True, ask_vertical(ctx, ent, vertical)
    return False, None


def _whose(ctx: ArticleContext, ent: Span, question: str) -> str:
    """'Ann Ruiz, whose son was jailed for six years' → "… was Ann Ruiz's son jailed?": "whose" is named by
    the person the clause describes (otherwise it stays, and the question is dropped for it)."""
    verb = clause_verb(ent.root)
    if " whose " not in f" {question} " or verb is None or verb.dep_ != "relcl":
        return question
    if not any(t.lower_ == "whose" and t.dep_ == "poss" for t in verb.subtree):
        return question
    person = ctx.resolve_person(verb.head) if verb.head.pos_ == "PROPN" else None
    return re.sub(r"\bwhose\b", f"{person.name}'s", question, count=1) if person is not None else question


def _range(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'a four or five pct levy', 'between 12.1 and 12.4 mln bpd': one answer, asked from its first number."""
    m = range_measure(ctx, ent) if not _baseline(ent) else None
    if m is None:
        return None
    low = any(
        t.like_num for t in ctx.doc[m.span.start : ent.start]
    )  # "2,000 to 3,000 jobs": asked from the second figure
    nouned = m.kind == "count" and not m.unit and m.head.dep_ == "nummod" and m.head.head.tag_ == "NNS"
    # "2,000 to 3,000 jobs": ask_generic adds the noun; "the 2.0 to 2.2 pct range" is not asked from two figures
    how = (_how(m) if not low else "") or ("how many" if nouned else "")
    return (ask_generic(ctx, m, how) or ask_between_change(ctx, m)) if how else None


def _how(m: Measure) -> str:
    """The question words a measure is asked with: "what percentage", "how much", "how many tons";
    "" for a plain count, whose noun the caller must find."""
    return {"percent": "what percentage", "money": "how much"}.get(m.kind) or (f"how many {m.unit}" if m.unit else "")


def _baseline(ent: Span) -> bool:
    """'compared with 117,303 a year earlier': the figure a change is measured from; 'above the
    projected 22.4 million', 'more than the projection for 11.4 million': the figure a result beat."""
    if measured_against(ent):
        return True
    node = ent.root
    for _ in range(6):  # "compared with a profit of 900 million crowns": up through the noun it sizes
        if node.lower_ in ("compared", "compare", "comparison", "against", "versus") or node.head == node:
            return node.lower_ in ("compared", "compare", "comparison", "versus")
        node = node.head
    return False


def _has_number(text: str) -> bool:
    return bool(re.search(r"\d", text)) or any(w in WORD_NUMBERS for w in text.lower().split())
