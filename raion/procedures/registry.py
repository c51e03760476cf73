"""The national registry of administrative procedures: the part of a procedure that is
the same in every district (its number in the list, name, chapter, documents, fee, term,
validity, legal basis), kept once for the network, one row per language. Only a network
administrator changes it (`wagtail_hooks.NetworkAdminPolicy`).
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

NUMBER_PATTERN = re.compile(r"^\d{1,3}(\.\d{1,3}){0,4}$")
# A stable key per (list, number) in every language and per site: the translation key of
# the registry's rows and of local details, so ru/be/en versions are one item.
KEY_NAMESPACE = uuid.UUID("6c1f0c55-3b1e-4bde-9d8e-6b1b2f0e8a01")


class ProcedureList(models.TextChoices):
    CITIZENS = "citizens", _("Procedures for citizens")
    BUSINESSES = "businesses", _("Procedures for legal entities and individual entrepreneurs")


def sort_key(number: str) -> str:
    """ "1.10.2" sorts after "1.9.1": every part zero-padded."""
    return ".".join(f"{int(part):03}" for part in number.split("."))


def procedure_slug(procedure_list: str, number: str) -> str:
    """The last part of a procedure's URL: "1-1-5" for citizens, "business-8-1-1"."""
    slug = number.replace(".", "-")
    return slug if procedure_list == ProcedureList.CITIZENS else f"business-{slug}"


def number_from_slug(slug: str) -> tuple[str, str]:
    """(list, number) of a slug made by `procedure_slug`."""
    if slug.startswith("business-"):
        return ProcedureList.BUSINESSES, slug.removeprefix("business-").replace("-", ".")
    return ProcedureList.CITIZENS, slug.replace("-", ".")


def validate_number(number):
    if not NUMBER_PATTERN.match(number or ""):
        raise ValidationError(_("A number is digits separated by dots, such as 1.1.5."))


def stable_key(*parts) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, ":".join(str(part) for part in parts))


class Chapter(TranslatableMixin, models.Model):
    """A chapter of a list ("1. Housing"), once per language."""

    procedure_list = models.CharField(_("list"), max_length=20, choices=ProcedureList.choices)
    number = models.CharField(_("number"), max_length=10, validators=[validate_number])
    title = models.CharField(_("title"), max_length=500)
    sort_key = models.CharField(max_length=40, editable=False)

    panels = ["procedure_list", "number", "title"]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chapter of the list")
        verbose_name_plural = _("chapters of the lists")
        ordering = ["procedure_list", "sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["procedure_list", "number", "locale"], name="procedures_chapter_unique"
            )
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def save(self, *args, **kwargs):
        self.sort_key = sort_key(self.number)
        self.translation_key = stable_key("chapter", self.procedure_list, self.number)
        super().save(*args, **kwargs)


# The national part's own fields: what the admin edits and a spreadsheet row carries.
PROCEDURE_FIELDS = [
    "name",
    "documents",
    "requested_by_body",
    "fee_base_units",
    "term",
    "validity",
    "legal_basis",
]


class Procedure(TranslatableMixin, models.Model):
    """The national part of one procedure in one language."""

    procedure_list = models.CharField(_("list"), max_length=20, choices=ProcedureList.choices)
    number = models.CharField(_("number"), max_length=20, validators=[validate_number])
    chapter = models.ForeignKey(
        Chapter, verbose_name=_("chapter"), on_delete=models.PROTECT, related_name="procedures"
    )
    name = models.TextField(_("name"))
    documents = models.TextField(_("documents and information to submit"), blank=True)
    requested_by_body = models.TextField(_("documents the body requests itself"), blank=True)
    # None: free of charge.
    fee_base_units = models.DecimalField(
        _("fee, base units"),
        max_digits=8,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("Leave empty when the procedure is free of charge."),
    )
    term = models.CharField(_("maximum term"), max_length=500, blank=True)
    validity = models.CharField(_("validity of the result"), max_length=500, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True)
    sort_key = models.CharField(max_length=80, editable=False, db_index=True)

    panels = ["procedure_list", "number", "chapter", *PROCEDURE_FIELDS]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("administrative procedure")
        verbose_name_plural = _("administrative procedures")
        ordering = ["procedure_list", "sort_key"]
        constraints = [
            models.UniqueConstraint(
                fields=["procedure_list", "number", "locale"], name="procedures_procedure_unique"
            )
        ]

    def __str__(self):
        return f"{self.number} {self.name[:120]}"

    def save(self, *args, **kwargs):
        self.derive_keys()
        super().save(*args, **kwargs)

    def derive_keys(self):
        """Set the keys that follow from the list and number (also before a bulk insert)."""
        self.sort_key = sort_key(self.number)
        self.translation_key = stable_key("procedure", self.procedure_list, self.number)

    @property
    def slug(self):
        return procedure_slug(self.procedure_list, self.number)

    @property
    def is_free(self):
        return not self.fee_base_units
