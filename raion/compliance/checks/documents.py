"""Documents without a text layer (a scanned PDF that screen readers and search cannot
read). The documents app answers through the hook `compliance_documents_without_text`:
a function from a site to [(document title, admin URL)]."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from ..registry import RECOMMENDED, Finding, HookCheck, register


@register
class DocumentTextCheck(HookCheck):
    id = "document-text"
    title = _("Documents with a text layer")
    severity = RECOMMENDED
    order = 60
    hook = "compliance_documents_without_text"

    def finding(self, title, url):
        return Finding(
            gettext_noop("The document “%(title)s” has no text layer."), {"title": title}, url
        )
