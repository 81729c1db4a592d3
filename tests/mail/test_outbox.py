"""Every mail goes through the outbox and is retried, with growing pauses, until accepted.

A real SMTP server (aiosmtpd on 127.0.0.1, tests/smtp.py) is started and stopped by the tests;
"down" is a free port where nothing listens.
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest
import time_machine

from outbox.delivery import flush_outbox, retry_delay
from outbox.models import OutboxMessage
from outbox.tasks import deliver_mail
from tests.smtp import SMTPServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_down(settings):
    """Delivery pointed at a port where no mail server listens (yet)."""
    down = SMTPServer()
    for name, value in down.settings().items():
        setattr(settings, name, value)
    return down


@pytest.fixture
def admin_user():
    return get_user_model().objects.create_user(
        "beheerder", "beheerder@example.org", "Wijk-test-2027!", is_staff=True, is_superuser=True
    )


def test_a_django_send_mail_waits_in_the_outbox_and_is_sent_when_the_server_is_back(smtp_down):
    sent = mail.send_mail("Onderwerp", "Tekst", None, ["iemand@example.org"])
    assert sent == 1  # queued, not lost
    [waiting] = OutboxMessage.objects.all()
    assert waiting.attempts == 1 and waiting.to == "iemand@example.org"
    server = SMTPServer(port=smtp_down.port).start()
    try:
        call_command("send_queued_mail", "--all", verbosity=0)
        [message] = server.inbox.messages
    finally:
        server.stop()
    assert message["Subject"] == "Onderwerp" and message["To"] == "iemand@example.org"
    assert not OutboxMessage.objects.exists()


def test_the_admin_password_reset_mail_goes_through_the_outbox(smtp_down, admin_user, client):
    response = client.post("/admin/password_reset/", {"email": "beheerder@example.org"})
    assert response.status_code == 302 and response.url.endswith("/admin/password_reset/done/")
    [waiting] = OutboxMessage.objects.all()
    assert waiting.to == "beheerder@example.org" and waiting.attempts == 1
    server = SMTPServer(port=smtp_down.port).start()
    try:
        call_command("send_queued_mail", "--all", verbosity=0)
        body = server.inbox.bodies()[0]
    finally:
        server.stop()
    link = re.search(r"(/admin/password_reset/confirm/\S+/)", body)
    assert link, body
    assert client.get(link.group(1), follow=True).status_code == 200


def test_failed_mail_is_retried_after_growing_pauses_until_accepted(smtp_down):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        mail.send_mail("Herhaald", "Tekst", None, ["iemand@example.org"])
        waiting = OutboxMessage.objects.get()
        assert waiting.next_attempt_at == start + datetime.timedelta(minutes=1)
        # Not due yet: the scheduled run leaves it alone.
        assert flush_outbox() == (0, 1)
        assert OutboxMessage.objects.get().attempts == 1
    with time_machine.travel(start + datetime.timedelta(minutes=1, seconds=1), tick=False):
        assert flush_outbox() == (0, 1)
        waiting = OutboxMessage.objects.get()
        assert waiting.attempts == 2
        assert waiting.next_attempt_at == timezone.now() + datetime.timedelta(minutes=2)
    server = SMTPServer(port=smtp_down.port).start()
    try:
        with time_machine.travel(start + datetime.timedelta(minutes=4), tick=False):
            assert flush_outbox() == (1, 0)
        assert len(server.inbox.messages) == 1
    finally:
        server.stop()


def test_the_pause_doubles_and_is_capped(settings):
    settings.OUTBOX_MAX_RETRY_MINUTES = 60
    minutes = [retry_delay(n).total_seconds() / 60 for n in range(1, 10)]
    assert minutes == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_a_worker_backend_retries_by_itself_at_the_next_attempt(smtp_down, settings):
    """With the database task backend (production's), a failed delivery enqueues its retry."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mail.send_mail("Later", "Tekst", None, ["iemand@example.org"])
    waiting = OutboxMessage.objects.get()
    assert waiting.attempts == 0  # queued for the worker, not yet tried
    [first] = DBTaskResult.objects.filter(task_path="outbox.tasks.deliver_mail")
    # What the worker does with that row (db_worker itself closes the test's connection).
    assert deliver_mail.call(*first.args_kwargs["args"]) is False
    waiting.refresh_from_db()
    assert waiting.attempts == 1
    retry = DBTaskResult.objects.exclude(pk=first.pk).get(task_path="outbox.tasks.deliver_mail")
    assert retry.run_after == waiting.next_attempt_at
    assert retry.args_kwargs["args"] == [waiting.pk]  # only the id, never an address


def test_html_alternative_and_reply_to_survive_the_outbox(settings):
    message = mail.EmailMultiAlternatives(
        "Met opmaak", "Platte tekst", None, ["a@example.org"], reply_to=["b@example.org"]
    )
    message.attach_alternative("<p>Met <b>opmaak</b></p>", "text/html")
    message.send()
    [delivered] = mail.outbox
    assert delivered.reply_to == ["b@example.org"]
    assert delivered.alternatives[0][0] == "<p>Met <b>opmaak</b></p>"
