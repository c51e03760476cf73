"""The catalogue, a filtered listing and a procedure's page cost the same number of
queries with 10 or 1,000 procedures."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from raion.network import content_version
from raion.network.factories import make_site
from raion.procedures.factories import (
    OFFICIAL,
    make_chapter,
    make_local,
    make_one_window,
    make_procedure,
    procedure_fields,
)
from raion.procedures.models import LocalProcedure, Official, Procedure, ProcedureList

pytestmark = pytest.mark.django_db

HOST = "counts.example.by"


def number(n):
    return f"{n // 100 + 1}.{n % 100 + 1}"


def online_url(n):
    return "https://portal.gov.by/" if n % 2 else ""


def add_procedures(site, first, count):
    for n in range(first, first + count):
        make_local(site, make_procedure(number(n)), online_url=online_url(n))


def add_procedures_in_bulk(site, first, count):
    """The rows `add_procedures` makes, a few inserts per table instead of several queries
    and signals per procedure, with the keys their `save` derives (`derive_keys`); the
    demo's procedures of the same numbers are updated, as `make_procedure` does. The
    signals only index for search, which the catalogue does not read, and make fragments
    stale: bumped here once."""
    locale = Locale.objects.get(language_code="ru")
    citizens = ProcedureList.CITIZENS
    numbers = {n: number(n) for n in range(first, first + count)}
    chapters = {num.split(".")[0] for num in numbers.values()}
    chapters = {chapter: make_chapter(chapter) for chapter in chapters}
    existing = {
        procedure.number: procedure
        for procedure in Procedure.objects.filter(
            procedure_list=citizens, locale=locale, number__in=numbers.values()
        )
    }
    procedures = {}
    for num in numbers.values():
        procedure = existing.get(num) or Procedure(
            procedure_list=citizens, number=num, locale=locale
        )
        procedure.derive_keys()
        procedure.chapter = chapters[num.split(".")[0]]
        for name, value in procedure_fields(num).items():
            setattr(procedure, name, value)
        procedures[num] = procedure
    Procedure.objects.bulk_update(
        existing.values(), ["chapter", *procedure_fields("1.1")], batch_size=500
    )
    Procedure.objects.bulk_create(
        [procedure for num, procedure in procedures.items() if num not in existing],
        batch_size=500,
    )
    details = [
        LocalProcedure(
            site=site,
            procedure=procedures[num],
            department="Housing department",
            live=True,
            online_url=online_url(n),
        )
        for n, num in numbers.items()
    ]
    for local in details:
        local.derive_keys()
    LocalProcedure.objects.bulk_create(details, batch_size=500)
    Official.objects.bulk_create(
        [Official(local_procedure=local, **OFFICIAL) for local in details], batch_size=500
    )
    content_version.bump()  # the registry changed: every site's catalogue is stale


def queries_for(client, url):
    assert client.get(url).status_code == 200  # warm the cache, as a visited site has it
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def measure(client):
    return {
        "catalogue": queries_for(client, "/ru/procedures/"),
        "filtered": queries_for(client, "/ru/procedures/?online=on&chapter=citizens-1"),
        "text": queries_for(client, "/ru/procedures/?text=Procedure"),
        "procedure": queries_for(client, "/ru/procedures/1-1/"),
        "one window": queries_for(client, "/ru/procedures/one-window/"),
    }


def test_query_counts_do_not_grow_with_the_number_of_procedures():
    site = make_site("counts", hostname=HOST).site
    make_one_window(site)
    client = Client(HTTP_HOST=HOST)
    add_procedures(site, 0, 10)
    with_ten = measure(client)
    add_procedures_in_bulk(site, 10, 990)
    with_thousand = measure(client)
    print(with_ten, with_thousand)
    assert with_thousand == with_ten
    assert max(with_ten.values()) <= 6, with_ten
