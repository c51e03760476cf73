"""Render time of the procedures catalogue, a filtered listing and a procedure's page with
1,000 procedures, against an article page of the same site.

    .venv/bin/python bench/procedures.py
    BENCH_PROCEDURES=1000 BENCH_REPEAT=50 .venv/bin/python bench/procedures.py

Uses the bench settings' database (var/bench.sqlite3, or DATABASE_URL): the demo network
plus the generated procedures, made on the first run and reused. The target is a ratio of
at most 1.2 to the article page.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")

import django

django.setup()

from django.core.management import call_command
from django.db import transaction
from django.test import Client
from timing import measure
from wagtail.models import Locale

from raion.demo.fixtures import DemoPages
from raion.network import content_version
from raion.procedures import transfer
from raion.procedures.local import LocalProcedure
from raion.procedures.registry import Procedure

PROCEDURES = int(os.environ.get("BENCH_PROCEDURES", "1000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "50"))


def prepare():
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    pages = DemoPages.load()
    rows = [
        {
            "list": "citizens",
            "number": f"{90 + n // 100}.{n % 100 + 1}",
            "language": "ru",
            "chapter": str(90 + n // 100),
            "chapter_title": f"Generated chapter {90 + n // 100}",
            "name": f"Generated procedure number {n} for the benchmark",
            "documents": "An application\nA passport",
            "fee_base_units": "" if n % 3 else "1",
            "term": "15 days",
            "_row": n + 2,
        }
        for n in range(PROCEDURES)
    ]
    started = time.perf_counter()
    result = transfer.import_rows(rows)
    print(f"registry import of {PROCEDURES} rows: {time.perf_counter() - started:.2f} s")
    ru = Locale.objects.get(language_code="ru")
    have = set(
        LocalProcedure.objects.filter(site=pages.site).values_list("procedure_id", flat=True)
    )
    with transaction.atomic():
        for procedure in Procedure.objects.filter(locale=ru, number__regex=r"^(9\d|1\d\d)\."):
            if procedure.pk not in have:
                LocalProcedure(
                    site=pages.site,
                    procedure=procedure,
                    department="Generated department",
                    online_url="https://portal.gov.by/" if procedure.pk % 2 else "",
                    live=True,
                ).save()
    content_version.bump()
    return pages, result


def main():
    pages, _result = prepare()
    count = LocalProcedure.objects.filter(site=pages.site, live=True).count()
    urls = {
        "article": pages.article["ru"].relative_url(pages.site),
        "catalogue": "/ru/procedures/",
        "catalogue, page 10": "/ru/procedures/?page=10",
        "filter: chapter+online": "/ru/procedures/?chapter=citizens-95&online=on",
        "filter: text": "/ru/procedures/?text=number+5",
        "procedure": "/ru/procedures/95-50/",
    }
    client = Client()
    print(f"{count} procedures on the site; {REPEAT} requests each")
    print(f"{'page':<26} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'ratio':>6}")
    article = None
    for name, url in urls.items():
        median, p95, queries = measure(client, url, REPEAT)
        article = article or median
        print(f"{name:<26} {median:>10.2f} {p95:>8.2f} {queries:>8} {median / article:>6.2f}")


if __name__ == "__main__":
    main()
