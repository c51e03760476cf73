"""Chromium enforces our strict Content-Security-Policy and nothing on the pages breaks it."""

import pytest

pytestmark = pytest.mark.browser

LISTEN_FOR_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.mark.parametrize(
    "path", ["/ru/", "/be/", "/en/news/", "/ru/news/district/", "article", "/ru/accessibility/"]
)
def test_pages_run_under_the_strict_policy_without_violations(page, site_server, demo, path):
    url = demo.kyrgyzstan_article["ru"].relative_url(demo.site) if path == "article" else path
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    response = page.goto(f"{site_server}{url}")

    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.evaluate("window.cspViolations") == []


def test_an_inline_script_would_be_refused(page, site_server, demo):
    """The policy is really enforced: a script added inline does not run."""
    page.add_init_script(LISTEN_FOR_VIOLATIONS)
    page.goto(f"{site_server}/ru/")
    page.evaluate(
        """() => {
          const script = document.createElement("script");
          script.textContent = "window.inlineRan = true";
          document.body.append(script);
        }"""
    )
    assert page.evaluate("window.inlineRan") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.cspViolations"))
