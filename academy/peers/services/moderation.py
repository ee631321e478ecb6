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
from .reputation import award


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
def remove_content(*, moderator, content, note: str = "") -> int:
    """Hide reported content everywhere it is shown, resolve its open reports, take the
    penalty from its author once and tell them why. Returns the number of reports resolved;
    repeating it resolves nothing more and costs nothing more."""
    kind = kind_of(content)
    if kind is None:
        raise ModerationError(_("This cannot be removed here."))
    content_type = ContentType.objects.get_for_model(content)
    flags = _resolve(
        _open_flags(content_type=content_type, object_id=content.pk),
        moderator=moderator,
        status=Flag.Status.REMOVED,
    )
    if not flags:
        return 0
    # Removed content leaves cached pages too; the bulk update above sends no signal.
    purge_pages_after_commit()
    author = kind.author(content)
    topic = kind.topic(content)
    transaction.on_commit(
        lambda: award(
            user=author,
            cause=Cause.CONTENT_REMOVED,
            cause_key=f"content_removed:{content_type.app_label}.{content_type.model}:{content.pk}",
            topic=topic,
            source=content,
        )
    )
    community_emails.content_removed(
        author=author,
        kind=kind,
        text=kind.text(content),
        url=kind.url(content),
        reasons=sorted({str(flag.get_reason_display()) for flag in flags}),
        note=clean_text(note),
    )
    return len(flags)


@transaction.atomic
def dismiss_flags(*, moderator, content_type: ContentType, object_id: int) -> int:
    """Nothing wrong: close the object's open reports. Returns how many were closed."""
    flags = _open_flags(content_type=content_type, object_id=object_id)
    return len(_resolve(flags, moderator=moderator, status=Flag.Status.DISMISSED))
