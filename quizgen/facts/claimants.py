"""Who a pronoun that reports a claim stands for: "They estimated that …", "She said …".

A figure someone only claims is asked as theirs ("According to researchers at X, …"). When the
claimant is a pronoun, the question must name whom it stands for: "they" is the plural noun that
was the subject of the sentence before ("Critics of the council … They say …"), "he"/"she" the
person the article resolves it to. A "they" with no such subject before it leaves the claim's
owner unknown, and the claim is not asked at all: a guess asked as fact teaches a wrong one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Pronouns that stand for a group, resolved to the plural subject before them.
GROUP_PRONOUNS = frozenset({"they"})
#: Pronouns that stand for one person, resolved by the article's people.
PERSON_PRONOUNS = frozenset({"he", "she"})


def group_antecedent(pronoun: Token) -> Token | None:
    """The plural noun "they" stands for: the subject of the sentence right before, when it is a
    plural common noun ("Researchers at the X Institute published …. They estimated …")."""
    if pronoun.lower_ not in GROUP_PRONOUNS:
        return None
    doc, start = pronoun.doc, pronoun.sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if prev.text.strip():
            subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject if subject is not None and subject.tag_ == "NNS" and _may_claim(subject) else None
        start = prev.start
    return None


#: Plural nouns of people that make claims, beyond those with a doer's ending ("researchers", "critics").
_CLAIMING_GROUPS = frozenset("official police authority expert staff people union government party".split())
#: Doers' endings: "researchers", "investors", "economists", "politicians", "residents", "critics".
_DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ic")
#: Words with a doer's ending that are things, not people.
_THINGS = frozenset("number order letter paper matter water border chapter quarter sector".split())


def _may_claim(noun: Token) -> bool:
    """ "Researchers … They estimated": people may claim; "The talks ended. They said …" are not them."""
    lemma = noun.lemma_.lower()
    return lemma in _CLAIMING_GROUPS or (lemma.endswith(_DOER_ENDINGS) and lemma not in _THINGS)


def claimant_name(ctx: ArticleContext | None, pronoun: Token) -> str | None:
    """The full name of the person "he"/"she" stands for, when the article settles it."""
    if ctx is None or pronoun.lower_ not in PERSON_PRONOUNS:
        return None
    person = ctx.pronoun_person(pronoun)
    return None if person is None else person.name
