"""The admin's import page and the bilingual compliance report of local details."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from raion.network.factories import make_site
from raion.procedures.factories import make_local, make_procedure
from raion.procedures.local import LocalProcedure
from raion.procedures.registry import Procedure
from raion.translations.report import gaps_for_site

pytestmark = pytest.mark.django_db

CSV = (
    "list,number,language,chapter,chapter_title,name,fee_base_units\n"
    "citizens,70.1,ru,70,Chapter 70,Uploaded procedure,free\n"
    "citizens,70.2,ru,70,Chapter 70,Another,ten\n"
)


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("imp-admin", password="x" * 16))
    return client


def upload(client, text, dry_run):
    data = {"file": SimpleUploadedFile("p.csv", text.encode(), "text/csv")}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse("procedures_import"), data)


def test_upload_names_bad_rows_and_imports_nothing(admin_client):
    response = upload(admin_client, CSV, dry_run=False)
    html = response.content.decode()
    assert response.status_code == 200
    assert "fee_base_units" in html and "3" in html
    assert not Procedure.objects.filter(number__startswith="70.").exists()


def test_upload_dry_run_shows_the_diff_then_imports(admin_client):
    good = CSV.splitlines(keepends=True)[:2]
    response = upload(admin_client, "".join(good), dry_run=True)
    assert "+ citizens 70.1 (ru): Uploaded procedure" in response.content.decode()
    assert not Procedure.objects.filter(number="70.1").exists()
    upload(admin_client, "".join(good), dry_run=False)
    assert Procedure.objects.get(number="70.1").fee_base_units is None


def test_hostile_upload_is_a_clear_error(admin_client):
    data = {"file": SimpleUploadedFile("p.xlsx", b"PK\x03\x04broken", "application/zip")}
    response = admin_client.post(reverse("procedures_import"), data)
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_export_downloads(admin_client):
    response = admin_client.get(reverse("procedures_export", args=["csv"]))
    assert response.status_code == 200
    assert response.content.decode("utf-8-sig").startswith("list,number,language")
    assert admin_client.get(reverse("procedures_export", args=["xlsx"])).status_code == 200


def test_local_details_missing_in_belarusian_are_a_compliance_gap():
    site = make_site("bilingual-a").site
    make_local(site, make_procedure("71.1", language="ru"))
    gaps = [gap for gap in gaps_for_site(site) if isinstance(gap.item, LocalProcedure)]
    assert [gap.language_code for gap in gaps] == ["be"]
    make_local(site, make_procedure("71.1", language="be"))
    assert not [gap for gap in gaps_for_site(site) if isinstance(gap.item, LocalProcedure)]
