from django.urls import path

from . import views

urlpatterns = [path("feedback/", views.submit, name="page_feedback")]
