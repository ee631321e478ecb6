from datetime import timedelta

import pytest
import pytest_asyncio

from academy.peers.roles import Role
from tests.factories import UserFactory, make_session

from .room_client import in_db, make_room


@pytest_asyncio.fixture
async def room():
    """The room of a session that started five minutes ago; every client a test opens
    through it is closed afterwards, also when the test fails halfway."""
    room = await in_db(make_room)
    yield room
    await room.close_all()


@pytest.fixture
def host(db):
    """A peer teacher of the default topic, who hosts the sessions of a test."""
    return UserFactory(username="hana", email="hana@example.org", roles=[Role.PEER_TEACHER])


@pytest.fixture
def session(host):
    return make_session(host=host, starts_in=timedelta(days=3))


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what follows a commit (the emails) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
