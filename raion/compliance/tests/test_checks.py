"""Each check fails on a site with the gap it looks for and passes on one without."""

import copy
import dataclasses

import pytest
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.rich_text import RichText

from raion.compliance.factories import days_ago, make_compliant_site
from raion.compliance.models import OutboundLink
from raion.compliance.registry import FAILED, PASSED, get_check, run_check
from raion.core.models import IdentityPhone, SiteIdentity
from raion.news.models import NewsArticlePage
from raion.pages.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_provisioned(module_db):
    return make_compliant_site("checked")


@pytest.fixture
def provisioned(db, module_provisioned):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_provisioned)


def result(check_id, site):
    return run_check(get_check(check_id), site)


def texts(check_id, site):
    return [f["message"] % f["params"] for f in result(check_id, site)["findings"]]


def section_page(provisioned, language, slug):
    """The standard section `slug` that provisioning made in `language`."""
    return provisioned.pages[language][slug]


def test_every_check_passes_on_a_complete_site(provisioned):
    for check_id in (
        "sections",
        "bilingual",
        "news",
        "required-fields",
        "document-text",
        "internal-links",
        "image-alt",
    ):
        assert result(check_id, provisioned.site) == {"status": PASSED, "findings": []}, check_id


def test_a_missing_belarusian_section_fails_sections_and_bilingual(provisioned):
    section_page(provisioned, "be", "structure").delete()
    site = provisioned.site
    (finding,) = result("sections", site)["findings"]
    assert finding["params"] == {"section": "Structure", "language": "Belarusian"}
    assert finding["url"] == f"/admin/pages/{provisioned.homes['be'].pk}/add_subpage/"
    assert result("bilingual", site)["status"] == FAILED


def test_an_unpublished_section_is_not_there(provisioned):
    page = section_page(provisioned, "ru", "procedures")
    page.unpublish()
    (finding,) = result("sections", provisioned.site)["findings"]
    assert "not published" in finding["message"]
    assert finding["url"] == f"/admin/pages/{page.pk}/edit/"


def test_a_section_is_found_by_its_page_model(provisioned, monkeypatch):
    from raion.compliance.checks import sections as check

    section_page(provisioned, "ru", "documents").delete()
    assert result("sections", provisioned.site)["status"] == FAILED
    by_model = [
        dataclasses.replace(s, models=("pages.StandardPage",)) if s.id == "documents" else s
        for s in check.MANDATORY_SECTIONS
    ]
    monkeypatch.setattr(check, "MANDATORY_SECTIONS", by_model)
    # Any standard page of the tree now holds "documents": the model, not the slug, finds it.
    assert result("sections", provisioned.site)["status"] == PASSED


def test_a_section_of_an_app_not_installed_is_missing(provisioned):
    for language in ("ru", "be"):
        section_page(provisioned, language, "receptions").delete()
    findings = result("sections", provisioned.site)["findings"]
    assert [f["params"]["section"] for f in findings] == [
        "Reception and direct-line schedules",
        "Reception and direct-line schedules",
    ]


def test_contacts_and_the_appeals_link(provisioned):
    identity = SiteIdentity.objects.get(site=provisioned.site, locale__language_code="be")
    identity.working_hours = ""
    identity.appeals_url = "https://example.com/appeals"
    identity.save()
    IdentityPhone.objects.filter(identity=identity).delete()
    found = texts("sections", provisioned.site)
    assert found == [
        "The site identity in Belarusian has no working hours.",
        "The site identity in Belarusian has no phones.",
        "The e-appeals link in Belarusian does not lead to обращения.бел.",
    ]


def test_news_older_than_a_week_or_none(provisioned):
    NewsArticlePage.objects.filter(slug="news-district").update(date=days_ago(8))
    Page.objects.filter(slug="news-region").delete()
    district, region = (provisioned.sections["ru"][slug].title for slug in ("district", "region"))
    assert sorted(texts("news", provisioned.site)) == [
        f"The latest news in “{district}” is of {days_ago(8).isoformat()}, more than 7 days ago.",
        f"The news section “{region}” has no news.",
    ]
    NewsArticlePage.objects.filter(slug="news-district").update(date=days_ago(7))
    assert len(texts("news", provisioned.site)) == 1


