"""The hub hands each process's members the room's events once, in id order, as soon as
nothing earlier can be missing."""

import asyncio

import pytest
from channels.layers import InMemoryChannelLayer

from academy.live import hub as hub_module
from academy.live.broadcast import EVENTS_MESSAGE, group_name

pytestmark = pytest.mark.asyncio

ROOM = 7


class Member:
    def __init__(self):
        self.frames: list[list[int | None]] = []
        self.arrived = asyncio.Event()

    async def deliver(self, events, frame):
        self.frames.append([event["id"] for event in events])
        self.arrived.set()

    async def next_frame(self, timeout=1.0) -> list[int | None]:
        if not self.frames:
            await asyncio.wait_for(self.arrived.wait(), timeout)
        self.arrived.clear()
        return self.frames.pop(0)

    async def next_ids(self, count: int) -> list[int | None]:
        """The ids of the next `count` events, however the hub framed them."""
        ids = []
        while len(ids) < count:
            ids += await self.next_frame()
        return ids


async def _room(layer):
    hub, member = hub_module.Hub(layer), Member()
    await hub.join(ROOM, member)
    return hub, member


async def _publish(layer, *event_ids):
    for event_id in event_ids:
        events = [{"id": event_id, "type": "chat.message"}]
        await layer.group_send(group_name(ROOM), {"type": EVENTS_MESSAGE, "events": events})


async def test_events_that_cross_on_the_way_reach_members_in_id_order():
    layer = InMemoryChannelLayer()
    hub, member = await _room(layer)
    await _publish(layer, 2, 1)
    assert await member.next_ids(2) == [1, 2]
    await _publish(layer, 5, 3, 4)
    assert await member.next_ids(3) == [3, 4, 5]
    await hub.leave(ROOM, member)


async def test_the_next_event_goes_out_without_waiting_and_a_gap_waits_for_its_event(
    monkeypatch,
):
    layer = InMemoryChannelLayer()
    hub, member = await _room(layer)
    await _publish(layer, 1)
    assert await member.next_frame() == [1]  # the first one waits: nothing came before it
    monkeypatch.setattr(hub_module, "GAP_WINDOW", 60)
    await _publish(layer, 2)
    assert await member.next_frame(timeout=5) == [2]  # next in line: long before the window
    await _publish(layer, 4)
    with pytest.raises(TimeoutError):
        await member.next_frame(timeout=0.3)  # 3 is missing
    await _publish(layer, 3)
    assert await member.next_ids(2) == [3, 4]
    await hub.leave(ROOM, member)


async def test_a_lost_event_holds_the_next_ones_back_only_for_the_window():
    layer = InMemoryChannelLayer()
    hub, member = await _room(layer)
    await _publish(layer, 1)
    assert await member.next_frame() == [1]
    await _publish(layer, 3)
    assert await member.next_frame() == [3]
    await hub.leave(ROOM, member)


async def test_a_large_room_gets_its_event_while_the_process_keeps_serving_others():
    """Written to 200 members at once, the event must not hold the process: its sockets send
    only when the event loop comes back to them, and other connections' frames wait too."""
    turns, seen_at = 0, []

    class Counted(Member):
        async def deliver(self, events, frame):
            seen_at.append(turns)
            await super().deliver(events, frame)

    async def other_work():
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    layer = InMemoryChannelLayer()
    hub, members = hub_module.Hub(layer), [Counted() for _ in range(200)]
    for member in members:
        await hub.join(ROOM, member)
    working = asyncio.create_task(other_work())
    await _publish(layer, 1)
    for member in members:
        assert await member.next_frame() == [1]
    working.cancel()
    # The loop came back between the first member's write and the last one's.
    assert seen_at[-1] - seen_at[0] >= len(members) // hub_module.FLUSH_EVERY - 1
    for member in members:
        await hub.leave(ROOM, member)
