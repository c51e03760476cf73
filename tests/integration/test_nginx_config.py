"""The production nginx site (deploy/nginx/raion.conf) is valid for Debian's nginx, and
serves every hostname of the network, with no edit per site."""

import http.client
import os
import re
import socket
import ssl
import subprocess
import time

import pytest

from deploy.local.prod_local import ROOT
from tests.tools import require_command

MAIN_CONF = """
{user}
pid {dir}/nginx.pid;
error_log {dir}/error.log;
daemon off;
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {dir}/tmp;
    proxy_temp_path {dir}/tmp;
    fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp;
    scgi_temp_path {dir}/tmp;
    include site.conf;
}}
"""
HOSTNAMES = ("liozno.example.by", "vitebsk-region.example.by")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def certificate(openssl, directory, hostnames):
    """A self-signed certificate naming `hostnames`, where certbot would keep it."""
    directory.mkdir(parents=True)
    names = ",".join(f"DNS:{hostname}" for hostname in hostnames)
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", f"/CN={hostnames[0]}", "-addext", f"subjectAltName={names}"]
        + ["-keyout", directory / "privkey.pem", "-out", directory / "fullchain.pem"],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def production_site(tmp_path):
    """deploy/nginx/raion.conf with this machine's ports and directories and a
    certificate for two hostnames; returns (nginx command, {name: port}, certificate)."""
    nginx = require_command("nginx", "apt-get install nginx")
    openssl = require_command("openssl", "apt-get install openssl")
    certificate(openssl, tmp_path / "live" / "raion", HOSTNAMES)
    (tmp_path / "acme" / ".well-known" / "acme-challenge").mkdir(parents=True)
    (tmp_path / "acme" / ".well-known" / "acme-challenge" / "token").write_text("proof")
    (tmp_path / "raion").symlink_to(ROOT / "deploy" / "nginx")
    (tmp_path / "tmp").mkdir()
    site = (ROOT / "deploy" / "nginx" / "raion.conf").read_text()
    ports = {name: free_port() for name in ("http", "https", "page_cache", "refresh")}
    for deployed, here in [
        ("/etc/letsencrypt/live/", f"{tmp_path}/live/"),
        ("/var/www/letsencrypt", tmp_path / "acme"),
        ("/var/cache/nginx/raion", tmp_path / "cache"),
        ("listen [::]:", "# listen [::]:"),
        ("listen 80 ", f"listen 127.0.0.1:{ports['http']} "),
        ("listen 443 ", f"listen 127.0.0.1:{ports['https']} "),
        ("127.0.0.1:8082", f"127.0.0.1:{ports['page_cache']}"),
        ("127.0.0.1:8081", f"127.0.0.1:{ports['refresh']}"),
    ]:
        assert str(deployed) in site, deployed
        site = site.replace(str(deployed), str(here))
    (tmp_path / "site.conf").write_text(site)
    # As root, nginx's workers would run as nobody, who cannot read pytest's directories.
    user = "user root;" if os.geteuid() == 0 else ""
    (tmp_path / "nginx.conf").write_text(MAIN_CONF.format(dir=tmp_path, user=user))
    command = [nginx, "-p", tmp_path, "-c", tmp_path / "nginx.conf"]
    return command, ports, tmp_path / "live" / "raion" / "fullchain.pem"


def test_the_production_site_config_passes_nginx_t(production_site):
    command, _ports, _certificate = production_site
    result = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_the_production_site_config_names_no_site():
    site = (ROOT / "deploy" / "nginx" / "raion.conf").read_text()
    assert set(re.findall(r"^\s*server_name\s+([^;]*);", site, re.MULTILINE)) == {"_"}
    assert "example.by" not in re.sub(r"#.*", "", site)


def handshake(port, hostname, trusted):
    """A TLS handshake with nginx for `hostname`, verified as a browser would."""
    context = ssl.create_default_context(cafile=trusted)
    with (
        socket.create_connection(("127.0.0.1", port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname=hostname),
    ):
        pass


def plain_get(port, hostname, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.request("GET", path, headers={"Host": hostname})
    response = connection.getresponse()
    return response.status, response.getheader("Location"), response.read()


def wait_for(port):
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nginx did not listen on {port}")


def test_every_hostname_is_served_with_a_valid_certificate(production_site):
    command, ports, trusted = production_site
    nginx = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(ports["https"])
        for hostname in HOSTNAMES:
            handshake(ports["https"], hostname, trusted)
            status, location, _ = plain_get(ports["http"], hostname, "/ru/?a=1")
            assert (status, location) == (301, f"https://{hostname}/ru/?a=1")
            status, _, body = plain_get(
                ports["http"], hostname, "/.well-known/acme-challenge/token"
            )
            assert (status, body) == (200, b"proof")
        with pytest.raises(ssl.SSLCertVerificationError):  # the certificate names it not
            handshake(ports["https"], "elsewhere.example.org", trusted)
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
