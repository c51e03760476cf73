"""The rows a site's pages list, in the page's language, each list in one query."""

from django.conf import settings

from .models import Official, Unit


def in_language(queryset, language_code):
    """The rows of `queryset` in `language_code`, else (none at all) in the default one."""
    rows = list(queryset.filter(locale__language_code=language_code))
    if not rows and language_code != settings.LANGUAGE_CODE:
        rows = list(queryset.filter(locale__language_code=settings.LANGUAGE_CODE))
    return rows


def officials(site_id, language_code):
    rows = Official.objects.filter(site_id=site_id).select_related("photo")
    return in_language(rows.prefetch_related("photo__renditions"), language_code)


def units(site_id, language_code):
    return in_language(Unit.objects.filter(site_id=site_id).select_related("head"), language_code)


def unit_tree(rows):
    """[(unit, [(child, [...]), ...]), ...]: `rows` as a tree by `parent`, in their order.

    A unit whose parent is not among `rows` (another language's, or deleted) is a root.
    """
    known = {row.pk for row in rows}
    children = {}
    for row in rows:
        parent = row.parent_id if row.parent_id in known else None
        children.setdefault(parent, []).append(row)

    def branch(parent, seen):
        return [
            (row, branch(row.pk, seen | {row.pk}))
            for row in children.get(parent, [])
            if row.pk not in seen  # a cycle an editor made stops here
        ]

    return branch(None, frozenset())
