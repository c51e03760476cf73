"""The admin's import and export of the registry, for network administrators."""

import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from raion.network.permissions import is_network_admin

from . import spreadsheets, transfer

logger = logging.getLogger(__name__)

FORMATS = {
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        transfer.export_xlsx,
    ),
    "csv": ("text/csv; charset=utf-8", transfer.export_csv),
}


class NetworkAdminOnly:
    def dispatch(self, request, *args, **kwargs):
        if not is_network_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportForm(forms.Form):
    file = forms.FileField(label=_("XLSX or CSV file"))
    dry_run = forms.BooleanField(
        label=_("Dry run: show the changes without saving them"), required=False, initial=True
    )


class ImportView(NetworkAdminOnly, WagtailAdminTemplateMixin, FormView):
    form_class = ImportForm
    template_name = "procedures/admin/import.html"
    page_title = _("Import procedures")

    def get_context_data(self, **kwargs):
        return super().get_context_data(columns=", ".join(spreadsheets.COLUMNS), **kwargs)

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        result = error = None
        if upload.size > spreadsheets.MAX_FILE_BYTES:
            error = _("The file is larger than %(limit)s MB.") % {
                "limit": spreadsheets.MAX_FILE_BYTES // 2**20
            }
        else:
            try:
                result = transfer.import_file(
                    upload.read(), upload.name, dry_run=form.cleaned_data["dry_run"]
                )
            except spreadsheets.TransferError as exc:
                error = str(exc)
                logger.warning("Procedures import of %r refused: %s", upload.name, error)
        if result is not None and result.problems:
            logger.warning(
                "Procedures import of %r: %d problems, nothing imported",
                upload.name,
                len(result.problems),
            )
        return self.render_to_response(self.get_context_data(form=form, result=result, error=error))


class ExportView(NetworkAdminOnly, View):
    def get(self, request, file_format):
        if file_format not in FORMATS:
            raise Http404
        content_type, export = FORMATS[file_format]
        response = HttpResponse(export(), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="procedures.{file_format}"'
        return response
