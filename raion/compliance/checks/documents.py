"""Documents without a text layer (a scanned PDF that screen readers and search cannot
read). The documents app answers through the hook `compliance_documents_without_text`:
a function from a site to [(document title, admin URL)]. Without one the check does not
apply."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from wagtail import hooks

from ..registry import RECOMMENDED, Check, Finding, NotApplicable, register

HOOK = "compliance_documents_without_text"


@register
class DocumentTextCheck(Check):
    id = "document-text"
    title = _("Documents with a text layer")
    severity = RECOMMENDED
    order = 60

    def run(self, site):
        providers = hooks.get_hooks(HOOK)
        if not providers:
            raise NotApplicable
        return [
            Finding(
                gettext_noop("The document “%(title)s” has no text layer."), {"title": title}, url
            )
            for provider in providers
            for title, url in provider(site)
        ]
