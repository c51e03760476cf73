"""Settings shared by every environment. Environment-specific files import from here."""

import datetime
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

INSTALLED_APPS = [
    "raion.network",
    "raion.core",
    "raion.home",
    "raion.news",
    "raion.pages",
    "raion.people",
    "raion.receptions",
    "raion.landmarks",
    "raion.links",
    "raion.discovery",
    "raion.accessibility",
    "raion.security",
    "raion.health",
    "raion.cache",
    # Before django_tasks_db: its db_worker command extends that app's.
    "raion.worker",
    "django_tasks_db",
    "raion.translations",
    "raion.compliance",
    "raion.syndication",
    "raion.regional",
    "raion.documents",
    "raion.backup",
    "raion.procedures",
    "raion.search",
    "raion.api",
    "raion.accounts",
    "raion.twofactor",
    "raion.audit",
    "raion.alerts",
    "raion.feedback",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.table_block",
    # Translation workflow for editors; its locales app replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "raion.security.middleware.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "raion.accounts.admin_language.AdminDefaultLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "raion.network.sites.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "raion.audit.context.RequestContextMiddleware",
    "raion.accounts.sessions.IdleSessionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "raion.twofactor.middleware.SecondFactorMiddleware",
    "raion.network.page_scope.AdminPageScopeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it turns a refused login into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "raion.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "raion.core.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "raion.wsgi.application"

# The embedded database. Write-ahead logging lets pages be read while the worker writes,
# and with synchronous=NORMAL a commit no longer waits for the disk (a power cut may lose
# the last commits, never corrupt the file).
SQLITE_OPTIONS = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "var" / "db.sqlite3",
        "OPTIONS": SQLITE_OPTIONS,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Russian is the default; every site has ru, be and en page trees.
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", "Русский"),
    ("be", "Беларуская"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Minsk"
USE_I18N = True
USE_TZ = True
# Django ships no Belarusian formats and writes Russian ones unlike official texts: ours are
# in raion/formats/be and raion/formats/ru.
FORMAT_MODULE_PATH = ["raion.formats"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation starts as a draft holding the source text and goes live when its
# translator publishes it: never Russian text live in the Belarusian tree.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "raion",
    }
}

# Page editors can exceed Django's default of 1000 fields per form.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Raion"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# raion.search.backend: Wagtail's database backend, pages searched through our index too.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "raion.search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No avatars from an outside service and no update check: no external network at run time
# (the admin's policy would refuse both anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# How many articles a news section lists per page, and how many the home page shows.
RAION_NEWS_PAGE_SIZE = 10
RAION_HOME_NEWS_PER_SECTION = 5
# Official documents (raion.documents): uploads over this size are refused; files are
# checked and their text extracted in a child process within these limits.
RAION_DOCUMENTS_PAGE_SIZE = 20
RAION_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024
RAION_DOCUMENT_MAX_PAGES = 2000
RAION_DOCUMENT_MAX_NESTING = 100
RAION_DOCUMENT_MAX_ENTRIES = 1000
RAION_DOCUMENT_MAX_UNPACKED_BYTES = 200 * 1024 * 1024
RAION_DOCUMENT_MAX_RATIO = 100
RAION_DOCUMENT_MAX_TEXT_CHARS = 2_000_000
RAION_DOCUMENT_CHECK_SECONDS = 10
RAION_DOCUMENT_EXTRACT_SECONDS = 60
RAION_DOCUMENT_MEMORY_MB = 512

# Results per page of the site search (raion.search).
RAION_SEARCH_PAGE_SIZE = 10
# Requests per client address and minute to the read API (raion.api).
RAION_API_REQUESTS_PER_MINUTE = 120
# Shared page fragments (header, navigation, carousel, footer) are cached this long;
# any publish or settings change makes them stale at once through the content version.
RAION_FRAGMENT_CACHE_SECONDS = 3600

# Background tasks run at once in the calling process unless an environment's settings
# choose a queue (production: django-tasks-db, run by `manage.py db_worker`).
TASKS = {"default": {"BACKEND": "raion.worker.backends.ImmediateBackend"}}

# Syndication (raion.syndication): a source failing this many runs in a row is flagged on
# the admin dashboard; a worker's claim on a source lapses after the lease, so a crashed
# worker does not block its sources for ever; iframes survive import only from these hosts.
RAION_SYNDICATION_FLAG_AFTER_FAILURES = 5
RAION_SYNDICATION_LEASE_SECONDS = 15 * 60
RAION_SYNDICATION_EMBED_HOSTS = []
RAION_SYNDICATION_MAX_IMAGES_PER_ITEM = 3

# Where `manage.py backup` writes (raion.backup); production reads RAION_BACKUP_DIR.
RAION_BACKUP_DIR = BASE_DIR / "var" / "backups"

# Staff security (raion.accounts, raion.twofactor, raion.audit; docs/architecture.md).
# django-axes first: it refuses a locked account before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Failed logins are counted per account and per address, in the database (so lockout
# works with Redis down): this many within AXES_COOLOFF_TIME lock for AXES_COOLOFF_TIME.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "raion.security.client.client_address"
AXES_LOCKOUT_CALLABLE = "raion.accounts.lockout.lockout_response"
AXES_DISABLE_ACCESS_LOG = True  # successful logins are in the audit log
AXES_ENABLE_ADMIN = False  # Django's admin is not installed; see Settings → Locked accounts
# Addresses of the reverse proxies (nginx) whose X-Forwarded-For names the client.
RAION_TRUSTED_PROXIES = ["127.0.0.1", "::1"]
# A staff session ends after this many minutes without a request.
RAION_SESSION_IDLE_MINUTES = 30
# Every staff account must confirm its login with a second factor (production: yes).
RAION_REQUIRE_SECOND_FACTOR = False
OTP_TOTP_ISSUER = "Raion"
# Audit log entries older than this are deleted by `manage.py prune_audit_log`.
RAION_AUDIT_RETENTION_DAYS = 3 * 365
# The demo network (raion.demo, /demo/ URLs, `ensure_admin`): dev and test settings only,
# or production with RAION_DEMO_ENABLED=1 (raion.accounts.checks).
RAION_DEMO_ENABLED = False
# The demo's published admin password: `ensure_admin`'s default, refused in production.
RAION_DEMO_ADMIN_PASSWORD = "raion-demo"  # noqa: S105
