"""The curator console's reads: what the dashboard asks of the insights aggregates, with
100,000 members and 1,000,000 events, next to the raw counts a console without aggregates
would run (decision 53). The goal: every read of the dashboard together under 300 ms on
PostgreSQL.

The academy is generated, not clicked together: members and events go straight into their
tables with bulk inserts, their times spread over the past year (visits over the last 30
days, as visitor marks the rollup has to count and close). Courses, lessons and live
sessions are real Wagtail pages. Then the nightly rollup runs (timed, twice: the second run
finds nothing to change), and each dashboard read is timed.
"""

import contextlib
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta

from . import harness

# `BENCH_INSIGHTS_MEMBERS=5000 make bench BENCH=insights` for a quick run: events are ten
# per member, whatever the size.
MEMBERS = int(os.environ.get("BENCH_INSIGHTS_MEMBERS", "100000"))
# `BENCH_INSIGHTS_DATABASES=postgresql` runs on PostgreSQL only.
DATABASES = os.environ.get("BENCH_INSIGHTS_DATABASES", "sqlite,postgresql").split(",")
EVENTS_PER_MEMBER = 10
ROUNDS = 20
GOAL_MS = 300.0
PERIOD_DAYS = 30
SEED = 7
BATCH = 5000
TOPICS = {
    "Facilitation": ("Retrospectives", "Workshops"),
    "Knowledge management": ("Wikis", "Communities of practice"),
    "Storytelling": ("Presenting",),
    "Coaching": ("Feedback",),
    "Remote work": (),
    "Decision making": (),
}
COURSES = 200
LESSONS_PER_COURSE = 5
SESSIONS = 300
TEACHERS = 150
# Per member, on average (together EVENTS_PER_MEMBER): what each table gets.
SHARES = {
    "enrolments": 2.5,
    "lesson completions": 3.4,
    "attendances": 0.8,
    "kudos": 0.5,
    "lesson ratings": 0.5,
    "questions": 0.2,
    "session feedback": 0.2,
    "discussion posts": 0.4,
    "visits": 1.5,
}


class Generator:
    """The generated academy, the same every run."""

    def __init__(self, members: int, seed: int = SEED):
        self.random = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
        self.members = members
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.written: dict[str, int] = {}

    def moment_after(self, start: datetime) -> datetime:
        """A time between `start` and now, more often early than late."""
        span = (self.now - start).total_seconds()
        return start + timedelta(seconds=span * self.random.random() ** 2)

    def count(self, name: str) -> int:
        return round(SHARES[name] * self.members)


@contextlib.contextmanager
def _own_times(*fields):
    """Let bulk inserts keep the generated times of `auto_now_add` fields."""
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def _insert(model, rows, label: str, total: int, generator: Generator) -> None:
    from tqdm import tqdm

    written = 0
    with tqdm(total=total, desc=label, unit=" rows", leave=False) as bar:
        batch = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                model.objects.bulk_create(batch)
                written += len(batch)
                bar.update(len(batch))
                batch = []
        if batch:
            model.objects.bulk_create(batch)
            written += len(batch)
            bar.update(len(batch))
    generator.written[label] = generator.written.get(label, 0) + written


