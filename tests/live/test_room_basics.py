from datetime import timedelta

import pytest
from channels.db import database_sync_to_async

from academy.live.services import registration
from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

from .room_client import RoomClient

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@database_sync_to_async
def _room(starts_in=timedelta(minutes=-5)):
    host = UserFactory(username="host", roles=[Role.PEER_TEACHER])
    learner = UserFactory(username="learner")
    session = make_session(host=host, starts_in=timedelta(hours=1))
    registration.register(user=learner, session=session)
    session.starts_at = session.starts_at - timedelta(hours=1) + starts_in
    session.ends_at = session.starts_at + timedelta(hours=1)
    session.save()
    return session, host, learner


async def test_a_chat_message_reaches_everyone_in_the_room_with_an_event_id():
    session, host, learner = await _room()
    host_client = await RoomClient.open(session, host)
    learner_client = await RoomClient.open(session, learner)
    assert host_client.welcome["type"] == "welcome"
    await learner_client.send("chat.send", text="Hello <b>everyone</b>")
    seen_by_host = await host_client.next_event("chat.message")
    seen_by_learner = await learner_client.next_event("chat.message")
    assert seen_by_host == seen_by_learner
    assert seen_by_host["id"] == 1
    assert seen_by_host["message"]["text"] == "Hello everyone"
    await host_client.close()
    await learner_client.close()
