"""(in progress)"""

from quizgen.facts.context import ArticleContext
from quizgen.models import Fact


def extract_events(ctx: ArticleContext) -> list[Fact]:
    return []
