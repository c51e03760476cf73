"""Two districts, A with documents in ru and be, B with its own, and A's editor."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

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


@pytest.fixture
def districts(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    a, b = make_site("alpha"), make_site("beta")
    a_document = make_document(
        a.site, title="Alpha roads", file=("roads.pdf", files.pdf("Alpha roads"))
    )
    b_document = make_document(b.site, title="Beta water", number="7")
    editor = get_user_model().objects.create_user("alpha-editor", password="x")
    editor.groups.add(a.editors)
    return Districts(a, b, a_document, b_document, editor)
