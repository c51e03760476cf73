from django.utils.translation import gettext_lazy as _

from raion.network.forms import SiteScopedForm


class AlertForm(SiteScopedForm):
    """Offers only the user's sites (SiteScopedForm); only a network administrator may
    choose every site."""

    def clean(self):
        cleaned = super().clean()
        all_sites = cleaned.get("all_sites")
        if all_sites and self.for_user is not None and not self.works_everywhere:
            self.add_error(
                "all_sites", _("Only a network administrator may show an alert on every site.")
            )
        if not all_sites and not cleaned.get("sites"):
            self.add_error("sites", _("Choose the sites, or every site of the network."))
        return cleaned
