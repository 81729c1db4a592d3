"""Too many wrong passwords lock a username out from that address (django-axes), in Dutch."""

import datetime

from django.contrib.auth import authenticate, get_user_model
from django.test import RequestFactory
from django.utils import timezone

import pytest
import time_machine

from tests.roles import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", PASSWORD, is_staff=True, is_superuser=True
    )


def attempt(client, password, ip="203.0.113.5", **headers):
    return client.post(
        LOGIN, {"username": "redacteur", "password": password}, REMOTE_ADDR=ip, **headers
    )


def test_five_wrong_passwords_lock_the_login_with_a_dutch_message(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "fout").status_code == 200  # the login form again
    locked = attempt(client, "fout")
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Te veel mislukte pogingen" in page and "15 minuten geblokkeerd" in page
    # Now even the right password is refused from this address ...
    assert attempt(client, PASSWORD).status_code == 429
    # ... but not from another one (the lockout is per username and address).
    assert attempt(client, PASSWORD, ip="198.51.100.7").status_code == 302


def test_the_lockout_ends_after_the_cooling_off_time(client, editor, settings):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            attempt(client, "fout")
        assert attempt(client, PASSWORD).status_code == 429
    with time_machine.travel(start + datetime.timedelta(minutes=16), tick=False):
        assert attempt(client, PASSWORD).status_code == 302


def test_a_successful_login_resets_the_count(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "fout")
    assert attempt(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "fout").status_code == 200
    assert attempt(client, PASSWORD).status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lockout(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 0  # no proxy: the header is anyone's
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "fout", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert attempt(client, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_client_is_locked_out(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "fout", ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert (
        attempt(client, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    )
    # Another client behind the same proxy is not locked out.
    other = attempt(client, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.10")
    assert other.status_code == 302


def test_every_django_login_with_a_request_is_counted(editor, settings):
    """Any login form on Django's authenticate(request, ...) gets the same lockout."""
    request = RequestFactory().post("/elders/inloggen/", REMOTE_ADDR="203.0.113.20")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert authenticate(request, username="redacteur", password="fout") is None
    assert authenticate(request, username="redacteur", password=PASSWORD) is None
    # Code without a request (scripts) is not counted and not refused.
    assert authenticate(username="redacteur", password=PASSWORD) == editor
