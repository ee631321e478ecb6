"""What members can report to moderators, and how the queue shows each kind.

A kind names its model, who wrote it, the text moderators read, where it is shown, and the
topic its reputation counts in. Adding a kind here (or `register`ing one from another app) is
all a new type of member content needs to become reportable. Kinds without a state of their
own are hidden by the reader once removed (`selectors.moderation`); kinds with one are told
through their hooks: `flagged` after each new report (with its reporter), `removed` and
`kept` after a moderator's decision, and `held`/`release` put what waits for approval in the
moderators' queue.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

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
    visible: dict = field(default_factory=dict)
    flagged: Callable[[object, object], None] | None = None
    removed: Callable[[object], bool] | None = None
    kept: Callable[[object], None] | None = None
    held: Callable[[], object] | None = None
    release: Callable[..., None] | None = None

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def queryset(self):
        """Objects of this kind that can still be reported (shown somewhere)."""
        return self.model.objects.filter(**self.visible)


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
        visible={"lesson__live": True},
    ),
    "profile": Kind(
        key="profile",
        model_label="peers.Profile",
        label=_("Profile bio"),
        author=lambda profile: profile.user,
        text=lambda profile: profile.bio,
        url=lambda profile: reverse("peers:profile", args=[profile.user.get_username()]),
        visible={"user__is_active": True},
    ),
}


def register(kind: Kind) -> None:
    """Make another app's content reportable (called from its AppConfig.ready)."""
    KINDS[kind.key] = kind


def kind_of(obj) -> Kind | None:
    label = obj._meta.label
    return next((kind for kind in KINDS.values() if kind.model_label == label), None)
