"""/healthz says the process answers; /readyz that its database and cache do too."""

import socket

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_healthz_answers_and_is_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response.headers["Cache-Control"]


def test_readyz_checks_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True, "cache": True}}
    assert "no-store" in response.headers["Cache-Control"]


def test_readyz_is_unavailable_when_the_cache_is_unreachable(client):
    unreachable = {
        "default": {
            "BACKEND": "raion.cache.redis.FailSoftRedisCache",
            "LOCATION": f"redis://127.0.0.1:{unused_port()}/0",
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": True, "cache": False}


def test_readyz_without_a_cache_checks_the_database_only(client):
    dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    with override_settings(CACHES=dummy):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": True, "cache": True}
