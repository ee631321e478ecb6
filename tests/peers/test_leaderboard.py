"""The leaderboard: reputation of the last 30 days, overall or per topic and subtopics."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.peers import services
from academy.peers.models import Profile
from academy.peers.reputation import Cause
from tests.factories import UserFactory, make_topic

pytestmark = pytest.mark.django_db

BOARD = reverse("peers:leaderboard")


def _earn(user, times: int, *, topic=None, days_ago: int = 1):
    """Approved courses (20 points each), backdated."""
    for number in range(times):
        services.award(
            user=user,
            cause=Cause.CONTENT_APPROVED,
            cause_key=f"test:{user.pk}:{topic.pk if topic else 0}:{days_ago}:{number}",
            topic=topic,
            occurred_at=timezone.now() - timedelta(days=days_ago),
        )


def _names(html: str) -> list[str]:
    if '<ol class="leaderboard' not in html:
        return []
    board = html.split('<ol class="leaderboard')[1].split("</ol>")[0]
    return re.findall(r'<a href="/people/([^/]+)/">', board)


def test_members_are_ranked_by_points_of_the_last_30_days(client, home_page):
    ana, bo, cy = (UserFactory(username=name) for name in ("ana", "bo", "cy"))
    _earn(ana, 1)
    _earn(bo, 3)
    _earn(cy, 2)
    _earn(ana, 9, days_ago=31)  # long ago: does not count
    html = client.get(BOARD).content.decode()
    assert _names(html) == ["bo", "cy", "ana"]
    assert "60 points" in html and "20 points" in html


def test_topic_board_counts_the_topic_and_its_subtopics(client, home_page):
    facilitation = make_topic("facilitation")
    check_ins = make_topic("check-ins", parent=facilitation)
    writing = make_topic("writing")
    ana, bo, cy = (UserFactory(username=name) for name in ("ana", "bo", "cy"))
    _earn(ana, 1, topic=facilitation)
    _earn(bo, 2, topic=check_ins)
    _earn(cy, 5, topic=writing)
    html = client.get(BOARD, {"topic": "facilitation"}).content.decode()
    assert _names(html) == ["bo", "ana"]
    assert _names(client.get(BOARD, {"topic": "check-ins"}).content.decode()) == ["bo"]
    assert _names(client.get(BOARD).content.decode())[0] == "cy"


def test_members_who_opted_out_and_inactive_accounts_are_left_out(client, home_page):
    shy, gone, visible = (UserFactory(username=name) for name in ("shy", "gone", "vis"))
    for user in (shy, gone, visible):
        _earn(user, 2)
    Profile.objects.create(user=shy, hide_from_leaderboards=True)
    gone.is_active = False
    gone.save()
    assert _names(client.get(BOARD).content.decode()) == ["vis"]

    client.force_login(shy)
    html = client.get(BOARD).content.decode()
    assert "You chose to be left out of leaderboards" in html
    assert "You are number" not in html


def test_a_member_below_the_top_20_sees_their_own_rank(client, home_page):
    for number in range(20):
        _earn(UserFactory(username=f"top{number:02}"), 2)
    me = UserFactory(username="me-too")
    _earn(me, 1)
    client.force_login(me)
    html = client.get(BOARD).content.decode()
    assert len(_names(html)) == 20 and "me-too" not in _names(html)
    assert "You are number 21 with 20 points." in html


def test_equal_points_share_a_rank(client, home_page):
    for name in ("ana", "bo"):
        _earn(UserFactory(username=name), 1)
    _earn(UserFactory(username="cy"), 2)
    html = client.get(BOARD).content.decode()
    ranks = re.findall(r'leaderboard__rank">(\d+)<', html)
    assert ranks == ["1", "2", "2"]


def test_empty_board_says_how_to_get_on_it(client, home_page):
    html = client.get(BOARD, {"topic": "unknown"}).content.decode()
    assert "Nobody earned reputation here lately" in html
