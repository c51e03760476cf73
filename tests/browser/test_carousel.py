"""The landmark carousel: a plain list without JavaScript; keyboard operable and pausable."""

import pytest

pytestmark = pytest.mark.browser


def visible_slides(page):
    return page.locator(".carousel__slide:visible")


def test_carousel_is_keyboard_operable_and_pausable(page, site_server, demo):
    page.goto(f"{site_server}/en/")
    assert visible_slides(page).count() == 1
    first_caption = visible_slides(page).locator("figcaption").inner_text()

    carousel = page.locator("[data-carousel]")
    assert carousel.get_attribute("data-playing") == "true"
    toggle = page.locator("[data-carousel-toggle]")
    toggle.focus()
    page.keyboard.press("Enter")
    assert carousel.get_attribute("data-playing") == "false"
    assert toggle.inner_text() == "Play"

    page.locator("[data-carousel-next]").focus()
    page.keyboard.press("Enter")
    second_caption = visible_slides(page).locator("figcaption").inner_text()
    assert second_caption != first_caption
    assert page.locator("[data-carousel-status]").inner_text() == "2 of 4"

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")  # "Previous photo"
    assert visible_slides(page).locator("figcaption").inner_text() == first_caption


def test_carousel_does_not_move_for_readers_who_ask_for_reduced_motion(browser, site_server, demo):
    context = browser.new_context(reduced_motion="reduce")
    page = context.new_page()
    page.goto(f"{site_server}/en/")
    assert page.locator("[data-carousel]").get_attribute("data-playing") == "false"
    assert page.locator("[data-carousel-toggle]").inner_text() == "Play"
    context.close()


def test_without_javascript_the_carousel_is_a_list_of_captioned_photos(
    page_without_javascript, site_server, demo
):
    page = page_without_javascript
    page.goto(f"{site_server}/ru/")
    assert visible_slides(page).count() == 4
    assert not page.locator(".carousel__controls").is_visible()
    captions = page.locator(".carousel figcaption").all_inner_texts()
    assert "Мемориальный комплекс «Танк»" in captions


def test_carousel_images_are_served(page, site_server, demo):
    page.goto(f"{site_server}/en/")
    widths = page.eval_on_selector_all(
        ".carousel img", "images => images.map(img => img.complete ? img.naturalWidth : -1)"
    )
    first = widths[0]
    assert first > 0
