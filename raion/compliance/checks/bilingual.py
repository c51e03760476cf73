"""The bilingual rules (`raion.translations.rules`) as one check: every item the law
requires in ru and be is live and up to date in both."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

from raion.translations.report import gaps_for_site

from .. import admin_urls
from ..registry import REQUIRED, Check, Finding, language_name, msgid, register


@register
class BilingualCheck(Check):
    id = "bilingual"
    title = _("Required content in both Russian and Belarusian")
    severity = REQUIRED
    order = 20

    def run(self, site):
        return [
            Finding(
                gettext_noop("%(kind)s “%(title)s” in %(language)s: %(state)s."),
                {
                    "kind": msgid(gap.kind),
                    "title": gap.title,
                    "language": language_name(gap.language_code),
                    "state": msgid(gap.state.label),
                },
                admin_urls.edit(gap.item_to_fix),
            )
            for gap in gaps_for_site(site)
        ]
