"""A broadcast or briefing transcript read as a story: each speaker's line becomes what they said.

Radio and TV programmes, press briefings and interviews are published as transcripts: a speaker's
name in capitals, a colon, then their words ("JOHN DALE: We will ask for a warrant."). The
quotation extractor reads news prose, where words are quoted and attributed ("… warrant," John
Dale said), so each such line is written that way; the lines of the programme's own voices
("PRESENTER:", "REPORTER:") are its narration and only lose the label. A text is read as a
transcript only when two lines or more open with a label, so a lone "WARNING:" is left alone.
"""

from __future__ import annotations

import re

from quizgen.vocabulary import HONORIFICS

_CAPS = r"[A-Z][A-Z'\u2019.\-]*(?: [A-Z][A-Z'\u2019.\-]*){0,4}"
#: A speaker label: one to five words in capitals ("JOHN DALE", "MS. OKAFOR", "DE LA CRUZ"), the
#: post after a comma when the programme gives it ("TOM VARGA, ECONOMICS EDITOR"), a colon.
LABEL = re.compile(rf"^(({_CAPS})(?:, ?({_CAPS}))?):\s+(\S.*)$")
#: Labels of the programme's own voices: their lines are narration, not someone quoted.
NARRATORS = {
    *"presenter reporter host anchor interviewer narrator correspondent journalist announcer".split(),
    *"moderator question answer q a voiceover caption".split(),
}


def attributed_transcript(paragraphs: list[str]) -> list[str]:
    """`paragraphs` with each labelled speaker line written as a quotation with its speaker, and
    each narrator's label dropped; unchanged when fewer than two lines carry a label."""
    labelled = [LABEL.match(p) for p in paragraphs]
    if sum(m is not None for m in labelled) < 2:
        return paragraphs
    prose = "\n".join(m.group(4) if m else p for p, m in zip(paragraphs, labelled, strict=True))
    # "ANNA LEIGH, PRESENTER:" once, then "ANNA LEIGH:": her later lines are the programme's too.
    hosts = {m.group(2) for m in labelled if m is not None and _narrator(m.group(1))}
    out = []
    for paragraph, m in zip(paragraphs, labelled, strict=True):
        narrator = m is not None and (_narrator(m.group(1)) or m.group(2) in hosts)
        speaker = _speaker(m.group(2), prose, m.group(3) is not None) if m is not None and not narrator else None
        if m is not None and narrator:
            out.append(m.group(4))
        elif m is not None and speaker is not None:
            out.append(_quoted(m.group(4), speaker))
        else:
            out.append(paragraph)  # no label, or one that names no one the story names ("NOTE:")
    return out


def _narrator(label: str) -> bool:
    """ "REPORTER", "ABC REPORTER", "Q": one of the programme's own voices."""
    return label.split()[-1].lower().strip(".") in NARRATORS


def _speaker(label: str, prose: str, posted: bool = False) -> str | None:
    """ "JOHN DALE" → "John Dale", "MS. OKAFOR" → "Ms. Okafor"; a lone surname ("DALE") → the full
    name the story gives it ("Superintendent John Dale says …" → "John Dale"). None when the story's
    words never name that person: a label such as "NOTE" or "UPDATE" is no speaker, unless the label
    gives a full name and a post (`posted`: "JOHN DALE, MINISTER")."""
    words = label.split()
    title = [w.capitalize() for w in words[:1] if w.lower().rstrip(".") in HONORIFICS]  # "MS. OKAFOR"
    said = " ".join(words[len(title) :])
    found = re.search(rf"\b{re.escape(said)}\b", prose, re.I) if said else None
    if found is None and posted and " " in said:
        return " ".join([*title, said.title()])
    if found is None or not found.group()[:1].isupper():
        return None
    name = found.group()  # as the story writes it: "McKean", not "MCKEAN"
    name = name.title() if name.isupper() and len(name) > 3 else name  # never written but in capitals
    if title or " " in name:
        return " ".join([*title, name])
    given = (m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", prose))
    first = next((g for g in given if g not in _NOT_GIVEN and g.lower() not in HONORIFICS), None)
    return f"{first} {name}" if first else name


#: Capitalized words before a surname that are no given name ("Superintendent Dale", "Mr Dale").
_NOT_GIVEN = {"Superintendent", "Inspector", "Minister", "President", "The", "Senator"}


#: A sentence of the speaker's own that reports someone else ("Governor Helen Marsh said inflation
#: was too high."): it stays a plain sentence, so the words are that person's, not the speaker's.
_REPORTS = re.compile(r"\b(said|says|told|tells|according to)\b")
#: A greeting or thanks that opens a turn ("Thanks Anna.", "Good morning."): no one's statement.
_PLEASANTRY = re.compile(r"^(thanks|thank you|good (morning|afternoon|evening)|hello|hi)\b[^.!?]{0,30}[.!?]$", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")


def _quoted(words: str, speaker: str) -> str:
    """ "We will ask for a warrant." → '"We will ask for a warrant," John Dale said.'; words that
    hold quotation marks of their own, or end in a question, keep their own ending. A greeting
    that opens the turn goes; a sentence that reports another person stays outside the quote."""
    sentences = _SENTENCES.split(words.strip())
    while len(sentences) > 1 and _PLEASANTRY.match(sentences[0]):
        sentences = sentences[1:]
    out: list[str] = []
    run: list[str] = []
    for sentence in [*sentences, ""]:
        if sentence and not _REPORTS.search(sentence):
            run.append(sentence)
            continue
        if run:
            out.append(_quote(" ".join(run), speaker))
            run = []
        if sentence:
            out.append(sentence)
    return " ".join(out)


def _quote(words: str, speaker: str) -> str:
    """One run of a speaker's own sentences, quoted and attributed."""
    if '"' in words or "\u201c" in words:
        return f"{speaker} said: {words}"
    if words.endswith("."):
        return f'"{words[:-1]}," {speaker} said.'
    return f'"{words}" {speaker} said.'
