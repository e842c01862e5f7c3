"""Dependency parses the small English model gets wrong in a way later rules would carry.

"A magnitude 6.4 earthquake struck …": the model reads "A magnitude" and "6.4 earthquake" as two
subjects of "struck", and every question then asks what "a magnitude" did. Two subjects of one
verb side by side, with nothing between them, are one noun phrase: the first modifies the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.nlp import tokens_where_now
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubjpass")


def joined_subjects(doc: Doc) -> Doc:
    """`doc` with a subject that runs straight into a second subject of the same verb attached to
    it as a compound ("A magnitude 6.4 earthquake" is one subject, headed by "earthquake")."""
    for token in map(doc.__getitem__, tokens_where_now(doc, "DEP", _SUBJECTS.__contains__)):  # no Token for the rest
        if token.dep_ not in _SUBJECTS or token.pos_ != "NOUN":
            continue
        after = token.right_edge.i + 1
        if after >= len(doc) or doc[after].is_punct:
            continue
        second = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i), None)
        if second is None or second.left_edge.i != after or second.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(doc[i].like_num for i in range(after, second.i)):
            continue  # only the shape of "magnitude 6.4 earthquake", a figure between the two nouns
        token.head, token.dep_ = second, "compound"
    return doc


#: Lower-case joining words of Portuguese place and people's names ("Rio Grande do Sul", "Lula da Silva").
_NAME_JOINERS = {"do", "da", "dos", "das"}


def joined_place_names(doc: Doc) -> Doc:
    """`doc` with "Rio Grande do Sul" read as one name: the model takes "do" for the English verb and
    "Sul" for a second subject, so every question built on the clause cuts the name to "Rio Grande".
    The joining word becomes a preposition inside the name, the last word its object, and the entity
    (if the model tagged the first words) runs to the end of the name, as a place."""
    from spacy.tokens import Span

    fixed: set[int] = set()
    for token in map(doc.__getitem__, tokens_where_now(doc, "LOWER", _NAME_JOINERS.__contains__)):
        if not 0 < token.i < len(doc) - 1:
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if token.lower_ not in _NAME_JOINERS or token.pos_ not in ("AUX", "VERB") or not token.is_lower:
            continue
        if not (before.pos_ == "PROPN" and before.is_title and after.pos_ == "PROPN" and after.is_title):
            continue
        if any(t.i in (token.i, after.i) for t in before.ancestors):
            continue  # the parse hangs the first words on the others: changing it would make a loop
        token.head, token.dep_, token.pos_, token.tag_ = before, "prep", "ADP", "IN"
        after.head, after.dep_ = token, "pobj"
        fixed.add(token.i)
    if fixed:
        ents = list(doc.ents)
        for at, ent in enumerate(ents):
            end = ent.end
            if end in fixed and not doc[end + 1].ent_type_:
                ents[at] = Span(doc, ent.start, end + 2, label="GPE" if ent.label_ == "NORP" else ent.label_)
        doc.ents = ents
    return doc


def dated_verbs(doc: Doc) -> Doc:
    """`doc` with "on Tuesday" between a named subject and its verb ("The BJD on Tuesday retained
    power") hung on the verb: the model hangs it on the name, and every question built on the clause
    then reads "did the BJD on Tuesday win". A day cannot narrow down a name, so nothing is lost.
    The changes are found first and made after: the parse is not read while it changes."""
    moves = []
    for token in map(doc.__getitem__, tokens_where_now(doc, "LOWER", "on".__eq__)):
        subject = token.head
        if token.lower_ != "on" or token.dep_ != "prep" or subject.dep_ not in _SUBJECTS or subject.i > token.i:
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if subject.pos_ != "PROPN" or len(objects) != 1 or objects[0].ent_type_ != "DATE":
            continue
        verb = subject.head
        if token.right_edge.i + 1 == verb.i and verb.pos_ in ("VERB", "AUX") and verb.sent.start == token.sent.start:
            moves.append((token, verb))
    for token, verb in moves:
        token.head = verb
    return doc


def listed_posts(doc: Doc) -> Doc:
    """`doc` with "a former vice-minister of public security and Interpol president" read as two
    posts: the model makes "president" the object of "of" and hangs "security and Interpol" on it,
    so the first post swallows the second and its body ("Interpol") is lost. A post word that is
    the object of a post's "of", with "and" before it inside the phrase, is the post's conjunct;
    the words before "and" are the object of "of", those after it the second post's own."""
    if not doc.has_annotation("DEP"):
        return doc  # a doc only tagged (the question checks' own): no parse to mend, nor to read
    from quizgen.facts.titles import is_post

    moves = []
    for prep in map(doc.__getitem__, tokens_where_now(doc, "LOWER", "of".__eq__)):
        if prep.dep_ != "prep" or prep.head.i > prep.i or not is_post(prep.head.text):
            continue
        post, second = prep.head, next((c for c in prep.children if c.dep_ == "pobj"), None)
        if second is None:
            continue
        if not is_post(second.text) or second.pos_ != "NOUN" or second.tag_ != "NN":
            continue
        ands = [t for t in doc[prep.i + 2 : second.i - 1] if t.lower_ == "and" and t.dep_ == "cc"]
        if len(ands) != 1 or any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP") for t in doc[prep.i + 1 : second.i]):
            continue
        cc = ands[0]
        tops = [t for t in doc[prep.i + 1 : cc.i] if not prep.i < t.head.i < cc.i]  # the first object's head
        own = [t for t in doc[cc.i + 1 : second.i] if not cc.i < t.head.i <= second.i]  # hung before "and"
        if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN"):
            continue
        moves.append((post, prep, cc, second, tops[0], own))
    for post, prep, cc, second, top, own in moves:
        top.head, top.dep_ = prep, "pobj"
        cc.head = post
        for tok in own:
            tok.head, tok.dep_ = second, "compound"
        second.head, second.dep_ = post, "conj"
    return doc


def placed_posts_apart(doc: Doc) -> Doc:
    """`doc` with "Chinese president and chairman of the Central Military Commission" read as "of" the
    second post alone: the model hangs "of …" on the first, which then reads "Chinese president of the
    Central Military Commission", a post no one holds. A first post that already says where it is held
    (a nationality or place before it) does not share the second's body; one that does not ("president
    and chief executive of Acme") is left to share it."""
    if not doc.has_annotation("DEP"):
        return doc
    from quizgen.facts.titles import is_post

    for prep in map(doc.__getitem__, tokens_where_now(doc, "LOWER", "of".__eq__)):
        post = prep.head
        if prep.dep_ != "prep" or post.i > prep.i or not is_post(post.text):
            continue
        second = next((c for c in post.children if c.dep_ == "conj" and c.i < prep.i), None)
        if second is None or second.right_edge.i + 1 != prep.i or not is_post(second.text):
            continue
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in post.children):
            prep.head = second
    return doc


