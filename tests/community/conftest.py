import pytest

from academy.notifications.models import Notification
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course, make_lesson


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit (reputation, notifications) when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def scene(db):
    """A peer teacher's course with a lesson, a learner who already posted, a newcomer,
    a trusted contributor, a moderator."""
    teacher = UserFactory(username="tara", roles=[(Role.PEER_TEACHER, "facilitation")])
    course = make_course("Running retrospectives", owner=teacher)
    scene = {
        "teacher": teacher,
        "course": course,
        "lesson": make_lesson(course, "Why look back"),
        "learner": UserFactory(username="lena", roles=[Role.LEARNER]),
        "newcomer": UserFactory(username="nico"),
        "contributor": UserFactory(username="cora", roles=[Role.LEARNER, Role.CONTRIBUTOR]),
        "moderator": UserFactory(username="marek", roles=[Role.MODERATOR]),
    }
    Notification.objects.all().delete()  # roles granted above: the bells start empty
    return scene
