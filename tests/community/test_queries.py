"""Discussion pages read a bounded number of queries, however long the conversation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.community import services
from academy.peers import services as peer_services
from academy.peers.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def unlimited(settings):
    settings.ACADEMY_DISCUSSION_RATE_LIMITS = {}


def _grow(scene, *, threads: int, replies: int):
    people = [UserFactory(roles=[Role.LEARNER]) for _ in range(3)]
    for number in range(threads):
        thread = services.start_thread(
            author=people[number % 3], page=scene["lesson"], title=f"Q{number}", body="Why?"
        )
        for reply_number in range(replies):
            post = services.reply(
                author=people[reply_number % 3], thread=thread, body=f"Because @tara {reply_number}"
            )
            services.toggle_vote(user=scene["learner"], post=post)
            peer_services.flag_content(reporter=scene["contributor"], content=post, reason="spam")
    return thread


def _count(client, url) -> int:
    client.get(url)  # once before counting: site settings are created on the first request
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("viewer", ["learner", "moderator", "teacher"])
def test_a_thread_page_does_not_grow_with_its_replies(client, scene, unlimited, viewer):
    client.force_login(scene[viewer])
    small = _grow(scene, threads=1, replies=3)
    small_count = _count(client, reverse("community:thread", args=[small.pk]))
    large = _grow(scene, threads=1, replies=25)
    large_count = _count(client, reverse("community:thread", args=[large.pk]))
    assert large_count == small_count
    assert large_count <= 40


def test_a_discussion_list_does_not_grow_with_its_threads(
    client, scene, unlimited, django_assert_max_num_queries
):
    client.force_login(scene["learner"])
    url = reverse("community:discussion", args=[scene["lesson"].pk])
    _grow(scene, threads=2, replies=1)
    few = _count(client, url)
    _grow(scene, threads=15, replies=1)
    assert _count(client, url) == few
    with django_assert_max_num_queries(30):
        client.get(url)
