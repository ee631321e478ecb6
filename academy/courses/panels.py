"""An editor panel that shows a course's authors how their course is doing."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class CourseFiguresPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/course_figures_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            if self.instance.pk:
                # Imported here: page models load this module before the selectors exist.
                from .selectors import course_figures

                context["figures"] = course_figures(course=self.instance)
            return context

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("How your course is doing"))
        super().__init__(**kwargs)
