"""Sites for tests: a government body's site provisioned as `create_site` would."""

from .models import GovernmentBody
from .provisioning import LANGUAGES, ProvisionedSite, provision_site

KIND_NAMES = {
    GovernmentBody.Kind.DISTRICT: "District Executive Committee",
    GovernmentBody.Kind.REGION: "Regional Executive Committee",
}


def names_for(slug, kind=GovernmentBody.Kind.DISTRICT):
    """Names derived from `slug`, each marked with its language: "Vitebsk (be)"."""
    name = slug.replace("-", " ").title()
    return {
        language: {
            "full_name": f"{name} {KIND_NAMES[kind]} ({language})",
            "short_name": f"{name} ({language})",
        }
        for language in LANGUAGES
    }


def make_site(slug, hostname=None, port=80, kind="district", region=None) -> ProvisionedSite:
    """The site of the body `slug` on `hostname` (by default `<slug>.example.by`)."""
    return provision_site(
        slug=slug,
        hostname=hostname or f"{slug}.example.by",
        port=port,
        names=names_for(slug, kind),
        kind=kind,
        region=region,
    )
