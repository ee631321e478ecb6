"""Build the demo academy idempotently: running it again changes nothing.

Domain writes (profiles, roles) go through the apps' services. Seed data with no domain
operation of its own (topics, site pages, settings) is written here directly, and pages
that already exist are left as editors may have changed them.
"""

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Site

from academy.courses.models import Topic
from academy.peers import services as peer_services
from cms.models import HomePage, SiteSettings, StandardPage

from . import community, content, courses, discussions, insights, ladder, live, search
from .members import ensure_member


def ensure_people() -> None:
    for username, name, email, roles, is_superuser, bio in content.PEOPLE:
        user = ensure_member(
            username=username,
            name=name,
            email=email,
            bio=bio,
            is_superuser=is_superuser,
            is_staff=is_superuser,
            is_active=True,
        )
        for role in roles:
            peer_services.grant_role(user=user, role=role)


def ensure_founding_roles() -> None:
    curator = get_user_model().objects.get(username="curator")
    for username, role, topic_slug in content.FOUNDING_ROLES:
        peer_services.grant_role(
            user=get_user_model().objects.get(username=username),
            role=role,
            topic=Topic.objects.get(slug=topic_slug),
            by=curator,
            note="Founding teacher of the academy.",
        )


def ensure_topics() -> None:
    for slug, name, description, parent_slug in content.TOPICS:
        parent = Topic.objects.get(slug=parent_slug) if parent_slug else None
        Topic.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "parent": parent}
        )


def ensure_site_settings() -> None:
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(site=site, defaults=content.SITE_SETTINGS)


def ensure_home_content() -> HomePage:
    home = HomePage.objects.get()
    if home.live_revision_id is None:
        # Still the page the migration created: fill it in and publish it once.
        for field, value in content.HOME.items():
            setattr(home, field, value)
        home.title = "Peer Academy"
        home.save_revision(user=_admin()).publish()
    return home


def ensure_site_pages() -> None:
    home = HomePage.objects.get()
    for slug, title, intro, body in content.PAGES:
        if home.get_children().filter(slug=slug).exists():
            continue
        page = StandardPage(
            title=title, slug=slug, intro=intro, body=body, show_in_menus=True, owner=_admin()
        )
        home.add_child(instance=page)
        page.save_revision(user=_admin()).publish()


def _admin():
    return get_user_model().objects.get(username="admin")


STEPS: list[tuple[str, Callable[[], object]]] = [
    ("people", ensure_people),
    ("topics", ensure_topics),
    ("founding teachers", ensure_founding_roles),
    ("site settings", ensure_site_settings),
    ("home page", ensure_home_content),
    ("site pages", ensure_site_pages),
    *courses.CATALOGUE_STEPS,
    *ladder.HISTORY_STEPS,
    *courses.LEARNING_STEPS,
    *community.STEPS,
    *discussions.STEPS,
    *live.STEPS,
    *ladder.REVIEW_STEPS,
    *search.STEPS,
    *insights.STEPS,
]


def run_step(step: Callable[[], object]) -> None:
    with transaction.atomic():
        step()
