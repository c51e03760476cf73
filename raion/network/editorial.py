"""A site's editorial groups and its moderation workflow.

"<body>: editors" add and change pages in the site's three language trees, images and
documents in its collection, and the site-owned rows (identity, carousel, Internet
resources, feed sources: which rows of those models they reach is the per-site policy's
business). "<body>: moderators" may also publish and lock, and are the one task of the
"<body>: moderation" workflow that every change to the site's pages goes through.

`<body>` is the body's short name in the default language and the word after the colon
is in that language too. Groups, task and workflow are found again by these names;
rights are granted when a group is created, so what an administrator changes afterwards
stays changed.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from . import site_defaults
from .models import SiteApprovalTask

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = (*EDITOR_PAGE_PERMISSIONS, "publish_page", "lock_page", "unlock_page")
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}
# Site-owned rows editors keep up themselves; each site's identity rows exist from the start.
# Other apps add theirs with `grant` in their AppConfig.ready().
MODEL_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "core": ("change_siteidentity", "view_siteidentity"),
    "landmarks": ("add_landmarkcarousel", "change_landmarkcarousel", "view_landmarkcarousel"),
    "links": ("add_resourcelist", "change_resourcelist", "view_resourcelist"),
    "syndication": ("add_feedsource", "change_feedsource", "view_feedsource"),
}
# What moderators hold besides: publishing moderated rows, and what goes live unreviewed.
MODERATOR_MODEL_PERMISSIONS = {}


def grant(app_label, editors=(), moderators=()):
    """Called in an app's AppConfig.ready(): the permissions on its models that every
    site's editors and moderators get (`editors`), and those only moderators get."""
    for permissions, codenames in (
        (MODEL_PERMISSIONS, editors),
        (MODERATOR_MODEL_PERMISSIONS, moderators),
    ):
        if codenames:
            permissions[app_label] = (*permissions.get(app_label, ()), *codenames)


# Site-owned models whose changes go through review ("app_label.ModelName"): `review`.
REVIEWED_MODELS = []


def review(model_label):
    """Called in an app's AppConfig.ready(): changes to the site-owned model go through
    the network's row review, each approved by its own site's moderators."""
    if model_label not in REVIEWED_MODELS:
        REVIEWED_MODELS.append(model_label)


def crud(*models, actions=("add", "change", "delete", "view")):
    """The codenames of `actions` on each of `models` (model names in lower case)."""
    return tuple(f"{action}_{model}" for model in models for action in actions)


def group_names(body_name):
    """{"editors", "moderators", "moderation"}: the names of a body's groups and workflow."""
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "editors": f"{body_name}: {site_defaults.EDITORS}",
            "moderators": f"{body_name}: {site_defaults.MODERATORS}",
            "moderation": f"{body_name}: {site_defaults.MODERATION}",
        }


def _permissions(by_app):
    return list(
        Permission.objects.filter(
            content_type__app_label__in=by_app,
            codename__in=[codename for codenames in by_app.values() for codename in codenames],
        ).select_related("content_type")
    )


def _page_permissions(codenames):
    return _permissions({"wagtailcore": codenames})


def ensure_groups(body_name, homes, collection, created):
    """(editors, moderators) of the body `body_name`; `created(what, label)` hears of
    every group, task and workflow made."""
    names = group_names(body_name)
    model_permissions = [
        permission
        for permission in _permissions(MODEL_PERMISSIONS)
        if permission.codename in MODEL_PERMISSIONS[permission.content_type.app_label]
    ]
    collection_permissions = _permissions(COLLECTION_PERMISSIONS)
    groups = []
    for key, page_codenames in (
        ("editors", EDITOR_PAGE_PERMISSIONS),
        ("moderators", MODERATOR_PAGE_PERMISSIONS),
    ):
        group, new = Group.objects.get_or_create(name=names[key])
        if new:
            group.permissions.add(*model_permissions)
            if key == "moderators" and MODERATOR_MODEL_PERMISSIONS:
                group.permissions.add(*_permissions(MODERATOR_MODEL_PERMISSIONS))
            GroupPagePermission.objects.bulk_create(
                GroupPagePermission(group=group, page=home, permission=permission)
                for home in homes
                for permission in _page_permissions(page_codenames)
            )
            GroupCollectionPermission.objects.bulk_create(
                GroupCollectionPermission(group=group, collection=collection, permission=permission)
                for permission in collection_permissions
            )
            created("group", group.name)
        groups.append(group)
    ensure_workflow(names["moderation"], groups[1], homes, created)
    ensure_row_review(groups[1], created)
    return tuple(groups)


def ensure_workflow(name, moderators, homes, created):
    """The workflow `name` with one approval task for `moderators`, on each of `homes`
    that has no workflow of its own yet."""
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        task = GroupApprovalTask.objects.create(name=moderators.name)
        task.groups.set([moderators])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        created("workflow", name)
    for home in homes:
        if not WorkflowPage.objects.filter(page=home).exists():
            WorkflowPage.objects.create(page=home, workflow=workflow)
            created("workflow of", home.url_path)


def ensure_row_review(moderators, created):
    """The network's workflow for the reviewed models (`review`): one SiteApprovalTask,
    whose groups `moderators` joins, on each reviewed model without a workflow of its own."""
    if not REVIEWED_MODELS:
        return
    with translation.override(settings.LANGUAGE_CODE):
        name = str(site_defaults.ROW_REVIEW)
    workflow = Workflow.objects.filter(name=name).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=name)
        task = SiteApprovalTask.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        created("workflow", name)
    task = SiteApprovalTask.objects.filter(workflow_tasks__workflow=workflow).first()
    if task is not None:
        task.groups.add(moderators)
    for label in REVIEWED_MODELS:
        content_type = ContentType.objects.get_for_model(apps.get_model(label))
        _row, new = WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
        if new:
            created("workflow of", label)
