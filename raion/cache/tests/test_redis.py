"""The Redis cache turns an unreachable Redis into cache misses."""

import socket
import subprocess
import time

import pytest
import redis

from raion.cache.redis import FailSoftRedisCache
from tests.tools import require_command


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_cache(port, retry_after=5.0):
    return FailSoftRedisCache(
        f"redis://127.0.0.1:{port}/0",
        {"RETRY_AFTER": retry_after, "OPTIONS": {"socket_connect_timeout": 0.5}},
    )


@pytest.fixture
def redis_server():
    """A redis-server of the test's own on a free port; yields (port, stop, start)."""
    executable = require_command("redis-server", "apt-get install redis-server")
    port = free_port()
    processes = []

    def start():
        argv = [executable, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        processes.append(subprocess.Popen([*argv, "--appendonly", "no"]))
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if redis.Redis(port=port, socket_connect_timeout=0.2).ping():
                    return
            except redis.RedisError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop():
        processes[-1].terminate()
        processes[-1].wait(timeout=10)

    start()
    yield port, stop, start
    for process in processes:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


def test_an_unreachable_redis_behaves_as_an_empty_cache(caplog):
    cache = make_cache(free_port())

    assert cache.get("key") is None
    assert cache.get("key", "fallback") == "fallback"
    cache.set("key", "value")
    assert cache.add("key", "value") is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("key") is False
    assert cache.delete("key") is False
    assert cache.get_or_set("key", lambda: 42) == 42
    with pytest.raises(ValueError):
        cache.incr("counter")
    # One warning for the outage, not one per call.
    assert len([r for r in caplog.records if "Redis unavailable" in r.getMessage()]) == 1


def test_after_a_failure_redis_is_left_alone_for_a_while(redis_server):
    port, stop, start = redis_server
    cache = make_cache(port, retry_after=60)
    cache.set("key", "value")
    stop()
    assert cache.get("key") is None
    start()
    # Within the pause the cache does not even try, so it still misses.
    assert cache.get("key", "missed") == "missed"


def test_caching_resumes_when_redis_comes_back(redis_server):
    port, stop, start = redis_server
    cache = make_cache(port, retry_after=0)
    cache.set("key", "value")
    assert cache.get("key") == "value"

    stop()
    assert cache.get("key") is None
    cache.set("other", "lost")  # no error

    start()
    cache.set("key", "again")
    assert cache.get("key") == "again"
    assert cache.add("n", 1) is True
    assert cache.incr("n") == 2
