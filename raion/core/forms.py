"""The admin form of a site's identity."""

from urllib.parse import urlsplit

from django import forms
from django.utils.translation import gettext_lazy as _

from raion.network.forms import SiteScopedForm

# The national portal of electronic appeals, обращения.бел, as DNS knows it.
APPEALS_PORTAL_HOST = "xn--80abnmycp7evc.xn--90ais"


def is_on_appeals_portal(url: str) -> bool:
    """Whether `url` is an https address on the national e-appeals portal."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError):
        return False
    return parts.scheme == "https" and host == APPEALS_PORTAL_HOST and port in (None, 443)


class SiteIdentityForm(SiteScopedForm):
    """Every page of a site links to its appeals address: a district's editor may point
    it only at the national portal; a network administrator at any https address."""

    def clean_appeals_url(self):
        url = self.cleaned_data["appeals_url"]
        if self.works_everywhere:
            if urlsplit(url).scheme != "https":
                raise forms.ValidationError(_("Enter an https address."))
        elif not is_on_appeals_portal(url):
            raise forms.ValidationError(
                _(
                    "Enter an https address on the national e-appeals portal "
                    "(обращения.бел); only a network administrator may set another."
                )
            )
        return url
