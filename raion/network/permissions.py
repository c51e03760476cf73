"""Who may work on which site.

A network administrator (a superuser, or a user with `network.administer_network`) works
on every site. Anybody else works on the sites in whose language trees they hold a page
permission: the groups `create_site` makes ("<body> editors", "<body> moderators") hold
them on that site's homes only.
"""

from wagtail.models import GroupPagePermission, Site

from .sites import home_paths_by_site

ADMINISTER_NETWORK = "network.administer_network"


def is_network_admin(user) -> bool:
    return bool(user.is_active and (user.is_superuser or user.has_perm(ADMINISTER_NETWORK)))


def site_ids_of(user) -> set[int]:
    """Ids of the sites `user` works on."""
    if is_network_admin(user):
        return set(Site.objects.values_list("pk", flat=True))
    if not user.is_active:
        return set()
    page_paths = GroupPagePermission.objects.filter(group__user=user).values_list(
        "page__path", flat=True
    )
    home_paths = home_paths_by_site()
    ids = set()
    for path in page_paths:
        for home_path, site_id in home_paths.items():
            # A permission on a page inside a site's tree, or on an ancestor of its homes.
            if path.startswith(home_path) or home_path.startswith(path):
                ids.add(site_id)
    return ids


def sites_visible_to(user):
    """The sites `user` works on, by hostname."""
    return list(
        Site.objects.filter(pk__in=site_ids_of(user))
        .select_related("root_page")
        .order_by("hostname", "port")
    )
