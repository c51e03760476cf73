"""The article editor's form: sharing with districts is the regional committee's act."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from raion.network.models import GovernmentBody
from raion.network.sites import site_id_for_path


class NewsArticleForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        districts = cleaned_data.get("shared_with") or []
        if not (cleaned_data.get("share_with_all_districts") or districts):
            return cleaned_data
        region = GovernmentBody.objects.filter(
            site_id=site_id_for_path(self.parent_page.path), kind=GovernmentBody.Kind.REGION
        ).first()
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
