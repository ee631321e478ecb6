"""What members can report to moderators, and how the queue shows each kind.

A kind names its model, who wrote it, the text moderators read, where it is shown, and the
topic its reputation counts in. Adding a kind here is all a new type of member content needs
to become reportable; hiding it once removed is the reader's job (`selectors.moderation`).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Kind:
    key: str
    model_label: str
    label: str
    author: Callable[[object], object]
    text: Callable[[object], str]
    url: Callable[[object], str]
    topic: Callable[[object], object] = lambda obj: None

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def queryset(self):
        """Objects of this kind that can still be reported (shown somewhere)."""
        return self.model.objects.filter(**_VISIBLE.get(self.key, {}))


def _lesson_topic(report):
    from academy.courses.selectors import course_of

    return course_of(report.lesson).topic


KINDS = {
    "practice_report": Kind(
        key="practice_report",
        model_label="courses.PracticeReport",
        label=_("Practice report"),
        author=lambda report: report.user,
        text=lambda report: report.text,
        url=lambda report: f"{report.lesson.url}#practice",
        topic=_lesson_topic,
    ),
    "profile": Kind(
        key="profile",
        model_label="peers.Profile",
        label=_("Profile bio"),
        author=lambda profile: profile.user,
        text=lambda profile: profile.bio,
        url=lambda profile: reverse("peers:profile", args=[profile.user.get_username()]),
    ),
}
_VISIBLE = {
    "practice_report": {"lesson__live": True},
    "profile": {"user__is_active": True},
}


def kind_of(obj) -> Kind | None:
    label = obj._meta.label
    return next((kind for kind in KINDS.values() if kind.model_label == label), None)
