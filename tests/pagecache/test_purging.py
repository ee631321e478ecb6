"""Nobody sees a stale page: whatever cached pages show purges them once it commits."""

import pytest
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import PageViewRestriction, Site

from academy.courses import services as course_services
from academy.peers import services as peer_services
from academy.peers.roles import Role
from cms.models import SiteSettings
from tests.factories import UserFactory, make_catalogue, make_course, make_lesson, make_topic

from .helpers import cached, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(db):
    return UserFactory(username="tomas")


@pytest.fixture
def curator(db):
    """Authors write and submit; curators publish, unpublish and move (decision 11)."""
    return UserFactory(username="clara", roles=[Role.CURATOR])


def test_an_edit_published_by_its_author_shows_once_it_commits(
    page_cache, author, curator, django_capture_on_commit_callbacks
):
    course = make_course("Running retrospectives", owner=author)
    visitor = cached(course.url)
    cached(make_catalogue().url, visitor)

    with django_capture_on_commit_callbacks() as after_commit:
        course.title = "Retrospectives that change something"
        course.save_revision(user=author).publish(user=curator)
    response = visitor.get(course.url)
    assert response["X-Cache"] == "HIT", "nobody else sees the change before the commit"
    assert "Running retrospectives" in text(response)

    for callback in after_commit:
        callback()
    for url in (course.url, make_catalogue().url):
        response = visitor.get(url)
        assert response["X-Cache"] == "MISS"
        assert "Retrospectives that change something" in text(response)
        assert "Running retrospectives" not in text(response)


def test_a_saved_draft_changes_nothing_visitors_see(page_cache, author, commit):
    course = make_course("Running retrospectives", owner=author)
    visitor = cached(course.url)
    with commit():
        course.title = "Draft title"
        course.save_revision(user=author)
    response = visitor.get(course.url)
    assert response["X-Cache"] == "HIT"
    assert "Running retrospectives" in text(response)


def test_an_unpublished_course_is_gone_with_its_lessons(
    client, page_cache, author, curator, commit
):
    course = make_course("Running retrospectives", owner=author)
    lesson = make_lesson(course, "Why look back")
    for url in (course.url, lesson.url, make_catalogue().url):
        cached(url, client)
    with commit():
        # As the admin's unpublish view does when "unpublish its subpages" is ticked.
        UnpublishPageAction(course, user=curator, include_descendants=True).execute()
    assert client.get(course.url).status_code == 404
    assert client.get(lesson.url).status_code == 404
    assert "Running retrospectives" not in text(client.get(make_catalogue().url))


def test_a_deleted_course_is_gone_with_its_lessons(client, page_cache, author, commit):
    course = make_course("Running retrospectives", owner=author)
    lesson = make_lesson(course, "Why look back")
    for url in (course.url, lesson.url, make_catalogue().url):
        cached(url, client)
    with commit():
        course.delete()
    assert client.get(course.url).status_code == 404
    assert client.get(lesson.url).status_code == 404
    assert "Running retrospectives" not in text(client.get(make_catalogue().url))


def test_a_moved_lesson_leaves_its_old_address_and_course(
    client, page_cache, author, curator, commit
):
    old_course = make_course("Running retrospectives", owner=author)
    new_course = make_course("Retrospectives for teams", owner=author)
    lesson = make_lesson(old_course, "Why look back")
    old_url = lesson.url
    for url in (old_url, old_course.url, new_course.url):
        cached(url, client)
    with commit():
        lesson.move(new_course, pos="last-child", user=curator)
    lesson.refresh_from_db()
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, lesson.url)
    assert client.get(lesson.url).status_code == 200
    assert "Why look back" not in text(client.get(old_course.url))
    assert "Why look back" in text(client.get(new_course.url))


def test_a_new_slug_moves_the_course_and_its_lessons(client, page_cache, author, curator, commit):
    course = make_course("Running retrospectives", owner=author)
    lesson = make_lesson(course, "Why look back")
    old_course_url, old_lesson_url = course.url, lesson.url
    for url in (old_course_url, old_lesson_url, make_catalogue().url):
        cached(url, client)
    with commit():
        course.slug = "retrospectives"
        course.save_revision(user=author).publish(user=curator)
    new_lesson_url = "/courses/retrospectives/why-look-back/"
    assert client.get(old_course_url)["Location"] == "/courses/retrospectives/"
    assert client.get(old_lesson_url)["Location"] == new_lesson_url
    assert client.get(new_lesson_url).status_code == 200
    assert 'href="/courses/retrospectives/"' in client.get(make_catalogue().url).content.decode()


def test_a_lesson_published_under_a_new_title_shows_on_its_course(
    client, page_cache, author, curator, commit
):
    course = make_course("Running retrospectives", owner=author)
    lesson = make_lesson(course, "Why look back")
    cached(course.url, client)
    with commit():
        lesson.title = "Why teams look back"
        lesson.save_revision(user=author).publish(user=curator)
    response = client.get(course.url)
    assert response["X-Cache"] == "MISS"
    assert "Why teams look back" in text(response)


def test_a_new_restriction_takes_the_page_out_of_the_cache(client, page_cache, member, commit):
    course = make_course("Running retrospectives")
    for url in (course.url, make_catalogue().url):
        cached(url, client)
    with commit():
        PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(course.url).status_code == 302
    assert "Running retrospectives" not in text(client.get(make_catalogue().url))


def test_a_renamed_topic_shows_on_the_home_page_and_its_courses(client, page_cache, commit):
    topic = make_topic("facilitation")
    course = make_course("Running retrospectives", topic=topic)
    for url in ("/", course.url):
        cached(url, client)
    with commit():
        topic.name = "Facilitating groups"
        topic.save()
    for url in ("/", course.url):
        assert "Facilitating groups" in text(client.get(url))


def test_a_teacher_changing_their_name_shows_on_their_courses(client, page_cache, author, commit):
    course = make_course("Running retrospectives", owner=author)
    assert "by tomas" in text(cached(course.url, client).get(course.url))
    with commit():
        peer_services.update_profile(user=author, display_name="Tomás Rivera", bio="")
    assert "by Tomás Rivera" in text(client.get(course.url))


def test_new_site_settings_show_in_every_footer(client, page_cache, home_page, commit):
    cached("/", client)
    with commit():
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.tagline = "Peers teaching peers since 2026"
        settings.save()
    assert "Peers teaching peers since 2026" in text(client.get("/"))


def test_a_practice_report_removed_by_a_moderator_leaves_the_lesson_page(
    client, page_cache, commit
):
    lesson = make_lesson(make_course("Running retrospectives"), "Why look back")
    reporter, moderator = UserFactory(roles=[Role.LEARNER]), UserFactory(roles=[Role.MODERATOR])
    story = "We tried silent brainstorming and the quiet ones spoke first."
    with commit():
        report = course_services.report_practice(user=UserFactory(), lesson=lesson, text=story)
    assert story in text(cached(lesson.url, client).get(lesson.url))
    with commit():
        peer_services.flag_content(reporter=reporter, content=report, reason="spam")
    assert client.get(lesson.url)["X-Cache"] == "HIT", "a report alone changes nothing"
    with commit():
        peer_services.remove_content(moderator=moderator, content=report)
    response = client.get(lesson.url)
    assert response["X-Cache"] == "MISS"
    assert story not in text(response)
