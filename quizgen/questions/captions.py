"""A photo caption asked as what it shows, not as a photo: "NASA's probe is seen being lifted into the
chamber in February" is news of a lift in February, and "In what month was the probe seen being lifted
…?" asks what a camera saw. The caption's "seen" / "pictured" is left out of the question ("In what month
was the probe lifted into the chamber?"). Only a caption's present ("is seen"): "was seen leaving the
court" is a witness's account, and stays.
"""

from __future__ import annotations

import re

#: A caption's present: "The probe is seen in the chamber", "Workers are pictured at the site".
CAPTION = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b(?! (?:as|to|by)\b)")
#: The camera's words in a question written from a caption: "seen being lifted", "pictured at".
_CAMERA = re.compile(r"\b(?:seen|pictured|shown)(?: being)? (?=[a-z]+(?:ed|ing)\b|(?:in|at|on|inside|during)\b)")


def uncaptioned(question: str, sentence: str) -> str:
    """The question without a caption's "seen" or "pictured" (see the module); else as it was."""
    if "seen" not in question and "pictured" not in question and "shown" not in question:
        return question
    if CAPTION.search(sentence) is None:
        return question
    return _CAMERA.sub("", question, count=1)
