"""Twenty members chat in one room while their connections drop and come back, and while the
channel layer's Redis restarts: in the end every member holds the whole chat, in one order,
every message once.

Members keep to the protocol's rate limit (consumers.BURST and RATE, constants rather than
settings): they send at its pace and send a message again when told to slow down, as the
room's own client does."""

import asyncio
import time

import pytest
from django.test import override_settings

from academy.settings import backends

from .crowd import (
    assert_everyone_holds,
    chat_crowd,
    crowded_room,
    in_db,
    private_redis,
    stored_chat,
)

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEMBERS = 20
PER_MEMBER = 50
DROPS = 2


async def test_no_message_is_lost_while_members_drop_and_resume():
    """On the in-memory channel layer, or on Redis when REDIS_URL is set (settings/test.py)."""
    session, _host, users = await in_db(crowded_room, MEMBERS)
    members = await chat_crowd(session, users, per_member=PER_MEMBER, drops=DROPS)
    stored = await in_db(stored_chat, session)
    assert_everyone_holds(members, stored, total=MEMBERS * PER_MEMBER)


async def test_no_message_is_lost_when_redis_restarts_mid_run():
    """The channel layer on a Redis of the test's own, killed while members talk and started
    again on the same port a moment later."""
    session, _host, users = await in_db(crowded_room, MEMBERS)
    with private_redis() as redis:
        env = {"REDIS_URL": redis.url, "CHANNELS_PREFIX": f"reliability-{redis.port}"}
        # override_settings resets channels' cached layers (it listens for setting_changed).
        with override_settings(CHANNEL_LAYERS=backends.channel_layers(env)):
            stored_when_killed, restarted_at = [], []

            async def restart_redis():
                await asyncio.sleep(4)
                await asyncio.to_thread(redis.kill)
                stored_when_killed.append(len(await in_db(stored_chat, session)))
                await asyncio.sleep(1.5)
                await asyncio.to_thread(redis.start)
                restarted_at.append(time.monotonic())

            members = await chat_crowd(
                session, users, per_member=PER_MEMBER, drops=DROPS, during=restart_redis
            )
    stored = await in_db(stored_chat, session)
    # Killed in the middle of the chat, not before or after it.
    assert 0 < stored_when_killed[0] < MEMBERS * PER_MEMBER / 2
    # Back up, Redis carries the chat live again: not only answers to members asking.
    for member in members:
        assert any(heard > restarted_at[0] + 2 for heard in member.heard_live_at), member.user
    assert_everyone_holds(members, stored, total=MEMBERS * PER_MEMBER)
