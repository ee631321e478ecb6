import pytest
from django.test import Client

from academy.experiments import services
from academy.peers.roles import Role
from tests.factories import UserFactory, make_course

# What a browser sends; requests without a user agent are taken for programs and not counted.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0"


def visitor(**headers) -> Client:
    """A new browser: no cookie yet."""
    return Client(HTTP_USER_AGENT=BROWSER, **headers)


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run what waits for the commit as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def curator(db):
    return UserFactory(username="cora", roles=[Role.CURATOR])


@pytest.fixture
def courses(home_page):
    """Two featured courses (the control) and three others for B, all published."""
    made = {
        "featured_1": make_course("Running retrospectives", featured=True, featured_order=1),
        "featured_2": make_course("Facilitation basics", featured=True, featured_order=2),
        "b_1": make_course("Storytelling for teams"),
        "b_2": make_course("Working out loud"),
        "b_3": make_course("Check-ins that work"),
    }
    return made


@pytest.fixture
def draft(courses, curator):
    return services.create_experiment(
        user=curator,
        name="Beginners first",
        hypothesis="Courses for beginners first make more visitors enrol.",
        b_heading="Start here",
        b_courses=[courses["b_2"], courses["b_1"]],
    )


@pytest.fixture
def running(draft, commit):
    with commit():
        return services.start_experiment(experiment=draft)
