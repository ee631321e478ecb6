"""Writes of moderation: reports from members, and the moderators' decisions on them.

Removed content is hidden, not deleted (decision 27): the reports resolved as "removed"
are what readers check. Reports alone change nothing; only a moderator's decision does.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.pagecache.services import purge_pages_after_commit
from academy.text import clean_text

from ..flaggable import kind_of
from ..models import Flag
from ..reputation import Cause
from . import community_emails
from .reputation import award_after_commit


class ModerationError(Exception):
    """A moderation action that cannot be done, with a message for the person who tried."""


@transaction.atomic
def flag_content(*, reporter, content, reason: str, note: str = "") -> tuple[Flag, bool]:
    """Report content to the moderators, once per member and object. Returns the report and
    whether it is new; a second report changes nothing."""
    kind = kind_of(content)
    if kind is None:
        raise ModerationError(_("This cannot be reported."))
    if kind.author(content).pk == reporter.pk:
        raise ModerationError(_("You cannot report what you wrote yourself."))
    if reason not in Flag.Reason.values:
        raise ModerationError(_("Choose a reason."))
    lookup = {
        "reporter": reporter,
        "content_type": ContentType.objects.get_for_model(content),
        "object_id": content.pk,
    }
    existing = Flag.objects.filter(**lookup).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            flag = Flag.objects.create(**lookup, reason=reason, note=clean_text(note))
    except IntegrityError:
        return Flag.objects.get(**lookup), False
    if kind.flagged is not None:
        kind.flagged(content, reporter)
    return flag, True


def _open_flags(*, content_type: ContentType, object_id: int):
    return Flag.objects.select_for_update().filter(
        content_type=content_type, object_id=object_id, status=Flag.Status.OPEN
    )


def _resolve(flags, *, moderator, status) -> list[Flag]:
    flags = list(flags)
    now = timezone.now()
    for flag in flags:
        flag.status, flag.resolved_by, flag.resolved_at = status, moderator, now
    Flag.objects.bulk_update(flags, ["status", "resolved_by", "resolved_at"])
    return flags


@transaction.atomic
def remove_content(*, moderator, content, note: str = "") -> bool:
    """Hide content everywhere it is shown, resolve its open reports (crediting each
    reporter), take the penalty from its author once and tell them why. Content without a
    state of its own can only be removed through reports. Returns whether anything changed;
    repeating it changes nothing and costs nothing more."""
    kind = kind_of(content)
    if kind is None:
        raise ModerationError(_("This cannot be removed here."))
    content_type = ContentType.objects.get_for_model(content)
    flags = _resolve(
        _open_flags(content_type=content_type, object_id=content.pk),
        moderator=moderator,
        status=Flag.Status.REMOVED,
    )
    hidden = kind.removed(content) if kind.removed is not None else False
    if not flags and not hidden:
        return False
    # Removed content leaves cached pages too; the bulk update above sends no signal.
    purge_pages_after_commit()
    author = kind.author(content)
    topic = kind.topic(content)
    label = f"{content_type.app_label}.{content_type.model}:{content.pk}"
    awards = [
        {"user": author, "cause": Cause.CONTENT_REMOVED, "cause_key": f"content_removed:{label}"},
        *(
            {
                "user": flag.reporter,
                "cause": Cause.FLAG_HELPFUL,
                "cause_key": f"flag_helpful:{flag.pk}",
            }
            for flag in flags
        ),
    ]
    for each in awards:
        award_after_commit(**each, topic=topic, source=content)
    community_emails.content_removed(
        author=author,
        kind=kind,
        text=kind.text(content),
        url=kind.url(content),
        reasons=sorted({str(flag.get_reason_display()) for flag in flags}),
        note=clean_text(note),
    )
    return True


@transaction.atomic
def dismiss_flags(*, moderator, content_type: ContentType, object_id: int) -> int:
    """Nothing wrong: close the object's open reports and show the content again if the
    reports had hidden it. Returns how many were closed."""
    flags = _resolve(
        _open_flags(content_type=content_type, object_id=object_id),
        moderator=moderator,
        status=Flag.Status.DISMISSED,
    )
    model = content_type.model_class()
    content = model.objects.filter(pk=object_id).first() if flags and model else None
    kind = kind_of(content) if content is not None else None
    if kind is not None and kind.kept is not None:
        kind.kept(content)
        purge_pages_after_commit()
    return len(flags)


@transaction.atomic
def release_held(*, moderator, content) -> None:
    """Approve content that waited for a moderator (a newcomer's first post)."""
    kind = kind_of(content)
    if kind is None or kind.release is None:
        raise ModerationError(_("This cannot be approved here."))
    kind.release(content, moderator=moderator)
