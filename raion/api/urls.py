from django.urls import path

from . import views

# /api/v1/pages/ (every page, news included), /api/v1/news/, /api/v1/<kind>/ of any
# registered search source.
urlpatterns = [path("<slug:collection>/", views.listing, name="api_listing")]
