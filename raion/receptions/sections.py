"""The sections of every body's site that this app's pages are (raion.network.sections)."""

from django.utils.translation import gettext_lazy as _

from raion.network.sections import StandardSection

APPEALS = StandardSection(
    "appeals",
    "receptions.AppealsPage",
    _("Appeals of citizens and legal entities"),
    _("Electronic appeals are submitted through the single portal обращения.бел."),
    order=10,
)
RECEPTIONS = StandardSection(
    "receptions",
    "receptions.ReceptionsPage",
    _("Personal receptions and direct lines"),
    _("When the leadership receives citizens in person and answers direct telephone lines."),
    parent="appeals",
)
