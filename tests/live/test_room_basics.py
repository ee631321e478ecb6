import pytest

pytestmark = [
    pytest.mark.asyncio,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


async def test_a_chat_message_reaches_everyone_in_the_room_with_an_event_id(room):
    host = await room.open(room.host)
    ada = await room.open(room.ada)
    assert host.welcome["type"] == "welcome"
    await ada.send("chat.send", text="Hello <b>everyone</b>")
    seen_by_host = await host.next_event("chat.message")
    seen_by_ada = await ada.next_event("chat.message")
    assert seen_by_host == seen_by_ada
    assert seen_by_host["id"] == 1
    assert seen_by_host["message"]["text"] == "Hello everyone"
