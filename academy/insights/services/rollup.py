"""The rollup: the daily aggregates the curator console reads (decision 53, docs/insights.md).

Run nightly by `manage.py rollup_insights`, and on demand through `rollup_insights()`. It is
idempotent: every table is brought to what the raw rows say now, row by row, so a second run
in a row changes nothing (not even an id). Four stages:

1. visits: every day that still has visitor marks is counted into `PageVisit.visitors`,
   `TopicVisit` and `CourseVisit`; a day that is over is then closed (its marks deleted,
   recorded in `ClosedDay`) and never counted again; salts of past days are deleted;
2. sign-ups: `SignupCohort`, how far the members who signed up each day have come;
3. courses: `CourseCohort`, how far each day's enrolments in each course have come, and
   `LessonDay`, each lesson's completions and ratings per day;
4. teachers: `TeacherDay`, what each teacher's courses and sessions did each day.

`since` limits stages 2 to 4 to days from then on; visits are always counted and closed for
every day that needs it, since closing is what deletes the marks.
"""

import heapq
import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import models, transaction
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from academy.courses.models import Enrolment, LessonCompletion, LessonFeedback
from academy.live.models import SessionFeedback

from .. import activity
from ..activity import MEMBER_STEPS, Scopes
from ..models import (
    ClosedDay,
    CourseCohort,
    CourseVisit,
    LessonDay,
    PageVisit,
    SignupCohort,
    TeacherDay,
    TopicVisit,
    VisitorMark,
)
from . import visits

STAGES = ("visits", "sign-ups", "courses", "teachers")
# Rows compared and written per stretch of days, so memory stays flat however long the
# academy has run.
WINDOW_DAYS = 31
CHUNK = 10_000


@dataclass
class RollupResult:
    """What a run did: days whose visits were closed, and rows created, changed or deleted
    per table (all zero when nothing changed since the last run)."""

    closed_days: list[date] = field(default_factory=list)
    written: Counter = field(default_factory=Counter)

    @property
    def rows_written(self) -> int:
        return sum(self.written.values())


