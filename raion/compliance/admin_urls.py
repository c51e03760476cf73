"""Where in the admin to fix something; findings store these addresses."""

from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder


def edit_page(page_id) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page_id])


def add_subpage(parent_id) -> str:
    return reverse("wagtailadmin_pages:add_subpage", args=[parent_id])


def edit(instance) -> str:
    """The edit view of a snippet, image, document or page, whoever looks (stored, so the
    view that shows it decides who sees it)."""
    return AdminURLFinder().get_edit_url(instance) or ""
