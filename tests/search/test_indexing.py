"""The index follows the content after each change commits: publish, unpublish, move, delete,
tags, view restrictions, topics, teachers and cancelled sessions."""

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from academy.live.services.schedule import cancel_session
from academy.peers import services as peers_services
from academy.peers.models import Profile
from academy.peers.roles import Role
from search import catalogue
from search.models import CatalogueEntry
from search.query import Filters
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = pytest.mark.django_db


def found(text, **kwargs) -> list[str]:
    return [hit.title for hit in catalogue.search(text, **kwargs).hits]


def test_a_published_course_is_found_and_an_unpublished_one_is_not(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Facilitating hybrid meetings")
        make_lesson(course, "Cameras on or off")
    assert found("hybrid") == ["Facilitating hybrid meetings"]
    assert found("cameras") == ["Cameras on or off"]
    with django_capture_on_commit_callbacks(execute=True):
        course.unpublish()
    assert found("hybrid") == []
    assert found("cameras") == [], "the lessons below an unpublished course go too"


def test_an_edit_is_found_once_published_and_not_before(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Facilitating hybrid meetings", summary="Meetings, better.")
    with django_capture_on_commit_callbacks(execute=True):
        course.title = "Facilitating remote meetings"
        revision = course.save_revision()
    assert found("remote") == []
    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    assert found("remote") == ["Facilitating remote meetings"]
    assert found("hybrid") == []


def test_a_course_given_another_level_is_counted_and_filtered_under_it(
    django_capture_on_commit_callbacks,
):
    def levels() -> dict[str, int]:
        results = catalogue.search("hybrid")
        facet = next(facet for facet in results.facets if facet.name == "level")
        return {value.value: value.count for value in facet.values if value.count}

    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Facilitating hybrid meetings", level="beginner")
    assert levels() == {"beginner": 1}
    with django_capture_on_commit_callbacks(execute=True):
        course.level = "advanced"
        course.save_revision().publish()
    assert levels() == {"advanced": 1}
    assert found("hybrid", filters=Filters(level=("advanced",))) == ["Facilitating hybrid meetings"]
    assert found("hybrid", filters=Filters(level=("beginner",))) == []


def test_tags_are_searchable_right_after_the_save(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Team rituals")
        course.tags.add("sociocracy")
        course.save_revision().publish()
    assert found("sociocracy") == ["Team rituals"]


def test_a_moved_course_keeps_being_found_at_its_new_address(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Team rituals")
        lesson = make_lesson(course, "Weekly check-out")
        course.slug = "rituals-for-teams"
        course.save_revision().publish()
    hit = catalogue.search("check-out").hits[0]
    assert hit.url == lesson.specific.__class__.objects.get(pk=lesson.pk).url
    assert "/rituals-for-teams/" in hit.url


def test_a_deleted_course_is_gone_with_its_lessons(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Team rituals")
        make_lesson(course, "Weekly check-out")
    with django_capture_on_commit_callbacks(execute=True):
        course.delete()
    assert found("rituals") == found("check-out") == []
    assert not CatalogueEntry.objects.exists()


def test_a_new_view_restriction_hides_a_page_from_visitors(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course = make_course("Team rituals")
        PageViewRestriction.objects.create(page=course, restriction_type="login")
    assert found("rituals") == []
    assert found("rituals", user=UserFactory()) == ["Team rituals"]


def test_renaming_a_topic_renames_it_in_the_index(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        topic = make_topic("retrospectives")
        make_course("Team rituals", topic=topic)
        topic.name = "Agile retrospectives"
        topic.save()
    assert catalogue.search("rituals").hits[0].topic_name == "Agile retrospectives"


def test_teachers_come_and_go_with_their_role_and_suspension(django_capture_on_commit_callbacks):
    moderator = UserFactory(roles=[Role.MODERATOR])
    with django_capture_on_commit_callbacks(execute=True):
        teacher = UserFactory(username="mei", roles=[(Role.PEER_TEACHER, "retrospectives")])
        Profile.objects.update_or_create(
            user=teacher,
            defaults={"display_name": "Mei Lin", "can_help_with": "running retrospectives"},
        )
    assert found("running retrospectives", user=moderator) == ["Mei Lin"]
    with django_capture_on_commit_callbacks(execute=True):
        peers_services.suspend(moderator=moderator, member=teacher, reason="Spam.", days=3)
    assert found("Mei Lin") == []


def test_a_cancelled_session_is_not_offered(django_capture_on_commit_callbacks):
    host = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
    with django_capture_on_commit_callbacks(execute=True):
        session = make_session("Retro clinic", host=host)
    assert found("clinic") == ["Retro clinic"]
    with django_capture_on_commit_callbacks(execute=True):
        cancel_session(session=session, by=host, reason="Ill.", now=timezone.now())
    assert found("clinic") == []


def test_enrolments_make_a_course_more_popular(django_capture_on_commit_callbacks):
    from academy.courses import services

    with django_capture_on_commit_callbacks(execute=True):
        quiet = make_course("Rituals for quiet teams")
        loud = make_course("Rituals for loud teams")
    with django_capture_on_commit_callbacks(execute=True):
        services.enrol(user=UserFactory(), course=loud)
    assert found("rituals", sort="popular") == [loud.title, quiet.title]
    assert CatalogueEntry.objects.get(page=loud).popularity == 1
