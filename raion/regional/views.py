"""A district's editors hide a regional article on their site, or show it again."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from . import sharing
from .models import HiddenRegionalItem


def can_hide(user, copy) -> bool:
    """Whoever may take the copy off their site (unpublish it) may hide it."""
    return copy.permissions_for_user(user).can_unpublish()


def hide(request, page_id):
    copy = get_object_or_404(Page, pk=page_id, alias_of__isnull=False).specific
    if not sharing.is_copy(copy) or not can_hide(request.user, copy):
        raise PermissionDenied
    parent = copy.get_parent()
    if request.method == "POST":
        sharing.hide(copy)
        messages.success(
            request, _("'%(title)s' is no longer shown on this site.") % {"title": copy.title}
        )
        return redirect("wagtailadmin_explore", parent.pk)
    return TemplateResponse(request, "regional/confirm_hide.html", {"page": copy})


def hidden_items(request):
    """The regional articles hidden on the sites the user may hide them on."""
    items = [
        item
        for item in HiddenRegionalItem.objects.select_related("site", "original").order_by(
            "-hidden_at"
        )
        if _may_manage(request.user, item)
    ]
    return TemplateResponse(request, "regional/hidden_items.html", {"items": items})


def show_again(request, item_id):
    item = get_object_or_404(HiddenRegionalItem, pk=item_id)
    if request.method != "POST" or not _may_manage(request.user, item):
        raise PermissionDenied
    sharing.show_again(item)
    messages.success(
        request, _("'%(title)s' is shown on this site again.") % {"title": item.original.title}
    )
    return redirect("regional_hidden_items")


def _may_manage(user, item) -> bool:
    section = sharing.region_section(item.site, item.original.locale.language_code)
    return section is not None and section.permissions_for_user(user).can_publish_subpage()
