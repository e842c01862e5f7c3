"""Reading articles: files, folders or standard input in, clean `Article`s out.

The stages, in order: `sources` (where bytes come from, size limits, which reader),
`decoding` (bytes to text), `html` / `markdown` (markup to lines), `body` (headline, date,
paragraphs), with `boilerplate` (page furniture) and `datelines` (publication dates) beside it.
"""

from quizgen.articles.sources import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, STDIN, Reading, read_articles, slugify

__all__ = ["ARTICLE_SUFFIXES", "MAX_ARTICLE_BYTES", "STDIN", "Reading", "read_articles", "slugify"]
