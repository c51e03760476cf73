"""Lighthouse scores of the public page types, through the production nginx.

    make bench-lighthouse           # starts `make prod-local` if it is not running

Lighthouse (the exact version of bench/lighthouse/package-lock.json, installed there with
`npm ci` on first use: not in the root package.json, so CI's `npm ci` stays light) runs
Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; no browser is downloaded)
with its mobile preset on the home page, a news section, an article and the About page
of the default site, in each language of BENCH_LANGUAGES (default "ru"; "ru be en" for
all three). Chromium resolves no host but 127.0.0.1, so nothing outside the machine is
fetched while it measures.

Prints the four category scores per page and every audit that keeps a score below 100;
exits 1 if any score is below 100. Each page is requested once first, so Lighthouse
measures it as readers get it: from nginx's page file or cache.

BENCH_THROTTLING: "simulate" (Lighthouse's default: a slow 4G link and a CPU four times
slower than this machine's, estimated from one unthrottled load) or "provided" (no
throttling: what this machine gives). Performance under "simulate" is scaled from the
machine's measured speed, so a loaded machine lowers it; compare with "provided", or
with BENCH_CPU_SLOWDOWN=1 (the simulated link, this machine's CPU as it is; default 4).
Reports are kept as JSON in var/lighthouse/.
"""

import json
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.local.prod_local import Topology

HERE = Path(__file__).resolve().parent / "lighthouse"
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
REPORTS = HERE.parent.parent / "var" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
LANGUAGES = os.environ.get("BENCH_LANGUAGES", "ru").split()
THROTTLING = os.environ.get("BENCH_THROTTLING", "simulate")
CPU_SLOWDOWN = os.environ.get("BENCH_CPU_SLOWDOWN", "4")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SECTION = "news/district/"
# Chromium runs as root in containers, which its sandbox refuses. Every host but the
# machine itself resolves to nothing, so neither a page nor Chromium reaches out.
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
ATTEMPTS = 3
# Audits that do not grade the page.
UNGRADED = {"notApplicable", "informative", "manual", "error"}


def install_lighthouse():
    """`npm ci` in bench/lighthouse when its lock file changed since the last install."""
    installed = HERE / "node_modules" / ".package-lock.json"
    lock = HERE / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--silent"],  # noqa: S607
            cwd=HERE,
            check=True,
        )


def fetch(url) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310
        return response.read().decode()


def first_article(section_url, section_html) -> str:
    """The first article the section lists: a page right under it, not an archive
    (year/month) nor a feed."""
    path = urllib.request.urlparse(section_url).path
    for slug in re.findall(rf'href="{re.escape(path)}([^"/?#]+)/"', section_html):
        if not slug.isdigit() and slug not in ("rss", "atom"):
            return f"{section_url}{slug}/"
    raise AssertionError(f"{section_url} lists no article")


def pages(base_url) -> dict:
    """Name → URL of the page types measured, in each language."""
    result = {}
    for language in LANGUAGES:
        section = f"{base_url}/{language}/{SECTION}"
        result[f"{language} home"] = f"{base_url}/{language}/"
        result[f"{language} section"] = section
        result[f"{language} article"] = first_article(section, fetch(section))
        result[f"{language} about"] = f"{base_url}/{language}/about/"
    return result


def lighthouse(url, report: Path) -> dict:
    fetch(url)  # into nginx's cache and page files, where readers get it from
    argv = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--form-factor=mobile",
        f"--throttling-method={THROTTLING}",
        f"--throttling.cpuSlowdownMultiplier={CPU_SLOWDOWN}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    # On a loaded machine Chromium's trace now and then misses the navigation's start
    # (NO_NAVSTART); Lighthouse's advice is to run it again.
    for _attempt in range(ATTEMPTS):
        env = {**os.environ, "CHROME_PATH": CHROME_PATH}
        if subprocess.run(argv, env=env).returncode == 0:  # noqa: S603
            return json.loads(report.read_text())
    raise RuntimeError(f"Lighthouse failed {ATTEMPTS} times on {url}")


def scores(result) -> dict:
    return {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}


def failing_audits(result) -> list[str]:
    """Audits of the four categories that lose points, as "category: id (score)"."""
    lines = []
    for name in CATEGORIES:
        for ref in result["categories"][name]["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if audit["scoreDisplayMode"] in UNGRADED or audit["score"] is None:
                continue
            if audit["score"] < 1:
                value = f", {audit['displayValue']}" if audit.get("displayValue") else ""
                lines.append(f"{name}: {ref['id']} ({audit['score']:.2f}{value})")
    return lines


def main():
    install_lighthouse()
    topology = Topology()
    started_here = not topology.pid("nginx")
    if started_here:
        topology.start()
    try:
        failed = run(topology)
    finally:
        if started_here:
            topology.stop()
    sys.exit(1 if failed else 0)


def run(topology) -> bool:
    REPORTS.mkdir(parents=True, exist_ok=True)
    version = subprocess.run(  # noqa: S603
        [str(LIGHTHOUSE), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()  # noqa: S607
    print(
        f"Lighthouse {version}, mobile, throttling {THROTTLING}, CPU slowdown {CPU_SLOWDOWN}; "
        f"{os.cpu_count()} cores; {load}"
    )
    print()
    print("| page | url | " + " | ".join(CATEGORIES) + " |")
    print("| --- | --- |" + " ---: |" * len(CATEGORIES))
    failures = {}
    for name, url in pages(topology.url).items():
        result = lighthouse(url, REPORTS / f"{name.replace(' ', '-')}.json")
        page_scores = scores(result)
        path = urllib.request.urlparse(url).path
        print(f"| {name} | {path} | " + " | ".join(str(page_scores[c]) for c in CATEGORIES) + " |")
        sys.stdout.flush()
        if min(page_scores.values()) < 100:
            failures[name] = failing_audits(result)
    for name, audits in failures.items():
        print(f"\n{name}: below 100")
        for line in audits:
            print(f"  {line}")
    return bool(failures)


if __name__ == "__main__":
    main()
