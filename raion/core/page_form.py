"""The admin form of every page type: Latin slugs from Cyrillic titles."""

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import SlugInput

from raion.core.transliteration import slug_formatters


class SitePageForm(WagtailAdminPageForm):
    """Wagtail fills the slug from the title in the browser; here it first writes the
    title's Russian or Belarusian letters as `raion.core.transliteration` does, so a
    Cyrillic title gives a short Latin address instead of a percent-encoded one. The
    editor can still change the slug."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            locale = self.instance.locale if self.instance.locale_id else None
            if locale is None and self.parent_page is not None:
                locale = self.parent_page.locale
            language = locale.language_code if locale else None
            self.fields["slug"].widget = SlugInput(
                formatters=slug_formatters(language), locale=locale
            )
