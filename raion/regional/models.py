"""What the regional committee's site adds to the network: the districts' choice to hide a
shared regional article, and the directory of the region's districts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Site

from raion.core.pages import SitePage

from . import directory


class HiddenRegionalItem(models.Model):
    """A regional article a district's editors took off their site. Kept apart from the
    copies (which follow the original on every publish), so the choice outlives edits."""

    site = models.ForeignKey(Site, verbose_name=_("site"), on_delete=models.CASCADE)
    original = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("regional article"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    hidden_at = models.DateTimeField(_("hidden at"), auto_now_add=True)

    class Meta:
        verbose_name = _("hidden regional article")
        verbose_name_plural = _("hidden regional articles")
        constraints = [
            models.UniqueConstraint(fields=["site", "original"], name="regional_hidden_once")
        ]

    def __str__(self):
        return f"{self.original} ({self.site})"


class DirectoryPage(SitePage):
    """The regional site's list of its districts, from their sites' identity rows."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = SitePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("directory of districts")
        verbose_name_plural = _("directories of districts")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["districts"] = directory.districts_of(self.owner_site_id, self.locale.language_code)
        return context
