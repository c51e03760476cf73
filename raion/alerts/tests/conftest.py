import copy

import pytest

from raion.network.factories import make_site


@pytest.fixture(scope="module")
def module_district_a(module_db):
    return make_site("alerta")


@pytest.fixture
def district_a(db, module_district_a):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district_a)


@pytest.fixture(scope="module")
def module_district_b(module_db):
    return make_site("alertb")


@pytest.fixture
def district_b(db, module_district_b):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_district_b)


@pytest.fixture
def editor_of_a(district_a, django_user_model):
    """A moderator of district A: the group that issues its alerts."""
    user = django_user_model.objects.create_user("alerts-editor-a", password="x" * 12)
    user.groups.add(district_a.moderators)
    return user
