"""Seconds per site of provisioning: 10 districts created on the configured database,
then provisioned again (nothing to change), then removed.

    make bench-provision
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion_bench make bench-provision

Each site is made as `manage.py create_site` makes it, in its own transaction, committed,
with the search and reference indexes updated at once (the worker does that in production).
The database gets the demo first (as `make bench`'s does) so that the page tree, search
index and groups are not empty; the measured sites are removed at the end.

`BENCH_TASKS=queued` queues those index updates for the worker instead, as production's
settings do (the queued tasks are deleted at the end): the time an administrator waits.

Wall-clock and CPU time of this process are both reported: the bound is judged on
wall-clock time, which on a loaded machine is mostly waiting for a core (compare the two).
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")

import django

django.setup()

from django.core.management import call_command
from django.db import connection, transaction
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from raion.network.factories import make_site
from raion.network.sites import pages_of_site

QUEUED = os.environ.get("BENCH_TASKS") == "queued"  # read by raion.settings.bench

SITES = int(os.environ.get("BENCH_SITES", "10"))
MAX_SECONDS = 3.0  # the acceptance bound per site


def timed(function):
    """(result, (wall-clock seconds, CPU seconds of this process))"""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, (time.perf_counter() - wall, time.process_time() - cpu)


def remove(provisioned):
    """Everything provisioning made for a site, so that the next run starts alike."""
    with transaction.atomic():
        workflow = provisioned.homes["ru"].get_workflow()
        for home in provisioned.homes.values():
            Page.objects.get(pk=home.pk).delete()  # the site, body and rows go with it
        for task in workflow.tasks:
            task.delete()
        workflow.delete()
        provisioned.editors.delete()
        provisioned.moderators.delete()
        provisioned.collection.delete()


def main():
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"{connection.vendor}: {Page.objects.count()} pages before", file=sys.stderr)
    queued_before = set(DBTaskResult.objects.values_list("pk", flat=True))
    slugs = [f"bench-district-{number:02}" for number in range(1, SITES + 1)]
    created, again, sites = [], [], []
    for slug in slugs:
        provisioned, seconds = timed(lambda slug=slug: make_site(slug))
        assert provisioned.changes, f"{slug} existed before: remove it first"
        created.append(seconds)
        sites.append(provisioned)
    for slug in slugs:
        provisioned, seconds = timed(lambda slug=slug: make_site(slug))
        assert provisioned.changes == [], provisioned.changes
        again.append(seconds)
    pages = pages_of_site(sites[0].site).count()
    for provisioned in sites:
        remove(provisioned)
    queued = DBTaskResult.objects.exclude(pk__in=queued_before)
    tasks = "index updates queued" if QUEUED else "index updates at once"
    print(f"{SITES} sites of {pages} pages on {connection.vendor}, {tasks}; seconds per site")
    if QUEUED:
        print(f"  {queued.count() / SITES:.0f} tasks queued per site (deleted)")
    queued.delete()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for label, times in (("created", created), ("again (no change)", again)):
        for kind, index in (("wall", 0), ("CPU", 1)):
            seconds = [pair[index] for pair in times]
            print(
                f"  {label:<18} {kind:<4} median {statistics.median(seconds):.2f}"
                f"  max {max(seconds):.2f}  total {sum(seconds):.2f}"
            )
    print("  created, each site: " + " ".join(f"{wall:.2f}" for wall, _cpu in created))
    slowest = max(wall for wall, _cpu in created)
    verdict = "within" if slowest <= MAX_SECONDS else "OVER"
    print(f"slowest site {slowest:.2f} s wall-clock: {verdict} the {MAX_SECONDS:.0f} s bound")


if __name__ == "__main__":
    main()
