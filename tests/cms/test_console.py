"""The curator console in the Wagtail admin: who sees what, the health tables and their CSV,
and the actions taken from them."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import CommandError, call_command
from django.urls import reverse

from academy.courses import services as course_services
from academy.courses.models import CoursePage, LessonPage
from academy.live.models import LiveSessionPage
from academy.notifications.models import Notification
from academy.peers.roles import Role
from search import services as search_services
from search.catalogue import promotions
from search.models import ContentRequest
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

pytestmark = pytest.mark.django_db

SCREENS = ["console_health", "console_featuring", "console_promote"]
ACTIONS = ["console_feature", "console_wanted", "console_nudge"]


@pytest.fixture
def scene(home_page):
    teacher = UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "facilitation")])
    course = make_course("Running retrospectives", owner=teacher, topic=make_topic("facilitation"))
    make_lesson(course)
    lonely = make_topic("sociocracy")
    learner = UserFactory(username="lena", roles=[Role.LEARNER])
    lonely_course = make_course("Consent decisions", topic=lonely)
    make_lesson(lonely_course)
    course_services.enrol(user=learner, course=lonely_course)
    search_services.ask_for_content(user=learner, text="sociocracy basics", topic=lonely)
    return {
        "teacher": teacher,
        "course": course,
        "session": make_session("Retro clinic", host=teacher),
        "curator": UserFactory(username="carla", roles=[Role.CURATOR]),
        "moderator": UserFactory(username="marek", roles=[Role.MODERATOR]),
        "learner": learner,
    }


def _soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def _table(soup, key):
    section = soup.find(id=f"table-{key}").find_parent("section")
    return [
        [
            " ".join(cell.get_text().split())
            for cell in row.find_all("td")[: len(row.find_all("td"))]
        ]
        for row in section.select("tbody tr")
    ]


def test_curators_see_every_screen_moderators_only_the_queue(client, scene):
    client.force_login(scene["curator"])
    for name in SCREENS:
        assert client.get(reverse(name)).status_code == 200

    client.force_login(scene["moderator"])
    soup = _soup(client.get(reverse("console_health")))
    assert soup.find(id="queue-title") is not None
    assert soup.select(".console-table") == []  # the gaps are the curators'
    # The admin turns a refusal into a trip back to its home page with a message.
    for name in SCREENS[1:]:
        assert client.get(reverse(name))["Location"] == reverse("wagtailadmin_home")
    for name in ACTIONS:
        response = client.post(reverse(name), {"page": scene["course"].pk, "featured": "1"})
        assert response["Location"] == reverse("wagtailadmin_home")
    assert not CoursePage.objects.get(pk=scene["course"].pk).featured


def test_members_without_the_admin_never_reach_the_console(client, scene):
    client.force_login(scene["learner"])
    for name in SCREENS + ACTIONS:
        response = client.get(reverse(name))
        assert response.status_code in (302, 403, 405)
        assert not response.content.startswith(b"\xef\xbb\xbf")


def test_topics_with_demand_and_no_teacher_are_listed_with_a_grant_link(client, rolled_up):
    scene = rolled_up
    client.force_login(scene["curator"])

    soup = _soup(client.get(reverse("console_health")))

    rows = _table(soup, "topics-without-teachers")
    assert rows[0][:3] == ["Sociocracy", "1", "1"]
    section = soup.find(id="table-topics-without-teachers").find_parent("section")
    grant = section.select_one("td a.button")
    assert grant.get_text() == "Grant a teaching role"
    assert "role=peer_teacher" in grant["href"]


def test_a_tables_csv_says_what_the_screen_says(client, scene):
    client.force_login(scene["curator"])
    soup = _soup(client.get(reverse("console_health")))

    response = client.get(reverse("console_health"), {"export": "content-requests"})

    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="content-requests-30d.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Request", "Topic", "Votes", "On the home page"]
    screen = [row[:4] for row in _table(soup, "content-requests")]
    assert rows[1:] == screen == [["sociocracy basics", "Sociocracy", "1", "No"]]


def test_a_bad_period_says_so_and_shows_the_last_30_days(client, scene):
    client.force_login(scene["curator"])

    soup = _soup(client.get(reverse("console_health"), {"period": "last tuesday"}, follow=True))

    assert "Choose a period" in soup.get_text()
    assert soup.select_one("#console-period option[selected]")["value"] == "30d"


def test_a_curator_features_a_course_and_a_session_from_the_console(client, scene):
    client.force_login(scene["curator"])
    for page in (scene["course"], scene["session"]):
        response = client.post(
            reverse("console_feature"), {"page": page.pk, "featured": "1"}, follow=True
        )
        assert "is featured on the home page" in response.content.decode()
    assert CoursePage.objects.get(pk=scene["course"].pk).featured
    assert LiveSessionPage.objects.get(pk=scene["session"].pk).featured

    client.post(reverse("console_feature"), {"page": scene["course"].pk, "featured": ""})
    assert not CoursePage.objects.get(pk=scene["course"].pk).featured


def test_a_curator_puts_a_request_on_the_wanted_list_and_nudges_a_teacher(client, scene):
    client.force_login(scene["curator"])
    request = ContentRequest.objects.get()

    client.post(reverse("console_wanted"), {"request": request.pk, "wanted": "1"})
    response = client.post(
        reverse("console_nudge"),
        {"teacher": scene["teacher"].pk, "gap": "Sociocracy basics", "url": "/search/requests/"},
        follow=True,
    )

    request.refresh_from_db()
    assert request.wanted_since is not None
    assert "Sent." in response.content.decode()
    nudge = Notification.objects.get(recipient=scene["teacher"], kind="nudge")
    assert "Sociocracy basics" in nudge.text


def test_promoting_a_page_for_a_search_checks_what_it_is_given(client, scene):
    client.force_login(scene["curator"])
    url = reverse("console_promote")
    assert (
        _soup(client.get(url, {"q": "retro"})).select_one("input[name=query]")["value"] == "retro"
    )

    refused = _soup(client.post(url, {"query": "retro", "page": ""}))
    assert refused.select(".error-message, .help-critical, [role=alert]")

    client.post(url, {"query": "retro", "page": scene["course"].pk})
    assert [item.title for item in promotions("retro")] == ["Running retrospectives"]


@pytest.fixture
def rolled_up(scene):
    from academy.insights.services.rollup import rollup_insights

    rollup_insights()
    return scene


def test_the_funnel_screen_shows_the_steps_as_numbers_and_charts(client, rolled_up):
    client.force_login(rolled_up["curator"])

    soup = _soup(client.get(reverse("console_overview")))

    numbers = {
        " ".join(item.dt.get_text().split()): item.dd.get_text()
        for item in soup.select(".console-numbers > div")
    }
    # Lena signed up today and enrolled; the teacher, curator and moderator signed up too.
    assert numbers["Signed up"] == "4" and numbers["Enrolled in a course"] == "1"
    assert len(soup.select("svg[role=img]")) == 3
    assert _table(soup, "courses")[0][:4] == ["Consent decisions", "Sociocracy", "0", "1"]


def test_the_funnel_screen_ranks_lessons_by_completions_then_ratings(client, scene):
    from academy.insights.services.rollup import rollup_insights

    lesson = LessonPage.objects.child_of(scene["course"]).get()
    lonely_lesson = LessonPage.objects.exclude(pk=lesson.pk).get()
    for learner in (scene["learner"], scene["teacher"]):
        course_services.mark_lesson_done(user=learner, lesson=lonely_lesson)
    course_services.mark_lesson_done(user=scene["learner"], lesson=lesson)
    course_services.give_feedback(user=scene["learner"], lesson=lesson, rating=5)
    rollup_insights()
    client.force_login(scene["curator"])

    soup = _soup(client.get(reverse("console_overview")))

    assert _table(soup, "lessons") == [
        ["Why look back", "Consent decisions", "2", "0", "—"],
        ["Why look back", "Running retrospectives", "1", "1", "5.0"],
    ]
    export = client.get(reverse("console_overview"), {"export": "lessons"})
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0] == ["Lesson", "Course", "Completions", "Ratings", "Average rating"]
    assert rows[1:] == _table(soup, "lessons")


def test_moderators_do_not_open_the_funnel(client, rolled_up):
    client.force_login(rolled_up["moderator"])

    assert client.get(reverse("console_overview"))["Location"] == reverse("wagtailadmin_home")


def test_the_report_command_writes_markdown_or_html_with_its_charts(rolled_up, tmp_path):
    call_command(
        "academy_report", "--period", "7d", "--output", str(tmp_path), stdout=io.StringIO()
    )
    (folder,) = tmp_path.iterdir()
    report = (folder / "report.md").read_text()
    assert "| Consent decisions | Sociocracy |" in report
    assert "![From visitor to teacher, last 7 days](funnel.svg)" in report
    for name in ("funnel", "visits", "topics"):
        assert (folder / f"{name}.svg").read_text().startswith("<?xml")

    call_command(
        "academy_report",
        "--period",
        "7d",
        "--format",
        "html",
        "--output",
        str(tmp_path),
        stdout=io.StringIO(),
    )
    html = BeautifulSoup((folder / "report.html").read_text(), "html.parser")
    assert html.find("img", src="funnel.svg") is not None
    assert "Topics with demand and no teacher" in html.get_text()


def test_the_report_command_refuses_a_period_it_cannot_read(rolled_up, tmp_path):
    with pytest.raises(CommandError, match="Choose a period"):
        call_command("academy_report", "--period", "lately", "--output", str(tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_the_admin_home_shows_curators_the_last_30_days(client, rolled_up):
    client.force_login(rolled_up["curator"])
    soup = _soup(client.get(reverse("wagtailadmin_home")))
    panel = soup.find(id="console-panel-title").find_parent("section")
    numbers = {item.dt.get_text(): item.dd.get_text() for item in panel.select("dl div")}
    assert numbers["Signed up"] == "4"
    assert panel.select_one("svg[role=img]") is not None

    client.force_login(rolled_up["moderator"])
    assert _soup(client.get(reverse("wagtailadmin_home"))).find(id="console-panel-title") is None


def test_the_funnel_narrows_to_one_topic(client, rolled_up):
    client.force_login(rolled_up["curator"])

    soup = _soup(client.get(reverse("console_overview"), {"topic": "sociocracy"}))

    numbers = {
        item.dt.get_text(): item.dd.get_text() for item in soup.select(".console-numbers > div")
    }
    assert numbers["Enrolled in a course"] == "1"  # Lena, in Consent decisions
    assert soup.select_one("#console-topic option[selected]")["value"] == "sociocracy"
    assert [row[0] for row in _table(soup, "courses")] == ["Consent decisions"]
    assert (
        soup.find("svg", attrs={"role": "img"})
        .title.get_text()
        .startswith("From visitor to teacher in Sociocracy")
    )


def test_the_health_screen_reads_as_many_queries_for_many_rows_as_for_one(client, scene):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from academy.live.models import Question

    client.force_login(scene["curator"])
    asker = scene["learner"]

    def queries_with_questions(hosts: int) -> int:
        for number in range(hosts):
            host = UserFactory(roles=[(Role.PEER_TEACHER, "facilitation")])
            session = make_session(f"Clinic {number}", host=host, starts_in=-timedelta(hours=2))
            Question.objects.create(session=session, author=asker, text=f"Why {number}?")
        client.get(reverse("console_health"))  # warms the caches of site and session
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("console_health"))
        return len(captured)

    one = queries_with_questions(1)
    assert queries_with_questions(5) == one
