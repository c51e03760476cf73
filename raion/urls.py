from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from raion.accessibility import urls as accessibility_urls
from raion.api import urls as api_urls
from raion.core import views as core_views
from raion.discovery import views as discovery_views
from raion.feedback import urls as feedback_urls
from raion.health import views as health_views
from raion.search import urls as search_urls
from raion.syndication import urls as syndication_urls
from raion.translations import views as translations_views

urlpatterns = [
    # The bare root picks the visitor's language: cookie, then Accept-Language, else ru.
    path("", translations_views.choose_language, name="choose_language"),
    path("admin/", include(wagtailadmin_urls)),
    path("api/v1/", include(api_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", discovery_views.sitemap, name="sitemap"),
    path("robots.txt", discovery_views.robots_txt, name="robots_txt"),
    path("favicon.ico", discovery_views.favicon, name="favicon"),
    path("healthz", health_views.healthz, name="healthz"),
    path("readyz", health_views.readyz, name="readyz"),
    path("", include(accessibility_urls.site_patterns)),
    path("", include(feedback_urls)),
]

if settings.RAION_DEMO_ENABLED:
    urlpatterns.append(path("demo/", include(syndication_urls)))  # the demo agency's feed

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every page lives under its language prefix: /ru/…, /be/…, /en/….
urlpatterns += i18n_patterns(
    path("", include(accessibility_urls.language_patterns)),
    path("", include(search_urls.language_patterns)),
    re_path(r"^((?:[\w\-]+/)*)$", core_views.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
