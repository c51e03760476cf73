"""Bilingual compliance covers the leadership, the structure, the schedules and the
appeals page."""

from raion.people.models import LeadershipPage, Official, StructurePage, Unit
from raion.receptions.models import AppealsPage, ReceptionsPage, Schedule
from raion.translations import rules


def test_the_hub_is_required_in_russian_and_belarusian():
    pages = set(rules.required_page_models())
    snippets = set(rules.required_snippet_models())
    assert {LeadershipPage, StructurePage, ReceptionsPage, AppealsPage} <= pages
    assert {Official, Unit, Schedule} <= snippets
