"""The article editor: sharing with districts is the regional committee's act."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel

from raion.core.page_form import SitePageForm
from raion.network.models import GovernmentBody
from raion.network.sites import site_id_for_path


class NewsArticleForm(SitePageForm):
    @cached_property
    def sharing_region(self):
        """The region whose site holds the article, or None: only a region shares news."""
        if self.parent_page is None:
            return None
        return GovernmentBody.objects.filter(
            site_id=site_id_for_path(self.parent_page.path), kind=GovernmentBody.Kind.REGION
        ).first()

    def clean(self):
        cleaned_data = super().clean()
        districts = cleaned_data.get("shared_with") or []
        if not (cleaned_data.get("share_with_all_districts") or districts):
            return cleaned_data
        region = self.sharing_region
        if region is None:
            self.add_error(
                "share_with_all_districts",
                _("Only the regional executive committee's site shares news with districts."),
            )
            return cleaned_data
        foreign = [district for district in districts if district.region_id != region.pk]
        if foreign:
            self.add_error(
                "shared_with",
                _("Not a district of this region: %(names)s.")
                % {"names": ", ".join(str(district) for district in foreign)},
            )
        return cleaned_data


class RegionSharingPanel(MultiFieldPanel):
    """The sharing fields, shown on a region's site only."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def is_shown(self):
            region = getattr(self.form, "sharing_region", None)
            return region is not None and super().is_shown()
