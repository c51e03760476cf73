import pytest

from raion.network.factories import make_site


@pytest.fixture
def district_a(db):
    return make_site("alerta")


@pytest.fixture
def district_b(db):
    return make_site("alertb")


@pytest.fixture
def editor_of_a(district_a, django_user_model):
    """A moderator of district A: the group that issues its alerts."""
    user = django_user_model.objects.create_user("alerts-editor-a", password="x" * 12)
    user.groups.add(district_a.moderators)
    return user
