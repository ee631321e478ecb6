from django import forms
from django.utils.translation import gettext_lazy as _

from academy.courses import selectors as course_selectors

from .models import Experiment

COURSE_FIELDS = [f"course_{position}" for position in range(1, Experiment.MAX_B_COURSES + 1)]


class CourseChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, course):
        return f"{course.title} ({course.topic.name})"


class ExperimentForm(forms.Form):
    """A draft: its name and hypothesis, and what B features in place of the curated courses,
    one course per place in B's order."""

    name = forms.CharField(label=_("Name"), max_length=120)
    hypothesis = forms.CharField(
        label=_("Hypothesis"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "What you expect B to change, and why; for example: Beginners' courses first "
            "make more visitors enrol."
        ),
    )
    b_heading = forms.CharField(
        label=_("Heading of B"),
        max_length=120,
        required=False,
        help_text=_("Shown above B's courses. Leave it empty to keep “Featured courses”."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        published = course_selectors.published_courses().order_by("title")
        for position, name in enumerate(COURSE_FIELDS, start=1):
            self.fields[name] = CourseChoiceField(
                queryset=published,
                required=False,
                label=_("B's course %(position)d") % {"position": position},
                empty_label=_("(none)"),
                error_messages={
                    "invalid_choice": _(
                        "This course does not exist or is not published: choose one of the "
                        "published courses."
                    )
                },
            )

    @property
    def course_fields(self):
        return [self[name] for name in COURSE_FIELDS]

    def clean(self):
        cleaned = super().clean()
        courses = [cleaned[name] for name in COURSE_FIELDS if cleaned.get(name)]
        if not any(name in self.errors for name in COURSE_FIELDS):
            if not courses:
                self.add_error(COURSE_FIELDS[0], _("Choose at least one published course for B."))
            elif len({course.pk for course in courses}) != len(courses):
                self.add_error(None, _("Each course can be in B only once."))
        cleaned["b_courses"] = courses
        return cleaned

    @classmethod
    def initial_for(cls, *, experiment: Experiment, courses: list) -> dict:
        initial = {
            "name": experiment.name,
            "hypothesis": experiment.hypothesis,
            "b_heading": experiment.b_heading,
        }
        initial.update(
            {name: course.pk for name, course in zip(COURSE_FIELDS, courses, strict=False)}
        )
        return initial
