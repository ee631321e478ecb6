"""The database backend's behaviour tests (`tests/search/test_catalogue.py`), collected again
here and run on a real Elasticsearch cluster: the same catalogue and searches must give the
same answers."""

import pytest

from search import backends
from tests.search.test_catalogue import *  # noqa: F403 - the same tests, on Elasticsearch

from . import cluster

cluster.skip_without_cluster()


@pytest.fixture(autouse=True)
def elasticsearch(monkeypatch):
    """Every caller of `get_backend()` gets a backend on the cluster, with indices of its own:
    the database rolls back after each test, and these are dropped."""
    backend = cluster.backend()
    monkeypatch.setattr(backends, "_backend", lambda name: backend)
    yield backend
    cluster.drop(backend)
