"""Reports → Page feedback and Feedback comments: a district's editor sees their own
site's answers only, in the listing and in the CSV; comments cannot become formulas."""

import copy

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from raion.feedback.models import PageFeedback
from raion.network.factories import make_site

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def module_two_districts(module_db):
    a, b = make_site("feedbacka"), make_site("feedbackb")
    for provisioned, comment in ((a, '=HYPERLINK("http://x")'), (b, "Чужой отзыв")):
        about = provisioned.pages["ru"]["about"]
        PageFeedback.objects.create(page=about, site=provisioned.site, useful=True)
        PageFeedback.objects.create(
            page=about, site=provisioned.site, useful=False, comment=comment
        )
    return a, b


@pytest.fixture
def two_districts(db, module_two_districts):
    """Made once per module; each test gets a copy, and its changes are rolled back."""
    return copy.deepcopy(module_two_districts)


@pytest.fixture
def editor_of_a(two_districts, django_user_model):
    a, _b = two_districts
    user = django_user_model.objects.create_user("feedback-editor", password="x" * 12)
    user.groups.add(a.editors)
    return user


def test_an_editor_sees_only_their_sites_feedback(client, editor_of_a, two_districts):
    a, b = two_districts
    client.force_login(editor_of_a)
    listing = client.get(reverse("page_feedback_report")).content.decode()
    assert a.pages["ru"]["about"].url_path in listing
    assert b.pages["ru"]["about"].url_path not in listing
    comments = client.get(reverse("feedback_comments_report")).content.decode()
    assert "HYPERLINK" in comments and "Чужой отзыв" not in comments


def test_the_csv_counts_per_page_and_neutralises_formulas(client, editor_of_a, two_districts):
    a, _b = two_districts
    client.force_login(editor_of_a)
    per_page = client.get(reverse("page_feedback_report") + "?export=csv")
    rows = b"".join(per_page.streaming_content).decode().splitlines()
    assert len(rows) == 2  # the heading and A's page
    assert rows[1].endswith(f"{a.pages['ru']['about'].url_path},1,1,1")
    comments = client.get(reverse("feedback_comments_report") + "?export=csv")
    text = b"".join(comments.streaming_content).decode()
    assert "'=HYPERLINK" in text and "Чужой" not in text


def test_without_the_permission_the_report_is_refused(client, two_districts, django_user_model):
    a, _b = two_districts
    a.editors.permissions.remove(Permission.objects.get(codename="view_pagefeedback"))
    user = django_user_model.objects.create_user("no-feedback", password="x" * 12)
    user.groups.add(a.editors)
    client.force_login(user)
    response = client.get(reverse("page_feedback_report"))
    assert response.status_code in (302, 403)
    assert b"about" not in response.content


def test_a_network_administrator_sees_every_site(client, admin_user, two_districts):
    a, b = two_districts
    client.force_login(admin_user)
    listing = client.get(reverse("page_feedback_report")).content.decode()
    assert a.pages["ru"]["about"].url_path in listing
    assert b.pages["ru"]["about"].url_path in listing
