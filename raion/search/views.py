"""The public search page: one site's entries in the page's language."""

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import Site

from raion.network.sites import language_home

from . import registry, snippets
from .forms import SearchForm
from .query import search as run_search


def _results(entries, outcome, language):
    terms = {term for _word, word_terms in outcome.words for term in word_terms}
    labels = registry.kinds()
    return [
        {
            "entry": entry,
            "kind": labels.get(entry.kind, entry.kind),
            "title": snippets.highlight(entry.title, language, terms, whole=True),
            "snippet": snippets.highlight(entry.body, language, terms) if entry.body else "",
        }
        for entry in entries
    ]


def _corrected(outcome, results, language):
    """The corrected query in words of the first result (a stem is no word to show)."""
    if not outcome.corrected or not results:
        return ""
    entry = results[0]["entry"]
    text = f"{entry.title} {entry.body[:50_000]}"
    return " ".join(
        snippets.word_for(text, language, terms[0]) or word for word, terms in outcome.words
    )


@require_safe
def search(request):
    site = Site.find_for_request(request)
    language = get_language()
    form = SearchForm(request.GET)
    context = {"form": form, "home": language_home(site, language) if site else None}
    status = 200
    if not form.is_valid():
        status = 400
    elif form.cleaned_data["q"] and site:
        outcome = run_search(form.query(site.pk, language))
        paginator = Paginator(outcome.matches, settings.RAION_SEARCH_PAGE_SIZE)
        listing = paginator.get_page(request.GET.get("page"))
        results = _results(listing.object_list, outcome, language)
        query_string = request.GET.copy()
        query_string.pop("page", None)
        context.update(
            query=form.cleaned_data["q"],
            corrected=_corrected(outcome, results, language),
            listing=listing,
            capped=outcome.capped,
            results=results,
            query_string=query_string.urlencode(),
        )
    return render(request, "search/results.html", context, status=status)
