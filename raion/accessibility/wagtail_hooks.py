"""Wagtail's built-in accessibility checker, held to the standard the public site meets."""

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem

WCAG_22_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Wagtail's own content rules (alt text that is a file name, a missing meta description)
# carry this tag too, so that they keep running beside the WCAG ones.
EDITOR_TAG = "raion-editor"


class WcagContentChecker(ContentCheckerItem):
    """The checker of the userbar and of the editor's "Checks" panel, with every axe-core
    rule for WCAG 2.2 level A and AA instead of Wagtail's short default list."""

    axe_run_only = WCAG_22_AA_TAGS + [EDITOR_TAG]

    def get_axe_custom_rules(self, request):
        return [
            {**rule, "tags": [*rule["tags"], EDITOR_TAG]}
            for rule in super().get_axe_custom_rules(request)
        ]


@hooks.register("construct_wagtail_userbar")
def check_wcag_22_aa(request, items, page):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, WcagContentChecker):
            items[index] = WcagContentChecker(in_editor=item.in_editor)
