"""What the room's most frequent frames cost the database: every member sends a heartbeat
every 20 seconds and every message is stored before anyone sees it, so at hundreds of
members these queries are the room's pace (bench/README.md, "live")."""

from django.db import connection

from academy.live.protocol import parse
from academy.live.services import room

from .room_client import make_room, seconds_present, seen_ago


def test_a_chat_message_is_checked_once_and_stored_in_thirteen_queries(
    db, django_assert_num_queries
):
    lively = make_room()
    room.enter(session=lively.session, user=lively.ada)
    message = parse('{"type": "chat.send", "text": "Hello"}')
    room.perform(session_id=lively.session.pk, user=lively.ada, frame=message)
    # The member and the session with its topic and co-hosts (3); in one transaction (2),
    # the room numbered and read (2), then under its lock removal, seat and suspension,
    # asked once, and none of the member's roles, as the seat answers (3), mute (1), the
    # message and its event (2).
    with django_assert_num_queries(13):
        room.perform(session_id=lively.session.pk, user=lively.ada, frame=message)


def test_a_heartbeat_takes_two_queries_and_no_lock(db, django_assert_num_queries):
    lively = make_room()
    room.enter(session=lively.session, user=lively.ada)
    seen_ago(lively.session, lively.ada, 20)
    with django_assert_num_queries(2):
        room.heartbeat(session=lively.session, user=lively.ada)
    assert 20 <= seconds_present(lively.session, lively.ada) < 25


def test_two_tabs_beating_at_the_same_moment_count_the_time_once(db):
    lively = make_room()
    for _tab in range(2):
        room.enter(session=lively.session, user=lively.ada)
    seen_ago(lively.session, lively.ada, 20)
    before = seconds_present(lively.session, lively.ada)
    crossed = []

    def second_tab_beats_in_between(execute, sql, params, many, context):
        # The second tab's whole heartbeat lands between the first one's read and write.
        if not crossed and sql.startswith('UPDATE "live_participant"'):
            crossed.append(sql)
            room.heartbeat(session=lively.session, user=lively.ada)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(second_tab_beats_in_between):
        room.heartbeat(session=lively.session, user=lively.ada)
    assert crossed
    assert 20 <= seconds_present(lively.session, lively.ada) - before < 25
