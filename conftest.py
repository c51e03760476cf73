"""Fixtures shared by the whole suite.

The demo network is built once per test session, inside the test database, so every
test starts from the same realistic content that `make run` shows; tests that change
content run in a transaction that is rolled back.
"""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def demo(db):
    """Handles on the demo's main pages, in every language."""
    from raion.demo.fixtures import DemoPages

    return DemoPages.load()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached fragments must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
