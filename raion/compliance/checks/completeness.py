"""Procedures and schedules left with empty required fields: what a citizen needs to act
on them (who accepts a procedure, where a reception is held, which number a line has).
The apps that own such rows answer through the hook `compliance_incomplete_rows`: a
function from a site to [(row label, field name msgid, admin URL)]."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from ..registry import REQUIRED, Finding, HookCheck, register


@register
class RequiredFieldsCheck(HookCheck):
    id = "required-fields"
    title = _("Procedures and schedules with every required field")
    severity = REQUIRED
    order = 35
    hook = "compliance_incomplete_rows"

    def finding(self, label, field, url):
        return Finding(
            gettext_noop("“%(row)s”: %(field)s is empty."), {"row": label, "field": field}, url
        )
