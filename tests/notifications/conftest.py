import re

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


# Anything a mail client could turn into a link: a scheme, or a protocol-relative address.
LINK = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)\S+")
OFF_SITE = [
    "https://evil.example.org/learning/threads/7/",
    "//evil.example.org/path",
    "javascript:alert(1)",
    "/\\evil.example.org",
    "/\t/evil.example.org",
    "http://127.0.0.1:8000//evil.example.org/",
]


@pytest.fixture(params=OFF_SITE)
def off_site_url(request) -> str:
    """A link a producer should never have built: another host, a script, a trick."""
    return request.param


@pytest.fixture
def links_off_the_site(settings):
    """The links in an email's body (and headers) that do not lead to a page of this site."""
    site = settings.WAGTAILADMIN_BASE_URL + "/"

    def find(email) -> list[str]:
        text = "\n".join([email.body, *email.extra_headers.values()])
        found = [link.strip("<>") for link in LINK.findall(text)]
        return [link for link in found if not link.startswith(site)]

    return find
