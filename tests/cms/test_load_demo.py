import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from academy.courses.models import Topic
from academy.peers.models import RoleChange, Standing
from academy.peers.roles import Role
from cms.demo import content

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
    }


def test_load_demo_twice_gives_the_same_site():
    call_command("load_demo", verbosity=0)
    first = _snapshot()
    call_command("load_demo", verbosity=0)
    assert _snapshot() == first
    assert len(first["topics"]) == len(content.TOPICS)
    assert ("/home/how-it-works/", "How it works", True) in first["pages"]


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
    assert Flag.objects.filter(status="open").count() == 1
    client.force_login(get_user_model().objects.get(username="mentor"))
    assert "check-in rounds" in client.get("/people/community/").content.decode()
    client.force_login(get_user_model().objects.get(username="moderator"))
    html = client.get("/admin/moderation/").content.decode()
    assert "newcomer1" in html and "newcomer5" not in html  # Lucas already started
    assert "one-word check-in" in html
