import copy
import uuid

import pytest
from django.utils import translation
from wagtail.models import Site

from cms.models import HomePage
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def isolated_cache(settings):
    """A fresh cache namespace per test, so rate limits and cached pages never leak between
    tests, nor between runs sharing one Redis."""
    caches = copy.deepcopy(settings.CACHES)
    caches["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    settings.CACHES = caches


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in the default language: a request in another language activates it
    for the whole thread, which would change the URLs later tests build."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def site(db) -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def member(db):
    return UserFactory(username="lena", email="lena@example.org")
