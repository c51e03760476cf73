import pytest
from django.contrib.auth.models import Permission

from raion.network.factories import make_site


@pytest.fixture
def district_a(db):
    return make_site("alerta")


@pytest.fixture
def district_b(db):
    return make_site("alertb")


def grant(group, *codenames):
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="alerts", codename__in=codenames)
    )


@pytest.fixture
def editor_of_a(district_a, django_user_model):
    """An editor of district A whose group may add, change and delete alerts."""
    grant(district_a.editors, "add_alert", "change_alert", "delete_alert", "view_alert")
    user = django_user_model.objects.create_user("alerts-editor-a", password="x" * 12)
    user.groups.add(district_a.editors)
    return user
