"""Builds the demo network: the Liozno District Executive Committee's site in ru, be, en."""

import datetime
import io

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from raion.core.models import IdentityPhone, SiteIdentity, SocialLink
from raion.core.tree import ensure_child, ensure_root_child
from raion.home.models import HomePage
from raion.landmarks.models import Landmark, LandmarkCarousel
from raion.links.models import Resource, ResourceList
from raion.news.models import NewsArticlePage, NewsIndexPage
from raion.pages.models import StandardPage
from raion.syndication.demo import load_demo_feed

from . import pictures
from .content import articles as article_texts
from .content import pages as page_texts
from .content import site as site_texts

LANGUAGES = ("ru", "be", "en")
HOME_SLUG = "liozno"
# Where `make run` serves the demo; full URLs (feeds, sitemap, OpenGraph) point there.
DEMO_HOST, DEMO_PORT = "127.0.0.1", 8000
COLLECTION_NAME = "Лиозненский райисполком"
SOCIAL_NETWORKS = {
    "VKontakte": SocialLink.Network.VKONTAKTE,
    "Telegram": SocialLink.Network.TELEGRAM,
}


def paragraphs_to_body(paragraphs):
    """A body of paragraphs; a ("heading", text) pair in the list is a heading block."""
    return [
        item if isinstance(item, tuple) else ("paragraph", f"<p>{item}</p>") for item in paragraphs
    ]


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locales = {}
        self.created_pages = 0

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def build(self):
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        homes = self.build_homes()
        site = self.build_site(homes["ru"])
        collection = self.build_collection()
        self.build_identity(site, collection)
        self.build_carousel(site, collection)
        self.build_resources(site)
        sections = self.build_news_sections(homes)
        self.build_articles(sections)
        load_demo_feed(site, sections["ru"]["republic"], f"http://{DEMO_HOST}:{DEMO_PORT}")
        self.build_standard_pages(homes, page_texts.STANDARD_PAGES)
        return site

    # Pages -------------------------------------------------------------------------

    def _ensure(self, parent, model, slug, language, source=None, **fields):
        before = parent.get_children().filter(slug=slug).exists()
        page = ensure_child(
            parent, model, slug, locale=self.locales[language], translation_of=source, **fields
        )
        self.created_pages += not before
        return page

    def build_homes(self):
        homes = {}
        for language in LANGUAGES:
            texts = site_texts.HOME[language]
            slug = HOME_SLUG if language == "ru" else f"{HOME_SLUG}-{language}"
            homes[language] = ensure_root_child(
                HomePage,
                slug,
                locale=self.locales[language],
                translation_of=homes.get("ru"),
                title=texts["title"],
                intro=texts["intro"],
            )
        return homes

    def build_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        if site.root_page_id != home.pk:
            site.hostname, site.port = DEMO_HOST, DEMO_PORT
            old_root = Page.objects.filter(pk=site.root_page_id).first() if site.pk else None
            site.root_page = home
            site.site_name = site_texts.IDENTITY["ru"]["short_name"]
            site.save()
            # Wagtail's installer leaves a "Welcome" page as the default site's root.
            if (
                old_root is not None
                and old_root.depth == 2
                and old_root.specific_class is not HomePage
            ):
                old_root.delete()
        return site

    def build_collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=COLLECTION_NAME).first()
        return existing or root.add_child(name=COLLECTION_NAME)

    def _image(self, title, png, collection):
        Image = get_image_model()
        image = Image.objects.filter(title=title, collection=collection).first()
        if image is None:
            image = Image(title=title, collection=collection)
            image.file = ImageFile(io.BytesIO(png), name=f"{title.lower().replace(' ', '-')}.png")
            image.save()
        return image

    def _ensure_site_rows(self, model, site, fill):
        """One `model` row per language for `site`, linked as translations of each other.

        `fill(row, language)` sets a new row's fields and items; existing rows are kept.
        """
        source = None
        for language in LANGUAGES:
            row = model.objects.filter(site=site, locale=self.locales[language]).first()
            if row is None:
                row = model(site=site, locale=self.locales[language])
                if source is not None:
                    row.translation_key = source.translation_key
                fill(row, language)
                row.save()
            source = source or row

    def build_identity(self, site, collection):
        arms = self._image("Coat of arms", pictures.coat_of_arms_png(), collection)
        contacts = site_texts.CONTACTS

        def fill(identity, language):
            texts = site_texts.IDENTITY[language]
            identity.full_name = texts["full_name"]
            identity.short_name = texts["short_name"]
            identity.coat_of_arms = arms
            identity.postcode = contacts["postcode"]
            identity.region = texts["region"]
            identity.locality = texts["locality"]
            identity.street = texts["street"]
            identity.fax = contacts["fax"]
            identity.email = contacts["email"]
            identity.appeals_url = contacts["appeals_url"]
            identity.appeals_label = texts["appeals_label"]
            identity.working_hours = texts["working_hours"]
            identity.notice = site_texts.DEMO_NOTICE[language]
            identity.phones = [
                IdentityPhone(label=texts["phone_labels"][key], number=number)
                for key, number in contacts["phones"].items()
            ]
            identity.social_links = [
                SocialLink(network=SOCIAL_NETWORKS[name], url=url)
                for name, url in contacts["social"]
            ]

        self._ensure_site_rows(SiteIdentity, site, fill)

    def build_carousel(self, site, collection):
        images = {
            landmark["key"]: self._image(
                landmark["en"], pictures.landmark_png(landmark["key"]), collection
            )
            for landmark in site_texts.LANDMARKS
        }

        def fill(carousel, language):
            carousel.slides = [
                Landmark(
                    image=images[landmark["key"]],
                    caption=landmark[language],
                    alt_text=landmark["alt"][language],
                )
                for landmark in site_texts.LANDMARKS
            ]

        self._ensure_site_rows(LandmarkCarousel, site, fill)

    def build_resources(self, site):
        def fill(resources, language):
            resources.items = [
                Resource(title=link[language], url=link["url"]) for link in site_texts.RESOURCES
            ]

        self._ensure_site_rows(ResourceList, site, fill)

    def build_news_sections(self, homes):
        """{language: {"district": page, "republic": page}} under a "News" section per tree."""
        sections = {}
        for language in LANGUAGES:
            source = sections.get("ru", {})
            hub = self._ensure(
                homes[language],
                NewsIndexPage,
                "news",
                language,
                source=source.get("hub"),
                title=site_texts.NEWS_INDEX[language],
                show_on_home=False,
                show_in_menus=True,
            )
            sections[language] = {"hub": hub}
            for key, texts in site_texts.SECTIONS.items():
                sections[language][key] = self._ensure(
                    hub,
                    NewsIndexPage,
                    key,
                    language,
                    source=source.get(key),
                    title=texts[language],
                    intro=texts["intro"][language],
                )
        return sections

    def build_articles(self, sections):
        for item in article_texts.ARTICLES:
            source = None
            for language in LANGUAGES:
                texts = item.get(language)
                if not texts:
                    continue
                agency = item.get("source") or {}
                page = self._ensure(
                    sections[language][item["section"]],
                    NewsArticlePage,
                    item["slug"],
                    language,
                    source=source,
                    title=texts["title"],
                    lead=texts["lead"],
                    date=datetime.date.fromisoformat(item["date"]),
                    body=paragraphs_to_body(texts["body"]),
                    source_name=agency.get("name", ""),
                    source_url=agency.get("url", ""),
                )
                source = source or page

    def build_standard_pages(self, parents, entries, sources=None):
        for entry in entries:
            pages = {}
            for language in LANGUAGES:
                texts = entry[language]
                pages[language] = self._ensure(
                    parents[language],
                    StandardPage,
                    entry["slug"],
                    language,
                    source=pages.get("ru"),
                    title=texts["title"],
                    intro=texts.get("intro", ""),
                    body=paragraphs_to_body(texts["body"]),
                    show_in_menus=entry.get("in_menu", parents[language].depth == 2),
                )
            self.build_standard_pages(pages, entry.get("children", []))
