"""Which date an imported article gets: the item's own, unless it is implausible.

A feed's date is the agency's claim. One far in the future would pin the article to the
top of News for good, and one centuries back (year 1 is common in broken feeds) would
bury it; both are taken for the day of import and noted on the run. The source says how
old an item may plausibly be (`oldest_item_days`).
"""

import datetime

from django.utils.translation import gettext as _

# A feed a few hours ahead of us (another time zone, a clock slightly off) is still right.
FUTURE_TOLERANCE = datetime.timedelta(days=1)


def plausible_date(date, today, oldest_item_days):
    """(`date` or None, why it was refused or "")."""
    if date is None:
        return None, ""
    if date > today + FUTURE_TOLERANCE:
        return None, _("dated %(date)s, in the future") % {"date": date.isoformat()}
    if date < today - datetime.timedelta(days=oldest_item_days):
        return None, _("dated %(date)s, older than the source allows (%(days)d days)") % {
            "date": date.isoformat(),
            "days": oldest_item_days,
        }
    return date, ""
