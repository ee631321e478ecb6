"""A calendar feed's address is its only key: it must be long, random and unrelated to the
member, and resetting it must retire the old one (tests/live/test_calendar.py shows the
reset from the member's side)."""

import re

import pytest
from django.urls import reverse

from academy.live.models import CalendarFeed
from academy.live.services import calendar_feed
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_feed_tokens_are_long_random_and_unrelated_to_the_member(client):
    members = [UserFactory() for _ in range(50)]
    tokens = [calendar_feed.reset(user=member).token for member in members]

    assert len(set(tokens)) == len(tokens)
    # 32 random bytes, URL-safe: 256 bits no one can guess or count through.
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{43}", token) for token in tokens)
    # Neighbouring members' tokens share no prefix a guesser could walk.
    assert len({token[:6] for token in tokens}) == len(tokens)


def test_a_reset_gives_an_unrelated_token_and_the_old_address_stops_working(client):
    member = UserFactory()
    first = calendar_feed.reset(user=member).token
    second = calendar_feed.reset(user=member).token

    assert first != second and first[:6] != second[:6]
    assert CalendarFeed.objects.filter(user=member).count() == 1
    assert client.get(reverse("live:feed", args=[first])).status_code == 404
    assert client.get(reverse("live:feed", args=[second])).status_code == 200


def test_guessing_addresses_finds_nothing(client):
    calendar_feed.reset(user=UserFactory())

    for guess in ("1", "a" * 43, "%00", "..%2F..%2F", "x" * 500):
        assert (
            client.get(reverse("live:feed", args=["TOKEN"]).replace("TOKEN", guess)).status_code
            == 404
        )
