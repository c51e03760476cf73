"""Through the real nginx: 1,000 answers to "Was this page useful?" from one address
within a minute. The limit holds, nothing answers 5xx, and while it goes on the page
that carries the form is still served from nginx (the form makes no page uncacheable)."""

import re
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import requests

from raion.feedback.limits import RATE_LIMIT

POSTS = 1000
PAGE = "/ru/about/"


def test_a_thousand_answers_from_one_address_in_a_minute(site, topology):
    page = site.get(PAGE)
    assert page.status_code == 200
    assert not page.headers.get("Set-Cookie"), "the form must not make the page uncacheable"
    page_id = re.search(r'name="page" value="(\d+)"', page.text).group(1)
    assert site.get(PAGE).headers["X-Cache"] == "HIT"

    def post(_number):
        response = requests.post(
            f"{site.base}/feedback/",
            data={"page": page_id, "useful": "no", "comment": "Flood", "website": ""},
            headers={"Origin": site.base},
            allow_redirects=False,
            timeout=30,
        )
        return response.status_code

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        flood = pool.map(post, range(POSTS))
        cached_during = [site.get(PAGE).headers.get("X-Cache") for _check in range(20)]
        statuses = Counter(flood)
    took = time.monotonic() - started
    print(f"{POSTS} posts in {took:.1f} s: {dict(statuses)}; page during: {Counter(cached_during)}")

    assert took < 60
    assert not [status for status in statuses if status >= 500]
    assert statuses[303] <= RATE_LIMIT
    assert statuses[429] >= POSTS - RATE_LIMIT
    assert set(cached_during) == {"HIT"}
    thanks = site.get(f"{PAGE}?feedback=thanks")
    assert thanks.status_code == 200 and "page-feedback__thanks" in thanks.text
