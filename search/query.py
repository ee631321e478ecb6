"""A catalogue search as the backends receive it: the words, the filters, the order, the page
and who is asking."""

import re
from dataclasses import dataclass, field, replace

from modelsearch.utils import normalise_query_string

from .models import Audience

MAX_QUERY_LENGTH = 100
PER_PAGE = 20
SORTS = ("relevance", "newest", "popular")
FACETS = ("kind", "topic", "level", "language", "length")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Lowercase, single spaces, at most 100 characters: how queries are counted and how
    curators' promotions are matched."""
    return normalise_query_string(text or "")[:MAX_QUERY_LENGTH]


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class Filters:
    kind: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()  # topic slugs; a topic includes its subtopics
    level: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    length: tuple[str, ...] = ()

    def selected(self, facet: str) -> tuple[str, ...]:
        return getattr(self, facet)

    def without(self, facet: str) -> "Filters":
        return replace(self, **{facet: ()})

    def __bool__(self) -> bool:
        return any(self.selected(facet) for facet in FACETS)


@dataclass(frozen=True)
class CatalogueQuery:
    text: str
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    audiences: tuple[str, ...] = (Audience.EVERYONE,)
    # The text and its rewrites with curators' synonyms; any of them may match.
    variants: tuple[str, ...] = ()
    # Topic ids each selected topic slug stands for (itself and its subtopics).
    topic_ids: tuple[int, ...] = ()

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def audiences_for(user) -> tuple[str, ...]:
    if user is not None and user.is_authenticated:
        return (Audience.EVERYONE, Audience.MEMBERS)
    return (Audience.EVERYONE,)
