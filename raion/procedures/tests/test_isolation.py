"""An editor of district A neither sees nor changes district B's local details, and
reaches the national registry only as a network administrator."""

import copy

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure
from raion.procedures.local import LocalProcedure
from raion.procedures.registry import Procedure

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_world(module_db):
    a, b = make_site("iso-a"), make_site("iso-b")
    procedure = make_procedure("1.1.5", name="Housing list")
    editor = get_user_model().objects.create_user("iso-editor", password="x" * 16)
    editor.groups.add(a.editors)
    admin = get_user_model().objects.create_superuser("iso-admin", password="x" * 16)
    return {
        "a": make_local(a.site, procedure, department="Dept of A"),
        "b": make_local(b.site, procedure, department="Dept of B"),
        "site_b": b.site,
        "procedure": procedure,
        "editor": editor,
        "admin": admin,
    }


@pytest.fixture
def world(db, module_world):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_world)


def url(model, name, *args):
    return reverse(f"wagtailsnippets_procedures_{model._meta.model_name}:{name}", args=args)


def status(client, path, data=None):
    """The status of GET (or POST `data`) `path`; LocaleMiddleware's redirect of a 404 to
    the language-prefixed path is followed once."""
    response = client.post(path, data) if data is not None else client.get(path)
    if response.status_code == 302 and response["Location"] == f"/ru{path}":
        response = client.get(response["Location"])
    if response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"):
        return 403  # Wagtail's answer to PermissionDenied
    return response.status_code


def test_editor_sees_and_edits_only_own_local_details(client, world):
    client.force_login(world["editor"])
    listing = client.get(url(LocalProcedure, "list"))
    assert listing.status_code == 200
    assert "Dept of A" in listing.content.decode()
    assert "Dept of B" not in listing.content.decode()
    assert client.get(url(LocalProcedure, "edit", world["a"].pk)).status_code == 200
    for name in ("edit", "delete", "history", "usage"):
        assert status(client, url(LocalProcedure, name, world["b"].pk)) == 404, name
    edit_b = url(LocalProcedure, "edit", world["b"].pk)
    assert status(client, edit_b, {"department": "Hacked"}) == 404
    world["b"].refresh_from_db()
    assert world["b"].department == "Dept of B"


def test_editor_cannot_move_a_row_to_another_site(client, world):
    client.force_login(world["editor"])
    data = {
        "site": world["site_b"].pk,
        "procedure": world["procedure"].pk,
        "department": "Moved",
        "one_window": "on",
        "officials-TOTAL_FORMS": "0",
        "officials-INITIAL_FORMS": "0",
        "officials-MIN_NUM_FORMS": "0",
        "officials-MAX_NUM_FORMS": "1000",
    }
    client.post(url(LocalProcedure, "edit", world["a"].pk), data)
    world["a"].refresh_from_db()
    assert world["a"].site_id != world["site_b"].pk


def test_editors_changes_wait_for_a_moderator(client, world):
    """Editors hold no publish permission: their save is a draft, the public row stays."""
    assert not world["editor"].has_perm("procedures.publish_localprocedure")
    client.force_login(world["editor"])
    data = {
        "site": world["a"].site_id,
        "procedure": world["procedure"].pk,
        "department": "Changed by the editor",
        "one_window": "on",
        "officials-TOTAL_FORMS": "0",
        "officials-INITIAL_FORMS": "0",
        "officials-MIN_NUM_FORMS": "0",
        "officials-MAX_NUM_FORMS": "1000",
    }
    client.post(url(LocalProcedure, "edit", world["a"].pk), data)
    world["a"].refresh_from_db()
    assert world["a"].department == "Dept of A"
    assert world["a"].latest_revision.content["department"] == "Changed by the editor"


@pytest.mark.parametrize("name", ["list", "add"])
def test_registry_is_the_network_administrators(client, world, name):
    client.force_login(world["editor"])
    assert status(client, url(Procedure, name)) == 403
    assert status(client, url(Procedure, "edit", world["procedure"].pk)) == 403
    assert status(client, reverse("procedures_import")) == 403
    assert status(client, reverse("procedures_export", args=["csv"])) == 403
    client.force_login(world["admin"])
    assert client.get(url(Procedure, name)).status_code == 200
    assert client.get(url(LocalProcedure, "list")).status_code == 200
