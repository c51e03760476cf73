"""The signals that write audit entries: one entry per event.

Logins, logouts and lockouts come from django.contrib.auth's and django-axes's signals;
users, groups, permissions and sites from their models' signals (whether changed in the
admin, a command or the shell); Wagtail's page and snippet actions from Wagtail's own log
entries, mirrored here with the site they belong to. Wagtail also logs its admin's edits of
users, groups and sites: those are skipped, the model signals have recorded them already.
"""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    ModelLogEntry,
    Page,
    PageLogEntry,
    Site,
)

from raion.network.signals import owning_site_id
from raion.network.sites import site_id_for_path

from . import actions
from .context import current_request
from .models import AuditEntry
from .record import record

# A user's fields whose change is not an account change worth recording.
UNTRACKED_USER_FIELDS = {"last_login", "password"}


def _record(action, **kwargs):
    return record(action, request=current_request.get(), **kwargs)


def _on_login(sender, request, user, **kwargs):
    record(actions.LOGIN, request=request, user=user)


def _on_login_failed(sender, credentials, request=None, **kwargs):
    record(actions.LOGIN_FAILED, request=request, username=credentials.get("username") or "")


def _on_logout(sender, request, user, **kwargs):
    record(actions.LOGOUT, request=request, user=user)


def _on_locked_out(sender, request, username, ip_address, **kwargs):
    record(
        actions.LOCKOUT, request=request, username=username or "", details={"address": ip_address}
    )


def _loaded_values(instance):
    # Deferred fields are left out: reading one would load it from the database.
    return {
        f.attname: instance.__dict__[f.attname]
        for f in instance._meta.concrete_fields
        if f.attname in instance.__dict__
    }


def _snapshot(instance, **kwargs):
    instance._audit_snapshot = _loaded_values(instance)


def _changed_fields(instance):
    before = getattr(instance, "_audit_snapshot", {})
    return sorted(
        name
        for name, value in _loaded_values(instance).items()
        if name in before and before[name] != value
    )


def _on_user_saved(sender, instance, created, **kwargs):
    changed = _changed_fields(instance)
    _snapshot(instance)
    if created:
        _record(actions.USER_CREATED, object_label=instance.get_username())
        return
    if "password" in changed:
        _record(actions.PASSWORD_CHANGED, object_label=instance.get_username())
    tracked = [name for name in changed if name not in UNTRACKED_USER_FIELDS]
    if tracked:
        _record(
            actions.USER_CHANGED, object_label=instance.get_username(), details={"fields": tracked}
        )


def _on_user_deleted(sender, instance, **kwargs):
    _record(actions.USER_DELETED, object_label=instance.get_username())


def _on_group_saved(sender, instance, created, **kwargs):
    changed = _changed_fields(instance)
    _snapshot(instance)
    if created:
        _record(actions.GROUP_CREATED, object_label=instance.name)
    elif changed:
        _record(actions.GROUP_CHANGED, object_label=instance.name, details={"fields": changed})


def _on_group_deleted(sender, instance, **kwargs):
    _record(actions.GROUP_DELETED, object_label=instance.name)


def _m2m_recorder(audit_action):
    """A receiver recording one `audit_action` entry per change of a many-to-many relation."""

    def receiver(sender, instance, action, reverse, model, pk_set, **kwargs):
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if action != "post_clear" and not pk_set:
            return
        names = sorted(str(obj) for obj in model.objects.filter(pk__in=pk_set or ()))
        _record(
            audit_action,
            object_label=_describe(instance),
            details={action.removeprefix("post_"): names},
        )

    return receiver


def _describe(instance):
    return instance.get_username() if hasattr(instance, "get_username") else str(instance)


def _on_object_permission_change(sender, instance, **kwargs):
    site_id = None
    if isinstance(instance, GroupPagePermission):
        path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
        site_id = site_id_for_path(path) if path else None
    change = "removed" if kwargs.get("signal") is post_delete else "added"
    _record(
        actions.GROUP_PERMISSIONS_CHANGED,
        object_label=str(instance.group),
        site=Site.objects.filter(pk=site_id).first() if site_id else None,
        details={change: [str(instance)]},
    )


def _on_site_saved(sender, instance, created, **kwargs):
    _record(
        actions.SITE_CREATED if created else actions.SITE_CHANGED,
        site=instance,
        object_label=str(instance),
    )


def _on_site_deleted(sender, instance, **kwargs):
    # Entries recorded while the site's pages were being deleted (in the same cascade, after
    # Django collected the rows to set to null) still name it: let go of them as SET_NULL
    # would, or the foreign key fails at commit.
    AuditEntry.objects.filter(site_id=instance.pk).update(site=None)
    _record(actions.SITE_DELETED, object_label=str(instance))


def _site_of_log_entry(entry):
    if isinstance(entry, PageLogEntry):
        path = Page.objects.filter(pk=entry.page_id).values_list("path", flat=True).first()
        site_id = site_id_for_path(path) if path else None
    else:
        model = entry.content_type.model_class()
        instance = model and model._default_manager.filter(pk=entry.object_id).first()
        site_id = instance and (owning_site_id(instance) or getattr(instance, "site_id", None))
    return Site.objects.filter(pk=site_id).first() if site_id else None


def _on_wagtail_log_entry(sender, instance, created, **kwargs):
    if not created:
        return
    recorded_by_model_signals = (get_user_model(), Group, Site)
    if instance.content_type.model_class() in recorded_by_model_signals:
        return
    record(
        instance.action,
        request=current_request.get(),
        user=instance.user,
        site=_site_of_log_entry(instance),
        object_label=instance.label,
        details={"content_type": instance.content_type.model, "object_id": str(instance.object_id)},
    )


def connect():
    User = get_user_model()
    user_logged_in.connect(_on_login, dispatch_uid="raion-audit-login")
    user_login_failed.connect(_on_login_failed, dispatch_uid="raion-audit-login-failed")
    user_logged_out.connect(_on_logout, dispatch_uid="raion-audit-logout")
    user_locked_out.connect(_on_locked_out, dispatch_uid="raion-audit-lockout")
    for model, saved, deleted in (
        (User, _on_user_saved, _on_user_deleted),
        (Group, _on_group_saved, _on_group_deleted),
    ):
        uid = f"raion-audit-{model._meta.label_lower}"
        post_init.connect(_snapshot, sender=model, dispatch_uid=f"{uid}-init")
        post_save.connect(saved, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(deleted, sender=model, dispatch_uid=f"{uid}-delete")
    for relation, audit_action in (
        (User.groups, actions.USER_GROUPS_CHANGED),
        (User.user_permissions, actions.USER_PERMISSIONS_CHANGED),
        (Group.permissions, actions.GROUP_PERMISSIONS_CHANGED),
    ):
        m2m_changed.connect(
            _m2m_recorder(audit_action),
            sender=relation.through,
            dispatch_uid=f"raion-audit-{relation.through._meta.label_lower}",
            weak=False,
        )
    for model in (GroupPagePermission, GroupCollectionPermission):
        uid = f"raion-audit-{model._meta.label_lower}"
        post_save.connect(_on_object_permission_change, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(
            _on_object_permission_change, sender=model, dispatch_uid=f"{uid}-delete"
        )
    post_save.connect(_on_site_saved, sender=Site, dispatch_uid="raion-audit-site-save")
    post_delete.connect(_on_site_deleted, sender=Site, dispatch_uid="raion-audit-site-delete")
    for model in (PageLogEntry, ModelLogEntry):
        post_save.connect(
            _on_wagtail_log_entry,
            sender=model,
            dispatch_uid=f"raion-audit-{model._meta.label_lower}",
        )
