"""What the API accepts and answers. The OpenAPI document is generated from these classes and
the view signatures, so it cannot drift from the code."""

from datetime import datetime
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import WithJsonSchema, create_model

from academy.courses.models import Language, Level

MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
# Keeps numbers within what every database compares without overflowing.
MAX_ID = 2**31 - 1
MAX_PAGE = 100_000

LevelCode = Literal[tuple(Level.values)]
LanguageCode = Literal[tuple(Language.values)]


def omittable(kind, schema: dict):
    """A query parameter that may be left out; a query string cannot say null, so the
    document does not offer it."""
    return Annotated[kind | None, WithJsonSchema(schema)]


LevelFilter = omittable(LevelCode, {"type": "string", "enum": Level.values})
LanguageFilter = omittable(LanguageCode, {"type": "string", "enum": Language.values})
CourseId = omittable(int, {"type": "integer", "minimum": 1, "maximum": MAX_ID})
When = Literal["upcoming", "past", "all"]


def topic_field(description: str):
    return Field("", max_length=80, pattern=r"^[-a-zA-Z0-9_]*$", description=description)


class PageParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page.")


class CourseFilters(PageParams):
    topic: str = topic_field("A topic's slug; also matches its subtopics and related topics.")
    level: LevelFilter = None
    language: LanguageFilter = None


class LessonFilters(PageParams):
    course: CourseId = Field(None, ge=1, le=MAX_ID, description="A course's id.")


class SessionFilters(PageParams):
    topic: str = topic_field("A topic's slug.")
    level: LevelFilter = None
    language: LanguageFilter = None
    when: When = Field("all", description="Only upcoming (not yet over) or past sessions.")


class TopicRef(Schema):
    slug: str
    name: str


class Topic(TopicRef):
    description: str
    parent: str | None = Field(description="The parent topic's slug.")


class LessonRef(Schema):
    id: int
    title: str
    url: str
    estimated_minutes: int


class Course(Schema):
    id: int
    title: str
    slug: str
    url: str
    summary: str
    level: LevelCode
    language: LanguageCode
    topic: TopicRef
    tags: list[str]
    lesson_count: int
    total_minutes: int
    learner_count: int
    average_rating: float | None
    first_published_at: datetime | None
    last_published_at: datetime | None


class CourseDetail(Course):
    outcomes: list[str]
    prerequisites: str
    lessons: list[LessonRef]


class Lesson(LessonRef):
    slug: str
    summary: str
    course: int
    first_published_at: datetime | None
    last_published_at: datetime | None


class Person(Schema):
    username: str
    name: str


class Session(Schema):
    id: int
    title: str
    slug: str
    url: str
    description: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    level: LevelCode
    language: LanguageCode
    topic: TopicRef
    course: int | None = Field(description="The course's id, if it is published.")
    hosts: list[Person]
    capacity: int
    seats_left: int


class FieldError(Schema):
    name: str
    message: str


class ErrorBody(Schema):
    code: str
    message: str
    fields: list[FieldError] = []


class Error(Schema):
    error: ErrorBody


def page_of(item: type[Schema]) -> type[Schema]:
    """The schema of one page of `item`s, named after it in the OpenAPI document."""
    return create_model(
        f"{item.__name__}List",
        __base__=Schema,
        count=(int, ...),
        page=(int, ...),
        page_size=(int, ...),
        num_pages=(int, ...),
        results=(list[item], ...),
    )
