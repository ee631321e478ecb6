"""The endpoints. Views are thin: selectors read, `present` shapes, schemas validate."""

from django.core.exceptions import ObjectDoesNotExist
from django.views.decorators.cache import cache_control, never_cache
from ninja import NinjaAPI, Path, Query
from ninja.decorators import decorate_view
from ninja.errors import ValidationError

from . import present, selectors
from . import schemas as s
from .errors import ApiError, error_response, invalid_parameters, not_found
from .pagination import paginate

api = NinjaAPI(
    title="Peer Academy API",
    version="1",
    description="Read-only: published, public courses, lessons, topics and live sessions.",
    urls_namespace="api",
    docs_url=None,
)

# Catalogue pages change on publish, and the API cannot be purged like the page cache: short.
catalogue_cache = decorate_view(cache_control(public=True, max_age=60))
# Seats left and what is upcoming change with registrations and the clock (decision 43).
live_cache = decorate_view(never_cache)
ERRORS = {400: s.Error, 404: s.Error}


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    return invalid_parameters(exc.errors)


@api.exception_handler(ApiError)
def _api_error(request, exc):
    return error_response(status=exc.status, code=exc.code, message=exc.message)


@api.exception_handler(ObjectDoesNotExist)
def _missing(request, exc):
    error = not_found()
    return error_response(status=error.status, code=error.code, message=error.message)


def _page(request, items, params: s.PageParams, shape) -> dict:
    envelope, chosen = paginate(items, page=params.page, page_size=params.page_size)
    return {**envelope, "results": [shape(item, request) for item in chosen]}


@api.get("/topics", response={200: s.page_of(s.Topic), **ERRORS}, tags=["catalogue"])
@catalogue_cache
def topics(request, params: Query[s.PageParams]):
    """Every topic of the catalogue, by name."""
    return _page(request, selectors.topics(), params, present.topic)


@api.get("/courses", response={200: s.page_of(s.Course), **ERRORS}, tags=["catalogue"])
@catalogue_cache
def courses(request, params: Query[s.CourseFilters]):
    """Published courses, newest first."""
    found = selectors.course_list(
        topic=params.topic, level=params.level or "", language=params.language or ""
    )
    return _page(request, found, params, present.course)


@api.get("/courses/{course_id}", response={200: s.CourseDetail, **ERRORS}, tags=["catalogue"])
@catalogue_cache
def course(request, course_id: int = Path(..., ge=1, le=s.MAX_ID)):
    """One published course with its outcomes and lessons."""
    page = selectors.course(course_id)
    return present.course_detail(page, request, lessons=selectors.lessons_of(page))


@api.get("/lessons", response={200: s.page_of(s.Lesson), **ERRORS}, tags=["catalogue"])
@catalogue_cache
def lessons(request, params: Query[s.LessonFilters]):
    """Published lessons of published courses, in course order."""
    return _page(request, selectors.lesson_list(course=params.course), params, present.lesson)


@api.get("/lessons/{lesson_id}", response={200: s.Lesson, **ERRORS}, tags=["catalogue"])
@catalogue_cache
def lesson(request, lesson_id: int = Path(..., ge=1, le=s.MAX_ID)):
    """One published lesson; its body is read on its page (`url`)."""
    return present.lesson(selectors.lesson(lesson_id), request)


@api.get("/sessions", response={200: s.page_of(s.Session), **ERRORS}, tags=["live"])
@live_cache
def sessions(request, params: Query[s.SessionFilters]):
    """Live sessions that are not cancelled: all and past ones newest first, upcoming ones
    soonest first."""
    found = selectors.session_list(
        when=params.when,
        topic=params.topic,
        level=params.level or "",
        language=params.language or "",
    )
    return _page(request, found, params, present.session)


@api.get("/sessions/{session_id}", response={200: s.Session, **ERRORS}, tags=["live"])
@live_cache
def session(request, session_id: int = Path(..., ge=1, le=s.MAX_ID)):
    """One published live session that is not cancelled."""
    return present.session(selectors.session(session_id), request)
