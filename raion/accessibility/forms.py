from django import forms
from django.utils.translation import gettext_lazy as _

from .preferences import SETTINGS, Preferences


class PreferencesForm(forms.Form):
    """One group of radio buttons per setting; all of them are always sent."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for setting in SETTINGS:
            message = _("Choose one of the options for “%(setting)s”.") % {"setting": setting.label}
            self.fields[setting.name] = forms.ChoiceField(
                label=setting.label,
                choices=[(choice.value, choice.label) for choice in setting.choices],
                initial=setting.default,
                widget=forms.RadioSelect,
                error_messages={"required": message, "invalid_choice": message},
            )

    def preferences(self) -> Preferences:
        return Preferences(**self.cleaned_data)
