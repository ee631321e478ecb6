"""What the curator console reads: daily aggregates, and the little that visit counting keeps
until a day is over (decisions 52 and 53, docs/insights.md).

Nothing here names a visitor. Members appear only as teachers, in `TeacherDay`; the funnel
tables count members, they do not list them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# Visits ----------------------------------------------------------------------------------


class DailySalt(models.Model):
    """The random salt of one day's visitor digests. It is made on the day's first counted
    view and deleted once the day is over, after which no digest of that day can be
    recomputed from an address and a browser, so none can be tied back to anyone."""

    day = models.DateField(primary_key=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return str(self.day)


class VisitorMark(models.Model):
    """One visitor, as a salted digest, seen on one page on one day. Marks are what makes
    visitors distinct; the rollup counts them into the day's figures and deletes them when
    the day is closed."""

    day = models.DateField()
    # No database constraint: a page deleted between a view and the flush must not fail the
    # batch. Deleting a page still deletes its marks (Django's cascade).
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, db_constraint=False, related_name="+"
    )
    visitor = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "page", "visitor"], name="one_mark_per_visit")
        ]

    def __str__(self):
        return f"{self.day} {self.page_id}"


class PageVisit(models.Model):
    """Views of one Wagtail page on one day, added in batches as they happen, and its
    distinct visitors that day, counted by the rollup."""

    day = models.DateField()
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, db_constraint=False, related_name="+"
    )
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("page visits")
        verbose_name_plural = _("page visits")
        constraints = [
            models.UniqueConstraint(fields=["day", "page"], name="one_page_visit_per_day")
        ]
        indexes = [models.Index(fields=["page", "day"], name="page_visit_page_day")]

    def __str__(self):
        return f"{self.day} {self.page_id}: {self.views}"


class ClosedDay(models.Model):
    """A day whose visitors were counted and whose marks were deleted: its visit figures are
    final, and the rollup never counts it again."""

    day = models.DateField(primary_key=True)
    closed_at = models.DateTimeField()

    def __str__(self):
        return str(self.day)


class TopicVisit(models.Model):
    """Views and distinct visitors of a topic's pages on one day (its courses, their lessons
    and its live sessions, subtopics included); with no topic, of every page of the site."""

    day = models.DateField()
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("topic visits")
        verbose_name_plural = _("topic visits")
        constraints = [
            models.UniqueConstraint(fields=["topic", "day"], name="one_topic_visit_per_day"),
            models.UniqueConstraint(
                fields=["day"], condition=Q(topic=None), name="one_site_visit_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.topic_id}: {self.visitors}"


class CourseVisit(models.Model):
    """Views and distinct visitors of a course's page and its lessons on one day."""

    day = models.DateField()
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    views = models.PositiveIntegerField(default=0)
    visitors = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("course visits")
        verbose_name_plural = _("course visits")
        constraints = [
            models.UniqueConstraint(fields=["day", "course"], name="one_course_visit_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.course_id}: {self.visitors}"


# Funnels ---------------------------------------------------------------------------------


class SignupCohort(models.Model):
    """The members who signed up on one day, and how many of them have reached each step of
    the activation funnel by the last rollup; in a topic, or in all topics when none.

    The funnel columns count members who reached the step and every step before it; the
    `reached_*` columns count those who reached the step at all. A period's funnel is the sum
    of its days' rows, exact for distinct members since each member signs up on one day.
    """

    day = models.DateField()
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    signed_up = models.PositiveIntegerField(default=0)
    enrolled = models.PositiveIntegerField(default=0)
    first_lesson = models.PositiveIntegerField(default=0)
    attended = models.PositiveIntegerField(default=0)
    contributed = models.PositiveIntegerField(default=0)
    taught = models.PositiveIntegerField(default=0)
    reached_enrolled = models.PositiveIntegerField(default=0)
    reached_first_lesson = models.PositiveIntegerField(default=0)
    reached_attended = models.PositiveIntegerField(default=0)
    reached_contributed = models.PositiveIntegerField(default=0)
    reached_taught = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("sign-up cohort")
        verbose_name_plural = _("sign-up cohorts")
        constraints = [
            models.UniqueConstraint(fields=["topic", "day"], name="one_cohort_per_topic_day"),
            models.UniqueConstraint(
                fields=["day"], condition=Q(topic=None), name="one_cohort_per_day"
            ),
        ]

    def __str__(self):
        return f"{self.day} {self.topic_id}: {self.signed_up}"


class CourseCohort(models.Model):
    """One course on one day: the members who enrolled that day and how many of them have
    completed a first lesson, the course, and contributed to it by the last rollup; and the
    lesson ratings given that day."""

    day = models.DateField()
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    enrolled = models.PositiveIntegerField(default=0)
    first_lesson = models.PositiveIntegerField(default=0)
    completed = models.PositiveIntegerField(default=0)
    contributed = models.PositiveIntegerField(default=0)
    ratings = models.PositiveIntegerField(default=0)
    rating_total = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("course cohort")
        verbose_name_plural = _("course cohorts")
        constraints = [
            models.UniqueConstraint(fields=["day", "course"], name="one_course_cohort_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.course_id}: {self.enrolled}"


class LessonDay(models.Model):
    """One lesson on one day: how many members completed it and the ratings it was given,
    so the console can rank lessons over any period without reading completions."""

    day = models.DateField()
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    # The lesson's course, kept here so a topic's lessons are one join away.
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="+")
    completions = models.PositiveIntegerField(default=0)
    ratings = models.PositiveIntegerField(default=0)
    rating_total = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("lesson day")
        verbose_name_plural = _("lesson days")
        constraints = [models.UniqueConstraint(fields=["day", "lesson"], name="one_lesson_day")]

    def __str__(self):
        return f"{self.day} {self.lesson_id}: {self.completions}"


class TeacherDay(models.Model):
    """What one teacher's courses and sessions did on one day, in a topic or in all of them
    when none. `learners` counts the members this teacher reached for the first time that
    day (enrolled in one of their courses or attended one of their sessions), so a period's
    sum is the distinct learners they newly reached in it."""

    day = models.DateField()
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        "courses.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    learners = models.PositiveIntegerField(default=0)
    enrolments = models.PositiveIntegerField(default=0)
    completions = models.PositiveIntegerField(default=0)
    attendances = models.PositiveIntegerField(default=0)
    sessions = models.PositiveIntegerField(default=0)
    ratings = models.PositiveIntegerField(default=0)
    rating_total = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("teacher day")
        verbose_name_plural = _("teacher days")
        constraints = [
            models.UniqueConstraint(
                fields=["teacher", "topic", "day"], name="one_teacher_day_per_topic"
            ),
            models.UniqueConstraint(
                fields=["teacher", "day"], condition=Q(topic=None), name="one_teacher_day"
            ),
        ]
        indexes = [models.Index(fields=["topic", "day"], name="teacher_day_topic_day")]

    def __str__(self):
        return f"{self.day} {self.teacher_id} {self.topic_id}: {self.learners}"