#: Verbs of an event's taking place, never of a body's: "a session of the committee, which was held in July".
_HELD_VERBS = {"hold", "convene", "stage"}


def held_events_of_bodies(doc: Doc) -> Doc:
    """`doc` with "the third plenary session of the 20th CPC Central Committee, which was held in July"
    read as the session held: the model hangs the clause on the nearest noun, the body, and the date is
    then asked "When was the 20th CPC Central Committee held?". A body is not held; its event is."""
    if not doc.has_annotation("DEP"):
        return doc
    for verb in doc:
        body = verb.head
        if verb.dep_ != "relcl" or verb.lemma_ not in _HELD_VERBS or body.dep_ != "pobj":
            continue
        of = body.head
        if of.lower_ != "of" or of.head.pos_ != "NOUN" or not (body.ent_type_ == "ORG" or body.lower_ in BODY_WORDS):
            continue
        verb.head = of.head
    return doc


def dated_passives(doc: Doc) -> Doc:
    """`doc` with "Two men accused of fraud were on Thursday charged with murder" read as a passive:
    the model makes "were" the main verb and "charged" a clause of its own, and the date question then
    asks "When were two men accused of fraud?". A day between "were" and a past participle splits no
    clause: the participle is the verb, "were" its auxiliary, the subject its passive subject."""
    if not doc.has_annotation("DEP"):
        return doc
    for on in map(doc.__getitem__, tokens_where_now(doc, "LOWER", "on".__eq__)):
        be = on.head
        if on.dep_ != "prep" or be.lemma_ != "be" or be.i + 1 != on.i or be.dep_ != "ROOT":
            continue
        verb = doc[on.right_edge.i + 1] if on.right_edge.i + 1 < len(doc) else None
        if verb is None or verb.head != be or verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        if not any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in on.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in verb.children):
            continue
        for child in [c for c in be.children if c != verb]:
            child.head = verb
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
        verb.head, verb.dep_ = verb, "ROOT"
        be.head, be.dep_ = verb, "auxpass"
    return doc
