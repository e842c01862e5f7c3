"""The body an opening "Its"/"Their" before a post stands for: the subject of its sentence or the one before.

"Halden Robotics today announced a round led by Brightwater Ventures. Its chief executive, Laura
Chen, said …": press releases and wire copy name the deal's other side in the sentence before, so
nearness alone finds two bodies; "its" still reads as the one body that was the subject. Taken only
when exactly one subject there is a body: two ("Kestrel and its rival Orchid Air have struggled"),
or a subject "the company" the article never ties to one name, leave the post without its body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.kind_owner import kind_owner
from quizgen.facts.lexicon import NOT_COMPANIES, REFERENT_BODIES

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_SUBJECTS = ("nsubj", "nsubjpass")
#: Nouns that stand for a body: "the company", "the agency", "the council".
_BODY_KINDS = REFERENT_BODIES | NOT_COMPANIES


def its_subject(ctx: ArticleContext, its: Token, named: list[tuple[str, Span]]) -> tuple[str | None, bool]:
    """The one body the possessive `its` points back to, of the bodies `named` (name, where) in its
    sentence and the one before, and whether a subject there settles it: (None, True) when a subject
    is a body whose name is unknown or doubtful ("Ferrow United finished ninth", tagged a place; "The
    company admitted …"), or two subjects are bodies; (None, False) when no subject there is one."""
    start = its.sent.start
    window_start = its.doc[start - 1].sent.start if start > 0 else start
    found: set[str] = set()
    spans = []
    for name, span in named:
        if window_start <= span.start < its.i and not ctx.in_quote(span.start_char) and _a_subject(span.root):
            found.add(name)
            spans.append(span)
    for tok in its.doc[window_start : its.i]:
        if not _a_subject(tok) or ctx.in_quote(tok.idx) or any(s.start <= tok.i < s.end for s in spans):
            continue
        if tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP"):
            return None, True  # a name the tagger did not call a body: which one "its" means is unsure
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in _BODY_KINDS:  # "The agency said …": named by its kind
            body = kind_owner(ctx, tok) if any(c.lower_ == "the" for c in tok.children) else None
            if body is not None:
                found.add(body)
            elif not any(s.sent == tok.sent for s in spans):  # "Kestrel will cut …, the carrier said": Kestrel
                return None, True  # "The company admitted …", "another firm": which, the article leaves open
    if not found:
        return None, False
    return (found.pop() if len(found) == 1 else None), True


def _a_subject(root: Token) -> bool:
    """A clause's subject, or one joined to it ("Kestrel and Orchid Air have struggled")."""
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in _SUBJECTS
