"""Every site answers /favicon.ico with an icon, not a 404."""

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_is_an_icon_cached_for_a_day(client, tmp_path):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=86400" in response["Cache-Control"]
    icon = tmp_path / "favicon.ico"
    icon.write_bytes(response.content)
    with Image.open(icon) as image:
        assert image.format == "ICO"
        assert {(16, 16), (32, 32)} <= set(image.info["sizes"])
    assert client.head("/favicon.ico").status_code == 200
