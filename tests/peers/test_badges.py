"""Badges: each rule at its threshold, one award per member and badge, the pages that show
them, the drawn emblem, Open Badges hosted verification, and the curators' snippet."""

import hashlib
import io
import json
import threading
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.core.files.images import ImageFile
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from academy.courses import services as course_services
from academy.courses.models import LessonPage
from academy.live.protocol import Frame
from academy.live.services import registration as live_registration
from academy.live.services import room
from academy.notifications.models import Notification
from academy.notifications.services import set_deliveries
from academy.peers import badges, services
from academy.peers.models import Badge, BadgeAward, Profile, Referral, Welcome
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson, make_session, make_topic

OB_CONTEXT = "https://w3id.org/openbadges/v2"


def _slugs(user) -> set[str]:
    return set(BadgeAward.objects.filter(user=user).values_list("badge__slug", flat=True))


def _text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def _award_slugs(user) -> set[str]:
    return {award.badge.slug for award in services.award_badges(user=user)}


# One step toward each badge: the n-th lesson, course, approval, review, kudos, welcome...


def _complete_lesson(user, n):
    course = make_course(f"Lesson course {n}")
    make_lesson(course, "First")
    course_services.mark_lesson_done(user=user, lesson=make_lesson(course, "Second"))


def _complete_course(user, n):
    lesson = make_lesson(make_course(f"Short course {n}"), "Only")
    course_services.mark_lesson_done(user=user, lesson=lesson)


def _ledger(cause):
    def step(user, n):
        services.award(user=user, cause=cause, cause_key=f"{cause}:test={n}")

    return step


def _become_peer_teacher(user, n):
    services.grant_role(user=user, role=Role.PEER_TEACHER, topic=make_topic())


def _receive_kudos(user, n):
    lesson = LessonPage.objects.filter(owner=user).first() or make_lesson(
        make_course("Kudos course", owner=user), "Thanks"
    )
    course_services.toggle_kudos(user=UserFactory(), lesson=lesson)


def _welcome(user, n):
    Welcome.objects.create(member=UserFactory(), welcomed_by=user, message="Welcome!")


def _activated_referral(user, n):
    Referral.objects.create(referrer=user, referred=UserFactory(), activated_at=timezone.now())


def _host_a_session_someone_joined(user, n):
    services.grant_role(user=user, role=Role.PEER_TEACHER, topic=make_topic())
    session = make_session(host=user, starts_in=timedelta(minutes=5))
    attendee = UserFactory()
    live_registration.register(user=attendee, session=session)
    room.enter(session=session, user=attendee)
    room.perform(session_id=session.pk, user=user, frame=Frame(type="session.end"))


STEPS = {
    "first-lesson": (1, _complete_lesson),
    "first-course": (1, _complete_course),
    "first-course-published": (1, _ledger(Cause.CONTENT_APPROVED)),
    "first-session-hosted": (1, _host_a_session_someone_joined),
    "peer-teacher": (1, _become_peer_teacher),
    "ten-kudos": (10, _receive_kudos),
    "helpful-reviewer": (5, _ledger(Cause.REVIEW_DONE)),
    "welcomer": (5, _welcome),
    "connector": (3, _activated_referral),
}


def test_every_badge_has_a_tested_rule():
    assert set(STEPS) == set(badges.BY_SLUG)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", list(STEPS))
def test_each_badge_is_awarded_at_its_threshold_and_not_before(slug, member):
    threshold, step = STEPS[slug]
    assert slug not in _award_slugs(member)
    for n in range(threshold - 1):
        step(member, n)
        assert slug not in _award_slugs(member)
    step(member, threshold - 1)
    assert slug in _award_slugs(member)
    assert slug in _slugs(member)


@pytest.mark.django_db
def test_kudos_taken_back_and_kudos_for_yourself_do_not_count(member):
    lesson = make_lesson(make_course("Thanked course", owner=member), "Thanks")
    givers = [UserFactory() for _ in range(10)]
    for giver in givers:
        course_services.toggle_kudos(user=giver, lesson=lesson)
    course_services.toggle_kudos(user=givers[0], lesson=lesson)  # taken back
    course_services.toggle_kudos(user=member, lesson=lesson)  # for yourself
    assert "ten-kudos" not in _award_slugs(member)
    course_services.toggle_kudos(user=givers[0], lesson=lesson)  # given again
    assert "ten-kudos" in _award_slugs(member)


