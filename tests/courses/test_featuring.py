"""Curators' featured courses, set in one operation (what keeping an experiment's B does):
on the live courses, kept through authors' later drafts and publishes, never publishing a
draft, and followed by the catalogue index."""

import pytest

from academy.courses import selectors, services
from academy.courses.models import CoursePage
from search.models import CatalogueEntry
from tests.factories import make_course

pytestmark = pytest.mark.django_db


def featured() -> list[str]:
    return [course.title for course in selectors.featured_courses()]


@pytest.fixture
def catalogue_courses(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # indexed as published
        return {
            "old": make_course("Running retrospectives", featured=True, featured_order=1),
            "first": make_course("Storytelling for teams"),
            "second": make_course("Working out loud"),
        }


def test_the_given_courses_become_the_featured_ones_in_their_order(catalogue_courses):
    first, second, old = (catalogue_courses[name] for name in ("first", "second", "old"))
    changed = services.feature_courses(courses=[second, first])
    assert changed == sorted([first.pk, second.pk, old.pk])
    assert featured() == ["Working out loud", "Storytelling for teams"]
    rows = CoursePage.objects.order_by("title").values_list("title", "featured", "featured_order")
    assert list(rows) == [
        ("Running retrospectives", False, 0),
        ("Storytelling for teams", True, 2),
        ("Working out loud", True, 1),
    ]
    assert services.feature_courses(courses=[second, first]) == [], "nothing left to change"


def test_an_authors_later_publish_keeps_the_featuring(catalogue_courses):
    first = catalogue_courses["first"]
    services.feature_courses(courses=[first])
    course = CoursePage.objects.get(pk=first.pk).get_latest_revision_as_object()
    assert course.featured, "the editor's form starts from the latest revision"
    course.summary = "Stories that stick."
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=first.pk)
    assert (course.featured, course.summary) == (True, "Stories that stick.")
    assert featured() == ["Storytelling for teams"]


def test_a_draft_waiting_for_review_stays_a_draft_and_keeps_the_featuring(catalogue_courses):
    first = catalogue_courses["first"]
    draft = CoursePage.objects.get(pk=first.pk)
    draft.title = "Storytelling for teams, second edition"
    draft.save_revision()
    services.feature_courses(courses=[first])
    live = CoursePage.objects.get(pk=first.pk)
    assert live.title == "Storytelling for teams"
    assert live.has_unpublished_changes
    assert featured() == ["Storytelling for teams"]
    live.get_latest_revision().publish()
    published = CoursePage.objects.get(pk=first.pk)
    assert published.title == "Storytelling for teams, second edition"
    assert published.featured and published.featured_order == 1


def indexed_as_featured() -> dict[str, bool]:
    return dict(CatalogueEntry.objects.filter(kind="course").values_list("title", "featured"))


def test_the_catalogue_index_follows(catalogue_courses, django_capture_on_commit_callbacks):
    assert indexed_as_featured()["Running retrospectives"] is True
    with django_capture_on_commit_callbacks(execute=True):
        services.feature_courses(courses=[catalogue_courses["first"]])
    assert indexed_as_featured() == {
        "Running retrospectives": False,
        "Storytelling for teams": True,
        "Working out loud": False,
    }
