"""Community care: first-session buddies, referral links and welcomes from the community page."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from academy.peers import referrals, services
from academy.peers.models import BuddyRequest, Referral, ReputationEvent, Standing, Welcome
from academy.peers.reputation import Cause
from academy.peers.roles import Role
from academy.peers.selectors.community import buddy_for
from tests.factories import UserFactory, make_course, make_lesson, make_topic

pytestmark = pytest.mark.django_db

COMMUNITY = reverse("peers:community")


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what follows a commit (emails, reputation) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def people(db):
    retros = make_topic("retrospectives")
    return {
        "teacher": UserFactory(username="tomas", roles=[Role.PEER_TEACHER]),
        "mentor": UserFactory(username="mei", roles=[Role.MENTOR]),
        "other_mentor": UserFactory(username="kai", roles=[Role.MENTOR]),
        "retro_mentor": UserFactory(username="rosa", roles=[(Role.MENTOR, "retrospectives")]),
        "learner": UserFactory(username="lena", roles=[Role.LEARNER]),
        "retros": retros,
        "facilitation": make_topic("facilitation"),
    }


def _page(client, user) -> str:
    client.force_login(user)
    return client.get(COMMUNITY).content.decode()


# First-session buddy: a teacher asks -------------------------------------------------------


def test_teacher_asks_the_mentors_and_one_accepts(client, people, commit):
    teacher, mentor, topic = people["teacher"], people["mentor"], people["facilitation"]
    assert "Ask the mentors" in _page(client, teacher)

    with commit():
        response = client.post(
            reverse("peers:buddy_request", args=[topic.pk]),
            {f"request-{topic.pk}-message": "Nervous <b>about</b> my first session!"},
        )
    assert response.status_code == 302
    buddy = BuddyRequest.objects.get(teacher=teacher, topic=topic)
    assert buddy.message == "Nervous about my first session!"
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["kai@example.org", "mei@example.org"]  # every mentor of the topic
    assert "Waiting for a mentor" in client.get(COMMUNITY).content.decode()

    # A double click asks once.
    client.post(reverse("peers:buddy_request", args=[topic.pk]), {})
    assert BuddyRequest.objects.filter(teacher=teacher).count() == 1

    html = _page(client, mentor)
    assert "Nervous about my first session!" in html and "tomas" in html
    mail.outbox.clear()
    with commit():
        client.post(reverse("peers:buddy_accept", args=[buddy.pk]))
    buddy.refresh_from_db()
    assert (buddy.status, buddy.mentor) == (BuddyRequest.Status.ACCEPTED, mentor)
    assert [message.to for message in mail.outbox] == [["tomas@example.org"]]
    assert "mei will co-host" in mail.outbox[0].body.replace("Mei", "mei")
    assert buddy_for(teacher=teacher, topic=topic) == mentor

    # The request is no longer open for the other mentor.
    client.force_login(people["other_mentor"])
    response = client.post(reverse("peers:buddy_accept", args=[buddy.pk]), follow=True)
    assert "already answered" in response.content.decode()
    assert buddy_for(teacher=teacher, topic=topic) == mentor

    client.force_login(teacher)
    assert "mei will co-host your first live session" in client.get(COMMUNITY).content.decode()


def test_teacher_withdraws_and_may_ask_again(client, people, commit):
    teacher, topic = people["teacher"], people["facilitation"]
    buddy = services.request_buddy(teacher=teacher, topic=topic)
    client.force_login(people["mentor"])
    assert client.post(reverse("peers:buddy_withdraw", args=[buddy.pk])).status_code == 404
    client.force_login(teacher)
    client.post(reverse("peers:buddy_withdraw", args=[buddy.pk]))
    buddy.refresh_from_db()
    assert buddy.status == BuddyRequest.Status.WITHDRAWN
    client.post(reverse("peers:buddy_request", args=[topic.pk]), {})
    assert BuddyRequest.objects.filter(teacher=teacher, status="open").count() == 1


def test_a_mentor_of_another_topic_cannot_accept(client, people):
    buddy = services.request_buddy(teacher=people["teacher"], topic=people["facilitation"])
    html = _page(client, people["retro_mentor"])
    assert "tomas" not in html
    response = client.post(reverse("peers:buddy_accept", args=[buddy.pk]))
    assert response.status_code == 404
    assert BuddyRequest.objects.get().status == BuddyRequest.Status.OPEN


def test_a_mentor_of_a_parent_topic_sees_requests_of_its_subtopics(client, people):
    parent = people["facilitation"]
    child = make_topic("check-ins", parent=parent)
    teacher = UserFactory(roles=[(Role.PEER_TEACHER, "check-ins")])
    services.request_buddy(teacher=teacher, topic=child, message="Check-ins first")
    assert "Check-ins first" in _page(client, people["mentor"])


@pytest.mark.parametrize("who", ["anonymous", "learner", "retro_mentor"])
def test_only_teachers_of_the_topic_may_ask(client, people, who):
    topic = people["facilitation"]
    if who != "anonymous":
        client.force_login(people[who])
    response = client.post(reverse("peers:buddy_request", args=[topic.pk]), {})
    assert response.status_code == (302 if who == "anonymous" else 404)
    if who == "anonymous":
        assert response["Location"].startswith(reverse("account_login"))
    assert not BuddyRequest.objects.exists()


def test_an_overlong_message_is_shown_again_with_its_error(client, people):
    topic = people["facilitation"]
    client.force_login(people["teacher"])
    response = client.post(
        reverse("peers:buddy_request", args=[topic.pk]),
        {f"request-{topic.pk}-message": "x" * 1001},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 1000 characters" in html and "x" * 1001 in html
    assert not BuddyRequest.objects.exists()


# First-session buddy: a mentor offers ------------------------------------------------------


def test_mentor_offers_to_a_new_teacher_who_accepts(client, people, commit):
    teacher, mentor, topic = people["teacher"], people["mentor"], people["facilitation"]
    html = _page(client, mentor)
    assert "Offer to co-host" in html and "tomas" in html

    prefix = f"offer-{topic.pk}-{teacher.pk}"
    with commit():
        client.post(
            reverse("peers:buddy_offer", args=[topic.pk, "tomas"]),
            {f"{prefix}-message": "Happy to help"},
        )
    buddy = BuddyRequest.objects.get()
    assert (buddy.mentor, buddy.offered_by_mentor) == (mentor, True)
    assert [message.to for message in mail.outbox] == [["tomas@example.org"]]
    assert "Happy to help" in mail.outbox[0].body
    assert "Offer to co-host" not in client.get(COMMUNITY).content.decode()

    # Another mentor cannot answer it, nor can the teacher ask the mentors on top of it.
    client.force_login(people["other_mentor"])
    assert client.post(reverse("peers:buddy_accept", args=[buddy.pk])).status_code == 404
    client.force_login(teacher)
    response = client.post(reverse("peers:buddy_request", args=[topic.pk]), {}, follow=True)
    assert "already offered" in response.content.decode()

    assert "mei offers to co-host your first live session" in client.get(COMMUNITY).content.decode()
    mail.outbox.clear()
    with commit():
        client.post(reverse("peers:buddy_accept", args=[buddy.pk]))
    assert buddy_for(teacher=teacher, topic=topic) == mentor
    assert [message.to for message in mail.outbox] == [["mei@example.org"]]


def test_teacher_declines_an_offer(client, people, commit):
    teacher, mentor, topic = people["teacher"], people["mentor"], people["facilitation"]
    buddy = services.offer_buddy(mentor=mentor, teacher=teacher, topic=topic)
    client.force_login(teacher)
    with commit():
        client.post(reverse("peers:buddy_decline", args=[buddy.pk]))
    buddy.refresh_from_db()
    assert buddy.status == BuddyRequest.Status.DECLINED
    assert "declined" in mail.outbox[-1].subject
    assert buddy_for(teacher=teacher, topic=topic) is None
    # The mentor may offer again later: declined offers no longer block the topic.
    assert "Offer to co-host" in _page(client, mentor)


def test_teachers_of_long_standing_are_not_offered(client, people):
    Standing.objects.filter(user=people["teacher"]).update(
        since=timezone.now() - timedelta(days=91)
    )
    assert "Offer to co-host" not in _page(client, people["mentor"])


def test_mentor_cannot_offer_outside_their_topics_or_to_non_teachers(client, people):
    client.force_login(people["retro_mentor"])
    url = reverse("peers:buddy_offer", args=[people["facilitation"].pk, "tomas"])
    assert client.post(url, {}).status_code == 404
    client.force_login(people["mentor"])
    url = reverse("peers:buddy_offer", args=[people["facilitation"].pk, "lena"])
    response = client.post(url, {}, follow=True)
    assert "does not teach" in response.content.decode()
    assert not BuddyRequest.objects.exists()


# Community page ----------------------------------------------------------------------------


def test_community_page_needs_a_signed_in_member(client, db):
    response = client.get(COMMUNITY)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_community_page_shows_only_what_the_member_may_do(client, people):
    html = _page(client, UserFactory())
    assert "Nothing to do here yet" in html
    assert "Ask the mentors" not in html and "Your referral link" not in html

    html = _page(client, people["teacher"])
    assert "Ask the mentors" in html
    assert "Co-host a first live session" not in html and "Welcome newcomers" not in html

    ambassador = UserFactory(roles=[Role.AMBASSADOR])
    html = _page(client, ambassador)
    assert "Your referral link" in html and "Welcome newcomers" in html
    assert "Ask the mentors" not in html


# Referrals --------------------------------------------------------------------------------

SIGNUP = {
    "email": "nora@example.org",
    "username": "nora",
    "password1": "a-long-and-unusual-passphrase",
    "password2": "a-long-and-unusual-passphrase",
}


def _sign_up_through(client, link: str):
    response = client.get(link, follow=True)
    client.post(reverse("account_signup"), SIGNUP)
    return response, get_user_model().objects.get(username="nora")


def test_referral_counts_once_the_new_member_completes_a_lesson(client, home_page, commit):
    ana = UserFactory(username="ana", roles=[Role.AMBASSADOR])
    client.force_login(ana)
    html = client.get(COMMUNITY).content.decode()
    link = re.search(r'id="referral-link" type="text" value="([^"]+)"', html)[1]
    client.logout()

    response, nora = _sign_up_through(client, link)
    assert response.redirect_chain[-1][0] == reverse("account_signup")
    assert "ana invited you to Peer Academy" in response.content.decode()
    referral = Referral.objects.get(referred=nora)
    assert (referral.referrer, referral.activated_at) == (ana, None)

    lesson = make_lesson(make_course("Referral course"), "First")
    client.force_login(nora)
    for _ in range(2):  # done, not done, done again: one referral, one reward
        with commit():
            client.post(reverse("courses:lesson_done", args=[lesson.pk]))
            client.post(reverse("courses:lesson_done", args=[lesson.pk]), {"undo": "1"})
    referral.refresh_from_db()
    assert referral.activated_at is not None
    rewards = ReputationEvent.objects.filter(user=ana, cause=Cause.REFERRAL_ACTIVATED)
    assert list(rewards.values_list("cause_key", "points")) == [
        (f"referral_activated:referral={referral.pk}", 10)
    ]
    client.force_login(ana)
    html = client.get(COMMUNITY).content.decode()
    assert re.search(r"Completed a first lesson</dt><dd>1</dd>", html)


@pytest.mark.parametrize(
    "code",
    ["nonsense", "MQ:forged-signature", "%s"],
    ids=["garbage", "forged", "other-salt"],
)
def test_bad_codes_lead_to_sign_up_without_a_referral(client, home_page, code):
    ana = UserFactory(username="ana", roles=[Role.AMBASSADOR])
    if code == "%s":
        from django.core import signing

        code = signing.Signer(salt="something.else").sign_object(ana.pk)
    response, _nora = _sign_up_through(client, reverse("peers:join", args=[code]))
    assert response.redirect_chain[-1][0] == reverse("account_signup")
    assert "invited you" not in response.content.decode()
    assert not Referral.objects.exists()


def test_links_of_members_who_may_no_longer_share_count_nothing(client, home_page):
    former = UserFactory(username="ana")
    link = reverse("peers:join", args=[referrals.code_for(former)])
    response, _nora = _sign_up_through(client, link)
    assert "invited you" not in response.content.decode()
    assert not Referral.objects.exists()


def test_self_referral_is_ignored(member):
    ambassador = UserFactory(roles=[Role.AMBASSADOR])
    assert services.record_referral(referrer=ambassador, referred=ambassador) is None
    assert services.record_referral(referrer=ambassador, referred=member) is not None
    assert services.record_referral(referrer=ambassador, referred=member).referred == member
    assert Referral.objects.count() == 1


# Welcomes from the community page ----------------------------------------------------------


def _quiet_newcomer(username="nico", days=10):
    return UserFactory(username=username, date_joined=timezone.now() - timedelta(days=days))


def test_contributor_welcomes_a_newcomer_from_the_community_page(client, commit):
    newcomer = _quiet_newcomer()
    _quiet_newcomer("fresh", days=2)  # joined less than a week ago: not yet
    contributor = UserFactory(username="cora", roles=[Role.CONTRIBUTOR])
    html = _page(client, contributor)
    assert reverse("peers:welcome", args=["nico"]) in html
    assert "fresh" not in html

    form = client.get(reverse("peers:welcome", args=["nico"])).content.decode()
    assert "Hello nico, welcome to Peer Academy!" in form
    with commit():
        response = client.post(
            reverse("peers:welcome", args=["nico"]), {"message": "Hi Nico, glad you are here."}
        )
    assert response.status_code == 302
    assert Welcome.objects.get(member=newcomer).welcomed_by == contributor
    assert [message.to for message in mail.outbox] == [["nico@example.org"]]
    assert "Hi Nico, glad you are here." in mail.outbox[0].body
    html = client.get(COMMUNITY).content.decode()
    assert "Your welcome is on its way to nico." in html
    assert reverse("peers:welcome", args=["nico"]) not in html

    # A second welcome sends nothing more.
    with commit():
        response = client.post(
            reverse("peers:welcome", args=["nico"]), {"message": "Again"}, follow=True
        )
    assert "already welcomed" in response.content.decode()
    assert len(mail.outbox) == 1


def test_an_empty_welcome_is_refused_and_nothing_is_sent(client):
    _quiet_newcomer()
    client.force_login(UserFactory(roles=[Role.CONTRIBUTOR]))
    response = client.post(reverse("peers:welcome", args=["nico"]), {"message": "  "})
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    assert not Welcome.objects.exists()


@pytest.mark.parametrize("roles", [[], [Role.LEARNER], [Role.PEER_TEACHER], [Role.MENTOR]])
def test_members_who_may_not_welcome_get_404(client, roles):
    _quiet_newcomer()
    client.force_login(UserFactory(roles=roles))
    assert client.get(reverse("peers:welcome", args=["nico"])).status_code == 404
    assert (
        client.post(reverse("peers:welcome", args=["nico"]), {"message": "Hi"}).status_code == 404
    )
    assert not Welcome.objects.exists()


def test_page_names_below_people_cannot_be_taken_as_usernames(client, home_page):
    response = client.post(reverse("account_signup"), {**SIGNUP, "username": "leaderboard"})
    assert response.status_code == 200
    assert "Username can not be used" in response.content.decode()
    assert not get_user_model().objects.filter(username="leaderboard").exists()