@pytest.mark.django_db
def test_a_badge_is_awarded_once_and_the_member_is_told_once(
    member, django_capture_on_commit_callbacks
):
    # Badges wait for the daily digest by default; this member wants each by email.
    set_deliveries(user=member, deliveries={"badge_earned": "email"})
    _ledger(Cause.CONTENT_APPROVED)(member, 1)
    with django_capture_on_commit_callbacks(execute=True):
        first = services.award_badges(user=member)
    with django_capture_on_commit_callbacks(execute=True):
        again = services.award_badges(user=member)
    assert [award.badge.slug for award in first] == ["first-course-published"]
    assert again == []
    assert BadgeAward.objects.filter(user=member).count() == 1
    assert [message.subject for message in mail.outbox] == [
        "You earned the badge First course published"
    ]
    assert mail.outbox[0].to == ["lena@example.org"]
    assert reverse("peers:badge", args=["first-course-published"]) in mail.outbox[0].body
    assert Notification.objects.filter(recipient=member, kind="badge_earned").count() == 1


@pytest.mark.django_db
def test_badges_earned_together_arrive_in_one_email(member, django_capture_on_commit_callbacks):
    set_deliveries(user=member, deliveries={"badge_earned": "email"})
    _ledger(Cause.CONTENT_APPROVED)(member, 1)
    _become_peer_teacher(member, 1)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.award_badges(user=member)
    [message] = mail.outbox
    assert message.subject == "You earned 2 new badges"
    assert "- First course published: " in message.body
    assert "- Peer teacher: " in message.body
    [told] = Notification.objects.filter(recipient=member, kind="badge_earned")
    assert told.text == "You earned 2 new badges: First course published, Peer teacher"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_concurrent_awards_give_one_badge():
    member = UserFactory()
    for n in range(5):
        _ledger(Cause.REVIEW_DONE)(member, n)
    BadgeAward.objects.all().delete()  # the ledger's own follow-up already awarded it
    barrier = threading.Barrier(2)
    errors, results = [], []

    def award():
        try:
            barrier.wait(timeout=10)
            results.append(services.award_badges(user=member))
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=award) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    assert BadgeAward.objects.filter(user=member, badge__slug="helpful-reviewer").count() == 1
    assert sorted(len(awards) for awards in results) == [0, 1]


@pytest.mark.django_db
def test_completing_a_first_lesson_earns_the_badge_and_a_notification(
    member, django_capture_on_commit_callbacks
):
    course = make_course("Retro basics")
    make_lesson(course, "Second")
    with django_capture_on_commit_callbacks(execute=True):
        course_services.mark_lesson_done(user=member, lesson=make_lesson(course, "First"))
    assert _slugs(member) == {"first-lesson"}
    [told] = Notification.objects.filter(recipient=member, kind="badge_earned")
    assert told.text == "You earned the badge First lesson"
    assert told.url == reverse("peers:badge", args=["first-lesson"])
    # It waits for the daily digest, the default for badges.
    assert not [message for message in mail.outbox if message.to == [member.email]]


