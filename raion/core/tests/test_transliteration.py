# ruff: noqa: RUF001 -- Cyrillic on purpose
"""Source names in Latin letters on English pages."""

import pytest
from django.utils import translation

from raion.core.transliteration import in_reader_script, slug_formatters, slug_from_title, to_latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("БелТА", "BelTA"),
        ("Лиозно", "Liozno"),
        ("Лёзна", "Liozna"),
        ("Віцебскі абласны выканаўчы камітэт", "Vitsebski ablasny vykanauchy kamitet"),
        ("Щучин", "Shchuchin"),
        ("ОНТ", "ONT"),
        ("ЩИ", "SHCHI"),
        ("Reuters", "Reuters"),
    ],
)
def test_to_latin(cyrillic, latin):
    assert to_latin(cyrillic) == latin


def test_only_latin_script_languages_get_latin_letters():
    for language, expected in {"ru": "БелТА", "be": "БелТА", "en": "BelTA"}.items():
        with translation.override(language):
            assert in_reader_script("БелТА") == expected


@pytest.mark.django_db
def test_an_english_article_names_its_source_in_latin_letters(client, demo):
    from raion.news.models import NewsArticlePage

    article = NewsArticlePage.objects.filter(locale__language_code="en").first()
    article.source_name = "БелТА"
    article.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "BelTA" in html and "БелТА" not in html.split('class="article__source"')[1]


@pytest.mark.parametrize(
    ("title", "language", "slug"),
    [
        ("Лёзна", "be", "liozna"),
        ("Глыбокае: гісторыя горада", "be", "hlybokae-historyia-horada"),
        ("Глубокое: история города", "ru", "glubokoe-istoriia-goroda"),
        ("Щучин — 2026", "ru", "shchuchin-2026"),
        ("Réunion", "en", "reunion"),
        ("«»", "ru", ""),
    ],
)
def test_slug_from_title(title, language, slug):
    assert slug_from_title(title, language) == slug


def test_slugs_are_short():
    assert len(slug_from_title("Очень длинный заголовок " * 20, "ru")) <= 60


def test_the_browser_formatters_write_the_same_letters_as_to_latin():
    title = "Гомель ёлка щука Ўзвышша"
    for language in ("ru", "be"):
        written = title
        for pattern, latin in slug_formatters(language):
            written = pattern.sub(latin, written)
        assert written.lower() == to_latin(title, language).lower()
