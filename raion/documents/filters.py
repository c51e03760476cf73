"""The GET filters of a documents library: kind, year and status. Anything a form would
refuse (an unknown kind, "year=abc") is left out of the filter and named in the page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models.documents import OfficialDocument


class DocumentFilterForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("All kinds")), *OfficialDocument.Kind.choices],
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *OfficialDocument.Status.choices],
    )

    def __init__(self, data, years):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [(year, year) for year in years]

    def apply(self, documents):
        """`documents` narrowed by the valid filters."""
        self.is_valid()
        chosen = getattr(self, "cleaned_data", {})
        if chosen.get("kind"):
            documents = documents.filter(kind=chosen["kind"])
        if chosen.get("year"):
            documents = documents.filter(adopted__year=chosen["year"])
        if chosen.get("status"):
            documents = documents.filter(status=chosen["status"])
        return documents

    def query_string(self):
        """The valid filters as a query string, for the pagination links."""
        chosen = getattr(self, "cleaned_data", {})
        return "&".join(f"{name}={value}" for name, value in chosen.items() if value)

    def key(self):
        return self.query_string() or "all"
