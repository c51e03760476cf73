"""Which pages ask "Was this page useful?": content pages (articles, standard pages and
news sections), not the home pages."""

from django.apps import apps

PAGE_MODELS = ("news.NewsArticlePage", "news.NewsIndexPage", "pages.StandardPage")


def asks_for_feedback(page) -> bool:
    model = page.specific_class
    return model is not None and model._meta.label in PAGE_MODELS


def page_models():
    return [apps.get_model(label) for label in PAGE_MODELS]
