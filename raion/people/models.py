"""Who leads a body and how it is organised: its officials, and its departments, services
and subordinate organisations as one tree.

Rows, not pages: each belongs to one site and exists once per language (linked by
`translation_key`), so the site-scoped admin keeps districts apart, and the leadership,
structure and receptions pages list them in a fixed number of queries.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from raion.network.site_owned import SiteOwnedTranslatable


class SiteListRow(SiteOwnedTranslatable):
    """A row of a list a site keeps in each language (many rows per site and language)."""

    sort_order = models.PositiveIntegerField(
        _("order on the page"), default=0, help_text=_("Smaller numbers come first.")
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "pk"]


class Official(index.Indexed, SiteListRow):
    """A member of the body's leadership."""

    bilingual_required = True  # basic information about the body (Resolution No. 645)
    shown_on = ("people.LeadershipPage",)

    name = models.CharField(_("full name"), max_length=200)
    position = models.CharField(_("position"), max_length=300)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("description of the photo"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    biography = models.TextField(_("short biography"), blank=True)

    panels = [
        FieldPanel("site"),
        FieldPanel("name"),
        FieldPanel("position"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("biography"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("position")]

    class Meta(SiteListRow.Meta):
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def __str__(self):
        return f"{self.name} ({self.locale})" if self.locale_id else self.name

    def shown_at(self, leadership):
        return f"#official-{self.pk}"


class Unit(index.Indexed, SiteListRow):
    """A department, a service or a subordinate organisation; `parent` makes the tree."""

    bilingual_required = True  # the structure of the body (Resolution No. 645)
    shown_on = ("people.StructurePage",)

    class Kind(models.TextChoices):
        DEPARTMENT = "department", _("department")
        SERVICE = "service", _("service")
        SUBORDINATE = "subordinate", _("subordinate organisation")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("The last part of the unit's address; the same in every language."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    head = models.ForeignKey(
        Official,
        verbose_name=_("head (from the leadership)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    head_name = models.CharField(
        _("head"), max_length=300, blank=True, help_text=_("Name and position of the head.")
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    room = models.CharField(_("room"), max_length=50, blank=True)
    phone = models.CharField(_("phone"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_days = models.CharField(
        _("working days"),
        max_length=20,
        blank=True,
        default="MO,TU,WE,TH,FR",
        help_text=_("Two-letter days separated by commas: MO,TU,WE,TH,FR."),
    )
    opens = models.TimeField(_("opens at"), null=True, blank=True)
    closes = models.TimeField(_("closes at"), null=True, blank=True)
    hours_note = models.CharField(_("hours, in words"), max_length=300, blank=True)
    functions = models.TextField(_("functions"), blank=True)

    panels = [
        FieldPanel("site"),
        FieldPanel("kind"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("parent"),
        MultiFieldPanel([FieldPanel("head"), FieldPanel("head_name")], heading=_("Head")),
        FieldPanel("address"),
        FieldPanel("room"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("opening_days"),
                FieldPanel("opens"),
                FieldPanel("closes"),
                FieldPanel("hours_note"),
            ],
            heading=_("Hours"),
        ),
        FieldPanel("functions"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name")]

    class Meta(SiteListRow.Meta):
        verbose_name = _("department or organisation")
        verbose_name_plural = _("structure")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "locale", "slug"], name="people_unit_one_slug_per_site_locale"
            )
        ]

    def __str__(self):
        return self.name

    def shown_at(self, structure):
        return structure.reverse_subpage("unit", kwargs={"slug": self.slug})

    @property
    def head_label(self):
        return f"{self.head.name}, {self.head.position}" if self.head else self.head_name


# The page types live beside the rows they list; imported so that Django registers them.
from .pages import LeadershipPage, StructurePage  # noqa: E402, F401
