"""HTTP(S) downloads that a hostile or broken server cannot turn against us.

Limits: connect and read timeouts plus an overall deadline, a byte limit on the decoded
body (so a gzip bomb is cut short too), at most five redirects, http and https only, and
no private, loopback or link-local destination unless the source lists it. The address
is checked on every connection, after DNS resolution and again on the connected socket,
so neither a redirect nor a DNS answer can lead to an internal service.

The deadline covers connecting, the headers and the body together: a server that
trickles a byte just within each read timeout would otherwise hold a run for ever. A
watchdog shuts the download's sockets down when the deadline passes, which ends any
read that is waiting, whatever urllib3 or http.client is in the middle of.
"""

import contextlib
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.utils.translation import gettext as _
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

USER_AGENT = "Raion-Syndication/1.0"
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK_SIZE = 64 * 1024
# Without a deadline of its own, a download ends within this many timeouts.
DEADLINE_FACTOR = 3


class FetchError(Exception):
    """Why a download failed, worded for the run's record."""

    def __init__(self, message, status=None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float
    max_bytes: int
    allowed_networks: tuple = ()
    max_redirects: int = 5
    # Seconds the whole download may take; DEADLINE_FACTOR timeouts when not given.
    deadline: float | None = None

    @classmethod
    def for_source(cls, source):
        return cls(
            timeout=source.timeout,
            max_bytes=source.response_limit,
            allowed_networks=tuple(source.networks()),
            deadline=source.deadline_seconds,
        )

    @property
    def seconds(self):
        return self.deadline or self.timeout * DEADLINE_FACTOR

    def deadline_from_now(self):
        return time.monotonic() + self.seconds


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self):
        return self.status == 304


def check_address(address, allowed_networks, host=None):
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_global or any(ip in network for network in allowed_networks):
        return
    raise FetchError(
        _("%(host)s is at %(address)s, a private, loopback or link-local address")
        % {"host": host or address, "address": ip}
    )


class Watchdog:
    """Shuts down every socket given to it once the deadline (time.monotonic()) passes."""

    def __init__(self, deadline):
        self.deadline = deadline
        self.expired = False
        self._sockets = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._expire)
        self._timer.daemon = True

    def __enter__(self):
        self._timer.start()
        return self

    def __exit__(self, *exc_info):
        self._timer.cancel()

    def remaining(self):
        return max(0.001, self.deadline - time.monotonic())

    def watch(self, sock):
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self):
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock):
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class _GuardedConnectionMixin:
    allowed_networks = ()
    watchdog = None

    def _new_conn(self):
        host = self._dns_host
        try:
            addresses = {info[4][0] for info in socket.getaddrinfo(host, self.port)}
        except OSError as error:
            raise FetchError(_("Unknown host %(host)s") % {"host": host}) from error
        for address in addresses:
            check_address(address, self.allowed_networks, host)
        self.timeout = min(self.timeout, self.watchdog.remaining())
        sock = super()._new_conn()
        self.watchdog.watch(sock)
        try:
            check_address(sock.getpeername()[0], self.allowed_networks, host)
        except FetchError:
            sock.close()
            raise
        return sock


def _pool_manager(policy, watchdog):
    """A pool manager whose every connection is checked against the policy and watched."""
    attrs = {"allowed_networks": policy.allowed_networks, "watchdog": watchdog}
    http = type("GuardedHTTPConnection", (_GuardedConnectionMixin, HTTPConnection), attrs)
    https = type("GuardedHTTPSConnection", (_GuardedConnectionMixin, HTTPSConnection), attrs)
    manager = urllib3.PoolManager(num_pools=4, retries=False)
    manager.pool_classes_by_scheme = {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
    }
    return manager


