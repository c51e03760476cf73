"""The sections every body's site has beyond its home, news and "About", declared by the
apps whose page types they are, so that provisioning names no domain app.

    register(StandardSection("documents", "documents.DocumentLibraryPage",
                             _("Documents"), _("Decisions of …"), order=40))

in the app's `AppConfig.ready()`. Provisioning (`provisioning.provision_site`) makes each
under the language home or under the standard section named by `parent`, in every
language, shown in menus; top-level sections follow "About" in `order`.
"""

from dataclasses import dataclass

from django.apps import apps

_sections: dict[str, "StandardSection"] = {}


@dataclass(frozen=True)
class StandardSection:
    slug: str
    page_model: str  # "app_label.ModelName"
    title: str  # lazy, translated into each language as the page is made
    intro: str
    parent: str = ""  # the slug of "about" or of another standard section; "" for the home
    order: int = 100

    def model(self):
        return apps.get_model(self.page_model)


def register(section: StandardSection) -> None:
    if section.slug in _sections:
        raise ValueError(f"A standard section {section.slug!r} is registered already")
    _sections[section.slug] = section


def standard_sections() -> list[StandardSection]:
    """The registered sections, those under the home first, each in its order."""
    return sorted(_sections.values(), key=lambda section: (bool(section.parent), section.order))
