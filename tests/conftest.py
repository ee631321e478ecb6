import copy
import uuid

import pytest
from asgiref.sync import SyncToAsync
from django.db import connections
from django.utils import translation
from wagtail.models import Site

from cms.models import HomePage
from tests.factories import UserFactory
from tests.scratch import ScratchSite


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


@pytest.fixture(autouse=True)
def database_thread_closed():
    """Close what the shared database thread of async tests left open. Channels' test
    communicators turn its closing of old connections off while they wait for a frame
    (channels.testing), so a connection opened meanwhile outlives the test: on PostgreSQL the
    test database could not be dropped at the end of the run."""
    yield
    SyncToAsync.single_thread_executor.submit(connections.close_all).result()


@pytest.fixture
def home_page(db) -> HomePage:
    return HomePage.objects.get()


@pytest.fixture
def site(db) -> Site:
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def member(db):
    return UserFactory(username="lena", email="lena@example.org")


@pytest.fixture(scope="session")
def scratch_migrated(tmp_path_factory):
    """A freshly migrated academy of its own, driven by manage.py in subprocesses
    (tests/scratch.py). Tests change copies of it (`scratch_copy`), never this one."""
    site = ScratchSite("migrated", tmp_path_factory.mktemp("migrated")).create()
    try:
        site.manage("migrate", "--no-input")
        yield site
    finally:
        site.drop()


@pytest.fixture(scope="session")
def scratch_demo(scratch_migrated, tmp_path_factory):
    """The demo academy (`load_demo`) in a scratch site of its own."""
    site = ScratchSite("demo", tmp_path_factory.mktemp("demo")).create(like=scratch_migrated)
    try:
        site.manage("load_demo")
        yield site
    finally:
        site.drop()


@pytest.fixture
def scratch_copy(tmp_path):
    """Makes copies of scratch sites (or empty ones) for this test; dropped after it."""
    made = []

    def copy(template: ScratchSite | None = None) -> ScratchSite:
        folder = tmp_path / f"site-{len(made)}"
        folder.mkdir()
        made.append(ScratchSite("copy", folder).create(like=template))
        return made[-1]

    yield copy
    for site in made:
        site.drop()
