"""What the catalogue shows, cached under the site's content version.

A site's local details change its version (they are site-owned rows) and the registry
changes the network's, which every site's version includes; so a listing, a filter's
choices or a procedure is read from the database once per version, whatever the number
of procedures, and a page costs the same few queries with 10 or 1,000 of them.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404

from raion.network import content_version

from .local import LocalProcedure
from .registry import Chapter, ProcedureList, number_from_slug

PAGE_SIZE = 50
MISSING = "missing"  # cached marker: nothing there


@dataclass(frozen=True)
class Filters:
    procedure_list: str = ""
    chapter: str = ""  # "<list>-<number>", the same in every language
    department: str = ""
    online: bool = False
    text: str = ""

    @property
    def active(self):
        return any((self.procedure_list, self.chapter, self.department, self.online, self.text))

    def key(self):
        return repr((self.procedure_list, self.chapter, self.department, self.online, self.text))


def chapter_value(chapter) -> str:
    return f"{chapter.procedure_list}-{chapter.number}"


def key_of(*parts) -> str:
    """A short cache key part for `parts`, which come from the query string: hashed, so
    any text makes a valid key."""
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def _cached(site_id, name, build, *parts):
    digest = key_of(*parts)
    key = f"raion:procedures:{name}:{site_id}:{content_version.current(site_id)}:{digest}"
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, MISSING if found is None else found, settings.RAION_FRAGMENT_CACHE_SECONDS)
    return None if found == MISSING else found


def live_details(site_id, language_code):
    return LocalProcedure.objects.filter(
        site_id=site_id, locale__language_code=language_code, live=True
    ).select_related("procedure__chapter")


def _filtered(site_id, language_code, filters):
    rows = live_details(site_id, language_code)
    if filters.procedure_list:
        rows = rows.filter(procedure__procedure_list=filters.procedure_list)
    if filters.chapter:
        procedure_list, _dash, number = filters.chapter.partition("-")
        rows = rows.filter(
            procedure__chapter__procedure_list=procedure_list, procedure__chapter__number=number
        )
    if filters.department:
        rows = rows.filter(department=filters.department)
    if filters.online:
        rows = rows.exclude(online_url="")
    if filters.text:
        rows = rows.filter(
            Q(procedure__name__icontains=filters.text)
            | Q(procedure__number__startswith=filters.text)
            | Q(department__icontains=filters.text)
        )
    return rows.order_by("procedure__procedure_list", "procedure__sort_key")


def listing(site_id, language_code, filters, page_number):
    """{"items", "number", "num_pages", "count"} of one page of the filtered catalogue;
    Http404 for a page that does not exist (the first always does)."""

    def build():
        paginator = Paginator(_filtered(site_id, language_code, filters), PAGE_SIZE)
        try:
            page = paginator.page(page_number)
        except (EmptyPage, PageNotAnInteger):
            return None
        return {
            "items": list(page.object_list),
            "number": page.number,
            "num_pages": paginator.num_pages,
            "count": paginator.count,
        }

    found = _cached(site_id, "listing", build, language_code, filters.key(), page_number)
    if found is None:
        raise Http404
    return found


def filter_choices(site_id, language_code):
    """{"chapters": [(list label, [(value, title)])], "departments": [name]} of the
    site's procedures in `language_code`."""

    def build():
        rows = live_details(site_id, language_code)
        departments = sorted(set(rows.exclude(department="").values_list("department", flat=True)))
        used = set(rows.values_list("procedure__chapter_id", flat=True))
        chapters = {}
        for chapter in Chapter.objects.filter(pk__in=used).order_by("procedure_list", "sort_key"):
            chapters.setdefault(chapter.procedure_list, []).append(
                (chapter_value(chapter), str(chapter))
            )
        return {
            "chapters": [
                (value, chapters[value]) for value in ProcedureList.values if value in chapters
            ],
            "departments": departments,
        }

    return _cached(site_id, "choices", build, language_code)


def procedure(site_id, language_code, slug):
    """The site's live local details of the procedure `slug`, with the registry's part and
    the officials; None when the site does not carry it out in that language."""

    def build():
        procedure_list, number = number_from_slug(slug)
        return (
            live_details(site_id, language_code)
            .filter(procedure__procedure_list=procedure_list, procedure__number=number)
            .prefetch_related("officials")
            .first()
        )

    return _cached(site_id, "procedure", build, language_code, slug)
