import re

from django import forms

from .models import COMMENT_MAX_LENGTH

# Control characters other than tab and line breaks: PostgreSQL refuses NUL in text, and
# the others have no place in a comment.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FeedbackForm(forms.Form):
    page = forms.IntegerField(min_value=1, max_value=2**31 - 1)
    useful = forms.TypedChoiceField(
        choices=[("yes", "yes"), ("no", "no")], coerce=lambda value: value == "yes"
    )
    comment = forms.CharField(required=False, max_length=COMMENT_MAX_LENGTH)

    def clean_comment(self):
        return _CONTROL.sub("", self.cleaned_data["comment"]).strip()
