from django import forms
from django.utils.translation import gettext_lazy as _

from . import normalise, registry
from .query import Query

ISO_DATE = ["%Y-%m-%d"]
DATE_WIDGET = forms.DateInput(format=ISO_DATE[0], attrs={"type": "date"})


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, strip=True)
    kind = forms.ChoiceField(label=_("Type"), required=False)
    # Browsers send a date field's value as YYYY-MM-DD, whatever the page's language.
    date_from = forms.DateField(
        label=_("Date from"), required=False, input_formats=ISO_DATE, widget=DATE_WIDGET
    )
    date_to = forms.DateField(
        label=_("Date to"), required=False, input_formats=ISO_DATE, widget=DATE_WIDGET
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All types")), *registry.kinds().items()]

    def clean_q(self):
        # A very long query is cut, not refused.
        return normalise.cut(self.cleaned_data["q"])

    def query(self, site_id, language) -> Query:
        """The valid form's query on the site `site_id` in `language`."""
        data = self.cleaned_data
        return Query(site_id, language, data["q"], data["kind"], data["date_from"], data["date_to"])

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return cleaned
