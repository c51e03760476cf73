"""Who approves a site-owned row in review: a member of the task's groups (every site's
moderators) who works on the row's site, or a network administrator."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import TaskState

from .permissions import is_network_admin
from .policy import user_site_ids


def may_approve(task, obj, user) -> bool:
    if is_network_admin(user):
        return True
    site_ids = user_site_ids(user)
    return task._user_in_groups(user) and getattr(obj, "site_id", None) in site_ids


def states_to_review(task, user):
    """The task's states in progress whose rows `user` may approve, as a queryset."""
    states = task.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
    if is_network_admin(user):
        return states
    if not task._user_in_groups(user):
        return TaskState.objects.none()
    site_ids = user_site_ids(user)
    rows = states.values_list(
        "pk", "workflow_state__base_content_type", "workflow_state__object_id"
    )
    by_type = {}
    for pk, content_type_id, object_id in rows:
        by_type.setdefault(content_type_id, {})[object_id] = pk
    keep = []
    for content_type_id, pks_by_object in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        theirs = model._default_manager.filter(pk__in=list(pks_by_object), site_id__in=site_ids)
        keep += [pks_by_object[str(pk)] for pk in theirs.values_list("pk", flat=True)]
    return states.filter(pk__in=keep)