def rollup_insights(
    *,
    since: date | None = None,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> RollupResult:
    """Bring every insights table up to date; `progress` is told each stage as it ends."""
    today = today or timezone.localdate()
    visits.flush_visits()
    result = RollupResult()
    scopes = activity.scopes()
    stages = (
        ("visits", lambda: _roll_visits(scopes, today=today, result=result)),
        ("sign-ups", lambda: _roll_signups(scopes, since=since, result=result)),
        ("courses", lambda: _roll_courses(scopes, since=since, result=result)),
        ("teachers", lambda: _roll_teachers(scopes, since=since, result=result)),
    )
    for name, stage in stages:
        stage()
        if progress:
            progress(name)
    return result


def _local(moment: datetime) -> date:
    return timezone.localdate(moment)


def _start_of(day: date | None) -> datetime | None:
    return None if day is None else timezone.make_aware(datetime.combine(day, time.min))


# Writing rows ----------------------------------------------------------------------------


def _sync(
    model: type[models.Model],
    *,
    key: tuple[str, ...],
    fields: tuple[str, ...],
    rows: dict[tuple, tuple],
    scope: Q,
) -> int:
    """Make the rows of `model` within `scope` exactly `rows` (key values → field values):
    add the missing, change the different, delete the rest, and leave equal rows alone."""
    existing = {}
    values = model.objects.filter(scope).values_list("pk", *key, *fields)
    for pk, *columns in values.iterator(chunk_size=CHUNK):
        existing[tuple(columns[: len(key)])] = (pk, tuple(columns[len(key) :]))
    created, changed = [], []
    for row_key, row in rows.items():
        found = existing.pop(row_key, None)
        if found is None:
            created.append(
                model(**dict(zip(key, row_key, strict=True)), **dict(zip(fields, row, strict=True)))
            )
        elif found[1] != row:
            changed.append(model(pk=found[0], **dict(zip(fields, row, strict=True))))
    gone = [pk for pk, _row in existing.values()]
    with transaction.atomic():
        model.objects.bulk_create(created, batch_size=1000)
        model.objects.bulk_update(changed, fields, batch_size=500)
        for start in range(0, len(gone), 500):
            model.objects.filter(pk__in=gone[start : start + 500]).delete()
    return len(created) + len(changed) + len(gone)


def _sync_days(
    model: type[models.Model],
    *,
    key: tuple[str, ...],
    fields: tuple[str, ...],
    rows: dict[tuple, tuple],
    since: date | None,
) -> int:
    """`_sync` over every day from `since` (or the first day either side has) on, a window
    of days at a time; the first column of each key is its day."""
    by_day: dict[date, dict[tuple, tuple]] = defaultdict(dict)
    for row_key, row in rows.items():
        by_day[row_key[0]][row_key] = row
    kept = model.objects.filter(day__gte=since) if since else model.objects.all()
    bounds = kept.aggregate(first=Min("day"), last=Max("day"))
    days = [day for day in (*by_day, bounds["first"], bounds["last"]) if day is not None]
    if not days:
        return 0
    first, last = since or min(days), max(days)
    written = 0
    while first <= last:
        end = first + timedelta(days=WINDOW_DAYS)
        window = {
            row_key: row
            for day in _days(first, min(end, last + timedelta(days=1)))
            for row_key, row in by_day.get(day, {}).items()
        }
        written += _sync(
            model, key=key, fields=fields, rows=window, scope=Q(day__gte=first, day__lt=end)
        )
        first = end
    return written


def _days(first: date, end: date) -> Iterable[date]:
    day = first
    while day < end:
        yield day
        day += timedelta(days=1)


# 1. Visits -------------------------------------------------------------------------------


def _roll_visits(scopes: Scopes, *, today: date, result: RollupResult) -> None:
    visits.forget_salts_before(today)
    closed = ClosedDay.objects.filter(day=OuterRef("day"))
    # Marks of a closed day come from a batch written after it was closed: they can no
    # longer be counted, so they go.
    VisitorMark.objects.filter(Exists(closed)).delete()
    latest = ClosedDay.objects.aggregate(latest=Max("day"))["latest"]
    viewed = PageVisit.objects.all() if latest is None else PageVisit.objects.filter(day__gt=latest)
    days = set(VisitorMark.objects.values_list("day", flat=True).distinct())
    days |= set(viewed.exclude(Exists(closed)).values_list("day", flat=True).distinct())
    for day in sorted(days):
        _count_day(scopes, day=day, result=result)
        if day < today:
            with transaction.atomic():
                VisitorMark.objects.filter(day=day).delete()
                ClosedDay.objects.create(day=day, closed_at=timezone.now())
            result.closed_days.append(day)


def _count_day(scopes: Scopes, *, day: date, result: RollupResult) -> None:
    """The day's distinct visitors per page, per topic (and the whole site) and per course,
    from its marks; views from the pages' counters."""
    page_visitors: Counter = Counter()
    topic_visitors: dict[int | None, set[int]] = defaultdict(set)
    course_visitors: dict[int, set[int]] = defaultdict(set)
    marks = VisitorMark.objects.filter(day=day).values_list("page_id", "visitor")
    for page_id, visitor in marks.iterator(chunk_size=CHUNK):
        page_visitors[page_id] += 1
        topic_visitors[None].add(visitor)
        for topic_id in scopes.page_topics(page_id):
            topic_visitors[topic_id].add(visitor)
        course_id = scopes.page_course(page_id)
        if course_id is not None:
            course_visitors[course_id].add(visitor)

    topic_views: Counter = Counter()
    course_views: Counter = Counter()
    changed = []
    for pk, page_id, views, visitors in PageVisit.objects.filter(day=day).values_list(
        "pk", "page_id", "views", "visitors"
    ):
        topic_views[None] += views
        for topic_id in scopes.page_topics(page_id):
            topic_views[topic_id] += views
        course_id = scopes.page_course(page_id)
        if course_id is not None:
            course_views[course_id] += views
        if visitors != page_visitors[page_id]:
            changed.append(PageVisit(pk=pk, visitors=page_visitors[page_id]))

    with transaction.atomic():
        PageVisit.objects.bulk_update(changed, ["visitors"], batch_size=500)
        result.written["page visits"] += len(changed)
        result.written["topic visits"] += _sync(
            TopicVisit,
            key=("day", "topic_id"),
            fields=("views", "visitors"),
            rows={
                (day, topic_id): (topic_views[topic_id], len(topic_visitors[topic_id]))
                for topic_id in topic_views.keys() | topic_visitors.keys()
            },
            scope=Q(day=day),
        )
        result.written["course visits"] += _sync(
            CourseVisit,
            key=("day", "course_id"),
            fields=("views", "visitors"),
            rows={
                (day, course_id): (course_views[course_id], len(course_visitors[course_id]))
                for course_id in course_views.keys() | course_visitors.keys()
            },
            scope=Q(day=day),
        )


# 2. Sign-up cohorts ----------------------------------------------------------------------

SIGNUP_FIELDS = (
    "signed_up",
    *MEMBER_STEPS,
    *(f"reached_{step}" for step in MEMBER_STEPS),
)


def _roll_signups(scopes: Scopes, *, since: date | None, result: RollupResult) -> None:
    joined_since = _start_of(since)
    reached = activity.member_steps(scopes, joined_since=joined_since)
    counts: dict[tuple[date, int | None], list[int]] = defaultdict(lambda: [0] * len(SIGNUP_FIELDS))
    for user_id, joined in activity.members(joined_since=joined_since):
        day = _local(joined)
        steps = [reached[step].get(user_id) for step in MEMBER_STEPS]
        _count_member(counts[day, None], [topics is not None for topics in steps])
        for topic_id in set().union(*(topics for topics in steps if topics)):
            _count_member(
                counts[day, topic_id],
                [topics is not None and topic_id in topics for topics in steps],
            )
    result.written["sign-up cohorts"] += _sync_days(
        SignupCohort,
        key=("day", "topic_id"),
        fields=SIGNUP_FIELDS,
        rows={row_key: tuple(row) for row_key, row in counts.items()},
        since=since,
    )


def _count_member(row: list[int], reached: list[bool]) -> None:
    """Add one member to a cohort row: signed up, each step of the funnel they reached with
    every step before it, and each step they reached at all."""
    row[0] += 1
    through = True
    for number, step_reached in enumerate(reached):
        through = through and step_reached
        row[1 + number] += through
        row[1 + len(reached) + number] += step_reached


# 3. Course cohorts -----------------------------------------------------------------------

COURSE_FIELDS = ("enrolled", "first_lesson", "completed", "contributed", "ratings", "rating_total")
LESSON_FIELDS = ("course_id", "completions", "ratings", "rating_total")


def _roll_courses(scopes: Scopes, *, since: date | None, result: RollupResult) -> None:
    started = _start_of(since)
    first_lessons = set(LessonCompletion.objects.values_list("user_id", "course_id").distinct())
    contributed = set(activity.contributions_to_courses(scopes))
    counts: dict[tuple[date, int], list[int]] = defaultdict(lambda: [0] * len(COURSE_FIELDS))
    enrolments = Enrolment.objects.values_list(
        "user_id", "course_id", "enrolled_at", "completed_at"
    )
    if started:
        enrolments = enrolments.filter(enrolled_at__gte=started)
    for user_id, course_id, enrolled_at, completed_at in enrolments.iterator(chunk_size=CHUNK):
        row = counts[_local(enrolled_at), course_id]
        row[0] += 1
        row[1] += (user_id, course_id) in first_lessons
        row[2] += completed_at is not None
        row[3] += (user_id, course_id) in contributed
    # Per (day, lesson): completions, ratings and their sum; the course is added when written.
    lessons: dict[tuple[date, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    completions = LessonCompletion.objects.all()
    if started:
        completions = completions.filter(completed_at__gte=started)
    for lesson_id, day, count in _per_day(completions, "lesson_id", "completed_at"):
        lessons[day, lesson_id][0] += count
    for lesson_id, day, ratings, total in _ratings_by_day(LessonFeedback, "lesson_id", started):
        lessons[day, lesson_id][1:] = [ratings, total]
        course_id = scopes.lesson_course.get(lesson_id)
        if course_id is not None:
            row = counts[day, course_id]
            row[4] += ratings
            row[5] += total
    result.written["course cohorts"] += _sync_days(
        CourseCohort,
        key=("day", "course_id"),
        fields=COURSE_FIELDS,
        rows={row_key: tuple(row) for row_key, row in counts.items()},
        since=since,
    )
    result.written["lesson days"] += _sync_days(
        LessonDay,
        key=("day", "lesson_id"),
        fields=LESSON_FIELDS,
        rows={
            (day, lesson_id): (scopes.lesson_course[lesson_id], *row)
            for (day, lesson_id), row in lessons.items()
            if lesson_id in scopes.lesson_course
        },
        since=since,
    )


def _ratings_by_day(model, by: str, started: datetime | None):
    """(what was rated, day, how many ratings, their sum) from a feedback model."""
    feedback = model.objects.all()
    if started:
        feedback = feedback.filter(created_at__gte=started)
    score = "rating" if model is LessonFeedback else "score"
    return (
        feedback.annotate(day=TruncDate("created_at"))
        .values_list(by, "day")
        .annotate(count=Count("pk"), total=Sum(score))
        .order_by()
    )


# 4. Teachers -----------------------------------------------------------------------------

TEACHER_FIELDS = (
    "learners",
    "enrolments",
    "completions",
    "attendances",
    "sessions",
    "ratings",
    "rating_total",
)


def _roll_teachers(scopes: Scopes, *, since: date | None, result: RollupResult) -> None:
    started = _start_of(since)
    authors = activity.course_authors()
    hosts = activity.session_hosts()
    counts: dict[tuple[date, int, int | None], list[int]] = defaultdict(
        lambda: [0] * len(TEACHER_FIELDS)
    )

    def add(day: date, teachers: set[int], topics: tuple[int, ...], column: int, amount: int):
        if since and day < since:
            return
        for teacher_id in teachers:
            for topic_id in (None, *topics):
                counts[day, teacher_id, topic_id][column] += amount

    for day, teacher_id, topic_id in _first_reached(scopes, authors, hosts):
        if not since or day >= since:
            counts[day, teacher_id, topic_id][0] += 1

    enrolments = Enrolment.objects.all()
    completed = Enrolment.objects.filter(completed_at__isnull=False)
    attended = activity.attendances()
    over = activity.sessions_over()
    if started:
        enrolments = enrolments.filter(enrolled_at__gte=started)
        completed = completed.filter(completed_at__gte=started)
        attended = attended.filter(first_seen_at__gte=started)
        over = over.filter(ends_at__gte=started)
    for course_id, day, count in _per_day(enrolments, "course_id", "enrolled_at"):
        add(day, authors.get(course_id, set()), scopes.course_topics(course_id), 1, count)
    for course_id, day, count in _per_day(completed, "course_id", "completed_at"):
        add(day, authors.get(course_id, set()), scopes.course_topics(course_id), 2, count)
    for session_id, day, count in _per_day(attended, "session_id", "first_seen_at"):
        add(day, hosts.get(session_id, set()), scopes.session_topics(session_id), 3, count)
    for session_id, day, count in _per_day(over, "pk", "ends_at"):
        add(day, hosts.get(session_id, set()), scopes.session_topics(session_id), 4, count)
    for lesson_id, day, ratings, total in _ratings_by_day(LessonFeedback, "lesson_id", started):
        course_id = scopes.lesson_course.get(lesson_id)
        teachers, topics = authors.get(course_id, set()), scopes.course_topics(course_id)
        add(day, teachers, topics, 5, ratings)
        add(day, teachers, topics, 6, total)
    for session_id, day, ratings, total in _ratings_by_day(SessionFeedback, "session_id", started):
        teachers, topics = hosts.get(session_id, set()), scopes.session_topics(session_id)
        add(day, teachers, topics, 5, ratings)
        add(day, teachers, topics, 6, total)
    result.written["teacher days"] += _sync_days(
        TeacherDay,
        key=("day", "teacher_id", "topic_id"),
        fields=TEACHER_FIELDS,
        rows={row_key: tuple(row) for row_key, row in counts.items()},
        since=since,
    )


def _per_day(queryset, by: str, moment: str):
    return (
        queryset.annotate(day=TruncDate(moment))
        .values_list(by, "day")
        .annotate(count=Count("pk"))
        .order_by()
    )


def _first_reached(scopes: Scopes, authors: dict, hosts: dict):
    """(day, teacher, topic or None) once for each member a teacher reached, on the day they
    first did, in all topics and in each topic: a member reaches a teacher by enrolling in
    one of their courses or attending one of their sessions. Read member by member, so
    memory holds one member's enrolments and attendances at a time."""
    enrolments = (
        Enrolment.objects.values_list("user_id", "course_id", "enrolled_at")
        .order_by("user_id")
        .iterator(chunk_size=CHUNK)
    )
    attended = (
        activity.attendances()
        .values_list("user_id", "session_id", "first_seen_at")
        .order_by("user_id")
        .iterator(chunk_size=CHUNK)
    )
    courses = (
        (user, authors.get(course, ()), scopes.course_topics(course), at)
        for user, course, at in enrolments
    )
    sessions = (
        (user, hosts.get(session, ()), scopes.session_topics(session), at)
        for user, session, at in attended
    )
    merged = heapq.merge(courses, sessions, key=lambda row: row[0])
    for learner, rows in itertools.groupby(merged, key=lambda row: row[0]):
        first: dict[tuple[int, int | None], datetime] = {}
        for _learner, teachers, topics, moment in rows:
            for teacher_id in teachers:
                if teacher_id == learner:
                    continue
                for topic_id in (None, *topics):
                    earlier = first.get((teacher_id, topic_id))
                    if earlier is None or moment < earlier:
                        first[teacher_id, topic_id] = moment
        for (teacher_id, topic_id), moment in first.items():
            yield _local(moment), teacher_id, topic_id
