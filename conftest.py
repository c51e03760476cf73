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


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around a whole test module, for module-scoped fixtures that build a
    world several tests read (provisioned sites are slow to make). Each test still runs
    in its own transaction nested in this one, so its changes are rolled back to the
    world, and the world is rolled back after the module. Only for modules whose tests
    use `db` (not `transactional_db` or a live server)."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(db):
    """Handles on the demo's main pages, in every language."""
    from raion.demo.fixtures import DemoPages

    return DemoPages.load()


# Liozno, the demo's first site, and Gorodok, a district provisioned as any new body's
# site is: the checks of every page (pages, languages, accessibility, validators) take
# each in turn through the fixtures below.
SITE_HOSTS = ("liozno.localhost", "gorodok.localhost")


@pytest.fixture(params=SITE_HOSTS)
def site_host(request):
    return request.param


@pytest.fixture
def site_pages(db, site_host):
    """Handles on the main pages of the site on `site_host`."""
    from raion.demo.fixtures import DemoPages

    return DemoPages.load(site_host)


@pytest.fixture
def site_client(client, site_host):
    """The test client, its requests addressed to `site_host`."""
    client.defaults["HTTP_HOST"] = site_host
    return client


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached fragments must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
