from wagtail.snippets.views.snippets import SnippetViewSet


class SiteOwnedViewSet(SnippetViewSet):
    """Admin for per-site, per-language content, listed and filtered by site."""

    list_display = ["__str__", "site", "locale"]
    list_filter = ["site", "locale"]
    add_to_admin_menu = True
