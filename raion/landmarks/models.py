"""The carousel of a site's landmark photos that stands under the header."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from raion.network.site_owned import SiteOwnedTranslatable


class LandmarkCarousel(SiteOwnedTranslatable):
    show_on_inner_pages = models.BooleanField(
        _("show on every page"),
        default=True,
        help_text=_("When off, the carousel appears on the home page only."),
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("show_on_inner_pages"),
        InlinePanel("slides", label=_("Landmarks"), min_num=1),
    ]

    class Meta(SiteOwnedTranslatable.Meta):
        verbose_name = _("landmark carousel")
        verbose_name_plural = _("landmark carousels")


class Landmark(Orderable):
    carousel = ParentalKey(LandmarkCarousel, on_delete=models.CASCADE, related_name="slides")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=200)
    alt_text = models.CharField(
        _("description of the photo"),
        max_length=255,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    link_url = models.URLField(_("link"), blank=True)

    panels = [
        FieldPanel("image"),
        FieldPanel("caption"),
        FieldPanel("alt_text"),
        FieldPanel("link_url"),
    ]
