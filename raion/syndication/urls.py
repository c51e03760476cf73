"""The demo agency (raion.syndication.demo), mounted under /demo/."""

from django.urls import path

from . import views

urlpatterns = [
    path("feeds/agency.rss.xml", views.demo_feed, name="demo_agency_feed"),
    path("agency/<slug:slug>/", views.demo_original, name="demo_agency_original"),
]
