"""One URL per public page type of the demo, for suites that check every page type."""


def page_type_urls(demo, language):
    district = demo.district[language]
    return {
        "home": demo.homes[language].url,
        "news section": district.url,
        "month archive": f"{demo.republic[language].url}2008/10/",
        "article": demo.kyrgyzstan_article[language].url,
        "standard page": f"/{language}/about/",
        "accessibility statement": f"/{language}/accessibility/",
        "display settings": f"/{language}/accessibility/preferences/",
        "404": f"/{language}/no-such-page/",
    }
