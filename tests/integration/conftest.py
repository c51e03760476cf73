"""The production topology (deploy/local/prod_local.py) started once for the integration
tests: its own database on the machine's PostgreSQL, its own redis-server, two gunicorn
instances, nginx with the page cache, a worker. Ports 8620-8629.

These tests need PostgreSQL: they run in the PostgreSQL pass (DATABASE_URL set to a
postgres:// URL, as in CI) and are skipped in the SQLite pass.
"""

import os
import uuid

import dj_database_url
import pytest
import requests

from deploy.local.prod_local import ROOT, Topology
from tests.tools import require_command

PORT = 8620


def integration_database_url() -> str:
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        pytest.skip("integration tests run on PostgreSQL: set DATABASE_URL=postgres://…")
    params = dj_database_url.parse(configured)
    user = params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    address = f"{params['HOST'] or '127.0.0.1'}:{params['PORT'] or 5432}"
    return f"postgres://{user}{password}@{address}/raion_integration"


def restore_drill_installation() -> Topology:
    """The restore drill's installation (test_backup): a database and a state directory of
    its own, no server processes."""
    url = integration_database_url()
    return Topology(
        port=8640, state=ROOT / "var" / "integration-backup", database_url=f"{url}_backup", redis=""
    )


@pytest.fixture(scope="session")
def topology():
    database_url = integration_database_url()
    for command in ("nginx", "redis-server"):
        require_command(command, f"apt-get install {command}")
    local = Topology(
        port=PORT,
        state=ROOT / "var" / "integration",
        database_url=database_url,
        redis="own",
        gunicorn_workers=2,
        # The default site is the one these tests read; the others would only make the
        # start slower (building and indexing them takes minutes).
        demo_sites=("liozno",),
    )
    local.stop()  # whatever a previous, interrupted run left behind
    try:
        local.prepare(fresh=True)  # a new database: nothing left over from an earlier run
        # The restore drill starts from a copy of this installation, made before it serves:
        # the demo is built once for both.
        local.copy_to(restore_drill_installation())
        local.serve()
        yield local
    finally:
        local.stop()


class Site:
    """Requests to the topology's nginx, as an anonymous reader."""

    def __init__(self, topology):
        self.base = topology.url
        self.session = requests.Session()
        # The demo administrator's password, generated for this topology.
        self.admin_password = topology.path("admin_password").read_text().strip()

    def get(self, path, **kwargs):
        return self.session.get(self.base + path, timeout=10, allow_redirects=False, **kwargs)

    def uncached(self, path):
        """The page rendered by the application now: a query string nginx has not seen."""
        separator = "&" if "?" in path else "?"
        return self.get(f"{path}{separator}nocache={uuid.uuid4().hex}")


@pytest.fixture
def site(topology):
    return Site(topology)