def fetch(url, policy, *, etag="", last_modified="", accept=FEED_ACCEPT, deadline=None):
    """GET `url` under `policy`, following redirects; a 304 answers a conditional GET.

    Everything ends by `deadline` (a time.monotonic()), by default the policy's from now.
    """
    headers = {"User-Agent": USER_AGENT, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with Watchdog(deadline or policy.deadline_from_now()) as watchdog:
        manager = _pool_manager(policy, watchdog)
        try:
            return _follow(manager, url, headers, policy, watchdog)
        except FetchError:
            raise
        except Exception as error:
            if watchdog.expired:  # the watchdog's shutdown broke whatever was reading
                raise _past_deadline(url, policy) from error
            raise
        finally:
            manager.clear()


def _follow(manager, url, headers, policy, watchdog):
    visited = set()
    for _hop in range(policy.max_redirects + 1):
        if url in visited:
            raise FetchError(_("Redirect loop at %(url)s") % {"url": url})
        visited.add(url)
        next_url, result = _get(manager, url, headers, policy, watchdog)
        if watchdog.expired:  # a body cut short by the watchdog can look complete
            raise _past_deadline(url, policy)
        if result is not None:
            return result
        url = next_url
    raise FetchError(_("More than %(count)d redirects") % {"count": policy.max_redirects})


def _get(manager, url, headers, policy, watchdog):
    """(redirect target, None) or (None, result)."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(_("Only http and https addresses can be fetched: %(url)s") % {"url": url})
    timeout = urllib3.Timeout(connect=policy.timeout, read=policy.timeout)
    try:
        response = manager.request(
            "GET", url, headers=headers, redirect=False, preload_content=False, timeout=timeout
        )
    except urllib3.exceptions.LocationValueError as error:
        raise FetchError(_("Invalid address %(url)s") % {"url": url}) from error
    except urllib3.exceptions.HTTPError as error:
        raise _network_error(error, url, policy, watchdog) from error
    try:
        if response.status in REDIRECT_STATUSES:
            location = response.headers.get("Location")
            if not location:
                raise FetchError(_("Redirect without a target"), status=response.status)
            return urljoin(url, location), None
        if response.status == 304:
            return None, FetchResult(url=url, status=304)
        if not 200 <= response.status < 300:
            raise FetchError(
                _("The server answered %(status)d %(reason)s")
                % {"status": response.status, "reason": response.reason or ""},
                status=response.status,
            )
        content = _read_limited(response, url, policy, watchdog)
        return None, FetchResult(
            url=url,
            status=response.status,
            content=content,
            content_type=response.headers.get("Content-Type", ""),
            etag=response.headers.get("ETag", ""),
            last_modified=response.headers.get("Last-Modified", ""),
        )
    finally:
        response.close()
        response.release_conn()


def _read_limited(response, url, policy, watchdog):
    too_large = FetchError(
        _("The response is larger than the limit of %(limit)d bytes") % {"limit": policy.max_bytes},
        status=response.status,
    )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise too_large
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK_SIZE, decode_content=True):
            size += len(chunk)
            if size > policy.max_bytes:
                raise too_large
            if watchdog.expired:
                raise _past_deadline(url, policy)
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        raise _network_error(error, url, policy, watchdog) from error
    return b"".join(chunks)


def _timed_out(url, policy):
    return FetchError(
        _("No complete answer from %(url)s within %(seconds)s s")
        % {"url": url, "seconds": f"{policy.timeout:g}"}
    )


def _past_deadline(url, policy):
    return FetchError(
        _("%(url)s did not finish answering within the deadline of %(seconds)s s")
        % {"url": url, "seconds": f"{policy.seconds:g}"}
    )


def _network_error(error, url, policy, watchdog):
    if watchdog.expired:
        return _past_deadline(url, policy)
    if isinstance(error, urllib3.exceptions.TimeoutError):
        return _timed_out(url, policy)
    if isinstance(error, urllib3.exceptions.DecodeError):
        return FetchError(_("The compressed response from %(url)s is corrupt") % {"url": url})
    if isinstance(error, urllib3.exceptions.SSLError):
        return FetchError(_("TLS error with %(url)s: %(error)s") % {"url": url, "error": error})
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return FetchError(_("Could not connect to %(url)s") % {"url": url})
    return FetchError(_("Network error with %(url)s: %(error)s") % {"url": url, "error": error})
