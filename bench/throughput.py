"""Requests per second and latency of the production topology, measured with wrk.

    make bench-throughput           # starts `make prod-local` if it is not running

For the home page, a news section and an article:
- through nginx as anonymous readers get them: from the page's page file (or the page
  cache, where nginx has no page file);
- the same answer saved to a file and served by the same nginx as a static file, with
  the headers of a page file (deploy/nginx/raion-page-headers.conf): the ceiling for the
  cached case, and the headline ratio cache/static;
- the same file served bare, with nginx's default headers only. The page's security
  headers make its answer about 660 bytes longer, which the client parses too;
- through nginx as browsers get them, asking for gzip: from the compressed page file;
- straight to one gunicorn instance, bypassing nginx: what rendering costs.
The static files sit at the page's own path with `.html` for the final slash, so that
all requests carry an address of the same length: nginx's work on the request line and
the file name grows with it.

BENCH_SECONDS (default 4) per run, BENCH_ROUNDS (default 11) rounds of the three nginx
runs (each round starts with a different one), BENCH_CONNECTIONS (default 32) for them.
The median of each is shown, and a ratio is the median of the rounds' ratios: load from
elsewhere on the machine moves the runs of a round alike.
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.local.prod_local import Topology

SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "11"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
# gunicorn's sync workers take one request each; more connections would only queue.
APP_CONNECTIONS = 4
PAGES = {
    "home": "/ru/",
    "section": "/ru/news/district/",
    # The demo's report of 13 October 2008 (raion.demo.fixtures.KYRGYZSTAN_ARTICLE_SLUG).
    "article": "/ru/news/republic/belarus-kyrgyzstan-key-partner-central-asia/",
}
# What browsers accept.
BROWSER_ENCODINGS = "gzip, deflate, br"
UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url, connections, headers=()):
    argv = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{SECONDS}s", "--latency"]
    for header in headers:
        argv += ["-H", header]
    output = subprocess.run(  # noqa: S603
        [*argv, url], check=True, capture_output=True, text=True
    ).stdout
    if "Non-2xx" in output:
        raise RuntimeError(f"{url} answered errors:\n{output}")

    def latency(percentile):
        value, unit = re.search(rf"\s{percentile}%\s+([\d.]+)(us|ms|s)\b", output).groups()
        return float(value) * UNITS_MS[unit]

    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
    }


def round_of_runs(urls: dict, number: int) -> dict:
    """One wrk run of each URL; round `number` starts with a different one, so that no
    side always runs on a machine another has just warmed or loaded."""
    names = list(urls)
    first = number % len(names)
    return {name: wrk(urls[name], CONNECTIONS) for name in names[first:] + names[:first]}


def median_run(runs):
    """The run with the median requests per second."""
    return sorted(runs, key=lambda run: run["rps"])[len(runs) // 2]


def median_ratio(rounds, name, baseline):
    return statistics.median(runs[name]["rps"] / runs[baseline]["rps"] for runs in rounds)


def cached_page(url, accept_encoding="identity") -> bytes:
    """The page at `url` once nginx answers it from its cache, which also leaves the page
    file of that encoding."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": accept_encoding})  # noqa: S310
    for _attempt in range(20):  # an expired entry is refreshed in the background
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            body, cache_status = response.read(), response.headers.get("X-Cache", "")
        if cache_status == "HIT":
            return body
    raise AssertionError(f"{url} is not cached ({cache_status})")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install wrk")
    topology = Topology()
    started_here = not topology.pid("nginx")
    if started_here:
        topology.start()
    try:
        run(topology)
    finally:
        if started_here:
            topology.stop()


def run(topology):
    static_root = topology.path("bench-static")
    static_root.mkdir(exist_ok=True)
    app = f"http://127.0.0.1:{topology.app_ports[0]}"
    forwarded = [f"Host: 127.0.0.1:{topology.port}", "X-Forwarded-Proto: https"]
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()  # noqa: S607
    print(f"wrk, {SECONDS}s per run, median of {ROUNDS} for nginx; {os.cpu_count()} cores; {load}")
    print()
    print(
        "| page | nginx cache req/s | p50 ms | p99 ms | static file req/s | p50 ms | p99 ms "
        "| cache/static | bare static req/s | cache/bare | gzip req/s | p50 ms | p99 ms "
        "| gunicorn req/s | p50 ms | p99 ms |"
    )
    print("| --- |" + " ---: |" * 15)
    for name, path in PAGES.items():
        html = cached_page(topology.url + path)
        static_path = f"{path.rstrip('/')}.html"
        static_file = static_root / static_path.lstrip("/")
        static_file.parent.mkdir(parents=True, exist_ok=True)
        static_file.write_bytes(html)

        urls = {
            "cached": topology.url + path,
            "static": f"http://127.0.0.1:{topology.static_port}{static_path}",
            "bare": f"http://127.0.0.1:{topology.bare_static_port}{static_path}",
        }
        rounds = [round_of_runs(urls, number) for number in range(ROUNDS)]
        cached, static, bare = (median_run([runs[n] for runs in rounds]) for n in urls)
        cached_page(topology.url + path, BROWSER_ENCODINGS)
        browsers = [f"Accept-Encoding: {BROWSER_ENCODINGS}"]
        compressed = wrk(topology.url + path, CONNECTIONS, browsers)
        rendered = wrk(app + path, APP_CONNECTIONS, forwarded)
        print(
            f"| {name} | {cached['rps']:.0f} | {cached['p50']:.2f} | {cached['p99']:.2f} "
            f"| {static['rps']:.0f} | {static['p50']:.2f} | {static['p99']:.2f} "
            f"| {median_ratio(rounds, 'cached', 'static'):.2f} "
            f"| {bare['rps']:.0f} | {median_ratio(rounds, 'cached', 'bare'):.2f} "
            f"| {compressed['rps']:.0f} | {compressed['p50']:.2f} | {compressed['p99']:.2f} "
            f"| {rendered['rps']:.0f} | {rendered['p50']:.1f} | {rendered['p99']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
