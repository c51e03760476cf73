"""Timing one page through Django's test client: the benches' common measure."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext


def measure(client, url, repeat):
    """(median ms, p95 ms, queries of the last request) over `repeat` warm requests."""
    assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, url
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, len(queries)
