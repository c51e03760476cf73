"""Staff sessions end after RAION_SESSION_IDLE_MINUTES without a request.

The time of the last request is kept in the session and rewritten at most once a minute,
so that an active editor does not write the session on every click.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

LAST_SEEN_KEY = "raion_last_seen"
REWRITE_AFTER_SECONDS = 60


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY, now)
            if now - last_seen > settings.RAION_SESSION_IDLE_MINUTES * 60:
                logout(request)
            elif now - last_seen >= REWRITE_AFTER_SECONDS or LAST_SEEN_KEY not in request.session:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)
