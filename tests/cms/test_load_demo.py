from datetime import datetime, time, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Page, Revision

from academy.courses.models import Topic
from academy.insights import selectors as insights
from academy.insights.models import PageVisit, SignupCohort
from academy.live import selectors as live_selectors
from academy.live.models import (
    ChatMessage,
    Hand,
    Participant,
    QuestionVote,
    Registration,
    RoomEvent,
    SessionFeedback,
    SessionsIndexPage,
)
from academy.notifications import selectors as notification_selectors
from academy.peers.models import RoleChange, Standing
from academy.peers.roles import Role
from cms.demo import content, live
from search import catalogue
from search.models import CatalogueEntry, ContentRequest, QueryCount

pytestmark = pytest.mark.django_db


def _snapshot() -> dict:
    User = get_user_model()
    return {
        "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
        "revisions": Revision.objects.count(),
        "users": sorted(
            (
                user.username,
                user.email,
                user.is_superuser,
                *sorted(user.groups.values_list("name", flat=True)),
            )
            for user in User.objects.all()
        ),
        "topics": sorted(Topic.objects.values_list("slug", "name", "parent__slug")),
        "registrations": sorted(
            Registration.objects.values_list("session__slug", "user__username", "status")
        ),
        "search": (
            sorted(CatalogueEntry.objects.values_list("key", "title")),
            sorted(ContentRequest.objects.values_list("query", "votes")),
            sorted(QueryCount.objects.values_list("query", "searches")),
        ),
        "console": (
            PageVisit.objects.aggregate(views=Sum("views"))["views"],
            list(
                SignupCohort.objects.order_by("day", "topic_id").values_list(
                    "day", "topic_id", "signed_up", "enrolled"
                )
            ),
        ),
        "room": {
            model.__name__: model.objects.count()
            for model in (
                RoomEvent,
                ChatMessage,
                QuestionVote,
                Hand,
                Participant,
                SessionFeedback,
            )
        },
    }


def test_load_demo_twice_gives_the_same_site():
    call_command("load_demo", verbosity=0)
    first = _snapshot()
    call_command("load_demo", verbosity=0)
    assert _snapshot() == first
    assert len(first["topics"]) == len(content.TOPICS)
    assert ("/home/how-it-works/", "How it works", True) in first["pages"]
    assert ("/home/sessions/", "Live sessions", True) in first["pages"]
    assert first["room"]["ChatMessage"] > 0


def test_the_demo_fills_the_bells_but_leaves_no_digest_to_send():
    call_command("load_demo", verbosity=0)
    learner = get_user_model().objects.get(username="learner")
    assert notification_selectors.inbox(user=learner).filter(kind="badge_earned").exists()
    assert not notification_selectors.digest_due().exists()


def test_demo_has_one_member_per_role_who_can_sign_in(client):
    call_command("load_demo", verbosity=0)
    User = get_user_model()
    assert User.objects.get(username="admin").is_superuser
    for username, role in [
        ("teacher", Role.PEER_TEACHER),
        ("mentor", Role.MENTOR),
        ("jonas", Role.MENTOR),
        ("curator", Role.CURATOR),
        ("moderator", Role.MODERATOR),
    ]:
        assert User.objects.get(username=username).groups.filter(name=role.group_name).exists()
    assert not User.objects.get(username="learner").groups.exists()

    response = client.post(
        "/accounts/login/", {"login": "learner", "password": content.DEMO_PASSWORD}
    )
    assert response.status_code == 302
    assert "Lena Fischer" in client.get("/people/learner/").content.decode()


def test_demo_home_page_is_published_with_its_content(client):
    call_command("load_demo", verbosity=0)
    html = client.get("/").content.decode()
    assert content.HOME["hero_heading"] in html
    assert "Retrospectives" in html  # a subtopic shown under its topic
    assert "Code of conduct" in html  # a site page in the navigation


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_demo_members_stand_at_different_places_on_the_ladder():
    """Committed as `make demo` commits, so reputation for learning follows it."""
    call_command("load_demo", verbosity=0)
    held = {
        (standing.user.username, standing.role, standing.topic.slug if standing.topic else None)
        for standing in Standing.objects.select_related("user", "topic")
    }
    assert ("learner", Role.LEARNER, None) in held
    assert not any(
        username == "learner" and role == Role.PEER_TEACHER for username, role, _ in held
    )
    assert ("ana", Role.AMBASSADOR, None) in held
    assert ("moderator", Role.PEER_TEACHER, "retrospectives") in held  # earned by learning
    assert ("mentor", Role.MENTOR, "knowledge-management") in held
    at_risk = Standing.objects.get(user__username="jonas", role=Role.MENTOR)
    assert at_risk.at_risk_since is not None
    assert at_risk.unmet == ["recent_topic_reputation"]
    assert RoleChange.objects.filter(user__username="jonas", kind=RoleChange.Kind.AT_RISK).exists()


