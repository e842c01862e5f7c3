"""Whether a news agency in an answer is the one that reports the story ("MUMBAI (AFP) - …",
"By Ann Lind, Reuters"), which no question asks about, or a source the story quotes ("…, the Press
Trust of India (PTI) said" in an AFP story), which is asked like any other body."""

from __future__ import annotations

import re


def own_agency(agency: str, text: str) -> bool:
    """Whether `text` credits the story to `agency` (or to the acronym it gives in brackets) in a
    dateline, a byline or a closing sign-off; with no credit at all, the agency only spoke in it."""
    name = re.sub(r"^(?:the|a|an) ", "", agency.strip(), flags=re.I)
    names = [name, *re.findall(rf"\b{re.escape(name)} \(([A-Z][A-Za-z]+)\)", text)]
    for one in names:
        n = re.escape(one)
        dateline = rf"\(\s*{n}\s*\)\s*(?:[-\u2013\u2014]|$)"  # "MUMBAI (AFP) - …", "SEOUL, May 2 (Yonhap) -- …"
        byline = rf"^\s*By [^\n]*,\s*{n}\s*$"  # "By Peter Cooney, Reuters"
        signoff = rf"^\s*{n}\s*$"  # a wire story's closing " REUTER"
        if re.search(f"{dateline}|{byline}|{signoff}", text, flags=re.M | re.I):
            return True
    return False
