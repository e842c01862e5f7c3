"""Numeric dates whose order no one can tell: "12/08/2025" is December 8 on a US page and 12 August on
a British one. The article's header settles such a date only when another of its dates does
(`articles.datelines.numeric_order`); in the body, such a date is asked nothing, since a wrong month
taught is worse than a date left out."""

from __future__ import annotations

import re

_NUMERIC_DATE = re.compile(r"(?:\w+,?\s+)?(?:on\s+)?([0-3]?\d)([./-])([0-3]?\d)\2(?:19|20)\d\d", re.I)


def open_numeric(surface: str) -> bool:
    """Is `surface` a numeric date whose day and month could be either way round ("06/07/2016")?"""
    m = _NUMERIC_DATE.fullmatch(surface.strip())
    return m is not None and m[1] != m[3] and int(m[1]) <= 12 and int(m[3]) <= 12
