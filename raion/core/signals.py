"""Invalidate cached fragments whenever anything they may show changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content_version


def _bump(**_kwargs):
    # Once now, for the rest of this transaction, and once after commit: a request served
    # between the two may have cached the old content under the first new version.
    content_version.bump()
    transaction.on_commit(content_version.bump)


def bump_on_change_of(*models):
    """Make saves and deletions of `models` change the content version."""
    for model in models:
        uid = f"raion-bump-{model._meta.label_lower}"
        post_save.connect(_bump, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_bump, sender=model, dispatch_uid=f"{uid}-delete")


def connect():
    from wagtail.models import Site

    from .models import IdentityPhone, SiteIdentity, SocialLink

    page_published.connect(_bump, dispatch_uid="raion-bump-on-publish")
    page_unpublished.connect(_bump, dispatch_uid="raion-bump-on-unpublish")
    post_page_move.connect(_bump, dispatch_uid="raion-bump-on-move")
    bump_on_change_of(Site, SiteIdentity, IdentityPhone, SocialLink)
