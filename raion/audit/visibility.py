"""Which audit entries a user may read: a network administrator every entry, anybody else
with the report's permission the entries of the sites they work on."""

from raion.network.permissions import is_network_admin, site_ids_of

from .models import AuditEntry

VIEW_PERMISSION = "audit.view_auditentry"


def can_read_audit_log(user) -> bool:
    return is_network_admin(user) or (user.is_active and user.has_perm(VIEW_PERMISSION))


def entries_visible_to(user):
    if is_network_admin(user):
        return AuditEntry.objects.all()
    if not can_read_audit_log(user):
        return AuditEntry.objects.none()
    return AuditEntry.objects.filter(site_id__in=site_ids_of(user))
