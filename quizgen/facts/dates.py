"""(in progress)"""

from quizgen.facts.context import ArticleContext
from quizgen.models import Fact


def extract_dates(ctx: ArticleContext) -> list[Fact]:
    return []
