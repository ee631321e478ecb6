"""The session editor: start and end are entered in the session's own time zone, and the
topic, host and co-hosts must be ones the peers rules allow."""

import zoneinfo

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from academy.courses.models import Topic
from academy.peers.permissions import can
from academy.peers.roles import Role

TEACHING_GROUPS = [Role.PEER_TEACHER.group_name, Role.MENTOR.group_name, Role.CURATOR.group_name]


def _as_wall_clock(value, zone: zoneinfo.ZoneInfo):
    """The aware `value` as a naive time on the clock of `zone`, for the editor's fields."""
    return timezone.localtime(value, zone).replace(tzinfo=None)


class LiveSessionPageForm(WagtailAdminPageForm):
    TIME_FIELDS = ("starts_at", "ends_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        teachers = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=TEACHING_GROUPS)
            .distinct()
            .order_by("username")
        )
        if "host" in self.fields:
            self.fields["host"].queryset = teachers
            if not self.instance.host_id and self.for_user is not None:
                self.initial["host"] = self.for_user.pk
        if "cohosts" in self.fields:
            self.fields["cohosts"].queryset = teachers
        if self.for_user is not None and "topic" in self.fields:
            allowed = [t.pk for t in Topic.objects.all() if can(self.for_user, "session.host", t)]
            self.fields["topic"].queryset = Topic.objects.filter(pk__in=allowed)
            self.fields["topic"].help_text = _("Only topics you may host sessions in are listed.")
        if self.instance.pk:
            # Show stored UTC times on the session's clock: the fields are read on that clock.
            for name in self.TIME_FIELDS:
                value = getattr(self.instance, name)
                if value is not None and name in self.fields:
                    self.initial[name] = _as_wall_clock(value, self.instance.local_zone)
        for name in self.TIME_FIELDS:
            if name in self.fields:
                self.fields[name].help_text = _("On the clock of the session's time zone.")

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("time_zone")
        if zone_name:
            zone = zoneinfo.ZoneInfo(zone_name)
            current = timezone.get_current_timezone()
            for name in self.TIME_FIELDS:
                value = cleaned.get(name)
                if value is not None:
                    # The field parsed the input on the editor's clock; read it on the session's.
                    wall_clock = _as_wall_clock(value, current)
                    cleaned[name] = timezone.make_aware(wall_clock, zone)
        self._check_times(cleaned)
        self._check_people(cleaned)
        return cleaned

    def _check_times(self, cleaned):
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("The session must end after it starts."))
        changed_start = "starts_at" in self.changed_data or not self.instance.pk
        if starts_at and changed_start and starts_at <= timezone.now():
            self.add_error("starts_at", _("Choose a start in the future."))

    def _check_people(self, cleaned):
        topic, host = cleaned.get("topic"), cleaned.get("host")
        cohosts = list(cleaned.get("cohosts") or [])
        if topic is None or host is None:
            return
        if not can(host, "session.host", topic):
            self.add_error(
                "host", _("%(name)s does not teach this topic yet.") % {"name": host.username}
            )
        for cohost in cohosts:
            if cohost.pk == host.pk:
                self.add_error("cohosts", _("The host is already hosting."))
            elif not can(cohost, "session.cohost", topic):
                self.add_error(
                    "cohosts",
                    _("%(name)s cannot co-host in this topic.") % {"name": cohost.username},
                )
        editor = self.for_user
        hosts = {host.pk, *(cohost.pk for cohost in cohosts)}
        if editor is not None and editor.pk not in hosts and not can(editor, "session.curate"):
            self.add_error("host", _("Schedule sessions you host or co-host yourself."))
