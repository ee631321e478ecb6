from django import forms

from .kinds import SPECS


class DeliveryForm(forms.Form):
    """One row per kind of notification: email for each, in the daily digest, or in the
    academy only. Every notification shows in the academy whatever is chosen."""

    def __init__(self, *args, deliveries: dict, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, spec in SPECS.items():
            self.fields[kind.value] = forms.ChoiceField(
                label=spec.label,
                choices=spec.choices,
                initial=deliveries[kind].value,
                widget=forms.RadioSelect,
            )

    def groups(self) -> list[dict]:
        """The fields under the headings of `kinds.py`, in its order."""
        groups: list[dict] = []
        for kind, spec in SPECS.items():
            if not groups or groups[-1]["title"] is not spec.group:
                groups.append({"title": spec.group, "fields": []})
            groups[-1]["fields"].append(self[kind.value])
        return groups
