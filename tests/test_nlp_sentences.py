"""`nlp.index_sentences` makes `token.sent` and `span.sent` a look-up: they must answer exactly as
spaCy's own walk over the sentence starts does, and never keep a parsed document alive."""

from __future__ import annotations

import gc

from quizgen.nlp import index_sentences, load_nlp

TEXT = (
    "Mayor Ann Ruiz opened the bridge on Monday. “It took ten years,” she said.\n\n"
    "The Harbour Board agreed. Its chair, Tom Lee, was not there; he was in Oslo!\n"
    "Work starts in May"
)


def _sentences(doc) -> tuple[list, list]:
    spans = [doc[a:b] for a in range(len(doc)) for b in (a + 1, a + 3, a + 12) if b <= len(doc)]
    return [(t.sent.start, t.sent.end) for t in doc], [(s.sent.start, s.sent.end) for s in [*spans, *doc.ents]]


def test_every_token_and_span_gets_the_sentence_spacy_gives() -> None:
    doc = load_nlp()(TEXT)
    want = _sentences(doc)
    assert len({sent for sent in want[0]}) >= 5  # several sentences, one across a paragraph break
    index_sentences(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert _sentences(doc) == want


def test_a_document_with_the_look_up_is_freed_without_the_cycle_collector() -> None:
    nlp = load_nlp()
    nlp(TEXT)
    gc.collect()
    gc.disable()
    try:
        left = []
        for hooked in (False, True, False, True):
            before = len(gc.get_objects())
            for _ in range(20):
                doc = nlp(TEXT)
                if hooked:
                    index_sentences(doc)
                assert doc[3].sent.start == 0
                del doc
            left.append(len(gc.get_objects()) - before)
        assert left[1] == left[0] and left[3] == left[2]  # what a parse leaves anyway, and no more
    finally:
        gc.enable()
