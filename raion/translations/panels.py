"""The page editor's "Translations" panel: which languages exist, which are out of date."""

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .status import State, status_of_page


class TranslationStatusPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Translations"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "translations/panels/translation_status.html"

        def is_shown(self):
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            group = status_of_page(self.instance)
            context["languages"] = [
                {
                    "code": code,
                    "name": name,
                    "state": state,
                    "is_this_page": code == self.instance.locale.language_code,
                    "edit_url": _edit_url(group, code),
                }
                for code, name, state in group.states()
            ]
            context["translate_url"] = _translate_url(self.instance)
            context["MISSING"] = State.MISSING
            return context


def _edit_url(group, language_code):
    version = group.versions.get(language_code)
    return version and reverse("wagtailadmin_pages:edit", args=[version.item.pk])


def _translate_url(page):
    """wagtail-localize's "Translate this page" form."""
    try:
        return reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    except NoReverseMatch:
        return None
