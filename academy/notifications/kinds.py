"""Every kind of notification, in one table: what it says, how it is emailed by default, and
under which heading members find it in their settings.

A notification stores its kind and plain parameters (`params`), never its text: the text is
rendered here, when it is shown, so it reads in the language of the person reading it, and
a better wording reaches old notifications too. Texts are plain strings; templates escape
them, so a title or a name a member typed can never become markup.

Parameters each kind reads (every kind may also carry `excerpt`, a short quote of what was
written, shown below the text):

- thread_reply, answer_accepted, mention, new_thread, post_hidden, lesson_suggestion:
  `thread_title`, `course_or_lesson_title`, `actor_name`
- course_reviewed, course_changes_requested: `course_title`, `actor_name`
- course_approved: `course_title`
- session_reminder: `title`, `event` ("day" or "hour")
- waitlist_promoted, session_changed, session_cancelled: `title`
- level_gained, level_lost: `event` (a `RoleChange.Kind`), `role` (a `Role`), `topic`
- badge_earned: `badges`, a list of `{"slug": ..., "name": ...}`
- buddy_request: `event` (requested, offered, accepted, declined, withdrawn), `teacher`,
  `mentor`, `topic`
- welcomed: `name` (who welcomed)
- nomination: `event` (submitted, declined), `member`, `topic`
- content_removed: `content_kind` (a key of `peers.flaggable.KINDS`)
- request_answered: `query`, `answer_title`
- nudge: `actor_name` (the curator), `gap` (what is missing, in the curator's words)

A missing parameter shows as "…" rather than breaking the page.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MISSING = "…"


class Kind(models.TextChoices):
    # Community discussions (academy/community calls notify with these).
    THREAD_REPLY = "thread_reply", _("Replies to your threads")
    ANSWER_ACCEPTED = "answer_accepted", _("Your answers accepted")
    MENTION = "mention", _("Mentions of you")
    NEW_THREAD = "new_thread", _("New threads in your courses")
    POST_HIDDEN = "post_hidden", _("Your posts hidden after reports")
    LESSON_SUGGESTION = "lesson_suggestion", _("Answers suggested for your lessons")
    # Your courses.
    COURSE_REVIEWED = "course_reviewed", _("Peer reviews of your courses")
    COURSE_APPROVED = "course_approved", _("Your courses approved")
    COURSE_CHANGES_REQUESTED = "course_changes_requested", _("Changes asked for in your courses")
    # Live sessions.
    SESSION_REMINDER = "session_reminder", _("Reminders before your live sessions")
    WAITLIST_PROMOTED = "waitlist_promoted", _("Seats from the waitlist")
    SESSION_CHANGED = "session_changed", _("Changes to your live sessions")
    SESSION_CANCELLED = "session_cancelled", _("Cancelled live sessions")
    # Your path.
    LEVEL_GAINED = "level_gained", _("New roles")
    LEVEL_LOST = "level_lost", _("Roles at risk or lapsed")
    BADGE_EARNED = "badge_earned", _("Badges you earn")
    # Community care.
    BUDDY_REQUEST = "buddy_request", _("First-session buddies")
    WELCOMED = "welcomed", _("Welcomes")
    NOMINATION = "nomination", _("Nominations")
    CONTENT_REMOVED = "content_removed", _("Moderation of what you wrote")
    REQUEST_ANSWERED = "request_answered", _("Answers to your content requests")
    NUDGE = "nudge", _("Curators asking you to fill a gap")


class Delivery(models.TextChoices):
    EMAIL = "email", _("Email for each")
    DIGEST = "digest", _("Daily digest")
    OFF = "off", _("In the academy only")


class Params(dict):
    """A notification's parameters as text formatting reads them: a missing one shows as
    an ellipsis instead of raising."""

    def __missing__(self, key):
        return MISSING


Text = Callable[[Params], str]


def says(message) -> Text:
    """A text that is one translatable message with `%(name)s` parameters."""
    return lambda params: str(message) % params


def by_event(**messages) -> Text:
    """A text that depends on `params["event"]`; the first message is the fallback."""
    fallback = next(iter(messages.values()))

    def render(params: Params) -> str:
        return str(messages.get(params.get("event"), fallback)) % params

    return render


@dataclass(frozen=True)
class Spec:
    kind: Kind
    group: str
    default: Delivery
    text: Text
    # Some news is useless a day late: a reminder an hour before a session.
    digest_allowed: bool = True
    # Parameters the text reads in another form than they are stored (a role's key shown as
    # its name in the reader's language).
    prepare: Callable[[Params], Params] = lambda params: params

    @property
    def label(self) -> str:
        return self.kind.label

    @property
    def choices(self) -> list[tuple[str, str]]:
        return [
            (value, label)
            for value, label in Delivery.choices
            if self.digest_allowed or value != Delivery.DIGEST
        ]

    def render(self, params: Mapping | None) -> str:
        return self.text(self.prepare(Params(params or {})))


# Parameters shown in the reader's language -----------------------------------------------


def _role(params: Params) -> Params:
    from academy.peers.roles import Role

    role = params.get("role")
    name = str(Role(role).label) if role in Role.values else MISSING
    if params.get("topic"):
        name = _("%(role)s in %(topic)s") % {"role": name, "topic": params["topic"]}
    return Params({**params, "role": name})


def _badge_name(badge: Mapping) -> str:
    """Wording curators never changed is shown in the reader's language (as on badge pages)."""
    from academy.peers import badges

    definition = badges.BY_SLUG.get(badge.get("slug"))
    name = badge.get("name") or MISSING
    if definition is not None and name == definition.defaults()["name"]:
        return str(definition.name)
    return name


