"""What the audit log records. Wagtail's own page and snippet actions keep their names
("wagtail.publish", "wagtail.edit", …) and labels from Wagtail's log action registry."""

from django.utils.translation import gettext_lazy as _

LOGIN = "raion.login"
LOGIN_FAILED = "raion.login_failed"
LOGOUT = "raion.logout"
LOCKOUT = "raion.lockout"
UNLOCK = "raion.unlock"
SECOND_FACTOR_ENROLLED = "raion.second_factor_enrolled"
SECOND_FACTOR_RESET = "raion.second_factor_reset"
PASSWORD_CHANGED = "raion.password_changed"  # noqa: S105 (an action name)
USER_CREATED = "raion.user_created"
USER_CHANGED = "raion.user_changed"
USER_DELETED = "raion.user_deleted"
USER_GROUPS_CHANGED = "raion.user_groups_changed"
USER_PERMISSIONS_CHANGED = "raion.user_permissions_changed"
GROUP_CREATED = "raion.group_created"
GROUP_CHANGED = "raion.group_changed"
GROUP_DELETED = "raion.group_deleted"
GROUP_PERMISSIONS_CHANGED = "raion.group_permissions_changed"
SITE_CREATED = "raion.site_created"
SITE_CHANGED = "raion.site_changed"
SITE_DELETED = "raion.site_deleted"

LABELS = {
    LOGIN: _("Sign-in"),
    LOGIN_FAILED: _("Failed sign-in"),
    LOGOUT: _("Sign-out"),
    LOCKOUT: _("Lockout"),
    UNLOCK: _("Unlock"),
    SECOND_FACTOR_ENROLLED: _("Two-factor enrolment"),
    SECOND_FACTOR_RESET: _("Two-factor reset"),
    PASSWORD_CHANGED: _("Password change"),
    USER_CREATED: _("User created"),
    USER_CHANGED: _("User changed"),
    USER_DELETED: _("User deleted"),
    USER_GROUPS_CHANGED: _("User's groups changed"),
    USER_PERMISSIONS_CHANGED: _("User's permissions changed"),
    GROUP_CREATED: _("Group created"),
    GROUP_CHANGED: _("Group changed"),
    GROUP_DELETED: _("Group deleted"),
    GROUP_PERMISSIONS_CHANGED: _("Group's permissions changed"),
    SITE_CREATED: _("Site created"),
    SITE_CHANGED: _("Site changed"),
    SITE_DELETED: _("Site deleted"),
}


def label(action: str) -> str:
    if action in LABELS:
        return LABELS[action]
    from wagtail.log_actions import registry

    return registry.get_action_label(action) if registry.action_exists(action) else action


def choices():
    from wagtail.log_actions import registry

    return [*LABELS.items(), *registry.get_choices()]
