"""What each body adds to a procedure: department, officials, stand-ins, "one window",
the online link and notes, as rows of its site (one per procedure and language), with
revisions and moderation; and the site's "one window" service."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)

from raion.network.site_owned import SiteOwnedTranslatable

from .registry import Procedure, stable_key


class LocalProcedure(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, SiteOwnedTranslatable
):
    """How one body carries out one procedure, in the procedure's language."""

    bilingual_required = True
    one_per_site = False  # one per site, procedure and language
    shown_on = ("procedures.ProcedureCatalogPage",)

    procedure = models.ForeignKey(
        Procedure,
        verbose_name=_("procedure"),
        on_delete=models.CASCADE,
        related_name="local_details",
    )
    department = models.CharField(_("department"), max_length=300, blank=True)
    one_window = models.BooleanField(_("accepted by the one-window service"), default=True)
    online_url = models.URLField(
        _("online application"),
        blank=True,
        help_text=_(
            "The procedure's address on the e-services portal, if it can be applied for online."
        ),
    )
    notes = models.TextField(_("local notes"), blank=True)

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="local_procedure",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="local_procedure",
        for_concrete_model=False,
    )

    panels = [
        FieldPanel("site"),
        FieldPanel("procedure", widget=forms.Select),
        FieldPanel("department"),
        FieldPanel("one_window"),
        FieldPanel("online_url"),
        FieldPanel("notes"),
        InlinePanel("officials", label=_("Officials")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("local details of a procedure")
        verbose_name_plural = _("local details of procedures")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "procedure"], name="procedures_localprocedure_unique"
            )
        ]

    def __str__(self):
        return f"{self.procedure.number} — {self.site}"

    def shown_at(self, catalogue):
        return catalogue.reverse_subpage("procedure", args=[self.procedure.slug])

    def save(self, *args, **kwargs):
        self.derive_keys()
        super().save(*args, **kwargs)

    def derive_keys(self):
        """Set the language and key that follow from the site and procedure (also before a
        bulk insert)."""
        procedure = self.procedure
        self.locale_id = procedure.locale_id
        self.translation_key = stable_key(
            "local", self.site_id, procedure.procedure_list, procedure.number
        )


class Official(Orderable):
    class Role(models.TextChoices):
        RESPONSIBLE = "responsible", _("responsible")
        STAND_IN = "stand-in", _("stands in")

    local_procedure = ParentalKey(
        LocalProcedure, on_delete=models.CASCADE, related_name="officials"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.RESPONSIBLE
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=300, blank=True)
    room = models.CharField(_("room"), max_length=50, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = ["role", "name", "position", "room", "phone", "email"]


class OneWindowService(SiteOwnedTranslatable):
    """The site's "one window" service: where and when procedures are applied for."""

    bilingual_required = True

    address = models.CharField(_("address"), max_length=300)
    hours = models.TextField(_("working hours"))
    phones = models.CharField(_("phones"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    panels = ["site", "address", "hours", "phones", "email", "notes"]

    class Meta(SiteOwnedTranslatable.Meta):
        verbose_name = _("one-window service")
        verbose_name_plural = _("one-window service")
