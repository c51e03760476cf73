"""Content-Security-Policy and Permissions-Policy on every response.

Django's SecurityMiddleware already sends HSTS, nosniff, Referrer-Policy and
Cross-Origin-Opener-Policy. Public pages get a strict policy: no inline script or
style at all, which our templates honour (one external stylesheet, one external
script). Wagtail's admin (and the page previews it frames) relies on inline scripts
and styles, so paths under the admin get a relaxed policy of their own.
"""

from django.conf import settings

PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # Editors may embed video from providers such as YouTube in articles.
    "frame-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}

ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    # The editor shows its live preview of a page in a frame of the admin itself.
    "frame-ancestors": ["'self'"],
}

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def serialize(policy: dict, extra_sources: dict) -> str:
    directives = []
    for directive, sources in policy.items():
        directives.append(" ".join([directive, *sources, *extra_sources.get(directive, [])]))
    return "; ".join(directives)


def policy_for(path: str) -> str:
    """The Content-Security-Policy for a request path."""
    # Media may be served from another origin (S3-compatible storage): settings add it.
    extra = getattr(settings, "RAION_CSP_EXTRA_SOURCES", {})
    admin_prefix = getattr(settings, "RAION_ADMIN_PATH_PREFIX", "/admin/")
    policy = ADMIN_POLICY if path.startswith(admin_prefix) else PUBLIC_POLICY
    return serialize(policy, extra)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # In development the policy only reports, so that Django's debug pages, which use
        # inline styles and scripts, stay readable while violations still show.
        header = (
            "Content-Security-Policy-Report-Only" if settings.DEBUG else "Content-Security-Policy"
        )
        response.headers.setdefault(header, policy_for(request.path))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
