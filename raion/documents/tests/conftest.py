"""Two districts, A with documents in ru and be, B with its own, and A's editor."""

import copy
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

from raion.network.factories import make_site

from ..factories import make_document
from . import files


@dataclass
class Districts:
    a: object  # ProvisionedSite
    b: object
    a_document: object
    b_document: object
    editor: object  # an editor of A


@pytest.fixture(scope="module")
def module_districts(module_db, tmp_path_factory):
    """Made once per module: each test gets a copy (`districts`), its changes rolled back."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield make_districts()


@pytest.fixture
def districts(db, module_districts):
    return copy.deepcopy(module_districts)


def make_districts():
    a, b = make_site("alpha"), make_site("beta")
    a_document = make_document(
        a.site, title="Alpha roads", file=("roads.pdf", files.pdf("Alpha roads"))
    )
    b_document = make_document(b.site, title="Beta water", number="7")
    editor = get_user_model().objects.create_user("alpha-editor", password="x")
    editor.groups.add(a.editors)
    return Districts(a, b, a_document, b_document, editor)
