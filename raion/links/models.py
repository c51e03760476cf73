"""A site's "Internet resources": an ordered list of links to other official sites."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from raion.network.site_owned import SiteOwnedTranslatable


class ResourceList(SiteOwnedTranslatable):
    panels = [FieldPanel("site"), InlinePanel("items", label=_("Links"))]

    class Meta(SiteOwnedTranslatable.Meta):
        verbose_name = _("Internet resources")
        verbose_name_plural = _("Internet resources")


class Resource(Orderable):
    resource_list = ParentalKey(ResourceList, on_delete=models.CASCADE, related_name="items")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    banner = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("banner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("banner")]
