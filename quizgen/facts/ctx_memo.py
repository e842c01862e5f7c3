"""Answers worked out once per article while what the passes hand on stays the same.

Several passes ask the same question of the same word (who speaks for a reporting verb: the
sentence's reported statement, then its second statements). The answer depends on the word and
on what the earlier passes handed on through the context (its short forms, its post holders,
its quotes by sentence, whether quoted clauses may be worded), so it is kept only while those
stay the same objects; a pass that hands on something new starts a fresh memo.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from quizgen.doc_memo import doc_memo

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

T = TypeVar("T")


def _state(ctx: ArticleContext) -> tuple[Any, ...]:
    return (ctx.acronyms, ctx.post_holders, ctx.quotes_by_sentence, ctx.quoted_clauses)


def once(ctx: ArticleContext, name: str, key: Hashable, make: Callable[[], T]) -> T:
    """`make()`, worked out once for `key` in the memo `name` of `ctx` while its handed-on state holds."""
    return _once(ctx.__dict__, ctx, name, key, make)


def once_read(ctx: ArticleContext, name: str, key: Hashable, make: Callable[[], T]) -> T:
    """As `once`, kept beside the document (`doc_memo`) instead: for answers that hold its spans,
    which must go with the document when its facts are extracted (`ArticleContext.release_doc`)."""
    return _once(doc_memo(ctx.doc), ctx, name, key, make)


def _once(store: dict[str, Any], ctx: ArticleContext, name: str, key: Hashable, make: Callable[[], T]) -> T:
    state, memo = store.get(name, (None, {}))
    now = _state(ctx)
    if state is None or any(a is not b for a, b in zip(state, now, strict=True)):
        memo = {}
        store[name] = (now, memo)
    if key not in memo:
        memo[key] = make()
    found: T = memo[key]
    return found
