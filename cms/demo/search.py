"""Search in the demo: curators' synonyms and a promotion, what learners searched for and did
not find, requests they made, and an index built from everything before."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from academy.courses.models import CoursePage, Topic
from search import indexing, services
from search.models import ContentRequest, QueryCount, Synonym

from .members import member

SYNONYMS = [
    ("KM", "knowledge management\nWissensmanagement"),
    ("retro", "retrospective"),
    ("AAR", "after-action review"),
    ("WOL", "working out loud"),
]
# (query, course slug, description)
PROMOTIONS = [
    (
        "retrospective",
        "running-your-first-retrospective",
        "New to retrospectives? Start here: one hour, five phases, one change.",
    ),
]
# (query, topic slug, members who asked)
REQUESTS = [
    ("retrospectives for large groups", "retrospectives", ["learner", "newcomer1", "newcomer2"]),
    ("onboarding with a wiki", "knowledge-management", ["newcomer3", "ana"]),
    ("storytelling for budget talks", "storytelling", ["jonas"]),
    ("sociocracy", "decision-making", ["newcomer4", "newcomer5", "learner", "priya"]),
]
# (query, searches, of which found nothing)
SEARCHES = [
    ("retrospective", 14, 0),
    ("knowledge base", 9, 0),
    ("sociocracy", 6, 6),
    ("retrospectives for large groups", 4, 4),
    ("working out loud", 5, 0),
    ("okr", 3, 3),
]


def ensure_synonyms() -> None:
    for term, alternatives in SYNONYMS:
        Synonym.objects.update_or_create(term=term, defaults={"alternatives": alternatives})


def ensure_promotions() -> None:
    for text, slug, description in PROMOTIONS:
        course = CoursePage.objects.get(slug=slug)
        SearchPromotion.objects.update_or_create(
            query=Query.get(text), page=course, defaults={"description": description}
        )


def ensure_search_history() -> None:
    if QueryCount.objects.exists():
        return
    for text, searches, zero in SEARCHES:
        for number in range(searches):
            services.record_search(text=text, total=0 if number < zero else 5)


def ensure_content_requests() -> None:
    if ContentRequest.objects.exists():
        return
    for text, topic_slug, usernames in REQUESTS:
        topic = Topic.objects.get(slug=topic_slug) if topic_slug else None
        for username in usernames:
            services.ask_for_content(user=member(username), text=text, topic=topic)


def ensure_index() -> None:
    indexing.rebuild(progress=lambda count: None)


STEPS = [
    ("search synonyms", ensure_synonyms),
    ("search promotions", ensure_promotions),
    ("search history", ensure_search_history),
    ("content requests", ensure_content_requests),
    ("search index", ensure_index),
]
