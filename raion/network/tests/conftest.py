"""Two district sites with their own rows, an editor of the first and a network
administrator: the world of the isolation tests."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.admin.viewsets import viewsets as registered_viewsets
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from raion.core.models import SiteIdentity
from raion.landmarks.models import LandmarkCarousel
from raion.links.models import ResourceList
from raion.network.factories import make_articles, make_site
from raion.syndication.models import FeedSource, ImportConflict, ImportedItem, ImportRun

# Model permissions a district's editors hold on site-owned rows (their sites' rows only).
EDITOR_MODEL_PERMISSIONS = {
    "wagtailadmin": ["access_admin"],
    "core": ["add_siteidentity", "change_siteidentity", "delete_siteidentity"],
    "landmarks": ["add_landmarkcarousel", "change_landmarkcarousel", "delete_landmarkcarousel"],
    "links": ["add_resourcelist", "change_resourcelist", "delete_resourcelist"],
    "syndication": [
        "add_feedsource",
        "change_feedsource",
        "delete_feedsource",
        "view_feedsource",
        "view_importrun",
        "change_importconflict",
        "view_importconflict",
    ],
}
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}


@dataclass
class District:
    """A district site (`net`, as provisioned), an article in each language and its rows;
    every title carries the district's name."""

    name: str
    net: object
    articles: dict
    identity: SiteIdentity
    carousel: LandmarkCarousel
    resources: ResourceList
    source: FeedSource
    run: ImportRun
    conflict: ImportConflict
    collection: Collection
    image: object
    document: object

    @property
    def site(self):
        return self.net.site


def permissions(codenames_by_app):
    return [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codenames in codenames_by_app.items()
        for codename in codenames
    ]


def build_district(slug, name):
    net = make_site(slug)
    articles = make_articles(net, f"{slug}-opens", f"{name} opens")
    site, locale = net.site, net.homes["ru"].locale
    identity = SiteIdentity.objects.get(site=site, locale=locale)
    carousel = LandmarkCarousel.objects.create(site=site, locale=locale)
    resources = ResourceList.objects.create(site=site, locale=locale)
    source = FeedSource.objects.create(
        site=site,
        name=f"{name} agency feed",
        url=f"https://{slug}.example.org/rss",
        target=net.sections["ru"]["district"],
    )
    run = ImportRun.objects.create(
        source=source, started_at=timezone.now(), error=f"{name} run error"
    )
    item = ImportedItem.objects.create(
        source=source, guid=f"{slug}-1", title_hash="t", content_hash="c"
    )
    conflict = ImportConflict.objects.create(
        item=item, run=run, content_hash="c2", incoming={"title": f"{name} conflict"}
    )
    collection = net.collection
    image = get_image_model().objects.create(
        title=f"{name} image", file=get_test_image_file(), collection=collection
    )
    document = get_document_model().objects.create(
        title=f"{name} document",
        file=ContentFile(b"%PDF-1.4", name=f"{slug}.pdf"),
        collection=collection,
    )
    for permission in permissions(COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=net.editors, collection=collection, permission=permission
        )
    net.editors.permissions.add(*permissions(EDITOR_MODEL_PERMISSIONS))
    return District(
        name,
        net,
        articles,
        identity,
        carousel,
        resources,
        source,
        run,
        conflict,
        collection,
        image,
        document,
    )


@dataclass
class World:
    a: District
    b: District
    editor: object
    admin: object
    moderators: Group


@pytest.fixture(scope="module")
def world(module_db):
    a, b = build_district("orsha", "Orsha"), build_district("dubrovno", "Dubrovno")
    User = get_user_model()
    editor = User.objects.create_user("orsha-editor", password="x")
    editor.groups.add(a.net.editors)
    admin = User.objects.create_superuser("network-admin", password="x")
    # One moderation workflow shared by the network, its task approved by one group of
    # moderators to which A's editor also belongs: Wagtail alone would show them every
    # site's pages awaiting moderation.
    moderators = Group.objects.create(name="Network moderators")
    editor.groups.add(moderators)
    task = GroupApprovalTask.objects.create(name="Approval")
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Network moderation")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Submitted by somebody who cannot approve: a moderator's submission approves itself.
    author = User.objects.create_user("author")
    for district in (a, b):
        WorkflowPage.objects.update_or_create(
            page=district.net.homes["ru"], defaults={"workflow": workflow}
        )
        article = district.articles["ru"]
        article.title = f"{district.name} article in moderation"
        article.save_revision(user=author)
        workflow.start(article, author)
    return World(a, b, editor, admin, moderators)


def viewset_of(model):
    """The one admin viewset registered for `model`."""
    found = []
    for viewset in registered_viewsets.viewsets:
        for candidate in [viewset, *getattr(viewset, "viewsets", ())]:
            if isinstance(candidate, ModelViewSet) and candidate.model is model:
                found.append(candidate)
    assert len(found) == 1, model
    return found[0]
