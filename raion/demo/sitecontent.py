"""What the demo knows about one site of the network: its place, texts and pictures.

The builder reads nothing else, so adding a district to the demo is adding a module
under `content/` that returns one `SiteContent`.
"""

from dataclasses import dataclass, field

LANGUAGES = ("ru", "be", "en")
PORT = 8000  # where `make run` serves the network


@dataclass(frozen=True)
class SiteContent:
    slug: str  # the home page's slug; the homes in be and en add "-be" and "-en"
    hostname: str  # the Site row's hostname, port PORT
    kind: str  # "region" or "district" (GovernmentBody.Kind)
    identity: dict  # {language: {full_name, short_name, region, locality, street, ...}}
    contacts: dict  # {postcode, phones: {key: number}, fax, email, appeals_url, social}
    home: dict  # {language: {title, intro}}
    sections: dict  # {slug of a news section: {language: title, "intro": {language: text}}}
    landmarks: list  # [{key (a painter in pictures.py), language: caption, alt: {...}}]
    resources: list  # [{url, language: title}]
    notice: dict  # {language: the demo notice under the header}
    articles: list  # [{section, date, slug, source, language: {title, lead, body}}]
    pages: list  # [{slug, language: {title, intro, body}, children}]
    sample_article: str  # slug of an article in every language, for the page-type tests
    region: str = ""  # slug of the region's SiteContent, for a district
    is_default: bool = False  # the site that answers any hostname no other site claims
    also_at: tuple = field(default=())  # hostnames served through the default site
    demo_feed: bool = False  # imports the demo news agency's feed into "Republic news"
    directory: dict = field(default_factory=dict)  # a region's {language: {title, intro}}

    @property
    def names(self):
        """{language: {"full_name", "short_name"}}, as provisioning takes them."""
        return {
            language: {key: self.identity[language][key] for key in ("full_name", "short_name")}
            for language in LANGUAGES
        }

    @property
    def addresses(self):
        """Every hostname the site answers on, the one `make run` prints first."""
        return (*self.also_at, self.hostname)

    def url(self, hostname=None):
        return f"http://{hostname or self.addresses[0]}:{PORT}/"
