"""The per-site permission policy of rows that belong to one site.

A row belongs to the site its `site_path` leads to (`site` on a site identity,
`source__site` on an import run). Model permissions say what a user may do with such
rows at all; the policy adds *which* rows: those of the sites the user works on
(`permissions.site_ids_of`). A network administrator reaches every row.
"""

from django.db.models import Model, QuerySet
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from .permissions import is_network_admin, site_ids_of


def user_site_ids(user) -> set[int] | None:
    """The ids of the sites `user` works on, None for all; kept on the user for the request."""
    if is_network_admin(user):
        return None
    if not hasattr(user, "_raion_site_ids"):
        user._raion_site_ids = site_ids_of(user)
    return user._raion_site_ids


class SitePermissionPolicy(ModelPermissionPolicy):
    def __init__(self, model, site_path="site"):
        super().__init__(model)
        self.site_path = site_path

    def scope(self, queryset: QuerySet, user) -> QuerySet:
        """`queryset` narrowed to the rows of the sites `user` works on."""
        site_ids = user_site_ids(user)
        if site_ids is None:
            return queryset
        return queryset.filter(**{f"{self.site_path}__in": site_ids})

    def site_id_of(self, instance: Model) -> int | None:
        *steps, last = self.site_path.split("__")
        for step in steps:
            instance = getattr(instance, step, None)
            if instance is None:
                return None
        return getattr(instance, f"{last}_id", None)

    def user_works_on(self, user, instance) -> bool:
        site_ids = user_site_ids(user)
        return site_ids is None or self.site_id_of(instance) in site_ids

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.user_works_on(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.scope(super().instances_user_has_any_permission_for(user, actions), user)


def scope_for_user(queryset: QuerySet, user) -> QuerySet:
    """`queryset` narrowed to the user's sites if its model belongs to sites; else as is."""
    policy = policy_registry.get_by_type(queryset.model)
    if isinstance(policy, SitePermissionPolicy):
        return policy.scope(queryset, user)
    if issubclass(queryset.model, Site):
        site_ids = user_site_ids(user)
        return queryset if site_ids is None else queryset.filter(pk__in=site_ids)
    return queryset
