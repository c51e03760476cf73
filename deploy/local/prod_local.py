"""The production topology on one machine, for trying it out, integration tests and benchmarks.

    make prod-local         # python -m deploy.local.prod_local start
    make prod-local-stop    # python -m deploy.local.prod_local stop

The machine's PostgreSQL (a database of its own) and Redis; two gunicorn instances that
share nothing but the database and Redis; nginx in front of them with the page cache and
page files of deploy/nginx/, run from its own prefix with its own config, pid and
temporary files (not the system's nginx service); one `db_worker`; the deletion of old
page files that cron does in a deployment (deploy/local/page_files.py). Every process
is started by this tool, recorded in a pid file and stopped by that pid.

Ports from RAION_LOCAL_PORT (P, default 8600): nginx on P, gunicorn on P+1 and P+2,
nginx's page cache server on P+7, its cache refresh listener on P+9, and P+3 for a
Redis of our own when asked for.
State, logs and pids live in RAION_LOCAL_DIR (default var/prod-local).
"""

import functools
import os
import secrets
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg
import redis
from psycopg import sql

from deploy.local.processes import ProcessTable, wait_for, wait_for_http

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/raion_prod_local"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

NGINX_CONF = Path(__file__).with_name("nginx.conf.in")


@dataclass
class Topology:
    port: int = int(os.environ.get("RAION_LOCAL_PORT", "8600"))
    state: Path = Path(os.environ.get("RAION_LOCAL_DIR", ROOT / "var" / "prod-local"))
    database_url: str = os.environ.get("RAION_LOCAL_DATABASE_URL", DEFAULT_DATABASE_URL)
    # "own": a redis-server of our own on P+3, which tests may stop and start.
    redis: str = os.environ.get("RAION_LOCAL_REDIS_URL", DEFAULT_REDIS_URL)
    gunicorn_workers: int = int(os.environ.get("RAION_LOCAL_GUNICORN_WORKERS", "2"))
    # The demo sites to load (`load_demo --site`); empty: the whole demo network.
    demo_sites: tuple = ()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def app_ports(self) -> list[int]:
        return [self.port + 1, self.port + 2]

    @property
    def refresh_port(self) -> int:
        return self.port + 9

    @property
    def page_cache_port(self) -> int:
        return self.port + 7

    # bench/throughput.py's static copies of pages: with a page file's headers, and bare.
    @property
    def static_port(self) -> int:
        return self.port + 8

    @property
    def bare_static_port(self) -> int:
        return self.port + 6

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.port + 3}/0" if self.redis == "own" else self.redis

    def path(self, *parts) -> Path:
        return self.state.joinpath(*parts)

    # The environment of every application process. Without `refresh_cache`, publishing
    # refreshes nothing in nginx.
    def env(self, *, refresh_cache=True) -> dict:
        secret_file = self.path("secret_key")
        if not secret_file.exists():
            self.path().mkdir(parents=True, exist_ok=True)
            secret_file.write_text(secrets.token_urlsafe(50))
        password_file = self.path("admin_password")
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(12))
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "raion.settings.production",
            "SECRET_KEY": secret_file.read_text().strip(),
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "RAION_CACHE_PREFIX": f"raion-local-{self.port}",
            "RAION_CACHE_REFRESH_URL": (
                f"http://127.0.0.1:{self.refresh_port}" if refresh_cache else ""
            ),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": self.url,
            "STATIC_ROOT": str(self.path("static")),
            "MEDIA_ROOT": str(self.path("media")),
            "PYTHONUNBUFFERED": "1",
            # The demo on production settings: asked for, with a password of its own and
            # without a second factor, as `make run`.
            "RAION_DEMO_ENABLED": "1",
            "RAION_ADMIN_PASSWORD": password_file.read_text().strip(),
            "RAION_REQUIRE_SECOND_FACTOR": "0",
        }

    def manage(self, *args, refresh_cache=True, **kwargs) -> subprocess.CompletedProcess:
        result = subprocess.run(  # noqa: S603
            [str(VENV_BIN / "python"), "manage.py", *args],
            cwd=ROOT,
            env=self.env(refresh_cache=refresh_cache),
            capture_output=True,
            text=True,
            **kwargs,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result

    # Database.
    @property
    def database_name(self) -> str:
        return dj_database_url.parse(self.database_url)["NAME"]

    def _connect(self, dbname, **kwargs):
        params = dj_database_url.parse(self.database_url)
        return psycopg.connect(
            dbname=dbname,
            user=params["USER"] or None,
            password=params["PASSWORD"] or None,
            host=params["HOST"] or None,
            port=params["PORT"] or None,
            **kwargs,
        )

    def create_database(self, *, fresh=False):
        name = self.database_name
        with self._connect("postgres", autocommit=True) as connection:
            if fresh:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))

    def query(self, statement, params=()) -> list:
        """Rows of a query on our database."""
        with self._connect(self.database_name) as connection:
            return connection.execute(statement, params).fetchall()

    def terminate_database_connections(self) -> int:
        """End every server process connected to our database: what a restart of
        PostgreSQL does to the application's connections."""
        with self._connect("postgres", autocommit=True) as connection:
            rows = connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [self.database_name],
            ).fetchall()
        return len(rows)

    def prepare(self, *, fresh=False):
        """Database with the demo content, static files, nginx config, while nothing runs.
        `fresh` starts from an empty database and media directory.

        Publishing here refreshes nothing in nginx: its refreshes would fail, and the
        deferred deletions of page files they queue would reach nginx later, while it
        serves. nginx starts with an empty page cache instead."""
        if not self.pid("nginx"):
            self.clear_page_cache()
        if fresh:
            shutil.rmtree(self.path("media"), ignore_errors=True)
        for directory in ("run", "logs", "nginx", "media", "bench-static"):
            self.path(directory).mkdir(parents=True, exist_ok=True)
        self.create_database(fresh=fresh)
        if self.redis == "own":
            self.start_redis()
        setup = functools.partial(self.manage, refresh_cache=False)
        setup("migrate", "--noinput")
        setup("enable_unaccent")
        setup("enable_trigram")
        setup("load_demo", *[f"--site={slug}" for slug in self.demo_sites])
        setup("ensure_admin")
        # Links and cache refreshes name the site as readers reach it: through nginx.
        setup(
            "shell",
            "-c",
            "from wagtail.models import Site; site = Site.objects.get(is_default_site=True); "
            f"site.hostname, site.port = '127.0.0.1', {self.port}; site.save()",
        )
        setup("collectstatic", "--noinput")
        # Building the demo queued search and reference index updates: run them now, so
        # that the worker starts with an empty queue.
        setup("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay")
        self.write_nginx_conf()

    def write_nginx_conf(self):
        link = self.path("raion")
        if not link.is_symlink():
            link.symlink_to(ROOT / "deploy" / "nginx")
        # nginx started as root runs its workers as root here: they write the cache in
        # this directory, which other users cannot. Everything listens on 127.0.0.1.
        user = "user root;" if os.geteuid() == 0 else ""
        self.path("nginx.conf").write_text(
            NGINX_CONF.read_text().format(
                state=self.state,
                user=user,
                port=self.port,
                app1=self.app_ports[0],
                app2=self.app_ports[1],
                page_cache=self.page_cache_port,
                refresh=self.refresh_port,
                static=self.static_port,
                static_bare=self.bare_static_port,
            )
        )

    # Processes.
    @property
    def processes(self) -> ProcessTable:
        return ProcessTable(self.path("run"), self.path("logs"))

    def pid(self, name) -> int | None:
        return self.processes.pid(name)

    def spawn(self, name, argv):
        return self.processes.spawn(name, argv, cwd=ROOT, env=self.env())

    def start_app(self, index):
        port = self.app_ports[index]
        name = f"app-{index + 1}"
        self.spawn(
            name,
            [
                str(VENV_BIN / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(self.gunicorn_workers),
                "--name",
                f"raion-{name}",
            ],
        )
        wait_for_http(f"http://127.0.0.1:{port}/healthz")

    def start_worker(self):
        argv = [str(VENV_BIN / "python"), "manage.py", "db_worker"]
        argv += ["--interval", "0.2", "--no-startup-delay", "--queue-name", "*"]
        return self.spawn("worker", argv)

    def start_nginx(self):
        self.spawn(
            "nginx",
            ["nginx", "-p", str(self.state), "-c", str(self.path("nginx.conf")), "-e", "stderr"],
        )
        wait_for_http(f"{self.url}/healthz")

    def start_redis(self):
        self.spawn(
            "redis",
            ["redis-server", "--port", str(self.port + 3), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no", "--dir", str(self.path("run"))],
        )
        wait_for(lambda: _redis_answers(self.port + 3), "redis")

    def start_page_file_sweeper(self):
        directory = str(self.path("nginx", "pages"))
        return self.spawn(
            "sweeper", [str(VENV_BIN / "python"), "-m", "deploy.local.page_files", directory]
        )

    def copy_to(self, other: "Topology"):
        """Make `other`'s database, media and static files a copy of ours. PostgreSQL
        copies a database only while nobody is connected to it: between `prepare` and
        `serve`."""
        with self._connect("postgres", autocommit=True) as connection:
            target, source = (
                sql.Identifier(name) for name in (other.database_name, self.database_name)
            )
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(target))
            connection.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(target, source))
        for directory in ("media", "static"):
            shutil.rmtree(other.path(directory), ignore_errors=True)
            shutil.copytree(self.path(directory), other.path(directory))

    def start(self, *, fresh=False):
        self.prepare(fresh=fresh)
        self.serve()

    def serve(self):
        """Start the application instances, the worker, nginx and the page-file sweeper."""
        for index in range(len(self.app_ports)):
            self.start_app(index)
        self.start_worker()
        self.start_nginx()
        self.start_page_file_sweeper()

    def stop_process(self, name, sig=signal.SIGTERM):
        self.processes.stop(name, sig)

    def stop(self):
        for name in ("sweeper", "nginx", "worker", "app-1", "app-2", "redis"):
            self.stop_process(name)

    def status(self) -> dict:
        names = ("nginx", "app-1", "app-2", "worker", "sweeper", "redis")
        return {name: self.pid(name) for name in names}

    def clear_page_cache(self):
        """Empty nginx's page cache and its page files."""
        shutil.rmtree(self.path("nginx", "cache"), ignore_errors=True)
        shutil.rmtree(self.path("nginx", "pages"), ignore_errors=True)


def _redis_answers(port) -> bool:
    try:
        return redis.Redis(port=port, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


def main(argv):
    topology = Topology()
    command = argv[1] if len(argv) > 1 else "start"
    if command == "start":
        topology.start()
        print(f"Site:   {topology.url}/ru/   (anonymous pages cached by nginx)")
        login = topology.manage("ensure_admin").stdout.split("login:")[1].strip()
        print(f"Admin:  {topology.url}/admin/   login: {login}")
        print(f"Stop:   make prod-local-stop     logs in {topology.path('logs')}")
    elif command == "stop":
        topology.stop()
        print("stopped")
    elif command == "status":
        for name, pid in topology.status().items():
            print(f"{name:<8} {pid or '-'}")
    else:
        sys.exit(f"usage: {argv[0]} start|stop|status")


if __name__ == "__main__":
    main(sys.argv)
