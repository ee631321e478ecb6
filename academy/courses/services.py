"""Every write of learning: enrolment, progress, feedback, practice reports and kudos.

Each function is keyword-only, runs in one transaction and is idempotent where a double
click could repeat it. Reputation for completions and kudos is recorded in the peers ledger
after the transaction commits.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from academy import curation
from academy.notifications.services import notify
from academy.peers import services as peer_services
from academy.peers.reputation import Cause
from academy.peers.selectors.profiles import display_name
from academy.text import clean_text

from . import selectors
from .models import (
    CoursePage,
    Enrolment,
    Kudos,
    LessonCompletion,
    LessonFeedback,
    LessonPage,
    PracticeReport,
)


class NotAllowed(Exception):
    """The member may not do this (for example, learn from an unpublished course)."""


def _check_published(page) -> None:
    if not selectors.is_open_for_learning(page):
        raise NotAllowed("This course is not open for learning.")


@transaction.atomic
def record_authors(*, course: CoursePage) -> None:
    """Make the co-authors of the course's latest saved draft effective at once.

    Wagtail keeps a draft's relations in its revision until it is published; who may edit
    the course must not wait for that, so the admin calls this after every save.
    """
    latest = course.get_latest_revision_as_object() if course.latest_revision_id else course
    through = CoursePage.co_authors.through
    through.objects.filter(coursepage_id=course.pk).delete()
    through.objects.bulk_create(
        through(coursepage_id=course.pk, user_id=user.pk) for user in latest.co_authors.all()
    )


@transaction.atomic
def approve_course(*, course: CoursePage, user) -> None:
    """The curator's approval: publish the latest drafts of the course's lessons with it,
    credit its authors and tell them."""
    for lesson in LessonPage.objects.child_of(course):
        if lesson.has_unpublished_changes and lesson.latest_revision_id:
            lesson.latest_revision.publish(user=user)
    authors = _authors(course)
    for author in authors:
        peer_services.award_after_commit(
            user=author,
            cause=Cause.CONTENT_APPROVED,
            cause_key=f"content_approved:course={course.pk}:user={author.pk}",
            source=course,
            topic=course.topic,
        )
    _tell_authors(
        authors,
        kind="course_approved",
        url=course.url or reverse("wagtailadmin_pages:edit", args=[course.pk]),
        actor=user,
        params={"course_title": course.title},
    )


def record_review(*, reviewer, task_state, page, approved: bool) -> None:
    """A peer review was done: credit the reviewer, and tell the authors that the course
    goes on to a curator, or what the reviewer asks them to change."""
    page = page.specific
    course = selectors.course_of(page)
    peer_services.award_after_commit(
        user=reviewer,
        cause=Cause.REVIEW_DONE,
        cause_key=f"review_done:task_state={task_state.pk}",
        source=course,
        topic=course.topic,
    )
    if approved:
        _tell_authors(
            _authors(course),
            kind="course_reviewed",
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            actor=reviewer,
            params={"course_title": page.title, "actor_name": display_name(reviewer)},
        )
    else:
        changes_requested(reviewer=reviewer, task_state=task_state, page=page)


def changes_requested(*, reviewer, task_state, page) -> None:
    """A reviewer or a curator sent the course back: its authors read why, in the editor
    and in their notification."""
    page = page.specific
    course = selectors.course_of(page)
    if course is None:
        return
    _tell_authors(
        _authors(course),
        kind="course_changes_requested",
        url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
        actor=reviewer,
        params={
            "course_title": page.title,
            "actor_name": display_name(reviewer),
            "excerpt": task_state.comment or "",
        },
    )


def _authors(course: CoursePage) -> list:
    return list(get_user_model().objects.filter(pk__in=selectors.author_ids(course)))


def _tell_authors(authors, *, kind: str, url: str, actor, params: dict) -> None:
    for author in authors:
        notify(recipient=author, kind=kind, url=url, actor=actor, params=params)


@transaction.atomic
def feature_courses(*, courses: list[CoursePage], by=None) -> list[int]:
    """Make these courses the featured ones, in this order, and no other; returns the ids of
    the courses that changed.

    Featuring is the curators' flag on the live course, not part of an author's draft. It is
    set through `academy.curation.mark`, which publishes no revision: an author's draft
    waiting for review stays a draft. Cached pages and the catalogue index follow after the
    commit.
    """
    wanted = {course.pk: position for position, course in enumerate(courses, start=1)}
    rows = CoursePage.objects.filter(Q(featured=True) | Q(pk__in=wanted))
    changed = {}
    for pk, featured, order in rows.values_list("pk", "featured", "featured_order"):
        flags = {"featured": pk in wanted, "featured_order": wanted.get(pk, 0)}
        if (featured, order) != (flags["featured"], flags["featured_order"]):
            changed[pk] = flags
    for course in CoursePage.objects.filter(pk__in=changed):
        curation.mark(course, by=by, **changed[course.pk])
    return sorted(changed)


@transaction.atomic
def enrol(*, user, course: CoursePage) -> Enrolment:
    _check_published(course)
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    return enrolment


@transaction.atomic
def leave(*, user, course: CoursePage) -> None:
    """Leave a course; completed lessons are kept, so re-enrolling resumes where it was."""
    Enrolment.objects.filter(user=user, course=course).delete()


@transaction.atomic
def mark_lesson_done(*, user, lesson: LessonPage) -> selectors.Progress:
    """Mark a lesson done (enrolling if needed); completes the course with the last lesson.

    Marking the same lesson twice changes nothing.
    """
    course = selectors.course_of(lesson)
    _check_published(lesson)
    enrolment = enrol(user=user, course=course)
    _completion, created = LessonCompletion.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course}
    )
    progress = selectors.progress(user=user, course=course)
    enrolment.last_lesson = lesson
    enrolment.last_activity_at = timezone.now()
    newly_completed = progress.is_complete and enrolment.completed_at is None
    if newly_completed:
        enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["last_lesson", "last_activity_at", "completed_at"])
    if created:
        peer_services.award_after_commit(
            user=user,
            cause=Cause.LESSON_COMPLETED,
            cause_key=f"lesson_completed:lesson={lesson.pk}:user={user.pk}",
            source=lesson,
            topic=course.topic,
        )
    if newly_completed:
        peer_services.award_after_commit(
            user=user,
            cause=Cause.COURSE_COMPLETED,
            cause_key=f"course_completed:course={course.pk}:user={user.pk}",
            source=course,
            topic=course.topic,
        )
    return progress


@transaction.atomic
def mark_lesson_not_done(*, user, lesson: LessonPage) -> None:
    LessonCompletion.objects.filter(user=user, lesson=lesson).delete()
    Enrolment.objects.filter(user=user, course_id=lesson.get_parent().pk).update(completed_at=None)


@transaction.atomic
def give_feedback(*, user, lesson: LessonPage, rating: int, comment: str = "") -> LessonFeedback:
    _check_published(lesson)
    if not 1 <= rating <= 5:
        raise ValueError("A rating is a whole number from 1 to 5.")
    feedback, _created = LessonFeedback.objects.update_or_create(
        user=user, lesson=lesson, defaults={"rating": rating, "comment": clean_text(comment)}
    )
    peer_services.member_changed_after_commit(user=user)
    return feedback


@transaction.atomic
def report_practice(*, user, lesson: LessonPage, text: str) -> PracticeReport:
    _check_published(lesson)
    report, _created = PracticeReport.objects.update_or_create(
        user=user, lesson=lesson, defaults={"text": clean_text(text)}
    )
    peer_services.member_changed_after_commit(user=user)
    return report


def toggle_kudos(*, user, lesson: LessonPage) -> bool:
    """Give kudos, or take them back if already given. Returns whether kudos are now given."""
    _check_published(lesson)
    rewards_author = lesson.owner_id is not None and lesson.owner_id != user.pk
    with transaction.atomic():
        given = Kudos.objects.filter(user=user, lesson=lesson).first()
        if given:
            given_pk = given.pk
            given.delete()
            if rewards_author:
                _award_kudos_to_author(
                    lesson=lesson, cause=Cause.KUDOS_WITHDRAWN, kudos_pk=given_pk
                )
            return False
    try:
        with transaction.atomic():
            given = Kudos.objects.create(user=user, lesson=lesson)
    except IntegrityError:
        # A concurrent click already gave them: the member's intent holds either way.
        return True
    if rewards_author:
        _award_kudos_to_author(lesson=lesson, cause=Cause.KUDOS_RECEIVED, kudos_pk=given.pk)
    peer_services.member_changed_after_commit(user=user)
    return True


def _award_kudos_to_author(*, lesson: LessonPage, cause: Cause, kudos_pk: int) -> None:
    """Keyed by the kudos row: giving again after withdrawing is a new cause, a replay is not."""
    peer_services.award_after_commit(
        user=lesson.owner,
        cause=cause,
        cause_key=f"{cause.value}:kudos={kudos_pk}",
        source=lesson,
        topic=selectors.course_of(lesson).topic,
    )