def _pages(generator: Generator, teachers: list) -> dict:
    """Topics, courses with their lessons, and live sessions, as Wagtail pages."""
    from django.conf import settings
    from django.db import transaction
    from django.test import override_settings
    from django.utils.text import slugify
    from tqdm import tqdm

    from academy.courses.models import CatalogueIndexPage, CoursePage, LessonPage, Topic
    from academy.live.models import LiveSessionPage, SessionsIndexPage
    from cms.models import HomePage

    pick = generator.random
    topics = []
    for root, children in TOPICS.items():
        parent = Topic.objects.create(name=root, slug=slugify(root))
        topics.append(parent)
        topics += [
            Topic.objects.create(name=child, slug=slugify(child), parent=parent)
            for child in children
        ]
    home = HomePage.objects.get()
    catalogue = CatalogueIndexPage.objects.first() or home.add_child(
        instance=CatalogueIndexPage(title="Courses", slug="courses")
    )
    index = SessionsIndexPage.objects.first() or home.add_child(
        instance=SessionsIndexPage(title="Live sessions", slug="sessions")
    )
    body = [{"type": "paragraph", "value": "<p>Try this with your team.</p>"}]
    courses, lessons, sessions = [], [], []
    total = COURSES * (1 + LESSONS_PER_COURSE) + SESSIONS
    # Nothing here is searched: Wagtail's search index is left out (on PostgreSQL it updates
    # every entry of the index with each page).
    unindexed = {
        name: {**backend, "AUTO_UPDATE": False}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with (
        override_settings(WAGTAILSEARCH_BACKENDS=unindexed),
        transaction.atomic(),
        tqdm(total=total, desc="pages", unit=" pages", leave=False) as bar,
    ):
        for number in range(COURSES):
            published = generator.now - timedelta(days=pick.randint(0, 720))
            course = catalogue.add_child(
                instance=CoursePage(
                    title=f"Course {number}",
                    slug=f"course-{number}",
                    summary="A generated course.",
                    topic=pick.choice(topics),
                    owner=pick.choice(teachers),
                    live=pick.random() < 0.9,
                    first_published_at=published,
                )
            )
            courses.append(course)
            lessons += [
                course.add_child(
                    instance=LessonPage(
                        title=f"Lesson {number}.{step}",
                        slug=f"lesson-{step}",
                        body=body,
                        owner=course.owner,
                        first_published_at=published,
                    )
                )
                for step in range(LESSONS_PER_COURSE)
            ]
            bar.update(1 + LESSONS_PER_COURSE)
        for number in range(SESSIONS):
            starts = generator.now + timedelta(hours=pick.randint(-24 * 360, 24 * 30))
            course = pick.choice(courses) if pick.random() < 0.5 else None
            sessions.append(
                index.add_child(
                    instance=LiveSessionPage(
                        title=f"Session {number}",
                        slug=f"session-{number}",
                        description="A generated session.",
                        host=pick.choice(teachers),
                        topic=course.topic if course else pick.choice(topics),
                        course=course,
                        starts_at=starts,
                        ends_at=starts + timedelta(hours=1),
                        meeting_url="https://meet.example.org/session",
                        first_published_at=starts - timedelta(days=14),
                    )
                )
            )
            bar.update(1)
    for course in courses:
        if pick.random() < 0.3:
            course.co_authors.add(pick.choice(teachers))
    return {
        "topics": topics,
        "courses": courses,
        "lessons": lessons,
        "sessions": sessions,
        "past_sessions": [s for s in sessions if s.ends_at <= generator.now],
    }


def _members(generator: Generator) -> list[tuple[int, datetime]]:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    pick = generator.random
    rows = (
        User(
            username=f"member{number}",
            email=f"member{number}@example.org",
            password="!",  # noqa: S106 (no usable password: hashing 100,000 takes minutes)
            date_joined=generator.now - timedelta(seconds=pick.randint(0, 365 * 86400)),
        )
        for number in range(generator.members)
    )
    _insert(User, rows, "members", generator.members, generator)
    return list(User.objects.order_by("pk").values_list("pk", "date_joined"))


def _events(generator: Generator, members: list, pages: dict) -> None:
    """Enrolments with the lessons done in them, attendances with questions and feedback,
    kudos and ratings on done lessons, discussions, and visits."""
    from academy.community.models import Post, Thread
    from academy.courses.models import (
        Enrolment,
        Kudos,
        LessonCompletion,
        LessonFeedback,
    )
    from academy.live.models import Participant, Question, SessionFeedback

    pick = generator.random
    live = [course for course in pages["courses"] if course.live]
    lessons_of = {course.pk: [] for course in pages["courses"]}
    for lesson in pages["lessons"]:
        lessons_of[lesson.get_parent().pk].append(lesson)
    joined = dict(members)
    member_ids = [pk for pk, _joined in members]

    enrolled = set()
    while len(enrolled) < generator.count("enrolments"):
        user_id = pick.choice(member_ids)
        enrolled.add((user_id, pick.choice(live).pk))
    enrolments = sorted(enrolled)
    done = []
    share = generator.count("lesson completions") / len(enrolments)
    enrolment_rows = []
    for user_id, course_id in enrolments:
        at = generator.moment_after(joined[user_id])
        lessons = lessons_of[course_id]
        finished = min(len(lessons), round(pick.expovariate(1 / share)))
        done += [(user_id, lesson, course_id, at) for lesson in lessons[:finished]]
        complete = generator.moment_after(at) if finished == len(lessons) else None
        enrolment_rows.append(
            Enrolment(
                user_id=user_id,
                course_id=course_id,
                enrolled_at=at,
                last_activity_at=at,
                completed_at=complete,
            )
        )
    with _own_times(
        Enrolment._meta.get_field("enrolled_at"),
        Enrolment._meta.get_field("last_activity_at"),
        LessonCompletion._meta.get_field("completed_at"),
        Kudos._meta.get_field("created_at"),
        LessonFeedback._meta.get_field("created_at"),
        Question._meta.get_field("created_at"),
        SessionFeedback._meta.get_field("created_at"),
    ):
        _insert(Enrolment, iter(enrolment_rows), "enrolments", len(enrolment_rows), generator)
        _insert(
            LessonCompletion,
            (
                LessonCompletion(user_id=u, lesson_id=lesson.pk, course_id=c, completed_at=at)
                for u, lesson, c, at in done
            ),
            "lesson completions",
            len(done),
            generator,
        )
        rated = pick.sample(done, min(len(done), generator.count("kudos")))
        _insert(
            Kudos,
            (Kudos(user_id=u, lesson_id=lesson.pk, created_at=at) for u, lesson, _c, at in rated),
            "kudos",
            len(rated),
            generator,
        )
        rated = pick.sample(done, min(len(done), generator.count("lesson ratings")))
        _insert(
            LessonFeedback,
            (
                LessonFeedback(
                    user_id=u, lesson_id=lesson.pk, rating=pick.randint(2, 5), created_at=at
                )
                for u, lesson, _c, at in rated
            ),
            "lesson ratings",
            len(rated),
            generator,
        )
        attended = set()
        while len(attended) < generator.count("attendances"):
            attended.add((pick.choice(member_ids), pick.choice(pages["past_sessions"])))
        attended = [
            (user_id, session) for user_id, session in attended if user_id != session.host_id
        ]
        _insert(
            Participant,
            (
                Participant(
                    session=session,
                    user_id=user_id,
                    first_seen_at=session.starts_at,
                    last_seen_at=session.ends_at,
                    seconds_present=3000,
                )
                for user_id, session in sorted(attended, key=lambda pair: (pair[0], pair[1].pk))
            ),
            "attendances",
            len(attended),
            generator,
        )
        asked = pick.sample(attended, min(len(attended), generator.count("questions")))
        _insert(
            Question,
            (
                Question(session=s, author_id=u, text="How?", created_at=s.starts_at)
                for u, s in asked
            ),
            "questions",
            len(asked),
            generator,
        )
        rated = pick.sample(attended, min(len(attended), generator.count("session feedback")))
        _insert(
            SessionFeedback,
            (
                SessionFeedback(
                    session=s,
                    user_id=u,
                    score=pick.randint(2, 5),
                    will_try="Try it",
                    created_at=s.ends_at,
                )
                for u, s in rated
            ),
            "session feedback",
            len(rated),
            generator,
        )
    discussed = pages["courses"] + pages["lessons"]
    threads = []
    for _ in range(generator.count("discussion posts") // 4):
        author = pick.choice(member_ids)
        threads.append(
            Thread(
                page=pick.choice(discussed),
                author_id=author,
                title="A question",
                created_at=generator.moment_after(joined[author]),
            )
        )
    _insert(Thread, iter(threads), "discussion threads", len(threads), generator)
    saved = list(Thread.objects.values_list("pk", "created_at"))
    posts = (
        Post(
            thread_id=thread_id,
            author_id=pick.choice(member_ids),
            body="An answer",
            body_html="<p>An answer</p>",
            state=Post.State.VISIBLE if pick.random() < 0.95 else Post.State.REMOVED,
            created_at=generator.moment_after(created),
        )
        for _ in range(4)
        for thread_id, created in saved
    )
    _insert(Post, posts, "discussion posts", 4 * len(saved), generator)
    _visits(generator, pages)


def _visits(generator: Generator, pages: dict) -> None:
    """Visitor marks and view counts over the last PERIOD_DAYS days, as the counting would
    have written them: the rollup counts and closes each day."""
    from collections import Counter

    from academy.insights.models import PageVisit, VisitorMark
    from cms.models import HomePage

    pick = generator.random
    targets = [HomePage.objects.get(), *pages["courses"], *pages["lessons"], *pages["sessions"]]
    weights = [1 / (rank + 1) for rank in range(len(targets))]
    today = generator.now.date()
    marks, views = set(), Counter()
    while len(marks) < generator.count("visits"):
        day = today - timedelta(days=pick.randrange(PERIOD_DAYS))
        page = pick.choices(targets, weights)[0].pk
        visitor = pick.getrandbits(63)
        marks.add((day, page, visitor))
        views[day, page] += pick.randint(1, 3)
    _insert(
        VisitorMark,
        (VisitorMark(day=d, page_id=p, visitor=v) for d, p, v in sorted(marks)),
        "visits",
        len(marks),
        generator,
    )
    _insert(
        PageVisit,
        (PageVisit(day=d, page_id=p, views=n) for (d, p), n in sorted(views.items())),
        "page view counters",
        len(views),
        generator,
    )


def _analyze() -> None:
    """What autovacuum (PostgreSQL) or an operator (SQLite) would do after a bulk load."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _reads(topic) -> dict:
    """What the console's dashboard shows for the last PERIOD_DAYS days."""
    from django.utils import timezone

    from academy.insights import selectors

    end = timezone.localdate()
    period = {"start": end - timedelta(days=PERIOD_DAYS - 1), "end": end}
    return {
        "funnel, all topics": lambda: selectors.funnel(**period),
        "funnel, one topic": lambda: selectors.funnel(**period, topic=topic),
        "funnel of every topic": lambda: selectors.funnel_by_topic(**period),
        "visits per day": lambda: selectors.visits_trend(**period),
        "courses, top 20": lambda: selectors.course_figures(**period, limit=20),
        "lessons, top 20": lambda: selectors.lesson_figures(**period, limit=20),
        "teachers, top 20": lambda: selectors.teacher_figures(**period, limit=20),
    }


def _screens() -> dict:
    """The console's screens as a curator's browser gets them, through the whole Django and
    Wagtail admin stack: the funnel screen (every read above, its charts and tables), the
    health screen, and the admin home with the console's panel."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from academy.peers.roles import Role
    from academy.peers.services import grant_role

    curator = get_user_model().objects.create_user("bench-curator")
    grant_role(user=curator, role=Role.CURATOR)
    client = Client(HTTP_HOST="localhost")
    client.force_login(curator)

    def get(name: str):
        def call():
            response = client.get(reverse(name), {"period": f"{PERIOD_DAYS}d"})
            assert response.status_code == 200, (name, response.status_code)

        return call

    return {
        "funnel screen": get("console_overview"),
        "health screen": get("console_health"),
        "admin home": get("wagtailadmin_home"),
    }


def _raw_funnel():
    """The baseline: four steps of the all-topics funnel counted from the raw rows for the
    members who joined in the period, as a console without aggregates would."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from academy.courses.models import Enrolment, LessonCompletion
    from academy.insights.activity import attendances

    since = timezone.now() - timedelta(days=PERIOD_DAYS)

    def count() -> list[int]:
        joined = {"user__date_joined__gte": since}
        return [
            get_user_model().objects.filter(date_joined__gte=since).count(),
            Enrolment.objects.filter(**joined).values("user").distinct().count(),
            LessonCompletion.objects.filter(**joined).values("user").distinct().count(),
            attendances().filter(**joined).values("user").distinct().count(),
        ]

    return count


def measure(*, database: str, members: int) -> dict:
    """In a child process on a migrated, empty database (see `run`)."""
    from django.contrib.auth import get_user_model

    from academy.courses.models import Topic
    from academy.insights.services import rollup_insights

    generator = Generator(members)
    started = time.perf_counter()
    teachers = list(
        get_user_model().objects.bulk_create(
            get_user_model()(
                username=f"teacher{number}",
                password="!",  # noqa: S106 (no usable password)
                date_joined=generator.now - timedelta(days=800),
            )
            for number in range(TEACHERS)
        )
    )
    pages = _pages(generator, teachers)
    member_rows = _members(generator)
    _events(generator, member_rows, pages)
    _analyze()
    populate_s = time.perf_counter() - started

    rollup_ms = _timed(rollup_insights)
    _analyze()
    again = {}
    rerun_ms = _timed(lambda: again.update(result=rollup_insights()))

    topic = Topic.objects.get(name="Facilitation")
    reads = _reads(topic)
    raw = _raw_funnel()
    for call in (*reads.values(), raw):  # the warm-up
        call()
    timings = {name: [] for name in reads}
    totals, baseline = [], []
    for _ in range(ROUNDS):
        total = 0.0
        for name, call in reads.items():
            elapsed = _timed(call)
            timings[name].append(elapsed)
            total += elapsed
        totals.append(total)
        baseline.append(_timed(raw))
    screens = _screens()
    for call in screens.values():  # the warm-up
        call()
    screen_timings = {name: [] for name in screens}
    for _ in range(ROUNDS):
        for name, call in screens.items():
            screen_timings[name].append(_timed(call))
    aggregates = {"members", "page view counters"}
    events = sum(count for label, count in generator.written.items() if label not in aggregates)
    return {
        "database": database,
        "members": members,
        "events": events,
        "written": generator.written,
        "populate_s": populate_s,
        "rollup_s": rollup_ms / 1000,
        "rerun_s": rerun_ms / 1000,
        "rerun_rows_written": again["result"].rows_written,
        "reads_ms": {name: statistics.median(values) for name, values in timings.items()},
        "dashboard_p50_ms": statistics.median(totals),
        "dashboard_p95_ms": _p95(totals),
        "raw_funnel_ms": statistics.median(baseline),
        "screens_ms": {
            name: {"p50": statistics.median(values), "p95": _p95(values)}
            for name, values in screen_timings.items()
        },
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


# The run ----------------------------------------------------------------------------------


def _on(database: str, env: dict[str, str]) -> dict:
    env = {"DJANGO_SETTINGS_MODULE": "bench.settings", **env}
    harness.django("migrate", "--no-input", "-v", "0", env=env)
    return harness.in_django("bench.insights:measure", env=env, database=database, members=MEMBERS)


def run() -> list[dict]:
    figures = []
    if "sqlite" in DATABASES:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "insights.sqlite3")
            figures.append(_on("SQLite", {"SQLITE_PATH": path}))
    if "postgresql" in DATABASES:
        url = harness.fresh_postgres("insights")
        figures.append(_on("PostgreSQL", {"DATABASE_URL": url}))
    rows = []
    for row in figures:
        row["ratio"] = row["dashboard_p50_ms"] / row["raw_funnel_ms"]
        row["goal_met"] = row["dashboard_p95_ms"] < GOAL_MS
        row["screen_goal_met"] = row["screens_ms"]["funnel screen"]["p95"] < GOAL_MS
        rows.append(
            [
                row["database"],
                f"{row['members']:,}",
                f"{row['events']:,}",
                f"{row['rollup_s']:.1f}",
                f"{row['rerun_s']:.1f}",
                f"{row['dashboard_p50_ms']:.1f}",
                f"{row['dashboard_p95_ms']:.1f}",
                f"{row['raw_funnel_ms']:.1f}",
                f"{row['ratio']:.2f}",
                "yes" if row["goal_met"] else "no",
            ]
        )
    harness.print_table(
        f"Curator console reads ({ROUNDS} rounds; the dashboard: funnel of all topics and of "
        f"one, every topic's funnel, visits per day, top courses, lessons and teachers, over "
        f"{PERIOD_DAYS} days; raw = four funnel steps counted from the raw rows)",
        [
            "database",
            "members",
            "events",
            "rollup s",
            "again s",
            "dashboard p50 ms",
            "dashboard p95 ms",
            "raw ms",
            "ratio",
            f"p95 < {GOAL_MS:.0f} ms",
        ],
        rows,
    )
    for row in figures:
        harness.print_table(
            f"{row['database']}: each read, median ms",
            ["read", "ms"],
            [[name, f"{ms:.1f}"] for name, ms in row["reads_ms"].items()],
        )
    harness.print_table(
        f"Console screens as a curator gets them ({ROUNDS} rounds, ms; ratio = p50 over the "
        "raw funnel's median)",
        ["database", "screen", "p50 ms", "p95 ms", "ratio", f"p95 < {GOAL_MS:.0f} ms"],
        [
            [
                row["database"],
                name,
                f"{ms['p50']:.1f}",
                f"{ms['p95']:.1f}",
                f"{ms['p50'] / row['raw_funnel_ms']:.2f}",
                "yes" if ms["p95"] < GOAL_MS else "no",
            ]
            for row in figures
            for name, ms in row["screens_ms"].items()
        ],
    )
    path = harness.write_results("insights", {"rounds": ROUNDS, "runs": figures})
    print(f"written to {path.relative_to(harness.ROOT)}")
    return figures
