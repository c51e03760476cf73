"""Officials and units in the site search (raion.search): an official on the leadership
page, a unit on its own page of the structure."""

from django.utils.translation import gettext_lazy as _

from raion.search.registry import SiteRowSource

from .models import Official, Unit


class OfficialSource(SiteRowSource):
    name = kind = "official"
    kinds = {"official": _("Official")}
    model = Official

    def title(self, official):
        return official.name

    def body(self, official):
        return "\n".join(filter(None, (official.position, official.biography)))


class UnitSource(SiteRowSource):
    name = kind = "unit"
    kinds = {"unit": _("Department or organisation")}
    model = Unit

    def title(self, unit):
        return unit.name

    def body(self, unit):
        return "\n".join(filter(None, (unit.head_name, unit.address, unit.functions)))
