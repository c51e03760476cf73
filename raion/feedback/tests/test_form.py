"""The question at the foot of content pages: on cached pages, so with no token and no
cookie; without JavaScript, a post and a redirect back to the thanks."""

import pytest

from raion.feedback.models import PageFeedback

from .conftest import HOST, answer

pytestmark = pytest.mark.django_db


def test_content_pages_ask_and_stay_cacheable(reader, demo):
    for page in (demo.article["ru"], demo.district["be"], demo.news["en"]):
        response = reader.get(page.relative_url(demo.site))
        html = response.content.decode()
        assert 'action="/feedback/"' in html, page
        assert "csrfmiddlewaretoken" not in html
        assert not response.cookies, "an answer that sets a cookie is not cached by nginx"
    assert 'action="/feedback/"' not in reader.get("/ru/").content.decode()


def test_an_answer_is_stored_and_the_reader_thanked(reader, demo):
    article = demo.article["ru"]
    response = answer(reader, article, useful="no", comment="  Нет телефона приёмной\x07 ")
    assert response.status_code == 303
    assert (
        response["Location"] == article.relative_url(demo.site) + "?feedback=thanks#page-feedback"
    )
    stored = PageFeedback.objects.get()
    assert (stored.page_id, stored.useful, stored.comment) == (
        article.pk,
        False,
        "Нет телефона приёмной",
    )
    assert stored.site == demo.site
    thanked = reader.get(response["Location"]).content.decode()
    assert "page-feedback__thanks" in thanked and 'action="/feedback/"' not in thanked


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "", "HTTP_REFERER": "https://evil.example/ru/"},
        {"HTTP_ORIGIN": ""},
    ],
    ids=["other-origin", "other-referer", "neither"],
)
def test_a_post_from_elsewhere_is_refused(reader, demo, headers):
    response = reader.post(
        "/feedback/", {"page": demo.article["ru"].pk, "useful": "yes"}, **headers
    )
    assert response.status_code == 403
    assert not PageFeedback.objects.exists()


def test_the_referer_stands_in_for_a_missing_origin(reader, demo):
    response = reader.post(
        "/feedback/",
        {"page": demo.article["ru"].pk, "useful": "yes"},
        HTTP_ORIGIN="",
        HTTP_REFERER=f"http://{HOST}/ru/",
    )
    assert response.status_code == 303


def test_the_trap_field_stores_nothing(reader, demo):
    response = answer(reader, demo.article["ru"], website="http://spam.example")
    assert response.status_code == 303
    assert not PageFeedback.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"useful": "maybe"},
        {"useful": ""},
        {"page": "x"},
        {"page": "99999999"},
        {"page": "-1"},
        {"comment": "я" * 1001},
    ],
)
def test_bad_answers_are_a_400(reader, demo, fields):
    assert answer(reader, demo.article["ru"], **fields).status_code == 400
    assert not PageFeedback.objects.exists()


def test_pages_that_do_not_ask_or_belong_to_another_site_are_refused(reader, demo):
    from raion.demo.fixtures import DemoPages

    gorodok = DemoPages.load("gorodok.localhost")
    assert answer(reader, demo.homes["ru"]).status_code == 400
    assert answer(reader, gorodok.article["ru"]).status_code == 400
    assert not PageFeedback.objects.exists()


def test_only_post(reader):
    assert reader.get("/feedback/").status_code == 405