def add_body(provisioned, body, slug="linked"):
    home = provisioned.homes["en"]  # English: no bilingual duty, so only the check under test
    page = StandardPage(title="Linked", slug=slug, locale=home.locale, body=body)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_links_to_pages_and_documents_that_are_gone(provisioned):
    target = section_page(provisioned, "be", "structure")
    document = get_document_model().objects.create(title="Decision")
    html = (
        f'<p><a linktype="page" id="{target.pk}">structure</a> '
        f'<a linktype="document" id="{document.pk}">decision</a></p>'
    )
    page = add_body(provisioned, [("paragraph", RichText(html))])
    assert result("internal-links", provisioned.site)["status"] == PASSED
    target.delete()  # the Belarusian section gone: the link and the document both dead
    document.delete()
    (finding,) = result("internal-links", provisioned.site)["findings"]
    assert finding["params"] == {"page": "Linked", "count": 2}
    assert finding["url"] == f"/admin/pages/{page.pk}/edit/"


def image_block(image, **alt):
    """A captioned image block as stored (raw data)."""
    return {"type": "image", "value": {"image": {"image": image.pk, **alt}, "caption": ""}}


def test_images_without_alt_text(provisioned):
    image = get_image_model().objects.create(title="IMG_0001.jpg", file=get_test_image_file())
    add_body(
        provisioned,
        [
            image_block(image, decorative=False, alt_text=""),
            {
                "type": "paragraph",
                "value": f'<embed embedtype="image" id="{image.pk}" alt="" format="left"/>',
            },
        ],
    )
    (finding,) = result("image-alt", provisioned.site)["findings"]
    assert finding["params"] == {"page": "Linked", "count": 2}
    add_body(
        provisioned,
        [
            image_block(image, decorative=True, alt_text=""),
            image_block(image, decorative=False, alt_text="Lake"),
        ],
        slug="fine",
    )
    assert len(result("image-alt", provisioned.site)["findings"]) == 1


def test_news_main_image_without_description(provisioned):
    image = get_image_model().objects.create(title="IMG_0002.jpg", file=get_test_image_file())
    NewsArticlePage.objects.filter(slug="news-district", locale__language_code="ru").update(
        image=image
    )
    assert result("image-alt", provisioned.site)["status"] == FAILED
    image.description = "The district's lake at dawn"
    image.save()
    assert result("image-alt", provisioned.site)["status"] == PASSED


def test_documents_without_a_text_layer_are_asked_of_the_documents_app(provisioned):
    with hooks.register_temporarily(
        "compliance_documents_without_text", lambda site: [("Scanned decision", "/admin/d/1/")]
    ):
        (finding,) = result("document-text", provisioned.site)["findings"]
    assert finding["params"] == {"title": "Scanned decision"}
    with hooks.register_temporarily("compliance_documents_without_text", lambda site: []):
        assert result("document-text", provisioned.site)["status"] == PASSED


def test_rows_with_empty_required_fields_are_asked_of_the_apps_that_own_them(provisioned):
    gap = ("Hotline", "phone", "/admin/snippets/receptions/schedule/edit/1/")
    with hooks.register_temporarily("compliance_incomplete_rows", lambda site: [gap]):
        (finding,) = result("required-fields", provisioned.site)["findings"]
    assert finding["params"] == {"row": "Hotline", "field": "phone"}
    assert finding["url"] == gap[2]


def test_outbound_links_as_the_worker_last_found_them(provisioned):
    assert result("outbound-links", provisioned.site)["status"] == PASSED
    page = section_page(provisioned, "ru", "about")
    OutboundLink.objects.create(
        site=provisioned.site, url="https://gone.example/", page=page, ok=False, error="404"
    )
    (finding,) = result("outbound-links", provisioned.site)["findings"]
    assert finding["params"]["url"] == "https://gone.example/"
    assert finding["url"] == f"/admin/pages/{page.pk}/edit/"
