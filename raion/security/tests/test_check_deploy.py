"""Production settings pass Django's deployment checks with no warning."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "raion.settings.production",
    "SECRET_KEY": "x7Gm2Qv9Lp4Rt8Wz1Ks6Yd3Hn5Bf0Jc-Ua_Ee7Ti2Oo9Pq4Vx8Zl1Mr6Sg3Nh5Wk0",
    "DATABASE_URL": "postgres://raion@127.0.0.1:5432/raion",
    "ALLOWED_HOSTS": "liozno.example.by",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "RAION_CACHE_REFRESH_URL": "http://127.0.0.1:8081",
}


def manage(*args, **env):
    environment = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**environment, **PRODUCTION_ENV, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_reports_no_issue():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNINGS" not in result.stderr


def test_check_deploy_reports_no_issue_with_media_on_s3():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", AWS_STORAGE_BUCKET_NAME="raion-media"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_come_from_the_environment():
    script = (
        "from django.conf import settings; from django.core.files.storage import storages;"
        "from django.core.cache import caches;"
        "print(type(storages['default']).__name__, type(caches['default']).__name__,"
        " settings.SESSION_ENGINE,"
        " settings.WAGTAILSEARCH_BACKENDS['default']['SEARCH_CONFIG'],"
        " settings.TASKS['default']['BACKEND'], settings.RAION_CSP_EXTRA_SOURCES['img-src'],"
        " 'django.contrib.postgres' in settings.INSTALLED_APPS, settings.ALLOWED_HOSTS)"
    )
    result = manage(
        "shell",
        "-c",
        script,
        AWS_STORAGE_BUCKET_NAME="raion-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.by",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[-2] == (
        "S3Storage FailSoftRedisCache django.contrib.sessions.backends.cached_db russian "
        "raion.worker.backends.DatabaseBackend ['https://media.example.by'] True "
        "['liozno.example.by']"
    )
