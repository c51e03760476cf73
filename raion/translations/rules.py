"""What the law requires in both Russian and Belarusian.

Council of Ministers Resolution No. 645 (as amended by No. 797) requires a state body's
site to publish its basic information, its procedure for appeals, its administrative
procedures, prices and tariffs and its feedback form in both languages; news need not be.
A page model or snippet says whether it holds such content with a class attribute
`bilingual_required = True`. Required snippets belong to a site (a `site` field), so that
the report can name the site that lacks them.
"""

from django.apps import apps
from django.core import checks
from wagtail.models import Page, TranslatableMixin, get_page_models

REQUIRED_LANGUAGES = ("ru", "be")


def is_required(model) -> bool:
    return bool(getattr(model, "bilingual_required", False))


def required_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if is_required(model)]


def required_snippet_models() -> list[type]:
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page)
        if is_required(model)
    ]


@checks.register()
def required_snippets_belong_to_a_site(app_configs=None, **kwargs):
    return [
        checks.Error(
            f"{model._meta.label} is bilingual_required but has no `site` field.",
            hint="The compliance report lists what each site lacks; give the model a site.",
            obj=model,
            id="translations.E001",
        )
        for model in required_snippet_models()
        if not any(field.name == "site" for field in model._meta.get_fields())
    ]
