"""Page routing in a constant number of queries.

Wagtail routes a URL by walking the tree one level at a time (a query and a `.specific`
per level). Every page's `url_path` starts with its language root's, so the page and all
its ancestors can be found at once by looking up every prefix of the requested path in
one query. The deepest match is the page; whatever is left of the path goes to its own
`route()` (the archive and feed routes of news sections). The ancestors stay on the page
for breadcrumbs.
"""

from django.http import Http404
from django.utils import translation
from wagtail.models import Page, Site

from raion.network.sites import language_root_path


def path_prefixes(root_path: str, components: list[str]) -> list[str]:
    """`/home/`, `/home/news/`, `/home/news/district/` for components `news`, `district`."""
    prefixes = [root_path]
    for component in components:
        prefixes.append(f"{prefixes[-1]}{component}/")
    return prefixes


def route(request, path: str):
    """Return Wagtail's RouteResult for `path` on the request's site, or raise Http404."""
    site = Site.find_for_request(request)
    root_path = site and language_root_path(site, translation.get_language())
    if not root_path:
        raise Http404
    components = [component for component in path.split("/") if component]
    chain = list(
        Page.objects.filter(url_path__in=path_prefixes(root_path, components))
        .select_related("locale")
        .order_by("depth")
    )
    if not chain:
        raise Http404
    page = _specific_with_locale(chain[-1])
    page.route_ancestors = chain[:-1]
    return page.route(request, components[len(chain) - 1 :])


def _specific_with_locale(page):
    model = page.specific_class
    if model is None:  # its model's code is gone; Wagtail serves such pages as plain Pages
        return page
    return model.objects.select_related("locale").get(pk=page.pk)
