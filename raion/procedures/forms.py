"""The catalogue's filters: a GET form, so they work without JavaScript and every
filtered listing has its own address."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .queries import Filters
from .registry import ProcedureList


class FilterForm(forms.Form):
    procedure_list = forms.ChoiceField(label=_("List"), required=False)
    chapter = forms.ChoiceField(label=_("Chapter"), required=False)
    department = forms.ChoiceField(label=_("Department"), required=False)
    online = forms.BooleanField(label=_("Can be applied for online"), required=False)
    text = forms.CharField(label=_("Name or number contains"), required=False, max_length=100)

    def __init__(self, data, choices):
        super().__init__(data)
        everything = [("", _("All"))]
        self.fields["procedure_list"].choices = everything + list(ProcedureList.choices)
        labels = dict(ProcedureList.choices)
        self.fields["chapter"].choices = everything + [
            (labels[procedure_list], chapters) for procedure_list, chapters in choices["chapters"]
        ]
        self.fields["department"].choices = everything + [
            (name, name) for name in choices["departments"]
        ]

    def filters(self) -> Filters:
        """The valid filters; a field with a value it cannot take filters nothing."""
        self.is_valid()
        values = {name: self.cleaned_data.get(name) for name in self.fields}
        return Filters(
            procedure_list=values["procedure_list"] or "",
            chapter=values["chapter"] or "",
            department=values["department"] or "",
            online=bool(values["online"]),
            text=(values["text"] or "").strip(),
        )
