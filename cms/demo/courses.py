"""Demo steps for the catalogue: courses with lessons, learning paths, and learners' progress.

Courses are created once, as their authors would (owned by them); published ones get a
published revision, the others a draft revision. Learning goes through the courses services.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Page

from academy.courses import services as course_services
from academy.courses.models import (
    CatalogueIndexPage,
    CoursePage,
    LearningPathPage,
    LearningPathStep,
    LessonPage,
    Topic,
)

from . import catalogue, content
from .members import member


def _save(page: Page, *, author, publish: bool) -> None:
    revision = page.save_revision(user=author)
    if publish:
        revision.publish()


def _create_course(catalogue_page: CatalogueIndexPage, data: dict, *, featured_order: int):
    author = member(data["author"])
    publish = data["state"] == "published"
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        outcomes=[{"type": "outcome", "value": outcome} for outcome in data["outcomes"]],
        prerequisites=data["prerequisites"],
        level=data["level"],
        language=data["language"],
        topic=Topic.objects.get(slug=data["topic"]),
        featured=data["featured"],
        featured_order=featured_order,
        owner=author,
        live=False,
    )
    course.related_topics.set(Topic.objects.filter(slug__in=data["extra_topics"]))
    course.co_authors.set(get_user_model().objects.filter(username__in=data["co_authors"]))
    course.tags.add(*data["tags"])
    catalogue_page.add_child(instance=course)
    _save(course, author=author, publish=publish)
    for lesson_data in data["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=lesson_data["slug"],
            summary=lesson_data["summary"],
            estimated_minutes=lesson_data["minutes"],
            body=lesson_data["body"],
            owner=author,
            live=False,
        )
        course.add_child(instance=lesson)
        _save(lesson, author=author, publish=publish)


def ensure_courses() -> None:
    catalogue_page = CatalogueIndexPage.objects.get()
    existing = set(CoursePage.objects.values_list("slug", flat=True))
    featured = [data["slug"] for data in catalogue.COURSES if data["featured"]]
    for data in catalogue.COURSES:
        if data["slug"] not in existing:
            order = featured.index(data["slug"]) + 1 if data["featured"] else 0
            _create_course(catalogue_page, data, featured_order=order)


def ensure_learning_paths() -> None:
    catalogue_page = CatalogueIndexPage.objects.get()
    existing = set(LearningPathPage.objects.values_list("slug", flat=True))
    for data in catalogue.LEARNING_PATHS:
        if data["slug"] in existing:
            continue
        path = LearningPathPage(
            title=data["title"], slug=data["slug"], intro=data["intro"], owner=member("curator")
        )
        path.steps = [
            LearningPathStep(course=CoursePage.objects.get(slug=step["course"]), why=step["why"])
            for step in data["steps"]
        ]
        catalogue_page.add_child(instance=path)
        path.save_revision(user=member("curator")).publish()


def ensure_learning() -> None:
    """Enrol demo members and mark lessons done, as they would through the site."""
    for username, course_slug, lessons_done in content.ENROLMENTS:
        user = member(username)
        course = CoursePage.objects.live().get(slug=course_slug)
        course_services.enrol(user=user, course=course)
        lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
        count = len(lessons) if lessons_done == "all" else lessons_done
        for lesson in lessons[:count]:
            course_services.mark_lesson_done(user=user, lesson=lesson)


def _lesson_at(course_slug: str, position: int) -> LessonPage:
    course = CoursePage.objects.live().get(slug=course_slug)
    return LessonPage.objects.child_of(course).live().order_by("path")[position]


def ensure_feedback() -> None:
    for username, course_slug, position, rating, comment, kudos in content.FEEDBACK:
        user, lesson = member(username), _lesson_at(course_slug, position)
        course_services.give_feedback(user=user, lesson=lesson, rating=rating, comment=comment)
        if kudos and not lesson.kudos.filter(user=user).exists():
            course_services.toggle_kudos(user=user, lesson=lesson)
    for username, course_slug, position, text in content.PRACTICE:
        lesson = _lesson_at(course_slug, position)
        course_services.report_practice(user=member(username), lesson=lesson, text=text)


CATALOGUE_STEPS = [
    ("courses", ensure_courses),
    ("learning paths", ensure_learning_paths),
]
LEARNING_STEPS = [
    ("learning", ensure_learning),
    ("feedback", ensure_feedback),
]
