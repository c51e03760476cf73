from django.urls import path

from . import views

# Outside the language prefix: the stylesheet every page links, and the old site's links.
site_patterns = [
    path("accessibility/preferences.css", views.visitor_stylesheet, name="display_stylesheet"),
    path("special/", views.special, name="display_special"),
    path("special/<path:path>", views.special, name="display_special"),
]

# Under /ru/, /be/, /en/: the settings panel, in the reader's language.
language_patterns = [
    path("accessibility/preferences/", views.panel, name="display_panel"),
]
