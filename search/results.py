"""What a catalogue search returns, the same from either backend."""

from dataclasses import dataclass, field
from datetime import datetime

from django.core.paginator import Page, Paginator
from django.utils.safestring import SafeString

from academy.courses.models import Language, Level

from .models import Kind
from .query import CatalogueQuery


@dataclass(frozen=True)
class Hit:
    key: str
    kind: str
    title: str
    url: str
    title_html: SafeString
    snippet: SafeString
    topic_name: str = ""
    topic_slug: str = ""
    level: str = ""
    language: str = ""
    date: datetime | None = None
    minutes: int | None = None
    featured: bool = False

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label

    @property
    def level_label(self) -> str:
        return Level(self.level).label if self.level in Level.values else ""

    @property
    def language_label(self) -> str:
        return Language(self.language).label if self.language in Language.values else ""


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    values: list[FacetValue]

    @property
    def has_choices(self) -> bool:
        return any(value.count for value in self.values)


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str


@dataclass
class Results:
    query: CatalogueQuery
    hits: list[Hit]
    total: int
    facets: list[Facet] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    promotions: list[Promotion] = field(default_factory=list)

    @property
    def page_obj(self) -> Page:
        """A Django page for the pagination links; the hits themselves are in `hits`."""
        paginator = Paginator(range(self.total), self.query.per_page)
        return paginator.get_page(self.query.page)


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete line: a title to open or a topic to search in."""

    kind: str
    title: str
    url: str
