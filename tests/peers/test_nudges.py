"""A curator asks a peer teacher to fill a gap: told in the bell and by email, once a week."""

import pytest
from django.core import mail

from academy.notifications.models import Notification
from academy.peers.roles import Role
from academy.peers.services.nudges import NudgeError, nudge_teacher
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(db):
    people = {
        "curator": UserFactory(username="carla", roles=[Role.CURATOR]),
        "teacher": UserFactory(username="tomas", roles=[(Role.PEER_TEACHER, "facilitation")]),
        "learner": UserFactory(username="lena", roles=[Role.LEARNER]),
    }
    Notification.objects.all().delete()  # roles granted above: the bells start empty
    mail.outbox.clear()
    return people


def test_a_nudged_teacher_is_told_what_gap_they_could_fill(
    people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        nudge_teacher(
            curator=people["curator"],
            teacher=people["teacher"],
            gap="A session on <b>sociocracy</b>: 12 learners asked",
            url="/search/requests/",
        )

    notification = Notification.objects.get(recipient=people["teacher"])
    assert (
        notification.text
        == "carla asks whether you could help with: A session on sociocracy: 12 learners asked"
    )
    assert [message.to for message in mail.outbox] == [["tomas@example.org"]]
    assert "sociocracy" in mail.outbox[0].body and "<b>" not in mail.outbox[0].body


def test_a_teacher_is_nudged_at_most_once_a_week(people):
    nudge_teacher(curator=people["curator"], teacher=people["teacher"], gap="Retros", url="/")

    with pytest.raises(NudgeError, match="less than a week ago"):
        nudge_teacher(curator=people["curator"], teacher=people["teacher"], gap="Wikis", url="/")
    assert Notification.objects.filter(recipient=people["teacher"]).count() == 1


@pytest.mark.parametrize(
    ("curator", "teacher", "gap", "error"),
    [
        ("teacher", "teacher", "Retros", "Only curators"),
        ("curator", "learner", "Retros", "does not teach yet"),
        ("curator", "teacher", "   ", "Say which gap"),
        ("curator", "teacher", "x" * 201, "200 characters"),
    ],
)
def test_a_nudge_that_cannot_be_sent_says_why(people, curator, teacher, gap, error):
    with pytest.raises(NudgeError, match=error):
        nudge_teacher(curator=people[curator], teacher=people[teacher], gap=gap, url="/")
    assert not Notification.objects.exists()
