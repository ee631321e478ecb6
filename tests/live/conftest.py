import pytest_asyncio

from .room_client import in_db, make_room


@pytest_asyncio.fixture
async def room():
    """The room of a session that started five minutes ago; every client a test opens
    through it is closed afterwards, also when the test fails halfway."""
    room = await in_db(make_room)
    yield room
    await room.close_all()
