"""Reports, the moderation queue, removal, welcomes from the queue, suspensions."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from academy.courses import services as course_services
from academy.peers import services
from academy.peers.models import Flag, Profile, ReputationEvent, Suspension, Welcome
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson

pytestmark = pytest.mark.django_db

QUEUE = reverse("peers_moderation")
STORY = "We tried silent brainstorming and the quiet ones spoke first."
BIO = "Buy cheap watches at example.com"


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def scene(db):
    author = UserFactory(username="pat", roles=[Role.LEARNER])
    lesson = make_lesson(make_course("Moderated course"), "Silent brainstorming")
    report = course_services.report_practice(user=author, lesson=lesson, text=STORY)
    profile = services.update_profile(user=author, display_name="Pat", bio=BIO)
    return {
        "author": author,
        "lesson": lesson,
        "report": report,
        "profile": profile or Profile.objects.get(user=author),
        "learner": UserFactory(username="lena", roles=[Role.LEARNER]),
        "moderator": UserFactory(username="marek", roles=[Role.MODERATOR]),
    }


def _report_url(kind, obj):
    return reverse("peers:report", args=[kind, obj.pk])


def _remove_url(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("peers_moderation_remove", args=[content_type.pk, obj.pk])


def _dismiss_url(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return reverse("peers_moderation_dismiss", args=[content_type.pk, obj.pk])


# Reporting ---------------------------------------------------------------------------------


def test_learner_reports_a_practice_report_once(client, scene):
    lesson, report = scene["lesson"], scene["report"]
    client.force_login(scene["learner"])
    html = client.get(lesson.url).content.decode()
    assert _report_url("practice_report", report) in html

    response = client.post(
        _report_url("practice_report", report), {"reason": "spam", "note": "An ad"}, follow=True
    )
    assert "Thank you, moderators will look at it." in response.content.decode()
    response = client.post(_report_url("practice_report", report), {"reason": "rude"}, follow=True)
    assert "You already reported this" in response.content.decode()
    flag = Flag.objects.get()
    assert (flag.reason, flag.note, flag.status) == ("spam", "An ad", "open")
    assert STORY in client.get(lesson.url).content.decode()  # reports alone hide nothing


def test_a_report_without_a_reason_is_shown_again_with_the_note(client, scene):
    client.force_login(scene["learner"])
    response = client.post(
        _report_url("profile", scene["profile"]), {"reason": "", "note": "Looks like spam"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required" in html and "Looks like spam" in html
    assert not Flag.objects.exists()


def test_who_sees_the_report_control(client, scene):
    lesson, report, profile_url = scene["lesson"], scene["report"], "/people/pat/"
    control = _report_url("practice_report", report)
    assert control not in client.get(lesson.url).content.decode()  # anonymous
    client.force_login(UserFactory())  # a newcomer without the Learner level
    assert control not in client.get(lesson.url).content.decode()
    client.force_login(scene["author"])  # nobody reports their own words
    assert control not in client.get(lesson.url).content.decode()
    assert _report_url("profile", scene["profile"]) not in client.get(profile_url).content.decode()
    client.force_login(scene["learner"])
    assert _report_url("profile", scene["profile"]) in client.get(profile_url).content.decode()


def test_reporting_without_the_privilege_is_refused(client, scene):
    url = _report_url("practice_report", scene["report"])
    response = client.post(url, {"reason": "spam"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    client.force_login(UserFactory())
    assert client.post(url, {"reason": "spam"}).status_code == 404
    assert client.post("/people/report/user/1/", {"reason": "spam"}).status_code == 404
    client.force_login(scene["author"])
    response = client.post(url, {"reason": "spam"}, follow=True)
    assert "cannot report what you wrote yourself" in response.content.decode()
    assert not Flag.objects.exists()


# The queue ---------------------------------------------------------------------------------


def _flag(scene, obj, reporter=None, reason="spam", note=""):
    services.flag_content(
        reporter=reporter or scene["learner"], content=obj, reason=reason, note=note
    )


def test_queue_groups_reports_per_object_with_reasons_and_notes(client, scene):
    _flag(scene, scene["report"], note="Off-topic ad")
    _flag(scene, scene["report"], reporter=UserFactory(roles=[Role.LEARNER]))
    _flag(scene, scene["profile"], reason="rude")
    client.force_login(scene["moderator"])
    html = client.get(QUEUE).content.decode()
    assert "2 reported items" in html
    assert STORY in html and BIO in html
    assert "Spam or advertising (2)" in html and "Rude or hurtful (1)" in html
    assert "lena: Off-topic ad" in html


def test_removing_hides_the_content_and_costs_the_author_once(client, scene, commit):
    report, profile, author = scene["report"], scene["profile"], scene["author"]
    _flag(scene, report)
    _flag(scene, profile)
    client.force_login(scene["moderator"])
    with commit():
        client.post(_remove_url(report), {"note": "Please no ads."})
        client.post(_remove_url(profile))
        client.post(_remove_url(report))  # a double click costs nothing more
    assert set(Flag.objects.values_list("status", flat=True)) == {"removed"}
    events = ReputationEvent.objects.filter(user=author, cause=Cause.CONTENT_REMOVED)
    content_type = ContentType.objects.get_for_model(report)
    assert sorted(events.values_list("cause_key", "points")) == [
        (f"content_removed:courses.practicereport:{report.pk}", -15),
        (f"content_removed:peers.profile:{profile.pk}", -15),
    ]
    assert content_type.model == "practicereport"
    removal = [message for message in mail.outbox if message.to == ["pat@example.org"]]
    assert len(removal) == 2
    assert "Spam or advertising" in removal[0].body and "Please no ads." in removal[0].body

    client.force_login(scene["learner"])
    assert STORY not in client.get(scene["lesson"].url).content.decode()
    html = client.get("/people/pat/").content.decode()
    assert BIO not in html and "Moderators removed this member" in html
    client.force_login(author)  # the author still sees what they wrote, and why it is hidden
    html = client.get("/people/pat/").content.decode()
    assert BIO in html and "Moderators removed your bio" in html
    assert report.__class__.objects.filter(pk=report.pk).exists()  # kept, not deleted
    client.force_login(scene["moderator"])
    assert "0 reported items" in client.get(QUEUE).content.decode()


def test_dismissing_keeps_the_content(client, scene):
    _flag(scene, scene["report"])
    client.force_login(scene["moderator"])
    client.post(_dismiss_url(scene["report"]))
    flag = Flag.objects.get()
    assert (flag.status, flag.resolved_by) == ("dismissed", scene["moderator"])
    assert STORY in client.get(scene["lesson"].url).content.decode()
    assert not ReputationEvent.objects.filter(cause=Cause.CONTENT_REMOVED).exists()
    assert "0 reported items" in client.get(QUEUE).content.decode()


# Welcomes from the queue -------------------------------------------------------------------


def test_welcome_from_the_queue(client, scene, commit):
    old = timezone.now() - timedelta(days=20)
    nico = UserFactory(username="nico", date_joined=old)
    busy = UserFactory(username="busy", date_joined=old)
    course_services.enrol(user=busy, course=scene["lesson"].get_parent().specific)
    client.force_login(scene["moderator"])
    html = client.get(QUEUE).content.decode()
    welcome_url = reverse("peers_moderation_welcome", args=[nico.pk])
    assert welcome_url in html and "busy" not in html
    assert "1 newcomer to welcome" in html
    assert "Hello nico, welcome to Peer Academy!" in client.get(welcome_url).content.decode()
    with commit():
        response = client.post(welcome_url, {"message": "Welcome, Nico!"})
    assert response["Location"] == QUEUE
    assert Welcome.objects.get(member=nico).welcomed_by == scene["moderator"]
    assert [message.to for message in mail.outbox] == [["nico@example.org"]]
    html = client.get(QUEUE).content.decode()
    assert welcome_url not in html and "0 newcomers to welcome" in html


def test_newcomers_are_oldest_first_and_paginated(client, scene):
    now = timezone.now()
    for number in range(21):
        UserFactory(username=f"quiet{number:02}", date_joined=now - timedelta(days=30 - number))
    client.force_login(scene["moderator"])
    html = client.get(QUEUE).content.decode()
    assert "21 newcomers to welcome" in html
    assert html.index("quiet00") < html.index("quiet01")
    assert "quiet20" not in html
    assert "quiet20" in client.get(QUEUE + "?page=2").content.decode()


# Suspensions -------------------------------------------------------------------------------


def test_suspend_the_author_of_reported_content_and_lift_it(client, scene, commit):
    _flag(scene, scene["report"])
    author = scene["author"]
    client.force_login(scene["moderator"])
    suspend_url = reverse("peers_moderation_suspend", args=[author.pk])
    assert suspend_url in client.get(QUEUE).content.decode()

    response = client.post(suspend_url, {"reason": "Repeated ads", "days": "400"})
    assert response.status_code == 400
    assert "Repeated ads" in response.content.decode()  # nothing typed is lost
    assert not Suspension.objects.exists()

    with commit():
        client.post(suspend_url, {"reason": "Repeated ads", "days": "3"})
    suspension = Suspension.objects.get(user=author)
    assert suspension.reason == "Repeated ads"
    assert any(message.to == ["pat@example.org"] for message in mail.outbox)
    html = client.get(QUEUE).content.decode()
    assert "1 active suspension" in html
    client.post(reverse("peers_moderation_lift", args=[suspension.pk]))
    suspension.refresh_from_db()
    assert suspension.lifted_at is not None
    assert "0 active suspensions" in client.get(QUEUE).content.decode()


def test_staff_authors_cannot_be_suspended_from_the_queue(client, scene):
    curator = UserFactory(roles=[Role.CURATOR])
    lesson = scene["lesson"]
    report = course_services.report_practice(user=curator, lesson=lesson, text="Curated")
    _flag(scene, report)
    client.force_login(scene["moderator"])
    suspend_url = reverse("peers_moderation_suspend", args=[curator.pk])
    assert suspend_url not in client.get(QUEUE).content.decode()
    response = client.post(suspend_url, {"reason": "x", "days": "1"})
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not Suspension.objects.exists()


# Who may use the queue ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roles", "allowed"),
    [
        ([Role.LEARNER], False),
        ([Role.PEER_TEACHER], False),
        ([Role.MENTOR], False),
        ([Role.MODERATOR], True),
        ([Role.CURATOR], True),
    ],
)
def test_only_moderators_and_curators_use_the_queue(client, scene, roles, allowed):
    _flag(scene, scene["report"])
    suspension = services.suspend(
        moderator=scene["moderator"], member=UserFactory(), reason="Spam", days=2
    )
    newcomer = UserFactory(date_joined=timezone.now() - timedelta(days=9))
    user = UserFactory(roles=roles)
    client.force_login(user)
    response = client.get(QUEUE)
    if allowed:
        assert response.status_code == 200
    else:  # Wagtail sends members without the privilege elsewhere
        assert response.status_code == 302
        assert not response["Location"].startswith(QUEUE)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert (QUEUE in menu) == allowed
    if allowed:
        return
    posts = [
        (_remove_url(scene["report"]), {}),
        (_dismiss_url(scene["report"]), {}),
        (
            reverse("peers_moderation_suspend", args=[scene["author"].pk]),
            {"reason": "x", "days": 1},
        ),
        (reverse("peers_moderation_lift", args=[suspension.pk]), {}),
        (reverse("peers_moderation_welcome", args=[newcomer.pk]), {"message": "Hi"}),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code in {302, 403, 404}, url
    assert Flag.objects.get().status == "open"
    suspension.refresh_from_db()
    assert suspension.lifted_at is None
    assert not Suspension.objects.filter(user=scene["author"]).exists()
    assert not Welcome.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, scene):
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert client.post(_remove_url(scene["report"])).status_code == 302
    assert Flag.objects.count() == 0
