"""The curator console's figures in the demo: thirty days of visits, counted the way the
site counts them (a random number stands for each day's visitor, as the daily salted digest
does), then the nightly rollup, so the console opens on a funnel and trends."""

import random
from datetime import timedelta

from django.utils import timezone

from academy.courses.models import CatalogueIndexPage, CoursePage, LessonPage
from academy.insights.models import PageVisit, VisitorMark
from academy.insights.services.rollup import rollup_insights
from academy.live.models import LiveSessionPage
from cms.models import HomePage

DAYS = 30
# The same figures on every machine.
SEED = 2026


def _pages() -> list[tuple[int, int]]:
    """(page id, weight): the home page and the catalogue are visited most, then courses."""
    weighted = [(page.pk, 12) for page in HomePage.objects.all()]
    weighted += [(page.pk, 6) for page in CatalogueIndexPage.objects.live()]
    weighted += [(page.pk, 4) for page in CoursePage.objects.live()]
    weighted += [(page.pk, 2) for page in LessonPage.objects.live()]
    weighted += [(page.pk, 2) for page in LiveSessionPage.objects.live()]
    return weighted


def ensure_visits() -> None:
    if PageVisit.objects.exists():
        return
    rng = random.Random(SEED)
    pages = _pages()
    ids, weights = [page_id for page_id, _weight in pages], [w for _id, w in pages]
    today = timezone.localdate()
    views, marks = {}, set()
    for offset in range(DAYS, 0, -1):
        day = today - timedelta(days=offset)
        # Slowly more visitors, fewer at weekends.
        visitors = 8 + (DAYS - offset) // 2 + rng.randint(0, 6)
        if day.weekday() >= 5:
            visitors //= 2
        for _visitor in range(visitors):
            visitor = rng.getrandbits(62)
            for page_id in rng.choices(ids, weights, k=rng.randint(1, 4)):
                views[(day, page_id)] = views.get((day, page_id), 0) + 1
                marks.add((day, page_id, visitor))
    PageVisit.objects.bulk_create(
        PageVisit(day=day, page_id=page_id, views=count) for (day, page_id), count in views.items()
    )
    VisitorMark.objects.bulk_create(
        VisitorMark(day=day, page_id=page_id, visitor=visitor) for day, page_id, visitor in marks
    )


def ensure_rollup() -> None:
    rollup_insights()


STEPS = [
    ("visits", ensure_visits),
    ("console figures", ensure_rollup),
]
