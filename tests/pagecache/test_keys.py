"""One cache entry per address, language and, when a request names one, version of the page."""

import hashlib

from academy.pagecache.cache import VARIANT, page_key


def test_a_request_without_a_version_keeps_the_key_it_always_had(rf):
    expected = hashlib.sha256(b"en http://testserver/courses/?level=beginner").hexdigest()
    assert page_key(rf.get("/courses/?level=beginner")) == f"pagecache:page:{expected}"
    empty = rf.get("/courses/?level=beginner")
    setattr(empty, VARIANT, "")
    assert page_key(empty) == f"pagecache:page:{expected}"


def test_each_version_of_a_page_has_a_key_of_its_own(rf):
    keys = set()
    for variant in ("", "experiment-7-B", "experiment-8-B"):
        request = rf.get("/")
        setattr(request, VARIANT, variant)
        keys.add(page_key(request))
    assert len(keys) == 3
