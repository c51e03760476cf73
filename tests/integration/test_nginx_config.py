"""The production nginx site (deploy/nginx/raion.conf) is valid for Debian's nginx."""

import subprocess

from deploy.local.prod_local import ROOT
from tests.tools import require_command

MAIN_CONF = """
pid {dir}/nginx.pid;
error_log {dir}/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    client_body_temp_path {dir}/tmp;
    proxy_temp_path {dir}/tmp;
    fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp;
    scgi_temp_path {dir}/tmp;
    include site.conf;
}}
"""


def test_the_production_site_config_passes_nginx_t(tmp_path):
    nginx = require_command("nginx", "apt-get install nginx")
    openssl = require_command("openssl", "apt-get install openssl")
    key, certificate = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=example.by", "-keyout", key, "-out", certificate],
        check=True,
        capture_output=True,
    )
    (tmp_path / "raion").symlink_to(ROOT / "deploy" / "nginx")
    site = (ROOT / "deploy" / "nginx" / "raion.conf").read_text()
    for deployed, here in [
        ("/etc/letsencrypt/live/example.by/fullchain.pem", certificate),
        ("/etc/letsencrypt/live/example.by/privkey.pem", key),
        ("/var/cache/nginx/raion", tmp_path / "cache"),
    ]:
        assert deployed in site
        site = site.replace(deployed, str(here))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(MAIN_CONF.format(dir=tmp_path))

    result = subprocess.run(
        [nginx, "-t", "-p", tmp_path, "-c", tmp_path / "nginx.conf"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr
