"""Unsubscribing: a GET only shows a button (mail scanners follow links); a POST unsubscribes."""

from django.test import Client

import pytest

from aanbod.marketplace import subscriptions
from aanbod.models import Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscription(tree):
    return Subscription.objects.create(
        email="abonnee@example.org",
        kind="vraag",
        wijk=tree.wijk,
        frequency="daily",
        token_hash="h" * 64,
    )


@pytest.fixture
def csrf_client():
    """A browser-like client: Django's CSRF check is on."""
    client = Client(enforce_csrf_checks=True)
    client.defaults["HTTP_HOST"] = "testregio.localhost"
    return client


def path_of(subscription) -> str:
    return "/vraag-en-aanbod/afmelden/" + subscriptions.unsubscribe_token(subscription) + "/"


def test_a_get_shows_a_button_and_changes_nothing(csrf_client, subscription):
    for _scanner_visit in range(3):
        response = csrf_client.get(path_of(subscription))
        assert response.status_code == 200
    page = response.content.decode()
    assert "Ja, meld me af" in page and 'method="post"' in page
    assert Subscription.objects.filter(pk=subscription.pk).exists()


def test_the_button_unsubscribes_with_its_csrf_token(csrf_client, subscription):
    path = path_of(subscription)
    csrf_client.get(path)
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post(path, {"csrfmiddlewaretoken": token})
    assert response.status_code == 200 and "Je bent afgemeld" in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_form_post_without_csrf_token_is_refused(csrf_client, subscription):
    response = csrf_client.post(path_of(subscription), {"something": "else"})
    assert response.status_code == 403
    assert Subscription.objects.exists()


def test_the_rfc_8058_one_click_post_needs_no_csrf_token(csrf_client, subscription):
    response = csrf_client.post(path_of(subscription), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscription.objects.exists()
    # Again (a retrying mail client): still fine, nothing left to delete.
    response = csrf_client.post(path_of(subscription), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200


def test_a_forged_link_is_refused_on_get_and_post(csrf_client, subscription):
    for method in (csrf_client.get, csrf_client.post):
        response = method("/vraag-en-aanbod/afmelden/forged/", {"List-Unsubscribe": "One-Click"})
        assert response.status_code == 404
    assert Subscription.objects.exists()
