"""The sections of every body's site that this app's pages are (raion.network.sections)."""

from django.utils.translation import gettext_lazy as _

from raion.network.sections import StandardSection

LEADERSHIP = StandardSection(
    "leadership",
    "people.LeadershipPage",
    _("Leadership"),
    _("The leadership of the executive committee, its contacts and reception days."),
    parent="about",
    order=10,
)
STRUCTURE = StandardSection(
    "structure",
    "people.StructurePage",
    _("Structure"),
    _("Departments, services and subordinate organisations of the executive committee."),
    parent="about",
    order=20,
)
