from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from academy.peers.permissions import can

from .models.topics import Topic


class CoursePageForm(WagtailAdminPageForm):
    """A course's topic must be one its author may teach in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "topic" in self.fields:
            allowed = [
                topic.pk
                for topic in Topic.objects.all()
                if can(self.for_user, "course.create", topic)
            ]
            self.fields["topic"].queryset = Topic.objects.filter(pk__in=allowed)
            self.fields["topic"].help_text = _(
                "Only topics you may teach in are listed; mentors of this topic review the course."
            )
