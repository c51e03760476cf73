from django.urls import path

from . import views

# Under /ru/, /be/, /en/: the site's search in that language.
language_patterns = [path("search/", views.search, name="search")]
