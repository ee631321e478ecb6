import pytest

from .academy import make_academy


@pytest.fixture
def academy(db):
    return make_academy()
