"""The admin's password reset: mail through the outbox, throttled, never telling who exists."""

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

pytestmark = pytest.mark.django_db
RESET = "/admin/password_reset/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", "Wijk-test-2027!", is_staff=True
    )


def ask(client, email, ip="203.0.113.5"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=ip)


def test_three_resets_per_address_then_no_more_mail_and_the_same_answer(client, editor):
    answers = [ask(client, "redacteur@example.org") for _ in range(5)]
    assert {(a.status_code, a.url) for a in answers} == {(302, "/admin/password_reset/done/")}
    assert len(mail.outbox) == 3
    # Another address is not affected by this address's limit.
    editor.email = "ander@example.org"
    editor.save()
    ask(client, "ander@example.org")
    assert len(mail.outbox) == 4


def test_an_unknown_address_gets_the_same_answer(client, editor):
    known = ask(client, "redacteur@example.org")
    unknown = ask(client, "niemand@example.org")
    assert (unknown.status_code, unknown.url) == (known.status_code, known.url)
    done = client.get(unknown.url).content.decode()
    assert "niemand@example.org" not in done


def test_one_client_asking_for_many_addresses_is_throttled(client, editor, settings):
    settings.PASSWORD_RESET_RATE_LIMITS = {"ip": (2, 3600)}
    for n in range(4):
        assert ask(client, f"persoon{n}@example.org").status_code == 302
    assert ask(client, "redacteur@example.org").status_code == 302
    assert mail.outbox == []  # over the client's limit: nothing sent, nothing told
    ask(client, "redacteur@example.org", ip="198.51.100.7")
    assert len(mail.outbox) == 1
