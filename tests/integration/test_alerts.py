"""Through the real nginx: an emergency alert appears on pages nginx has cached (page
cache and page files) within 60 s of its start and goes within 60 s of its end, with
nobody touching the alert in between: the worker's refreshes at its start and end do it
(raion.alerts.schedule)."""

import time
import uuid

from .content import _run, wait_until

LIMIT_SECONDS = 60.0
# Long enough for the pages to be cached again, without the alert, after the save.
STARTS_IN_SECONDS = 8
SHOWN_FOR_SECONDS = 8

ACCEPTED_ENCODINGS = ("gzip, deflate, br", "identity")
PATHS = ("/ru/", "/ru/news/district/", "/be/", "/en/")

CREATE = """
import datetime, json, time
from django.utils import timezone
from wagtail.models import Site
from raion.alerts.models import Alert
now = timezone.now()
alert = Alert.objects.create(
    severity="danger", text_ru={text!r}, text_be={text!r}, text_en={text!r},
    starts_at=now + datetime.timedelta(seconds={starts_in}),
    ends_at=now + datetime.timedelta(seconds={starts_in} + {shown_for}),
)
alert.sites.set([Site.objects.get(is_default_site=True)])
times = {{"starts_at": alert.starts_at.timestamp(), "ends_at": alert.ends_at.timestamp()}}
print(json.dumps(times))
"""

DELETE = """
from raion.alerts.models import Alert
Alert.objects.filter(text_ru={text!r}).delete()
"""


def answers(site, path):
    return [site.get(path, headers={"Accept-Encoding": a}) for a in ACCEPTED_ENCODINGS]


def everywhere(site, text, shown):
    return all(
        (text in response.text) == shown and response.status_code == 200
        for path in PATHS
        for response in answers(site, path)
    )


def test_an_alert_appears_and_goes_on_time_on_cached_pages(site, topology):
    text = f"Alert {uuid.uuid4().hex[:8]}"
    for path in PATHS:  # cached, as page files and in the page cache
        answers(site, path)
        answers(site, path)
    try:
        script = CREATE.format(text=text, starts_in=STARTS_IN_SECONDS, shown_for=SHOWN_FOR_SECONDS)
        alert = _run(topology, script)
        # Before its start the pages stay without it, and come from nginx.
        assert everywhere(site, text, shown=False)
        for path in PATHS:
            assert site.get(path).headers.get("X-Cache") in {"HIT", None}  # None: page file

        appeared = wait_until(
            lambda: everywhere(site, text, True), alert["starts_at"], LIMIT_SECONDS
        )
        assert appeared is not None, "the alert did not appear within 60 s of its start"
        print(f"appeared {appeared:.1f} s after its start")
        assert time.time() < alert["ends_at"], "too slow to see it while it was shown"

        gone = wait_until(lambda: everywhere(site, text, False), alert["ends_at"], LIMIT_SECONDS)
        assert gone is not None, "the alert did not go within 60 s of its end"
        print(f"went {gone:.1f} s after its end")
    finally:
        _run(topology, DELETE.format(text=text))
