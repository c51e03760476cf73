"""Make cached fragments stale whenever anything they may show changes.

Pages make their site's fragments stale; language homes and sites (hostnames, roots)
the whole network's. Every site-owned model and the rows of its inline panels make their
own site's fragments stale, found by declaration (`SiteOwnedTranslatable`), not by a list.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content_version
from .site_owned import SiteOwnedTranslatable
from .sites import HOME_DEPTH, site_id_for_path


def bump(site_id=None):
    # Once now, for the rest of this transaction, and once after commit: a request served
    # between the two may have cached the old content under the first new version.
    content_version.bump(site_id)
    transaction.on_commit(lambda: content_version.bump(site_id))


def _on_page_change(instance, **_kwargs):
    if instance.depth <= HOME_DEPTH:
        bump()
    else:
        bump(site_id_for_path(instance.path))


def _on_page_move(instance, parent_page_before=None, **_kwargs):
    _on_page_change(instance)
    if parent_page_before is not None:
        bump(site_id_for_path(parent_page_before.path))


def _on_site_change(**_kwargs):
    bump()


def owning_site_id(instance):
    """The site a site-owned row, or a row of one of its inline panels, belongs to."""
    if isinstance(instance, SiteOwnedTranslatable):
        return instance.site_id
    for field in instance._meta.concrete_fields:
        if isinstance(field, ParentalKey) and issubclass(
            field.related_model, SiteOwnedTranslatable
        ):
            parent = field.related_model.objects.filter(pk=getattr(instance, field.attname))
            return parent.values_list("site_id", flat=True).first()
    return None


def _on_site_owned_change(instance, **_kwargs):
    site_id = owning_site_id(instance)
    if site_id is not None:
        bump(site_id)


def site_owned_models():
    """Every concrete site-owned model and the models of its inline rows."""
    owned = [
        model
        for model in apps.get_models()
        if issubclass(model, SiteOwnedTranslatable) and not model._meta.abstract
    ]
    children = [
        related.related_model
        for model in owned
        for related in model._meta.related_objects
        if isinstance(related.remote_field, ParentalKey)
    ]
    return owned + children


def connect():
    page_published.connect(_on_page_change, dispatch_uid="raion-bump-on-publish")
    page_unpublished.connect(_on_page_change, dispatch_uid="raion-bump-on-unpublish")
    post_page_move.connect(_on_page_move, dispatch_uid="raion-bump-on-move")
    post_save.connect(_on_site_change, sender=Site, dispatch_uid="raion-bump-site-save")
    post_delete.connect(_on_site_change, sender=Site, dispatch_uid="raion-bump-site-delete")
    for model in site_owned_models():
        uid = f"raion-bump-{model._meta.label_lower}"
        post_save.connect(_on_site_owned_change, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_on_site_owned_change, sender=model, dispatch_uid=f"{uid}-delete")
