"""The catalogue, a filtered listing and a procedure's page cost the same number of
queries with 10 or 1,000 procedures."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_one_window, make_procedure

pytestmark = pytest.mark.django_db

HOST = "counts.example.by"


def add_procedures(site, first, count):
    for n in range(first, first + count):
        make_local(
            site,
            make_procedure(f"{n // 100 + 1}.{n % 100 + 1}"),
            online_url="https://portal.gov.by/" if n % 2 else "",
        )


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
    add_procedures(site, 10, 990)
    with_thousand = measure(client)
    print(with_ten, with_thousand)
    assert with_thousand == with_ten
    assert max(with_ten.values()) <= 6, with_ten
