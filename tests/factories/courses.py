"""Build catalogue pages the way an editor would: added to the tree, then published."""

from django.utils.text import slugify

from academy.courses.models import CatalogueIndexPage, CoursePage, LessonPage, Topic
from cms.models import HomePage

PARAGRAPH = [{"type": "paragraph", "value": "<p>Try this with your team.</p>"}]


def publish(page, *, parent, user=None):
    parent.add_child(instance=page)
    page.save_revision(user=user).publish()
    page.refresh_from_db()
    return page


def make_topic(slug="facilitation", *, parent=None) -> Topic:
    topic, _ = Topic.objects.get_or_create(
        slug=slug, defaults={"name": slug.replace("-", " ").capitalize(), "parent": parent}
    )
    return topic


def make_catalogue() -> CatalogueIndexPage:
    existing = CatalogueIndexPage.objects.first()
    if existing:
        return existing
    return publish(
        CatalogueIndexPage(title="Courses", slug="courses"), parent=HomePage.objects.get()
    )


def make_course(title="Running retrospectives", *, live=True, owner=None, **fields) -> CoursePage:
    fields.setdefault("topic", make_topic())
    fields.setdefault("summary", f"All about {title.lower()}.")
    fields.setdefault("slug", slugify(title))
    course = CoursePage(title=title, owner=owner, **fields)
    catalogue = make_catalogue()
    if live:
        return publish(course, parent=catalogue, user=owner)
    course.live = False
    catalogue.add_child(instance=course)
    course.save_revision(user=owner)
    return course


def make_lesson(course, title="Why look back", *, minutes=10, live=True, **fields) -> LessonPage:
    fields.setdefault("body", PARAGRAPH)
    fields.setdefault("slug", slugify(title))
    lesson = LessonPage(title=title, estimated_minutes=minutes, owner=course.owner, **fields)
    if live:
        return publish(lesson, parent=course, user=course.owner)
    lesson.live = False
    course.add_child(instance=lesson)
    lesson.save_revision()
    return lesson
