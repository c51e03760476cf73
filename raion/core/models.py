"""Site identity: who the government body is and how to reach it, per site and language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from raion.network.site_owned import SiteOwnedTranslatable


class SiteIdentity(SiteOwnedTranslatable):
    bilingual_required = True  # basic information: name, address, contacts, hours

    full_name = models.CharField(_("full name of the body"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=120)
    head = models.CharField(
        _("head of the body"),
        max_length=200,
        blank=True,
        help_text=_("Position and name, for example: Chairman Ivan Ivanov."),
    )
    coat_of_arms = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("coat of arms"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    locality = models.CharField(_("locality"), max_length=120, blank=True)
    street = models.CharField(_("street and building"), max_length=200, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail for business correspondence"), blank=True)
    appeals_url = models.URLField(
        _("e-appeals portal"), default="https://обращения.бел/", max_length=255
    )
    appeals_label = models.CharField(
        _("e-appeals link text"),
        max_length=200,
        help_text=_("For example: electronic appeals of citizens and legal entities."),
    )
    working_hours = models.TextField(_("working hours"), blank=True)
    notice = models.CharField(
        _("notice above the header"),
        max_length=300,
        blank=True,
        help_text=_("A short message shown on every page, for example a demonstration notice."),
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("full_name"),
        FieldPanel("short_name"),
        FieldPanel("head"),
        FieldPanel("coat_of_arms"),
        MultiFieldPanel(
            [
                FieldPanel("postcode"),
                FieldPanel("region"),
                FieldPanel("locality"),
                FieldPanel("street"),
            ],
            heading=_("Postal address"),
        ),
        InlinePanel("phones", label=_("Phones")),
        FieldPanel("fax"),
        FieldPanel("email"),
        MultiFieldPanel(
            [FieldPanel("appeals_url"), FieldPanel("appeals_label")],
            heading=_("Electronic appeals"),
        ),
        InlinePanel("social_links", label=_("Social networks")),
        FieldPanel("working_hours"),
        FieldPanel("notice"),
    ]

    class Meta(SiteOwnedTranslatable.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

    def __str__(self):
        return self.short_name or self.full_name

    @property
    def postal_address(self):
        return ", ".join(p for p in (self.postcode, self.region, self.locality, self.street) if p)


class IdentityPhone(Orderable):
    identity = ParentalKey(SiteIdentity, on_delete=models.CASCADE, related_name="phones")
    label = models.CharField(_("label"), max_length=80)
    number = models.CharField(_("number"), max_length=40)

    panels = [FieldPanel("label"), FieldPanel("number")]

    @property
    def tel_uri(self):
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        return f"tel:{digits}"


class SocialLink(Orderable):
    class Network(models.TextChoices):
        # Networks with a Cyrillic name are called by it on ru and be pages.
        VKONTAKTE = "vk", _("VKontakte")
        TELEGRAM = "telegram", "Telegram"
        ODNOKLASSNIKI = "ok", _("Odnoklassniki")
        YOUTUBE = "youtube", "YouTube"
        INSTAGRAM = "instagram", "Instagram"
        FACEBOOK = "facebook", "Facebook"

    identity = ParentalKey(SiteIdentity, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(_("network"), max_length=20, choices=Network.choices)
    url = models.URLField(_("address"))

    panels = [FieldPanel("network"), FieldPanel("url")]
