"""Outgoing mail to residents: rendered, stored in the outbox, sent by a background task.

A message is written to ``OutboxMessage`` first and only deleted once the mail server has
accepted it, so a mail server that is down loses nothing: ``flush_outbox`` (the ``send_queued_mail``
command and task) sends what is left when the server is back.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import task

from aanbod.models import OutboxMessage

logger = logging.getLogger(__name__)


def render_mail(template: str, context: dict, language: str = "nl") -> tuple[str, str]:
    """Render ``aanbod/email/<template>.txt``: first line is the subject, the rest the body."""
    with translation.override(language):
        text = render_to_string(f"aanbod/email/{template}.txt", context)
    subject, _, body = text.strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def queue_mail(
    to: str,
    template: str,
    context: dict,
    language: str = "nl",
    reply_to: str = "",
    headers: dict | None = None,
) -> OutboxMessage:
    """Store a rendered mail in the outbox and enqueue its delivery."""
    subject, body = render_mail(template, context, language)
    message = OutboxMessage.objects.create(
        to=to, reply_to=reply_to, subject=subject[:200], body=body, headers=headers or {}
    )
    # Only the id travels through the task queue: no address is ever stored in a task row.
    deliver_mail.enqueue(message.pk)
    return message


def send_outbox_message(message: OutboxMessage, connection=None) -> bool:
    """Try to send one queued message; delete it when sent, record the error when not."""
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[message.to],
        reply_to=[message.reply_to] if message.reply_to else None,
        headers=message.headers or None,
        connection=connection,
    )
    try:
        email.send(fail_silently=False)
    except Exception as error:  # the SMTP server is down, refuses, times out...
        message.attempts += 1
        message.last_attempt_at = timezone.now()
        message.last_error = f"{type(error).__name__}: {error}"[:200]
        message.save(update_fields=["attempts", "last_attempt_at", "last_error"])
        logger.warning("Mail #%s not sent (attempt %s): %s", message.pk, message.attempts, error)
        return False
    message.delete()
    return True


def flush_outbox(limit: int = 500) -> tuple[int, int]:
    """Send what waits in the outbox (oldest first); returns (sent, still waiting)."""
    sent = 0
    connection = get_connection(fail_silently=False)
    for message in OutboxMessage.objects.all()[:limit]:
        if send_outbox_message(message, connection=connection):
            sent += 1
        else:
            break  # the server is down: try again on the next run
    return sent, OutboxMessage.objects.count()


@task()
def deliver_mail(message_id: int) -> bool:
    """Send one queued mail; it stays in the outbox when the server is down."""
    message = OutboxMessage.objects.filter(pk=message_id).first()
    if message is None:
        return True
    return send_outbox_message(message)


@task()
def send_queued_mail() -> int:
    """Retry everything still in the outbox (scheduled, e.g. every five minutes)."""
    return flush_outbox()[0]
