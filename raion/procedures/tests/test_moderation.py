"""An editor's change to local details goes to review, and only moderators of the same
site (or a network administrator) may approve it."""

import copy

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import TaskState

from raion.network.factories import make_site
from raion.network.models import SiteApprovalTask
from raion.procedures.factories import make_local, make_procedure
from raion.procedures.local import LocalProcedure

pytestmark = pytest.mark.django_db


def member(name, *groups):
    user = get_user_model().objects.create_user(name, password="x" * 16)
    user.groups.add(*groups)
    return user


@pytest.fixture(scope="module")
def module_review(module_db):
    a, b = make_site("review-a"), make_site("review-b")
    details = make_local(a.site, make_procedure("1.1.5"), live=False)
    editor = member("review-editor", a.editors)
    details.save_revision(user=editor)
    details.get_workflow().start(details, editor)
    details.refresh_from_db()
    return {
        "details": details,
        "task": details.current_workflow_task.specific,
        "moderator_a": member("moderator-a", a.moderators),
        "moderator_b": member("moderator-b", b.moderators),
        "editor": editor,
    }


@pytest.fixture
def review(db, module_review):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_review)


def test_provisioning_puts_local_details_under_one_site_approval_task(review):
    workflow = LocalProcedure.get_default_workflow()
    assert workflow is not None
    (task,) = [task.specific for task in workflow.tasks]
    assert isinstance(task, SiteApprovalTask)
    assert task.groups.count() >= 2  # every provisioned site's moderators


def test_only_the_sites_own_moderators_may_approve(review):
    task, details = review["task"], review["details"]
    assert task.get_actions(details, review["moderator_a"])
    assert not task.locked_for_user(details, review["moderator_a"])
    assert task.get_actions(details, review["moderator_b"]) == []
    assert task.locked_for_user(details, review["moderator_b"])
    assert task.get_actions(details, review["editor"]) == []


def test_the_review_list_holds_own_sites_rows_only(review):
    for user, expected in ((review["moderator_a"], 1), (review["moderator_b"], 0)):
        assert TaskState.objects.reviewable_by(user).count() == expected, user


def test_approval_by_the_sites_moderator_publishes(review):
    details = review["details"]
    state = details.current_workflow_task_state.specific
    state.task.specific.on_action(state, review["moderator_a"], "approve")
    details.refresh_from_db()
    assert details.live
    assert details.current_workflow_state is None