def test_demo_has_community_care_waiting(client):
    from academy.peers.models import BuddyRequest, Flag, Referral

    call_command("load_demo", verbosity=0)
    assert BuddyRequest.objects.filter(
        teacher__username="teacher", topic__slug="facilitation", status="open"
    ).exists()
    assert Referral.objects.get(referred__username="newcomer5").referrer.username == "ana"
    # The practice report, and the spam reply that Lena and Ana reported.
    assert Flag.objects.filter(status="open").count() == 3
    client.force_login(get_user_model().objects.get(username="mentor"))
    assert "check-in rounds" in client.get("/people/community/").content.decode()
    client.force_login(get_user_model().objects.get(username="moderator"))
    html = client.get("/admin/moderation/").content.decode()
    assert "newcomer1" in html and "newcomer5" not in html  # Lucas already started
    assert "one-word check-in" in html
    assert "quick-retro-pills" in html  # the reported spam reply
    assert "We use a timer on the wall" in html  # Noah's first post, waiting for approval


def test_demo_has_live_sessions_to_join(client):
    call_command("load_demo", verbosity=0)
    now = timezone.now()
    index = SessionsIndexPage.objects.get()
    assert index.live and index.show_in_menus
    assert 'href="/sessions/"' in client.get("/").content.decode()  # in the navigation

    upcoming = list(live_selectors.upcoming())
    assert [session.slug for session in upcoming] == [data["slug"] for data in live.UPCOMING]
    assert now < upcoming[0].starts_at and upcoming[-1].starts_at < now + timedelta(weeks=3)
    assert {session.language for session in upcoming} == {"en", "es"}
    assert {"Europe/Berlin", "Europe/Madrid", "America/New_York"} <= {
        session.time_zone for session in upcoming
    }
    assert any(session.cohosts.filter(username="mentor") for session in upcoming)

    # Lena's next session opens its room and shows its link a couple of hours after loading.
    soon = upcoming[0]
    assert soon.host.username == "teacher"
    assert timedelta(hours=1, minutes=55) <= soon.starts_at - now <= timedelta(hours=2, minutes=15)
    assert now < soon.meeting_link_shown_from()
    learner = get_user_model().objects.get(username="learner")
    assert live_selectors.is_registered(user=learner, session=soon)

    seats_left = {session.slug: session.capacity - session.seats_taken for session in upcoming}
    assert seats_left["from-post-mortem-to-story"] == 1
    circle = next(s for s in upcoming if s.slug == "check-in-rounds-practice-circle")
    assert seats_left[circle.slug] == 0
    waiting = [registration.user.username for registration in live_selectors.waitlist(circle)]
    assert waiting == ["newcomer6", "newcomer2"]


def test_demo_has_a_past_session_with_its_recap():
    call_command("load_demo", verbosity=0)
    [past] = live_selectors.past()
    assert past.host.username == "teacher" and past.recording_url
    assert timedelta(days=6) < timezone.now() - past.starts_at < timedelta(days=8)
    ended_at = live_selectors.state_of(past).ended_at
    assert past.starts_at < ended_at < past.ends_at  # ended by the host

    recap = live_selectors.recap(past)
    assert {"learner", "priya", "ana", "newcomer5"} <= {
        participant.user.username for participant in recap.participants
    }
    assert recap.messages_count == 8
    assert [(q.votes, q.answered, q.pinned) for q in recap.questions] == [
        (3, False, True),
        (4, True, False),
        (2, False, False),
        (1, False, False),
    ]
    [follow_up] = [question for question in recap.questions if question.follow_up_at]
    assert not follow_up.answered and not follow_up.pinned
    assert len(recap.feedback) == 4 and recap.average_score >= 4
    assert all(feedback.will_try for feedback in recap.feedback)
    hand = Hand.objects.get(session=past)
    assert hand.user.username == "ana" and hand.called_at

    # The room's history is dated within the session, as it happened.
    stamps = [
        *ChatMessage.objects.filter(session=past).values_list("created_at", flat=True),
        *RoomEvent.objects.filter(session=past).values_list("created_at", flat=True),
        *(question.created_at for question in recap.questions),
    ]
    assert all(past.room_opens_at() <= stamp <= ended_at for stamp in stamps)


def test_demo_search_finds_every_kind_with_synonyms_promotions_and_requests():
    call_command("load_demo", verbosity=0)
    everything = catalogue.search("")
    kinds = {facet.name: facet for facet in everything.facets}["kind"]
    assert {value.value for value in kinds.values} == {
        "course",
        "lesson",
        "path",
        "session",
        "teacher",
    }
    km = catalogue.search("km")
    assert km.total > 0 and all(hit.topic_name for hit in km.hits)
    assert catalogue.search("retrospective").promotions[0].title == (
        "Running your first retrospective"
    )
    most_wanted = ContentRequest.objects.order_by("-votes").first()
    assert (most_wanted.query, most_wanted.topic.slug, most_wanted.votes) == (
        "sociocracy",
        "decision-making",
        4,
    )


def test_the_demo_console_opens_on_a_month_of_visits_and_a_funnel():
    call_command("load_demo", verbosity=0)
    today = timezone.localdate()

    funnel = insights.funnel(start=today - timedelta(days=29), end=today)
    trend = insights.visits_trend(start=today - timedelta(days=29), end=today)

    counts = {step.key: step.count for step in funnel.steps}
    first_moment = timezone.make_aware(datetime.combine(today - timedelta(days=29), time.min))
    joined = get_user_model().objects.filter(date_joined__gte=first_moment)
    assert counts["signed_up"] == joined.count()
    assert counts["visitors"] > counts["signed_up"] > counts["enrolled"] > counts["taught"] > 0
    assert sum(point.visitors > 0 for point in trend) >= 29  # every past day, not yet today
