"""An invitation waits in the outbox while the mail server is down, and can be sent again."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from outbox.models import OutboxMessage
from tests.roles import region_admin
from tests.smtp import SMTPServer

pytestmark = pytest.mark.django_db
REGION = "westelijke-mijnstreek"
ARGS = ["--region", REGION, "--name", "Buurtvereniging De Kluis", "--invite", "els@example.org"]


def run(*args: str) -> str:
    out = StringIO()
    call_command("onboard_organisation", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def smtp(settings):
    server = SMTPServer().start()
    for name, value in server.settings().items():
        setattr(settings, name, value)
    yield server
    server.stop()


def test_the_command_says_who_still_waits_and_sends_the_invitation_again(
    smtp, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert "uitgenodigd: els@example.org" in run(*ARGS)
    assert len(smtp.inbox.messages) == 1
    # Running it again sends nothing, but says that Els has not chosen a password yet.
    with django_capture_on_commit_callbacks(execute=True):
        out = run(*ARGS)
    assert "niets veranderd" in out and "els@example.org heeft nog geen wachtwoord" in out
    assert "--resend-invitations" in out
    assert len(smtp.inbox.messages) == 1
    with django_capture_on_commit_callbacks(execute=True):
        out = run(*ARGS, "--resend-invitations")
    assert "opnieuw uitgenodigd: els@example.org" in out
    assert len(smtp.inbox.messages) == 2
    second = smtp.inbox.bodies()[1]
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", second)
    assert link and client.get(link.group(1), follow=True).status_code == 200

    # Once Els has chosen a password and logged in, nothing is sent again.
    els = get_user_model().objects.get(email="els@example.org")
    els.set_password("Kluis-wijk-2027!")
    els.save()
    assert client.login(username="els@example.org", password="Kluis-wijk-2027!")
    with django_capture_on_commit_callbacks(execute=True):
        out = run(*ARGS, "--resend-invitations")
    assert "niets veranderd" in out and "opnieuw" not in out
    assert len(smtp.inbox.messages) == 2


def test_an_invitation_sent_while_the_server_is_down_arrives_later(
    settings, django_capture_on_commit_callbacks
):
    down = SMTPServer()
    for name, value in down.settings().items():
        setattr(settings, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        run(*ARGS)
    with django_capture_on_commit_callbacks(execute=True):
        run(*ARGS, "--resend-invitations")
    assert OutboxMessage.objects.filter(to="els@example.org").count() == 2
    server = SMTPServer(port=down.port).start()
    try:
        call_command("send_queued_mail", "--all", verbosity=0)
        assert [m["To"] for m in server.inbox.messages] == ["els@example.org"] * 2
    finally:
        server.stop()
    assert not OutboxMessage.objects.exists()


def test_the_onboarding_screen_sends_the_invitation_again(
    smtp, client, tree, django_capture_on_commit_callbacks
):
    client.force_login(region_admin(tree.home, "regio"))
    data = {
        "region": tree.home.pk,
        "name": "Wijkvereniging Zon",
        "kind": "vereniging",
        "invite": "anna@example.org",
        "review_mode": "direct",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/onboarding/organisatie/", data)
    assert len(smtp.inbox.messages) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/onboarding/organisatie/", data, follow=True)
    page = response.content.decode()
    assert "Nog geen wachtwoord gekozen: anna@example.org" in page
    assert len(smtp.inbox.messages) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/onboarding/organisatie/", {**data, "resend": "on"}, follow=True
        )
    assert "Uitnodiging opnieuw verstuurd aan: anna@example.org" in response.content.decode()
    assert len(smtp.inbox.messages) == 2
    assert smtp.inbox.messages[1]["To"] == "anna@example.org"
