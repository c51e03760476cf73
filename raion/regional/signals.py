"""Copies follow their regional original; the region's link on districts follows bodies."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.signals import page_published

from raion.network.models import GovernmentBody
from raion.network.signals import bump
from raion.news.models import NewsArticlePage

from . import sharing


def _on_article_published(instance, **_kwargs):
    # Wagtail sends this before it updates the article's existing aliases, which then
    # take the new content, copies made here included; aliases are never originals.
    if not instance.alias_of_id:
        sharing.sync_copies(instance)


def _on_article_deleted(instance, **_kwargs):
    if not instance.alias_of_id:
        sharing.delete_copies(instance)


def _on_body_change(**_kwargs):
    bump()  # which region a district links to is cached under the network's version


def connect():
    page_published.connect(
        _on_article_published, sender=NewsArticlePage, dispatch_uid="raion-regional-publish"
    )
    pre_delete.connect(
        _on_article_deleted, sender=NewsArticlePage, dispatch_uid="raion-regional-delete"
    )
    post_save.connect(_on_body_change, sender=GovernmentBody, dispatch_uid="raion-regional-body")
    post_delete.connect(
        _on_body_change, sender=GovernmentBody, dispatch_uid="raion-regional-body-delete"
    )
