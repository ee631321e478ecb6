"""The public API shows what every visitor may read, and nothing else."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLResolver, get_resolver

from academy.api.views import api
from academy.courses.models import CoursePage
from tests.factories import UserFactory, make_course, make_lesson, make_session

BASE = "/api/v1"
LISTS = ["topics", "courses", "lessons", "sessions"]


def get_json(client, url, status=200, **params):
    response = client.get(url, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(client, kind, **params):
    return {item["title"] for item in get_json(client, f"{BASE}/{kind}", **params)["results"]}


def test_lists_show_published_public_pages_only(client, academy, django_user_model):
    assert titles(client, "courses") == {
        "Running your first retrospective",
        "Check-in rounds",
        "Geschichten erzählen",
    }
    assert titles(client, "lessons") == {"Why look back together", "Actions that stick"}
    assert titles(client, "sessions") == {
        "Retro clinic live",
        "Storytelling circle",
        "Clinic of a draft course",
    }


@pytest.mark.parametrize("member", [False, True])
def test_nothing_hidden_leaks_in_lists_or_details(client, academy, django_user_model, member):
    if member:
        # Members see restricted pages on the site; the API answers the same for everyone.
        client.force_login(academy["host"])
    bodies = [client.get(f"{BASE}/{kind}", {"page_size": 50}).content for kind in LISTS]
    for page in academy["hidden"]:
        kind = {"coursepage": "courses", "lessonpage": "lessons"}.get(
            page.specific_class._meta.model_name, "sessions"
        )
        bodies.append(client.get(f"{BASE}/{kind}/{page.pk}").content)
        assert client.get(f"{BASE}/{kind}/{page.pk}").status_code == 404
    text = b"".join(bodies).decode()
    assert "Secret" not in text
    assert "@example.org" not in text
    assert "meet.example.org" not in text


def test_course_detail_has_its_lessons_in_order(client, academy):
    course = academy["courses"]["retro"]
    body = get_json(client, f"{BASE}/courses/{course.pk}")
    assert [item["title"] for item in body["lessons"]] == [
        "Why look back together",
        "Actions that stick",
    ]
    assert body["url"] == course.url
    assert body["tags"] == ["teams"]
    assert (body["lesson_count"], body["total_minutes"]) == (2, 20)


def test_session_shows_public_host_names_and_a_published_course_only(client, academy):
    sessions = academy["sessions"]
    body = get_json(client, f"{BASE}/sessions/{sessions['upcoming'].pk}")
    assert body["hosts"] == [
        {"username": "tomas", "name": "Tomás Ruiz"},
        {"username": "ana", "name": "ana"},
    ]
    assert body["course"] == academy["courses"]["retro"].pk
    assert body["seats_left"] == 30
    assert get_json(client, f"{BASE}/sessions/{sessions['draft_course'].pk}")["course"] is None


def test_filters(client, academy):
    assert titles(client, "courses", topic="retrospectives") == {
        "Running your first retrospective",
        "Check-in rounds",
    }
    assert titles(client, "courses", level="intermediate") == {"Check-in rounds"}
    assert titles(client, "courses", language="de") == {"Geschichten erzählen"}
    assert titles(client, "courses", topic="no-such-topic") == set()
    course = academy["courses"]["retro"]
    assert titles(client, "lessons", course=course.pk) == {
        "Why look back together",
        "Actions that stick",
    }
    assert titles(client, "sessions", when="upcoming") == {
        "Retro clinic live",
        "Clinic of a draft course",
    }
    assert titles(client, "sessions", when="past") == {"Storytelling circle"}
    assert titles(client, "sessions", topic="storytelling") == {"Storytelling circle"}


def test_pagination_is_bounded_and_complete(client, academy):
    first = get_json(client, f"{BASE}/courses", page_size=2)
    second = get_json(client, f"{BASE}/courses", page_size=2, page=2)
    assert (first["count"], first["num_pages"], len(first["results"])) == (3, 2, 2)
    seen = [item["id"] for item in first["results"] + second["results"]]
    assert len(set(seen)) == 3
    error = get_json(client, f"{BASE}/courses", status=404, page=3)["error"]
    assert error["code"] == "page_not_found"
    error = get_json(client, f"{BASE}/courses", status=400, page_size=51)["error"]
    assert error["code"] == "invalid_parameter"
    assert error["fields"][0]["name"] == "page_size"


@pytest.mark.parametrize(
    "url",
    [
        f"{BASE}/courses?level=expert",
        f"{BASE}/courses?language=fr",
        f"{BASE}/courses?topic=%00",
        f"{BASE}/courses?page=0",
        f"{BASE}/courses?page=abc",
        f"{BASE}/lessons?course=99999999999999999999",
        f"{BASE}/sessions?when=tomorrow",
        f"{BASE}/courses/99999999999999999999",
        f"{BASE}/sessions/0",
    ],
)
def test_bad_parameters_get_a_400_with_a_code(client, db, url):
    error = get_json(client, url, status=400)["error"]
    assert error["code"] == "invalid_parameter"
    assert error["message"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_methods_get_a_json_405(client, academy, method):
    course = academy["courses"]["retro"]
    for url in (f"{BASE}/courses", f"{BASE}/courses/{course.pk}", f"{BASE}/openapi.json"):
        response = getattr(client, method)(url, data={}, content_type="application/json")
        assert response.status_code == 405
        assert response.json()["error"]["code"] == "method_not_allowed"
        assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert titles(client, "courses") >= {course.title}


def test_head_and_options(client, academy):
    head = client.head(f"{BASE}/courses")
    assert (head.status_code, head.content) == (200, b"")
    options = client.options(f"{BASE}/courses")
    assert (options.status_code, options["Allow"]) == (204, "GET, HEAD, OPTIONS")


def test_cache_headers(client, academy):
    assert "max-age=60" in client.get(f"{BASE}/courses")["Cache-Control"]
    assert "no-cache" in client.get(f"{BASE}/sessions")["Cache-Control"]


def test_schema_describes_every_route_and_nothing_else(client, db):
    """The document is generated from the view declarations; this checks that every route
    mounted under /api/v1/ is documented, and only with GET."""
    document = get_json(client, f"{BASE}/openapi.json")
    assert document["openapi"].startswith("3.")
    (api_urls,) = [
        item
        for item in get_resolver().url_patterns
        if isinstance(item, URLResolver) and str(item.pattern) == "api/v1/"
    ]
    routes = {
        "/api/v1/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", str(pattern.pattern))
        for resolver in api_urls.url_patterns
        for pattern in resolver.url_patterns
        if pattern.name not in ("api-root", "openapi-json")
    }
    assert routes == set(document["paths"])
    for operations in document["paths"].values():
        assert set(operations) == {"get"}
    assert json.dumps(document) == json.dumps(api.get_openapi_schema(path_prefix="/api/v1/"))


@pytest.mark.parametrize(
    ("kind", "grow"),
    [
        ("courses", lambda n: [make_course(f"Course {n} {i}") for i in range(n)]),
        ("lessons", lambda n: [make_lesson(academy_course(), f"L {n} {i}") for i in range(n)]),
        (
            "sessions",
            lambda n: [make_session(f"Session {n} {i}", host=UserFactory()) for i in range(n)],
        ),
    ],
)
def test_query_count_does_not_grow_with_rows(client, academy, kind, grow):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            get_json(client, f"{BASE}/{kind}", page_size=50)
        return len(queries)

    grow(1)
    count()  # The first request also looks up the site's root paths once.
    few = count()
    grow(6)
    assert count() == few
    assert few <= 12


def academy_course():
    return CoursePage.objects.get(slug="running-your-first-retrospective")
