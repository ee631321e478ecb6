"""Which page views are counted: every view of a Wagtail page by a person, whether the page
cache or Wagtail answered it; never robots, HEAD requests, errors, the admin, previews or
staff. Views are written in batches."""

import threading
from collections import Counter

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from academy.insights.models import DailySalt, PageVisit, VisitorMark
from academy.insights.services import flush_visits, visits
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson

from .conftest import BROWSER

pytestmark = pytest.mark.django_db


def browser(address="198.51.100.7", agent=BROWSER) -> Client:
    """A visitor's browser behind the academy's proxy, which names its address."""
    return Client(HTTP_USER_AGENT=agent, HTTP_X_FORWARDED_FOR=address)


def counted() -> dict[int, tuple[int, int]]:
    """Views and distinct visitor marks per page, once everything is written."""
    flush_visits()
    marks = Counter(VisitorMark.objects.values_list("page_id", flat=True))
    return {
        page_id: (views, marks[page_id])
        for page_id, views in PageVisit.objects.values_list("page_id", "views")
    }


def test_a_page_answered_from_the_cache_counts_like_a_rendered_one(settings):
    settings.PAGE_CACHE_SECONDS = 300
    course = make_course("Running retrospectives")
    visitor = browser()
    assert visitor.get(course.url)["X-Cache"] == "MISS"
    assert visitor.get(course.url)["X-Cache"] == "HIT"
    assert browser("198.51.100.8").get(course.url)["X-Cache"] == "HIT"

    assert counted() == {course.pk: (3, 2)}
    assert PageVisit.objects.get().day == timezone.localdate()


def test_pages_wagtail_serves_are_counted_per_page_and_visitor(home_page):
    course = make_course("Running retrospectives")
    lesson = make_lesson(course, "Why look back")
    first, second = browser("198.51.100.7"), browser("198.51.100.9")
    for url in ("/", course.url, lesson.url, course.url):
        assert first.get(url).status_code == 200
    assert second.get(course.url).status_code == 200
    # The same address with another browser is another visitor.
    assert browser("198.51.100.7", agent=BROWSER.replace("128.0", "127.0")).get(lesson.url)

    assert counted() == {home_page.pk: (1, 1), course.pk: (3, 2), lesson.pk: (2, 2)}


def test_members_are_counted_and_staff_are_not(client):
    course = make_course("Running retrospectives")
    learner = UserFactory(roles=[Role.LEARNER])
    for member in (
        UserFactory(roles=[Role.CURATOR]),
        UserFactory(roles=[Role.MODERATOR]),
        UserFactory(is_staff=True),
        UserFactory(is_superuser=True),
    ):
        staff = browser()
        staff.force_login(member)
        assert staff.get(course.url).status_code == 200
    assert counted() == {}

    reader = browser()
    reader.force_login(learner)
    assert reader.get(course.url).status_code == 200
    assert counted() == {course.pk: (1, 1)}


@pytest.mark.parametrize(
    "agent",
    [
        "",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "python-requests/2.32.3",
        "curl/8.5.0",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0 Safari/537.36",
    ],
)
def test_robots_are_not_counted(settings, agent):
    settings.PAGE_CACHE_SECONDS = 300
    course = make_course("Running retrospectives")
    robot = browser(agent=agent)
    assert robot.get(course.url).status_code == 200
    assert robot.get(course.url)["X-Cache"] == "HIT"
    assert counted() == {}


def test_head_requests_errors_prefetches_and_the_admin_are_not_counted(settings):
    settings.PAGE_CACHE_SECONDS = 300
    course = make_course("Running retrospectives")
    visitor = browser()
    assert visitor.get(course.url)["X-Cache"] == "MISS"
    flush_visits()
    PageVisit.objects.all().delete()
    VisitorMark.objects.all().delete()

    head = visitor.head(course.url)
    assert (head.status_code, head["X-Cache"]) == (200, "HIT")
    assert visitor.get(f"{course.url}no-such-lesson/").status_code == 404
    assert visitor.get(course.url, HTTP_SEC_PURPOSE="prefetch").status_code == 200
    admin = browser()
    admin.force_login(UserFactory(is_superuser=True))
    assert admin.get(f"/admin/pages/{course.pk}/").status_code == 200
    admin.get(f"/admin/pages/{course.pk}/edit/preview/")
    assert counted() == {}


def test_views_wait_in_the_process_and_are_written_in_batches(settings):
    settings.VISITS_FLUSH_VIEWS = 3
    course = make_course("Running retrospectives")
    lesson = make_lesson(course, "Why look back")
    visitor = browser()
    visitor.get(course.url)
    visitor.get(lesson.url)
    assert (PageVisit.objects.count(), visits.pending_views()) == (0, 2)

    visitor.get(course.url)  # the third view writes the batch
    assert visits.pending_views() == 0
    assert dict(PageVisit.objects.values_list("page_id", "views")) == {course.pk: 2, lesson.pk: 1}

    browser("198.51.100.20").get(course.url)
    visitor.get(lesson.url)
    assert visits.pending_views() == 2
    assert counted() == {course.pk: (3, 2), lesson.pk: (2, 1)}
    assert flush_visits() == 0, "nothing left to write"


def test_views_are_written_after_some_seconds_however_few(settings):
    settings.VISITS_FLUSH_SECONDS = 0
    course = make_course("Running retrospectives")
    browser().get(course.url)
    assert (visits.pending_views(), PageVisit.objects.get().views) == (0, 1)


def test_one_salt_a_day_shared_by_every_process_and_forgotten_after_its_day(on_day):
    today = timezone.localdate()
    yesterday = today - timezone.timedelta(days=1)
    on_day(yesterday)
    course = make_course("Running retrospectives")
    browser().get(course.url)
    salt = DailySalt.objects.get().salt
    visits.forget_cached_salt()  # another process: it reads the same salt
    assert visits.salt_for(yesterday) == bytes.fromhex(salt)

    on_day(today)
    browser().get(course.url)
    assert list(DailySalt.objects.values_list("day", flat=True)) == [today]
    flush_visits()
    digests = dict(VisitorMark.objects.values_list("day", "visitor"))
    assert digests[today] != digests[yesterday], "the same browser, unlinkable across days"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_processes_writing_the_same_pages_at_once_lose_no_view():
    """Each thread stands for a web process: its own buffer and database connection."""
    day = timezone.localdate()
    pages = [make_course(f"Course {number}").pk for number in range(4)]
    batches, errors = 20, []

    def process(number: int) -> None:
        try:
            for batch in range(batches):
                views = Counter(
                    {
                        (day, page): 1 + (batch + number + index) % 3
                        for index, page in enumerate(pages)
                    }
                )
                marks = {(day, page, number * 1000 + batch) for page in pages}
                visits.write_views(views=views, marks=marks)
        except Exception as error:  # reported below, from the test's own thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=process, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    expected = Counter()
    for number in range(4):
        for batch in range(batches):
            for index, page in enumerate(pages):
                expected[page] += 1 + (batch + number + index) % 3
    assert dict(PageVisit.objects.values_list("page_id", "views")) == dict(expected)
    assert VisitorMark.objects.count() == 4 * batches * len(pages)
