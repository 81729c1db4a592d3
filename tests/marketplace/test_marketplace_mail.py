"""Mail through a real SMTP server (aiosmtpd on 127.0.0.1): nothing is lost when it is down."""

import re

from django.core.cache import cache
from django.core.management import call_command

import pytest

from aanbod.models import Submitter
from outbox.models import OutboxMessage
from tests.smtp import SMTPServer


@pytest.fixture(autouse=True)
def _no_limits(settings):
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, 3600), "email": (1000, 86400)}
    cache.clear()


def post(client, tree):
    data = {
        "kind": "aanbod",
        "category": tree.category.pk,
        "wijk": tree.wijk.pk,
        "title": "Ik help met de computer",
        "description": "Ik help graag met de laptop, de tablet of met DigiD.",
        "first_name": "Sjef",
        "email": "sjef.test@example.org",
        "consent": "on",
    }
    return client.post(tree.marketplace.url, {f"post-{k}": v for k, v in data.items()})


def test_the_confirmation_mail_reaches_a_real_smtp_server(tree_client, tree, settings):
    server = SMTPServer().start()
    try:
        for name, value in server.settings().items():
            setattr(settings, name, value)
        assert post(tree_client, tree).status_code == 302
        [message] = server.inbox.messages
        assert message["To"] == "sjef.test@example.org"
        assert "Bevestig je aanbod" in message["Subject"]
        assert re.search(r"/beheer/[\w-]{40,}/", server.inbox.bodies()[0])
        assert not OutboxMessage.objects.exists()
    finally:
        server.stop()


def test_with_the_mail_server_down_nothing_is_lost(tree_client, tree, settings):
    down = SMTPServer()  # a free port where nothing listens
    for name, value in down.settings().items():
        setattr(settings, name, value)
    response = post(tree_client, tree)
    # The resident sees the normal confirmation page; the submission is saved.
    assert response.status_code == 302
    page = tree_client.get(response["Location"])
    assert page.status_code == 200 and "bevestig" in page.content.decode().lower()
    submitter = Submitter.objects.get(email="sjef.test@example.org")
    assert not submitter.page.live
    [queued] = OutboxMessage.objects.all()
    assert queued.attempts == 1 and "Connection" in queued.last_error
    # A retry while still down keeps it; once the server is back, it goes out.
    call_command("send_queued_mail", "--all", verbosity=0)
    assert OutboxMessage.objects.get().attempts == 2
    server = SMTPServer(port=down.port).start()
    try:
        call_command("send_queued_mail", "--all", verbosity=0)
        assert not OutboxMessage.objects.exists()
        [message] = server.inbox.messages
        assert message["To"] == "sjef.test@example.org"
        assert re.search(r"/beheer/[\w-]{40,}/", server.inbox.bodies()[0])
    finally:
        server.stop()
