"""Procedures and schedules left with empty required fields: what a citizen needs to act
on them (who accepts a procedure, where a reception is held, which number a line has).
The apps that own such rows answer through the hook `compliance_incomplete_rows`: a
function from a site to [(row label, field name msgid, admin URL)]. Without one the
check does not apply."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import hooks

from ..registry import REQUIRED, Check, Finding, NotApplicable, register

HOOK = "compliance_incomplete_rows"


@register
class RequiredFieldsCheck(Check):
    id = "required-fields"
    title = _("Procedures and schedules with every required field")
    severity = REQUIRED
    order = 35

    def run(self, site):
        providers = hooks.get_hooks(HOOK)
        if not providers:
            raise NotApplicable
        return [
            Finding(
                gettext_noop("“%(row)s”: %(field)s is empty."),
                {"row": label, "field": field},
                url,
            )
            for provider in providers
            for label, field, url in provider(site)
        ]
