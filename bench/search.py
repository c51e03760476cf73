# ruff: noqa: RUF001 -- Cyrillic (ru) on purpose
"""Site search: query time and SQL queries on a large index, and indexing throughput.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/raion_bench_search \\
        .venv/bin/python bench/search.py
    BENCH_ARTICLES=20000 BENCH_DOCUMENTS=2000 … bench/search.py     # a smaller index

The index of one district holds BENCH_ARTICLES entries standing for news articles (about
300 words each) and BENCH_DOCUMENTS standing for documents with their files' text (about
3,000 words), dated over ten years. Two search sources registered here make them, so the
site's rebuild (`raion.search.indexing.rebuild`) indexes them as it indexes real content:
its throughput is that of reindexing the whole site. Texts are random sentences over a
vocabulary of Russian words in several forms. Each query is then requested through
Django's full request cycle (`/ru/search/?q=…`) REPEAT (100) times after a warm-up: p50, p95,
the slowest and SQL queries. The index is kept between runs; BENCH_REBUILD=1 rebuilds it anyway.
"""

import datetime
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "raion.settings.bench")

import django

django.setup()

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from raion.network.factories import make_site
from raion.search import indexing, registry
from raion.search.forms import SearchForm
from raion.search.models import Entry, Term
from raion.search.query import search

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
DOCUMENTS = int(os.environ.get("BENCH_DOCUMENTS", "10000"))
# 100 so that p95 is the 95th of them, not the slowest of a few.
REPEAT = int(os.environ.get("BENCH_REPEAT", "100"))
HOST = "bench-search.example.by"
FIRST_DAY = datetime.date(2016, 1, 1)

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
    "жужусаи",  # a rare word: in 0.06 % of the entries
]
# Pages further on and filters, as a reader narrowing a long list asks for them.
REQUESTS = [{"q": query} for query in QUERIES] + [
    {"q": "район", "page": "50"},
    {"q": "президента", "page": "100"},
    {"q": "решения", "kind": "document"},
    {"q": "ремонт дорог", "date_from": "2025-01-01"},
    {"q": "бюджет", "kind": "document", "date_from": "2024-01-01", "date_to": "2024-12-31"},
]


def sentence(rng, words):
    return " ".join(word(rng) for _ in range(words)).capitalize() + "."


def entries(rng, site_id, count, kind, words):
    for number in range(count):
        body = " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(words // 12))
        yield registry.IndexEntry(
            site_id=site_id,
            language="ru",
            kind=kind,
            title=sentence(rng, rng.randint(4, 9)),
            body=body,
            url=f"/ru/{kind}/{number}/",
            date=FIRST_DAY + datetime.timedelta(days=rng.randrange(3650)),
        )


class BenchSource(registry.SearchSource):
    """Generated articles or documents, registered as a source so that the site's
    rebuild indexes them as it indexes real ones."""

    def __init__(self, kind, count, words):
        self.name, self.kind, self.kinds = f"bench-{kind}", kind, {kind: kind}
        self.count, self.words = count, words

    def objects(self, site):
        return entries(random.Random(self.name), site.pk, self.count, self.kind, self.words)

    def object_id(self, obj):
        return obj.url

    def entries(self, obj):
        return [obj]


def main():
    call_command("migrate", verbosity=0, interactive=False)
    site = Site.objects.filter(hostname=HOST).first() or make_site("bench-search", HOST).site
    sources = [BenchSource("news", ARTICLES, 300), BenchSource("document", DOCUMENTS, 3000)]
    for source in sources:
        registry.register(source)
    expected = ARTICLES + DOCUMENTS
    have = Entry.objects.filter(site=site, source__startswith="bench-").count()
    if have != expected or os.environ.get("BENCH_REBUILD"):
        print(f"rebuilding the site's index ({expected} generated entries)…", file=sys.stderr)
        start = time.perf_counter()
        total = indexing.rebuild([site])
        seconds = time.perf_counter() - start
        print(
            f"rebuild of the whole site: {total} entries in {seconds:.0f} s, "
            f"{total / seconds:.0f} entries/s"
        )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(
        f"{connection.vendor}: {Entry.objects.filter(site=site).count()} entries, "
        f"{Term.objects.filter(site=site).count()} terms"
    )

    client = Client(HTTP_HOST=HOST)
    print(f"{'request':56} {'results':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'SQL':>4}")
    for params in REQUESTS:
        client.get("/ru/search/", params)  # warm
        times = []
        for _ in range(REPEAT):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get("/ru/search/", params)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        form = SearchForm(params)
        form.is_valid()
        outcome = search(form.query(site.pk, "ru"))
        count = f"{len(outcome.matches)}{'+' if outcome.capped else ''}"
        times.sort()
        p95 = times[math.ceil(len(times) * 0.95) - 1]  # nearest rank
        label = urlencode(params)
        print(
            f"{unquote(label):56} {count:>8} {statistics.median(times):>8.1f} "
            f"{p95:>8.1f} {times[-1]:>8.1f} {len(queries):>4}"
        )


if __name__ == "__main__":
    main()
