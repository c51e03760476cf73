# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""Site search: query time and SQL queries on a large index, and indexing throughput.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion_bench_search \\
        .venv/bin/python bench/search.py
    BENCH_ARTICLES=20000 BENCH_DOCUMENTS=2000 … bench/search.py     # a smaller index

The index of one district is filled with BENCH_ARTICLES entries standing for news
articles (200 to 400 words each) and BENCH_DOCUMENTS standing for documents with their
files' text (2,000 to 4,000 words), written through the indexing code
(`raion.search.indexing`), so the throughput printed is that of the index itself; the
query never touches the page tables. Texts are random sentences over a vocabulary of
Russian words in several forms. Each query is then requested through Django's full
request cycle (`/ru/search/?q=…`) REPEAT times after a warm-up: p50, p95 and SQL queries.
The index is kept between runs.
"""

import os
import random
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
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from raion.network.factories import make_site
from raion.search import indexing
from raion.search.models import Entry, Posting
from raion.search.query import Query, search
from raion.search.registry import IndexEntry

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "10000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "20"))
HOST = "bench-search.example.by"

_VOCABULARY = """
    район районе района районом исполком исполкома исполкомом решение решения решением
    президент президента президентом аграрии аграриев аграриями урожай урожая урожаем
    дорога дороги дорогами ремонт ремонта ремонтом школа школы школами больница больницы
    председатель председателя собрание собрания граждане граждан гражданами приём приёма
    программа программы развитие развития предприятие предприятия молоко молока ферма
    фермы строительство строительства жильё жилья семья семьи дети детей праздник
    праздника культура культуры спорт спорта соревнование соревнования выборы выборов
    депутат депутата совет совета бюджет бюджета налог налога пенсия пенсии работа
    работы занятость занятости лёзно лиозно витебск витебска область области
"""
# Plus rarer made-up words ("ловаки"), drawn with a Zipf-like law as words of real texts are.
_SYLLABLES = ["ба", "ло", "ни", "ку", "ре", "ма", "то", "ви", "са", "де", "ры", "жу"]
VOCABULARY = _VOCABULARY.split() + [
    a + b + c + "и" for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES
]


def word(rng):
    return VOCABULARY[min(int(rng.paretovariate(0.8)) - 1, len(VOCABULARY) - 1)]


QUERIES = [
    "район",  # in almost every entry
    "решения исполкома",
    "президента",
    "аграриев урожай",
    "ремонт дорог",
    "пенсии",
    "выборы депутата совета",
    "прзидента",  # a typo: the fallback
    "несуществующееслово",
    "молоко ферма строительство",
    "балони",  # a rare word
]


def sentence(rng, words):
    return " ".join(word(rng) for _ in range(words)).capitalize() + "."


def entries(rng, site_id, count, kind, words):
    for number in range(count):
        body = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(words // 12))
        yield IndexEntry(
            site_id=site_id,
            language="ru",
            kind=kind,
            title=sentence(rng, rng.randint(4, 9)),
            body=body,
            url=f"/ru/{kind}/{number}/",
            date=None,
        )


class BenchSource:
    """Stands for a registered source; entries are written as its rebuild writes them."""

    def __init__(self, name):
        self.name = name

    def object_id(self, obj):
        return obj.url


def fill(site, kind, count, words):
    have = Entry.objects.filter(site=site, source=f"bench-{kind}").count()
    if have >= count:
        return None
    rng = random.Random(kind)
    source = BenchSource(f"bench-{kind}")
    generated = list(entries(rng, site.pk, count, kind, words))[have:]
    start = time.perf_counter()
    for batch_start in range(0, len(generated), indexing.BATCH):
        batch = generated[batch_start : batch_start + indexing.BATCH]
        with transaction.atomic():
            indexing._write(
                [
                    Entry(
                        site_id=item.site_id,
                        language=item.language,
                        source=source.name,
                        object_id=source.object_id(item),
                        kind=item.kind,
                        title=item.title,
                        body=item.body,
                        url=item.url,
                    )
                    for item in batch
                ]
            )
        done = have + batch_start + len(batch)
        if done % 5000 < indexing.BATCH:
            print(f"  {kind}: {done} / {count}", file=sys.stderr)
    return len(generated) / (time.perf_counter() - start)


def main():
    call_command("migrate", verbosity=0, interactive=False)
    site = Site.objects.filter(hostname=HOST).first() or make_site("bench-search", HOST).site
    rates = {
        "articles": fill(site, "news", ARTICLES, 300),
        "documents": fill(site, "document", DOCUMENTS, 3000),
    }
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"{connection.vendor}: {Entry.objects.filter(site=site).count()} entries, "
        f"{Posting.objects.filter(site_id_copy=site.pk).count()} postings"
    )
    for name, rate in rates.items():
        if rate:
            print(f"indexing {name}: {rate:.0f} entries/s")
    start = time.perf_counter()
    pages = indexing.rebuild([site])
    rate = pages / (time.perf_counter() - start)
    print(f"rebuild of the site's {pages} real pages: {rate:.0f} entries/s")

    client = Client(HTTP_HOST=HOST)
    print(f"{'query':32} {'results':>8} {'p50 ms':>8} {'p95 ms':>8} {'SQL':>4}")
    for query in QUERIES:
        client.get("/ru/search/", {"q": query})  # warm
        times = []
        for _ in range(REPEAT):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get("/ru/search/", {"q": query})
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        matches = search(Query(site.pk, "ru", query)).matches
        count = matches.count() if matches else 0
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(
            f"{query:32} {count:>8} {statistics.median(times):>8.1f} {p95:>8.1f} {len(queries):>4}"
        )


if __name__ == "__main__":
    main()
