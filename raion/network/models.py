"""The government bodies of the network and their places in it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class GovernmentBody(models.Model):
    """The body whose official site a Wagtail site is: a region or one of its districts."""

    class Kind(models.TextChoices):
        REGION = "region", _("Regional Executive Committee")
        DISTRICT = "district", _("District Executive Committee")

    site = models.OneToOneField(
        Site, verbose_name=_("site"), on_delete=models.CASCADE, related_name="body"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DISTRICT)
    region = models.ForeignKey(
        "self",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="districts",
        limit_choices_to={"kind": Kind.REGION},
    )

    class Meta:
        verbose_name = _("government body")
        verbose_name_plural = _("government bodies")
        permissions = [("administer_network", _("Can administer every site of the network"))]

    def __str__(self):
        return self.site.site_name or self.site.hostname
