"""What the compliance check "required-fields" asks of procedures: each procedure a site
carries out says who accepts it, what to submit and how long it takes."""

from django.db.models import Count, Q
from django.utils.translation import gettext_noop
from wagtail.admin.admin_url_finder import AdminURLFinder

from .local import LocalProcedure, Official


def incomplete_procedures(site):
    """[(label, field msgid, admin URL)] for the site's live procedures with a gap."""
    finder = AdminURLFinder()
    local_details = (
        LocalProcedure.objects.filter(site=site, live=True)
        .select_related("procedure")
        .annotate(
            responsible=Count("officials", filter=Q(officials__role=Official.Role.RESPONSIBLE))
        )
        .order_by("procedure__sort_key", "locale_id")
    )
    for details in local_details:
        procedure = details.procedure
        label = f"{procedure.number} {procedure.name}"
        if not details.department and not details.responsible:
            yield label, gettext_noop("department"), finder.get_edit_url(details) or ""
        national_url = finder.get_edit_url(procedure) or ""
        if not procedure.documents.strip():
            yield label, gettext_noop("documents and information to submit"), national_url
        if not procedure.term.strip():
            yield label, gettext_noop("maximum term"), national_url
