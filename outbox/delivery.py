"""Handing queued mail to the mail server: one message, or everything still waiting.

A message is only deleted once the mail server has accepted it; when the server is down its
attempt and error are recorded and it waits for ``flush_outbox`` (the ``send_queued_mail``
command and task).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import timezone

from outbox.models import OutboxMessage

logger = logging.getLogger(__name__)


def send_outbox_message(message: OutboxMessage, connection=None) -> bool:
    """Try to send one queued message; delete it when sent, record the error when not."""
    email = EmailMessage(
        subject=message.subject,
        body=message.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=message.recipients,
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