def _badges_text(params: Params) -> str:
    names = [_badge_name(badge) for badge in params.get("badges") or []]
    if len(names) == 1:
        return _("You earned the badge %(name)s") % {"name": names[0]}
    return ngettext(
        "You earned %(count)d new badge", "You earned %(count)d new badges", len(names)
    ) % {"count": len(names)} + (f": {', '.join(names)}" if names else "")


def _content_kind(params: Params) -> Params:
    from academy.peers.flaggable import KINDS

    kind = KINDS.get(params.get("content_kind"))
    return Params({**params, "kind": str(kind.label).lower() if kind else MISSING})


# The table ---------------------------------------------------------------------------------

DISCUSSIONS = _("Community discussions")
COURSES = _("Your courses")
SESSIONS = _("Live sessions")
PATH = _("Your path")
CARE = _("Community care")

SPECS: dict[Kind, Spec] = {
    spec.kind: spec
    for spec in [
        Spec(
            Kind.THREAD_REPLY,
            DISCUSSIONS,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s replied to your thread “%(thread_title)s” in "
                    "%(course_or_lesson_title)s"
                )
            ),
        ),
        Spec(
            Kind.ANSWER_ACCEPTED,
            DISCUSSIONS,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s accepted your answer in “%(thread_title)s” "
                    "(%(course_or_lesson_title)s)"
                )
            ),
        ),
        Spec(
            Kind.MENTION,
            DISCUSSIONS,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s mentioned you in “%(thread_title)s” in "
                    "%(course_or_lesson_title)s"
                )
            ),
        ),
        Spec(
            Kind.NEW_THREAD,
            DISCUSSIONS,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s asked “%(thread_title)s” in your course: "
                    "%(course_or_lesson_title)s"
                )
            ),
        ),
        Spec(
            Kind.POST_HIDDEN,
            DISCUSSIONS,
            Delivery.EMAIL,
            says(
                _(
                    "Your post in “%(thread_title)s” is hidden after reports from members "
                    "until a moderator looks at it"
                )
            ),
        ),
        Spec(
            Kind.LESSON_SUGGESTION,
            COURSES,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s's answer in “%(thread_title)s” is suggested as an "
                    "improvement of your lesson %(course_or_lesson_title)s"
                )
            ),
        ),
        Spec(
            Kind.COURSE_REVIEWED,
            COURSES,
            Delivery.EMAIL,
            says(
                _(
                    "%(actor_name)s reviewed your course “%(course_title)s”: it now waits for "
                    "a curator's approval"
                )
            ),
        ),
        Spec(
            Kind.COURSE_APPROVED,
            COURSES,
            Delivery.EMAIL,
            says(_("Your course “%(course_title)s” is approved and published")),
        ),
        Spec(
            Kind.COURSE_CHANGES_REQUESTED,
            COURSES,
            Delivery.EMAIL,
            says(_("%(actor_name)s asks for changes to your course “%(course_title)s”")),
        ),
        Spec(
            Kind.SESSION_REMINDER,
            SESSIONS,
            Delivery.EMAIL,
            by_event(day=_("Coming up: %(title)s"), hour=_("Starting soon: %(title)s")),
            digest_allowed=False,
        ),
        Spec(
            Kind.WAITLIST_PROMOTED,
            SESSIONS,
            Delivery.EMAIL,
            says(_("A seat opened up for you: %(title)s")),
        ),
        Spec(Kind.SESSION_CHANGED, SESSIONS, Delivery.EMAIL, says(_("Changed: %(title)s"))),
        Spec(Kind.SESSION_CANCELLED, SESSIONS, Delivery.EMAIL, says(_("Cancelled: %(title)s"))),
        Spec(
            Kind.LEVEL_GAINED,
            PATH,
            Delivery.DIGEST,
            says(_("You are now %(role)s")),
            prepare=_role,
        ),
        Spec(
            Kind.LEVEL_LOST,
            PATH,
            # A warning comes with a grace period: the member has days, not a day, to act.
            Delivery.EMAIL,
            by_event(
                at_risk=_("Your role %(role)s needs attention"),
                kept=_("You keep your role %(role)s"),
                demoted=_("Your role %(role)s has lapsed"),
                revoked=_("Your role %(role)s was revoked"),
            ),
            prepare=_role,
        ),
        Spec(Kind.BADGE_EARNED, PATH, Delivery.DIGEST, _badges_text),
        Spec(
            Kind.BUDDY_REQUEST,
            CARE,
            Delivery.EMAIL,
            by_event(
                requested=_("%(teacher)s asks for a first-session buddy in %(topic)s"),
                offered=_("%(mentor)s offers to co-host your first live session in %(topic)s"),
                accepted=_("Your first-session buddy in %(topic)s is confirmed"),
                declined=_("Your first-session buddy offer in %(topic)s was declined"),
                withdrawn=_("A first-session buddy in %(topic)s was withdrawn"),
            ),
        ),
        Spec(
            Kind.WELCOMED,
            CARE,
            Delivery.EMAIL,
            says(_("Welcome to Peer Academy, from %(name)s")),
        ),
        Spec(
            Kind.NOMINATION,
            CARE,
            Delivery.EMAIL,
            by_event(
                submitted=_("New nomination: %(member)s for %(topic)s"),
                declined=_("Nomination of %(member)s for %(topic)s declined"),
            ),
        ),
        Spec(
            Kind.CONTENT_REMOVED,
            CARE,
            Delivery.EMAIL,
            says(_("Moderators removed your %(kind)s")),
            prepare=_content_kind,
        ),
        Spec(
            Kind.REQUEST_ANSWERED,
            CARE,
            Delivery.EMAIL,
            says(_("Your request was answered: %(query)s")),
        ),
        Spec(
            Kind.NUDGE,
            CARE,
            Delivery.EMAIL,
            says(_("%(actor_name)s asks whether you could help with: %(gap)s")),
        ),
    ]
}

if set(SPECS) != set(Kind):
    # A kind added to `Kind` without its row fails at start-up, not when first shown.
    raise ImproperlyConfigured("Every notification kind needs a row in SPECS.")

DEFAULTS: dict[Kind, Delivery] = {kind: spec.default for kind, spec in SPECS.items()}


def spec_of(kind) -> Spec:
    return SPECS[Kind(kind)]


def render(kind, params: Mapping | None) -> str:
    """The text of a notification in the active language."""
    return spec_of(kind).render(params)
