"""The main menu is the editors': which top-level pages show, and in what order."""

import pytest
from bs4 import BeautifulSoup

from raion.demo.fixtures import liozno_page

pytestmark = pytest.mark.django_db


def menu(client, url="/ru/"):
    nav = BeautifulSoup(client.get(url).content, "html.parser").find("nav", class_="main-nav")
    return [link["href"] for link in nav.find_all("a")]


def test_show_in_menus_and_the_tree_order_decide_the_main_menu(client, demo):
    sections = ["/ru/procedures/", "/ru/documents/"]
    assert menu(client) == ["/ru/news/", "/ru/about/", "/ru/appeals/", *sections]

    appeals = liozno_page("appeals", "ru")
    appeals.show_in_menus = False
    appeals.save_revision().publish()
    assert menu(client) == ["/ru/news/", "/ru/about/", *sections]

    about = liozno_page("about", "ru")
    about.move(demo.news["ru"], pos="left")  # editors drag it before News
    assert menu(client, "/ru/about/") == ["/ru/about/", "/ru/news/", *sections]