@pytest.mark.django_db
def test_a_role_given_by_hand_earns_its_badge(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.grant_role(user=member, role=Role.PEER_TEACHER, topic=make_topic())
    assert _slugs(member) == {"peer-teacher"}


@pytest.mark.django_db
def test_a_missing_badge_row_is_created_from_the_code(member):
    Badge.objects.filter(slug="first-course-published").delete()
    _ledger(Cause.CONTENT_APPROVED)(member, 1)
    services.award_badges(user=member)
    badge = Badge.objects.get(slug="first-course-published")
    assert badge.name == "First course published"
    assert badge.awards.get().user == member


@pytest.mark.django_db
def test_deactivated_members_earn_no_badges(member):
    _ledger(Cause.CONTENT_APPROVED)(member, 1)
    member.is_active = False
    member.save()
    assert services.award_badges(user=member) == []


@pytest.mark.django_db
def test_the_initial_rows_carry_the_code_wording():
    for definition in badges.DEFINITIONS:
        row = Badge.objects.get(slug=definition.slug)
        assert {
            "name": row.name,
            "description": row.description,
            "criteria": row.criteria,
        } == definition.defaults()


# Pages ------------------------------------------------------------------------------------


def _give(slug, user):
    return BadgeAward.objects.create(badge=Badge.objects.get(slug=slug), user=user)


@pytest.mark.django_db
def test_badge_list_shows_every_badge_how_to_earn_it_and_its_holders(client, member):
    _give("welcomer", member)
    _give("welcomer", UserFactory(is_active=False))  # closed accounts are not counted
    text = _text(client.get(reverse("peers:badges")))
    for definition in badges.DEFINITIONS:
        assert str(definition.name) in text
        assert str(definition.criteria) in text
    assert "Welcomer Personally welcomed 5 newcomers." in text
    assert "1 holder" in text
    assert "You hold this badge" not in text
    client.force_login(member)
    assert "You hold this badge" in _text(client.get(reverse("peers:badges")))


@pytest.mark.django_db
def test_badge_page_lists_active_holders_with_links_to_their_profiles(client, member):
    Profile.objects.create(user=member, display_name="Lena F.")
    _give("connector", member)
    _give("connector", UserFactory(username="gone", is_active=False))
    response = client.get(reverse("peers:badge", args=["connector"]))
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.find("a", string="Lena F.")
    assert link["href"] == reverse("peers:profile", args=["lena"])
    assert "gone" not in _text(response)
    assert "1 member holds this badge." in _text(response)


@pytest.mark.django_db
def test_badge_page_without_holders_says_so(client):
    text = _text(client.get(reverse("peers:badge", args=["connector"])))
    assert "Nobody holds this badge yet" in text
    assert client.get(reverse("peers:badge", args=["no-such-badge"])).status_code == 404


@pytest.mark.django_db
def test_holders_are_paginated_by_24(client):
    for n in range(25):
        _give("first-lesson", UserFactory(username=f"learner{n:02d}"))
    url = reverse("peers:badge", args=["first-lesson"])
    first = BeautifulSoup(client.get(url).content, "html.parser")
    second = BeautifulSoup(client.get(url, {"page": 2}).content, "html.parser")
    assert len(first.select('main a[href^="/people/learner"]')) == 24
    assert len(second.select('main a[href^="/people/learner"]')) == 1
    assert "Page 1 of 2" in first.get_text()


@pytest.mark.django_db
def test_curators_wording_replaces_the_default(client):
    Badge.objects.filter(slug="welcomer").update(name="Host of the house")
    assert "Host of the house" in _text(client.get(reverse("peers:badges")))
    assert "Host of the house" in _text(client.get(reverse("peers:badge", args=["welcomer"])))


@pytest.mark.django_db
def test_badge_pages_work_under_a_language_prefix(client):
    assert client.get("/de/people/badges/").status_code == 200
    assert client.get("/de/people/badges/welcomer/").status_code == 200


@pytest.mark.django_db
def test_profile_shows_badges_and_only_the_owner_gets_share_links(client, member):
    award = _give("first-lesson", member)
    badge_url = reverse("peers:badge", args=["first-lesson"])
    profile_url = reverse("peers:profile", args=["lena"])

    soup = BeautifulSoup(client.get(profile_url).content, "html.parser")
    assert soup.find("a", href=badge_url).get_text(strip=True) == "First lesson"
    assert "Share this badge" not in soup.get_text()

    client.force_login(member)
    soup = BeautifulSoup(client.get(profile_url).content, "html.parser")
    [share] = [link for link in soup.find_all("a") if "Share this badge" in link.get_text()]
    assert share.get_text() == "Share this badge: First lesson"
    assert urlsplit(share["href"]).path == f"/openbadges/badges/assertions/{award.uid}.json"
    assert client.get(urlsplit(share["href"]).path).json()["type"] == "Assertion"
    assert "public record of your badge that anyone can verify" in soup.get_text()


@pytest.mark.django_db
def test_own_profile_without_badges_points_to_how_to_earn_them(client, member):
    client.force_login(member)
    soup = BeautifulSoup(client.get(reverse("peers:profile", args=["lena"])).content, "html.parser")
    assert soup.find("a", href=reverse("peers:badges")).get_text() == "See how to earn them"


# Emblem -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_emblem_is_cacheable_svg_with_the_name_escaped(client):
    Badge.objects.filter(slug="welcomer").update(name='Hello <script>&"friends"')
    response = client.get(reverse("peers:badge_image", args=["welcomer"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert "public" in response["Cache-Control"] and "max-age" in response["Cache-Control"]
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("{http://www.w3.org/2000/svg}title").text == 'Hello <script>&"friends"'
    assert b"<script>" not in response.content
    assert client.get(reverse("peers:badge_image", args=["nope"])).status_code == 404


@pytest.mark.django_db
def test_a_curators_image_replaces_the_emblem(client, member):
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 300), "purple").save(buffer, "PNG")
    image = Image.objects.create(title="Welcome", file=ImageFile(buffer, name="welcome.png"))
    Badge.objects.filter(slug="welcomer").update(image=image)
    _give("welcomer", member)
    emblem_url = reverse("peers:badge_image", args=["welcomer"])
    for url in (reverse("peers:badges"), reverse("peers:profile", args=["lena"])):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        sources = [img["src"] for img in soup.select("img.badge-emblem")]
        assert emblem_url not in sources
        assert any("welcome" in source for source in sources)
    badge_class = client.get(reverse("openbadges:badge_class", args=["welcomer"])).json()
    assert badge_class["image"].startswith(settings.WAGTAILADMIN_BASE_URL + settings.MEDIA_URL)
    assert badge_class["image"].endswith(".png")


# Open Badges ------------------------------------------------------------------------------


def _fetch(client, iri: str, *, status: int = 200) -> dict:
    """Follow an IRI through the test client, as a verifier would follow it over HTTP."""
    assert iri.startswith(settings.WAGTAILADMIN_BASE_URL + "/")
    response = client.get(urlsplit(iri).path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/ld+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def _assertion_path(award) -> str:
    return reverse("openbadges:assertion", args=[award.uid])


@pytest.mark.django_db
def test_hosted_assertion_chain_is_valid_open_badges_2(client, member):
    award = _give("helpful-reviewer", member)
    assertion_iri = settings.WAGTAILADMIN_BASE_URL + _assertion_path(award)
    assertion = _fetch(client, assertion_iri)

    assert assertion["@context"] == OB_CONTEXT
    assert assertion["type"] == "Assertion"
    assert assertion["id"] == assertion_iri
    recipient = assertion["recipient"]
    assert recipient["type"] == "email"
    assert recipient["hashed"] is True
    assert isinstance(recipient["salt"], str) and len(recipient["salt"]) >= 16
    expected = hashlib.sha256((member.email + recipient["salt"]).encode()).hexdigest()
    assert recipient["identity"] == f"sha256${expected}"
    assert member.email not in json.dumps(assertion)
    assert assertion["verification"] == {"type": "hosted"}
    issued = datetime.fromisoformat(assertion["issuedOn"])
    assert issued.tzinfo is not None
    assert issued.astimezone(UTC) == award.awarded_at.astimezone(UTC)

    badge_class = _fetch(client, assertion["badge"])
    assert badge_class["@context"] == OB_CONTEXT
    assert badge_class["type"] == "BadgeClass"
    assert badge_class["id"] == assertion["badge"]
    assert badge_class["name"] == "Helpful reviewer"
    assert badge_class["description"] == "Did 5 peer reviews of other members' courses."
    assert badge_class["criteria"]["narrative"].startswith("As a mentor, review 5 courses")
    criteria_page = client.get(urlsplit(badge_class["criteria"]["id"]).path)
    assert "Helpful reviewer" in _text(criteria_page)
    image = client.get(urlsplit(badge_class["image"]).path)
    assert image["Content-Type"] == "image/svg+xml"

    issuer = _fetch(client, badge_class["issuer"])
    assert issuer["@context"] == OB_CONTEXT
    assert issuer["type"] == "Profile"
    assert issuer["id"] == badge_class["issuer"]
    assert issuer["name"] == "Peer Academy"
    assert issuer["url"] == settings.WAGTAILADMIN_BASE_URL + "/"
    assert issuer["email"] == "academy@localhost"


@pytest.mark.django_db
def test_salt_is_stable_per_award_and_differs_between_awards(client, member):
    first = _give("welcomer", member)
    second = _give("connector", member)

    def salt(award):
        return client.get(_assertion_path(award)).json()["recipient"]["salt"]

    assert salt(first) == salt(first)
    assert salt(first) != salt(second)


@pytest.mark.django_db
def test_issuer_email_is_the_sites_contact_address(client, site):
    from cms.models import SiteSettings

    SiteSettings.objects.update_or_create(site=site, defaults={"contact_email": "hi@academy.org"})
    assert client.get(reverse("openbadges:issuer")).json()["email"] == "hi@academy.org"


@pytest.mark.django_db
def test_iris_have_no_language_prefix(client, member):
    award = _give("welcomer", member)
    client.get("/de/")  # a German reader
    assertion = client.get(_assertion_path(award), HTTP_ACCEPT_LANGUAGE="de").json()
    assert "/de/" not in json.dumps(assertion)
    badge_class = client.get(urlsplit(assertion["badge"]).path, HTTP_ACCEPT_LANGUAGE="de").json()
    assert "/de/" not in json.dumps(badge_class)
    assert badge_class["name"] == "Welcomer"


@pytest.mark.django_db
def test_unknown_documents_answer_404_in_json(client):
    for path in (
        "/openbadges/badges/assertions/9f0f6a56-1d8b-4f6e-9a0e-2c1b4b1f0e11.json",
        "/openbadges/badges/assertions/not-a-uid.json",
        "/openbadges/badges/no-such-badge/class.json",
    ):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_award_of_a_deactivated_member_is_revoked(client, member):
    award = _give("welcomer", member)
    member.is_active = False
    member.save()
    iri = settings.WAGTAILADMIN_BASE_URL + _assertion_path(award)
    document = _fetch(client, iri, status=410)
    assert document["revoked"] is True
    assert document["id"] == iri
    assert "recipient" not in document


# Curators' snippet ------------------------------------------------------------------------


def _snippet_url(action, *args):
    return reverse(f"wagtailsnippets_peers_badge:{action}", args=args)


@pytest.mark.django_db
def test_curators_reword_a_badge_but_cannot_change_its_slug(client):
    client.force_login(UserFactory(roles=[Role.CURATOR]))
    badge = Badge.objects.get(slug="welcomer")
    assert client.get(_snippet_url("list")).status_code == 200
    response = client.post(
        _snippet_url("edit", badge.pk),
        {
            "slug": "renamed",
            "name": "Warm welcomer",
            "description": "Welcomed newcomers.",
            "criteria": "Welcome 5 newcomers.",
        },
    )
    assert response.status_code == 302
    badge.refresh_from_db()
    assert (badge.slug, badge.name) == ("welcomer", "Warm welcomer")


@pytest.mark.django_db
def test_nobody_adds_or_deletes_badges_in_the_admin(client, admin_user):
    client.force_login(admin_user)
    badge = Badge.objects.get(slug="welcomer")
    listing = client.get(_snippet_url("list")).content.decode()
    assert _snippet_url("add") not in listing
    assert client.get(_snippet_url("add")).status_code != 200
    assert client.post(_snippet_url("add"), {"slug": "x", "name": "X"}).status_code != 200
    client.post(_snippet_url("delete", badge.pk))
    assert Badge.objects.filter(slug="welcomer").exists()
    assert not Badge.objects.filter(slug="x").exists()


@pytest.mark.django_db
def test_peer_teachers_cannot_open_the_badge_snippets(client):
    client.force_login(UserFactory(roles=[Role.PEER_TEACHER]))
    badge = Badge.objects.get(slug="welcomer")
    assert client.get(_snippet_url("list")).status_code in (302, 403)
    assert client.get(_snippet_url("edit", badge.pk)).status_code in (302, 403)
    client.post(_snippet_url("edit", badge.pk), {"name": "Mine", "description": "d"})
    badge.refresh_from_db()
    assert badge.name == "Welcomer"
