"""What editors get: required image descriptions and Wagtail's accessibility checker
held to WCAG 2.2 AA."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model

from raion.accessibility.wagtail_hooks import EDITOR_TAG, WCAG_22_AA_TAGS
from raion.core.blocks import BodyBlock
from raion.landmarks.models import Landmark

pytestmark = pytest.mark.django_db


def body_image(image, **choices):
    block = BodyBlock().child_blocks["image"]
    return block, block.to_python({"image": {"image": image.pk, **choices}, "caption": ""})


def test_an_image_in_a_body_needs_a_description_unless_marked_decorative(demo):
    image = get_image_model().objects.first()
    block, undescribed = body_image(image, decorative=False, alt_text="")
    with pytest.raises(ValidationError) as error:
        block.clean(undescribed)
    assert "alt_text" in error.value.block_errors["image"].block_errors

    block, decorative = body_image(image, decorative=True, alt_text="")
    assert block.clean(decorative)["image"].decorative
    block, described = body_image(image, decorative=False, alt_text="The station building")
    assert block.clean(described)["image"].contextual_alt_text == "The station building"


def test_a_landmark_photo_needs_a_description():
    field = Landmark._meta.get_field("alt_text")
    assert not field.blank
    with pytest.raises(ValidationError):
        field.clean("", None)


def axe_configuration(html):
    """The checker's configuration as Wagtail writes it into the page (JSON in a script)."""
    found = re.search(
        r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>',
        html,
        re.DOTALL,
    )
    assert found, "no accessibility checker configuration in the page"
    return json.loads(found.group(1))


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("checker", "checker@example.org", "pw")
    client.force_login(user)
    return client


def test_the_userbar_checker_runs_every_wcag_22_aa_rule(editor_client, demo):
    configuration = axe_configuration(editor_client.get("/en/").content.decode())
    assert configuration["options"]["runOnly"] == WCAG_22_AA_TAGS + [EDITOR_TAG]
    # Wagtail's own content rules still run beside the WCAG ones.
    custom = {rule["id"]: rule["tags"] for rule in configuration["spec"]["rules"]}
    assert EDITOR_TAG in custom["alt-text-quality"]


def test_the_editor_checks_panel_runs_every_wcag_22_aa_rule(editor_client, demo):
    response = editor_client.get(f"/admin/pages/{demo.homes['en'].pk}/edit/")
    assert response.status_code == 200
    configuration = axe_configuration(response.content.decode())
    assert configuration["options"]["runOnly"] == WCAG_22_AA_TAGS + [EDITOR_TAG]
