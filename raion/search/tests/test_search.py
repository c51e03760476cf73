# ruff: noqa: RUF001 -- Cyrillic (ru, be) and typographic apostrophes on purpose
"""The index and queries on the database (run on SQLite and on PostgreSQL)."""

import copy
import datetime
import io

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from raion.network.factories import make_site
from raion.search.models import Entry
from raion.search.query import Query, search

from .factories import article, page

pytestmark = pytest.mark.django_db

# Our own sentences; each query word below is in another form than in the text.
CORPUS = {
    "ru": [
        ("prezident", "Визит в район", "Глава района встретился с президентом страны."),
        ("agrarii", "Уборочная кампания", "Аграрии района завершили сев озимых культур."),
        ("reshenie", "Ремонт дорог", "Принято решение о ремонте дорог в агрогородках."),
        ("liozno", "Праздник города", "В Лиозно прошёл праздник, посвящённый дню города."),
    ],
    "be": [
        ("naviny", "Навіны раёна", "Галоўныя навіны тыдня для жыхароў раёна."),
        ("rashenni", "Пасяджэнне выканкама", "Выканкам прыняў рашэнні аб добраўпарадкаванні."),
    ],
}
RECALL = [
    ("ru", "президента", "prezident"),
    ("ru", "аграриев", "agrarii"),
    ("ru", "решения", "reshenie"),
    ("ru", "Лиозна", "liozno"),
    ("ru", "президнта", "prezident"),  # a typo: the trigram fallback
    ("be", "навінах", "naviny"),
    ("be", "рашэнне", "rashenni"),
    ("be", "навінаў", "naviny"),
]


@pytest.fixture(scope="module")
def module_district(module_db):
    site = make_site("recall")
    for language, items in CORPUS.items():
        for slug, title, text in items:
            article(site, language, slug, title, text)
    return site


@pytest.fixture
def district(db, module_district):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district)


def slugs(site, language, text, **filters):
    outcome = search(Query(site.site.pk, language, text, **filters))
    return [entry.url.rstrip("/").rsplit("/", 1)[-1] for entry in outcome.matches]


@pytest.mark.parametrize(("language", "query", "slug"), RECALL)
def test_recall(district, language, query, slug):
    assert slug in slugs(district, language, query)


def test_every_word_must_match(district):
    assert slugs(district, "ru", "президента дорог") == []
    assert slugs(district, "ru", "ремонт дорог") == ["reshenie"]


def test_title_matches_rank_above_body_matches(district):
    article(district, "ru", "title-match", "Президент посетил район", "Текст без этого слова.")
    assert slugs(district, "ru", "президент")[:2] == ["title-match", "prezident"]


def test_language_and_type_and_date_filters(district):
    assert slugs(district, "be", "президента") == []
    page(district, "ru", "agrarii-page", "Аграриям района", "Справочная страница.")
    assert set(slugs(district, "ru", "аграрии")) == {"agrarii", "agrarii-page"}
    assert slugs(district, "ru", "аграрии", kind="page") == ["agrarii-page"]
    old = article(
        district,
        "ru",
        "old",
        "Аграрии в прошлом",
        "Старая новость.",
        date=datetime.date(2001, 5, 1),
    )
    assert slugs(district, "ru", "аграрии", kind="news", date_to=datetime.date(2002, 1, 1)) == [
        "old"
    ]
    assert "old" not in slugs(district, "ru", "аграрии", date_from=datetime.date(2002, 1, 1))
    assert old


def test_a_district_never_finds_another_districts_content(district):
    other = make_site("other-district")
    article(other, "ru", "other-prezident", "Президент в другом районе", "Президент страны.")
    assert "other-prezident" not in slugs(district, "ru", "президент")
    assert slugs(other, "ru", "президент") == ["other-prezident"]
    assert "prezident" not in slugs(other, "ru", "президент")


def test_unpublish_delete_and_private_pages_leave_the_index(district):
    item = article(district, "ru", "gone", "Уникальноеслово", "Текст.")
    assert slugs(district, "ru", "уникальноеслово") == ["gone"]
    item.unpublish()
    assert slugs(district, "ru", "уникальноеслово") == []
    item.save_revision().publish()
    assert slugs(district, "ru", "уникальноеслово") == ["gone"]
    restriction = PageViewRestriction.objects.create(page=item, restriction_type="login")
    assert slugs(district, "ru", "уникальноеслово") == []
    restriction.delete()
    assert slugs(district, "ru", "уникальноеслово") == ["gone"]
    item.delete()
    assert not Entry.objects.filter(source="page", object_id=str(item.pk)).exists()


def test_edits_are_indexed_on_publish(district):
    item = district.sections["ru"]["district"].get_children().get(slug="reshenie").specific
    item.title = "Новое название статьи"
    item.save_revision()  # a draft: readers still see the old title
    assert slugs(district, "ru", "название") == []
    item.save_revision().publish()
    assert slugs(district, "ru", "название") == ["reshenie"]


def test_rebuild_command(district):
    Entry.objects.filter(site=district.site).delete()
    call_command("rebuild_search_index", "--site", district.site.hostname, stdout=io.StringIO())
    assert slugs(district, "ru", "президента") == ["prezident"]
    assert Entry.objects.filter(
        site=district.site, language="be", kind="page"
    ).exists()  # homes, sections
