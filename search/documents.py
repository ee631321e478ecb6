"""The catalogue as Elasticsearch documents: one index per kind behind its own alias, every
text field analysed as written and stemmed in English, German and Spanish, and a completion
field for the search box."""

from django.conf import settings
from elasticsearch.dsl import (
    Boolean,
    Completion,
    Date,
    Document,
    Integer,
    Keyword,
    Text,
    analyzer,
    normalizer,
)

from .models import Kind
from .records import Record

# Sub-field suffix -> Elasticsearch's built-in analyzer for that language.
LANGUAGE_ANALYZERS = {"en": "english", "de": "german", "es": "spanish"}
# Completions ignore case and accents: typing "cafe" completes "Café".
folding = analyzer("folding", tokenizer="standard", filter=["lowercase", "asciifolding"])
caseless = normalizer("caseless", filter=["lowercase"])
# How many leading words of a title may start a completion ("Knowledge" completes
# "Intro to Knowledge Management" as the database backend's autocomplete does).
COMPLETION_WORDS = 6


def alias_for(kind: str, *, prefix: str | None = None) -> str:
    """The alias searches and writes go through; the index behind it changes on a rebuild."""
    return f"{prefix or settings.ELASTICSEARCH_INDEX_PREFIX}-{kind}"


def kinds_for_key(key: str) -> tuple[str, ...]:
    """The kinds a record key can belong to: a teacher is a teacher, a page any other kind."""
    if key.startswith("teacher:"):
        return (Kind.TEACHER,)
    return tuple(kind for kind in Kind.values if kind != Kind.TEACHER)


class _IndexOptions:
    # A catalogue is small: one shard scores and suggests over all of it at once.
    settings = {"number_of_shards": 1}


def _text(*, fields: dict | None = None, **options) -> Text:
    stemmed = {suffix: Text(analyzer=name) for suffix, name in LANGUAGE_ANALYZERS.items()}
    return Text(analyzer="standard", fields={**stemmed, **(fields or {})}, **options)


def _completion_inputs(record: Record) -> list[str]:
    words = record.title.split()
    tails = [" ".join(words[start:]) for start in range(min(len(words), COMPLETION_WORDS))]
    return [*tails, *([record.topic_name] if record.topic_name else [])]


class CatalogueDocument(Document):
    """What every kind shares; the kinds differ only in their index."""

    key = Keyword()
    kind = Keyword()
    # The whole title, lowercased: a query that is the title ranks it first.
    title = _text(copy_to="spelling", fields={"exact": Keyword(normalizer=caseless)})
    url = Keyword(index=False)
    summary = _text()
    body = _text()
    tags = _text(copy_to="spelling")
    topic_id = Keyword()
    topic_name = _text(copy_to="spelling")
    topic_slug = Keyword()
    level = Keyword()
    language = Keyword()
    minutes = Integer()
    length = Keyword()
    date = Date()
    popularity = Integer()
    featured = Boolean()
    audience = Keyword()
    # Words of titles, topics and tags as written: what "did you mean" corrects towards.
    spelling = Text(analyzer="standard")
    # Members-only entries are only completed for members: the audience is the context.
    suggest = Completion(
        analyzer=folding,
        contexts=[{"name": "audience", "type": "category", "path": "audience"}],
    )

    @classmethod
    def from_record(cls, record: Record) -> "CatalogueDocument":
        # Empty values are left out, so facets never count a blank level or language.
        document = cls(
            meta={"id": record.key},
            key=record.key,
            kind=str(record.kind),
            title=record.title,
            url=record.url,
            summary=record.summary or None,
            body=record.body or None,
            tags=list(record.tags),
            topic_id=str(record.topic_id) if record.topic_id is not None else None,
            topic_name=record.topic_name or None,
            topic_slug=record.topic_slug or None,
            level=record.level or None,
            language=record.language or None,
            minutes=record.minutes,
            length=record.length or None,
            date=record.date,
            popularity=record.popularity,
            featured=record.featured,
            audience=str(record.audience),
        )
        if record.kind != Kind.TEACHER:
            # Teachers are found by searching, never offered while typing.
            document.suggest = {
                "input": _completion_inputs(record),
                "weight": record.popularity,
            }
        return document


class CourseDocument(CatalogueDocument):
    class Index(_IndexOptions):
        name = alias_for(Kind.COURSE)


class LessonDocument(CatalogueDocument):
    class Index(_IndexOptions):
        name = alias_for(Kind.LESSON)


class PathDocument(CatalogueDocument):
    class Index(_IndexOptions):
        name = alias_for(Kind.PATH)


class SessionDocument(CatalogueDocument):
    class Index(_IndexOptions):
        name = alias_for(Kind.SESSION)


class TeacherDocument(CatalogueDocument):
    class Index(_IndexOptions):
        name = alias_for(Kind.TEACHER)


DOCUMENTS: dict[str, type[CatalogueDocument]] = {
    Kind.COURSE: CourseDocument,
    Kind.LESSON: LessonDocument,
    Kind.PATH: PathDocument,
    Kind.SESSION: SessionDocument,
    Kind.TEACHER: TeacherDocument,
}
