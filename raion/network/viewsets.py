from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_scope import SiteScopedChooserMixin, SiteScopedViewSetMixin, scoped_class


class SiteOwnedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = scoped_class(
        SnippetChooserViewSet.choose_view_class, SiteScopedChooserMixin
    )
    choose_results_view_class = scoped_class(
        SnippetChooserViewSet.choose_results_view_class, SiteScopedChooserMixin
    )
    chosen_view_class = scoped_class(
        SnippetChooserViewSet.chosen_view_class, SiteScopedChooserMixin
    )
    chosen_multiple_view_class = scoped_class(
        SnippetChooserViewSet.chosen_multiple_view_class, SiteScopedChooserMixin
    )


class SiteOwnedViewSet(SiteScopedViewSetMixin, SnippetViewSet):
    """Admin for per-site, per-language content, listed and filtered by site; a user who
    is not a network administrator reaches only the rows of their sites."""

    list_display = ["__str__", "site", "locale"]
    list_filter = ["site", "locale"]
    add_to_admin_menu = True
    chooser_viewset_class = SiteOwnedChooserViewSet
