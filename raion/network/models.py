"""The government bodies of the network and their places in it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Site

from . import moderation


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


class SiteApprovalTask(AbstractGroupApprovalTask):
    """Approval of a site-owned row by moderators of that row's site.

    Wagtail gives a snippet model one workflow for every site, so one task serves them
    all: its groups are every site's moderators, and a member approves the rows of the
    sites they work on only (`raion.network.moderation`)."""

    def user_can_access_editor(self, obj, user):
        return moderation.may_approve(self, obj, user)

    def locked_for_user(self, obj, user):
        return not moderation.may_approve(self, obj, user)

    def user_can_lock(self, obj, user):
        return moderation.may_approve(self, obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if moderation.may_approve(self, obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return moderation.states_to_review(self, user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve the rows of the sites they work on")

    class Meta:
        verbose_name = _("site approval task")
        verbose_name_plural = _("site approval tasks")
