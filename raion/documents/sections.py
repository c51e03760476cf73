"""The section of every body's site that this app's library is (raion.network.sections)."""

from django.utils.translation import gettext_lazy as _

from raion.network.sections import StandardSection

LIBRARY = StandardSection(
    "documents",
    "documents.DocumentLibraryPage",
    _("Documents"),
    _(
        "Decisions of the executive committee, orders of its chairman, regulations, plans "
        "and reports."
    ),
    order=30,
)
