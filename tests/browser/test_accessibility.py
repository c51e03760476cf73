"""axe-core finds no WCAG 2.2 A/AA violation on any page type, in any language: in the
standard look and every colour scheme of the display preferences on the demo's first site
(in a scheme, the rules colours decide, each page type in one language, the languages
taking turns), and in the standard look on a provisioned district."""

import pytest

from raion.accessibility.preferences import COOKIE_NAME, SCHEME
from raion.accessibility.wagtail_hooks import WCAG_22_AA_TAGS
from tests.pages import page_type_urls
from tests.tools import AXE_JS, require_file

pytestmark = pytest.mark.browser

LANGUAGES = ("ru", "be", "en")
SCHEMES = [choice.value for choice in SCHEME.choices]
RUN_AXE = """tags => axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
})"""
# A colour scheme changes the palette only (the same page, the same layout): in the
# schemes other than the standard look, axe runs the rules that colours decide.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
RUN_AXE_RULES = """rules => axe.run(document, {
    runOnly: {type: "rule", values: rules},
    resultTypes: ["violations"],
})"""
BACKGROUND = "getComputedStyle(document.body).backgroundColor"


def rgb(hex_colour):
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def expected_background(scheme):
    palette = SCHEME.choice(scheme).css
    return rgb(palette.background) if palette else "rgb(255, 255, 255)"


def use_scheme(context, base_url, scheme):
    context.clear_cookies()
    if scheme != SCHEME.default:
        context.add_cookies([{"name": COOKIE_NAME, "value": f"scheme:{scheme}", "url": base_url}])


def axe_violations(page, axe, scheme):
    """axe's violations on `page`: every WCAG 2.2 A/AA rule in the standard look, the
    colour rules in another scheme."""
    page.add_script_tag(path=axe)
    if scheme == SCHEME.default:
        return page.evaluate(RUN_AXE, WCAG_22_AA_TAGS)["violations"]
    return page.evaluate(RUN_AXE_RULES, COLOUR_RULES)["violations"]


def views(names, schemes):
    """(page type, language, scheme) to check: the standard look in every language, and
    each other scheme once per page type, the languages taking turns. A scheme is the same
    CSS in every language (colours decide its rules, not words), and so each scheme is
    still seen in every language and each page type in every scheme."""
    others = [scheme for scheme in schemes if scheme != SCHEME.default]
    for i, name in enumerate(names):
        for language in LANGUAGES:
            yield name, language, SCHEME.default
        for j, scheme in enumerate(others):
            yield name, LANGUAGES[(i + j) % len(LANGUAGES)], scheme


def test_the_views_cover_every_scheme_in_every_language_and_every_page_type_in_each():
    names = ["home", "article", "search"]
    checked = set(views(names, SCHEMES))
    for scheme in SCHEMES:
        assert {language for _n, language, s in checked if s == scheme} == set(LANGUAGES)
        assert {name for name, _l, s in checked if s == scheme} == set(names)
    assert {(n, lang) for n, lang, s in checked if s == SCHEME.default} == {
        (n, lang) for n in names for lang in LANGUAGES
    }


def format_matrix(counts, pages, schemes):
    width = max(len(name) for name in pages) + 2
    lines = [
        "axe-core violations (elements) for WCAG 2.2 A and AA: page types by colour schemes "
        "(-: that language is checked in another page type's turn)"
    ]
    for language in LANGUAGES:
        lines.append(f"[{language}]".ljust(width) + " ".join(schemes))
        for name in pages:
            cells = [
                str(counts.get((name, scheme, language), "-")).rjust(len(scheme))
                for scheme in schemes
            ]
            lines.append(name.ljust(width) + " ".join(cells))
    lines.append(f"total: {sum(counts.values())} violations in {len(counts)} page views")
    return "\n".join(lines)


def assert_axe_catches_violations(page, site_server, axe):
    """The harness itself: axe, run as below, reports a faint text and an unlabelled field."""
    page.goto(f"{site_server}/en/")
    page.evaluate(
        """() => document.querySelector("main").insertAdjacentHTML("beforeend",
            '<p style="color: #bbbbbb">Faint</p><input type="text">')"""
    )
    page.add_script_tag(path=axe)
    found = {v["id"] for v in page.evaluate(RUN_AXE, WCAG_22_AA_TAGS)["violations"]}
    assert {"color-contrast", "label"} <= found, found


def test_every_page_type_passes_axe_in_every_language_and_colour_scheme(
    browser, site_url, site_pages
):
    # The colour schemes are the same CSS on every site: the default site is checked in
    # each, the provisioned one in the standard look.
    schemes = SCHEMES if site_pages.site.is_default_site else [SCHEME.default]
    axe = str(require_file(AXE_JS, "npm ci installs axe-core"))
    # Reduced motion keeps the carousel still while axe looks at it; the site's CSP (no
    # inline scripts) would refuse the axe script tag, so this context does not enforce it.
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, reduced_motion="reduce", bypass_csp=True
    )
    page = context.new_page()
    assert_axe_catches_violations(page, site_url, axe)
    counts, problems = {}, []
    urls = {language: page_type_urls(site_pages, language) for language in LANGUAGES}
    pages = list(urls["en"])
    for name, language, scheme in views(pages, schemes):
        use_scheme(context, site_url, scheme)
        page.goto(site_url + urls[language][name])
        background = page.evaluate(BACKGROUND)
        if background != expected_background(scheme):
            problems.append(f"{name} {language} {scheme}: background is {background}")
        violations = axe_violations(page, axe, scheme)
        counts[name, scheme, language] = sum(len(v["nodes"]) for v in violations)
        problems += [
            f"{name} {language} {scheme}: {v['id']} ({v['impact']}) "
            f"{[node['target'] for node in v['nodes'][:3]]}: {v['help']}"
            for v in violations
        ]
    context.close()
    matrix = format_matrix(counts, pages, schemes)
    print(matrix)
    assert not problems, matrix + "\n" + "\n".join(problems)
