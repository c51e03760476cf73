"""A site's official documents (decisions, orders, regulations, plans, reports), their
files and the links between them, and the public library page that lists them."""

import os

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from raion.network.site_owned import SiteOwnedTranslatable

from .. import formats
from ..validation import validate_upload


class OfficialDocument(SiteOwnedTranslatable):
    """One document in one language; its versions in other languages share its
    `translation_key`."""

    shown_on = ("documents.DocumentLibraryPage",)

    class Kind(models.TextChoices):
        DECISION = "decision", _("decision of the executive committee")
        ORDER = "order", _("order of the chairman")
        REGULATION = "regulation", _("regulation")
        PLAN = "plan", _("plan")
        REPORT = "report", _("report")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        AMENDED = "amended", _("amended")
        LAPSED = "lapsed", _("lapsed")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    number = models.CharField(_("number"), max_length=50, blank=True)
    adopted = models.DateField(_("date adopted"))
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)

    panels = [
        FieldPanel("site"),
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("number"), FieldPanel("adopted")],
            heading=_("Registration"),
        ),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("status"),
        InlinePanel("files", label=_("Files"), min_num=0),
        InlinePanel("relations", label=_("Links to other documents")),
    ]

    class Meta(SiteOwnedTranslatable.Meta):
        verbose_name = _("official document")
        verbose_name_plural = _("official documents")
        # Many documents per site and language, unlike the other site-owned rows.
        constraints = []
        indexes = [models.Index(fields=["site", "locale", "-adopted"])]
        ordering = ["-adopted", "-pk"]

    def __str__(self):
        return self.heading

    def shown_at(self, library):
        return library.reverse_subpage("document", kwargs={"document_id": self.pk})

    def text_extraction(self):
        """What the operator needs to know of the files' text: failures and why."""
        states = [
            f"{file}: {file.get_extraction_display()}"
            + (f" ({file.extraction_error})" if file.extraction_error else "")
            for file in self.files.all()
        ]
        return "; ".join(states)

    text_extraction.short_description = _("text extraction")

    @property
    def heading(self):
        """ "Decision of the executive committee No 12 of 3 March 2026" without the date:
        kind and number, as the document is cited."""
        kind = self.get_kind_display()
        kind = kind[:1].upper() + kind[1:]
        return f"{kind} № {self.number}" if self.number else kind


class DocumentRelation(Orderable):
    """`document` amends or lapses `target`; the target's page shows the reverse."""

    class Kind(models.TextChoices):
        AMENDS = "amends", _("amends")
        LAPSES = "lapses", _("declares lapsed")

    document = ParentalKey(OfficialDocument, on_delete=models.CASCADE, related_name="relations")
    kind = models.CharField(_("link"), max_length=20, choices=Kind.choices)
    target = models.ForeignKey(
        OfficialDocument,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="incoming_relations",
    )

    panels = [FieldPanel("kind"), FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("link to a document")

    def clean(self):
        # The library shows a link only to a document of its own site and language.
        document, target = self.document, self.target if self.target_id else None
        if target is None or document is None:
            return
        if target.site_id != document.site_id or target.locale_id != document.locale_id:
            raise ValidationError({"target": _("Choose a document of the same site and language.")})
        if document.pk is not None and target.pk == document.pk:
            raise ValidationError({"target": _("A document cannot refer to itself.")})


def upload_path(instance, filename):
    # Each site's files apart, so a site's media can be listed, backed up or removed alone.
    return os.path.join("documents", str(instance.document.site_id), filename)


class DocumentFile(Orderable):
    class Extraction(models.TextChoices):
        PENDING = "pending", _("waiting")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    document = ParentalKey(OfficialDocument, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(
        _("file"),
        upload_to=upload_path,
        max_length=300,
        validators=[validate_upload],
        help_text=_("PDF, DOCX or ODT."),
    )
    label = models.CharField(
        _("label"), max_length=200, blank=True, help_text=_("For example: appendix 1.")
    )
    format = models.CharField(_("format"), max_length=10, editable=False)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0, editable=False)
    # The text of the file for search (raion.documents.text.document_text).
    text = models.TextField(_("text"), blank=True, editable=False)
    extraction = models.CharField(
        _("text extraction"),
        max_length=10,
        choices=Extraction.choices,
        default=Extraction.PENDING,
        editable=False,
    )
    extraction_error = models.TextField(_("extraction error"), blank=True, editable=False)

    panels = [FieldPanel("file"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def __str__(self):
        return self.label or os.path.basename(self.file.name)

    def save(self, *args, **kwargs):
        if self.file and not getattr(self.file, "_committed", True):
            # A new upload: describe it, and its text is to be extracted again.
            self.format = formats.format_of(self.file.name)
            self.size = self.file.size
            self.text, self.extraction_error = "", ""
            self.extraction = self.Extraction.PENDING
        super().save(*args, **kwargs)

    @property
    def description(self):
        return formats.describe(self.format, self.size)
