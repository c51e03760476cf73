"""The section of every body's site that this app's catalogue is (raion.network.sections)."""

from django.utils.translation import gettext_lazy as _

from raion.network.sections import StandardSection

CATALOGUE = StandardSection(
    "procedures",
    "procedures.ProcedureCatalogPage",
    _("Administrative procedures"),
    _(
        "The administrative procedures the executive committee carries out for citizens, "
        "legal entities and individual entrepreneurs: documents, fees, terms and who "
        "accepts them."
    ),
    order=20,
)
