import pytest

from tests.factories import UserFactory


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what follows a commit (the emails) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def mei(db):
    """Another member, who does things that `member` (lena) hears about."""
    return UserFactory(username="mei", email="mei@example.org")
