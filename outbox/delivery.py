"""Handing queued mail to the mail server: one message, or everything still waiting.

Mail goes out through the backend named in ``OUTBOX_DELIVERY_BACKEND`` (SMTP in production),
never through ``EMAIL_BACKEND``, which writes into the outbox. A message is only deleted once
the mail server has accepted it. When it is not accepted, its attempt and error are recorded
and its next attempt is set after a growing pause (1, 2, 4 ... minutes, at most
``OUTBOX_MAX_RETRY_MINUTES``); a task backend that can defer (the database worker) retries by
itself, and ``flush_outbox`` (the ``send_queued_mail`` command and task) sends what is due.
Mail is retried until it is accepted.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.utils import timezone

from outbox.models import OutboxMessage

logger = logging.getLogger(__name__)
OUTBOX_BACKEND = "outbox.backends.OutboxEmailBackend"
# The server itself is unreachable: no point trying the next message in this run.
SERVER_DOWN = (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected, ConnectionError, OSError)


def delivery_backend() -> str:
    """The backend that really sends (SMTP by default); never the outbox itself."""
    backend = getattr(
        settings, "OUTBOX_DELIVERY_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
    )
    if backend == OUTBOX_BACKEND:
        raise ImproperlyConfigured("OUTBOX_DELIVERY_BACKEND must be a backend that sends.")
    return backend


def delivery_connection():
    """A connection of the delivering backend."""
    return get_connection(delivery_backend(), fail_silently=False)


def retry_delay(attempts: int) -> datetime.timedelta:
    """The pause before the next attempt: 1, 2, 4 ... minutes, capped."""
    cap = int(getattr(settings, "OUTBOX_MAX_RETRY_MINUTES", 60))
    return datetime.timedelta(minutes=min(2 ** max(attempts - 1, 0), cap))


def as_email(message: OutboxMessage, connection=None) -> EmailMultiAlternatives:
    """The Django e-mail for a queued message."""
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.body,
        from_email=message.from_email or settings.DEFAULT_FROM_EMAIL,
        to=message.recipients,
        cc=message.cc or None,
        bcc=message.bcc or None,
        reply_to=[message.reply_to] if message.reply_to else None,
        headers=message.headers or None,
        connection=connection,
    )
    if message.html_body:
        email.attach_alternative(message.html_body, "text/html")
    return email


def _record_failure(message: OutboxMessage, error: Exception) -> None:
    now = timezone.now()
    message.attempts += 1
    message.last_attempt_at = now
    message.next_attempt_at = now + retry_delay(message.attempts)
    message.last_error = f"{type(error).__name__}: {error}"[:200]
    message.save(update_fields=["attempts", "last_attempt_at", "next_attempt_at", "last_error"])
    logger.warning("Mail #%s not sent (attempt %s): %s", message.pk, message.attempts, error)


def _try_send(message: OutboxMessage, connection=None) -> Exception | None:
    """Send one message and delete it; on failure record it and return the error."""
    try:
        as_email(message, connection or delivery_connection()).send(fail_silently=False)
    except Exception as error:  # the SMTP server is down, refuses, times out...
        _record_failure(message, error)
        return error
    message.delete()
    return None


def send_outbox_message(message: OutboxMessage, connection=None) -> bool:
    """Try to send one queued message; delete it when sent, record the error when not."""
    return _try_send(message, connection) is None


def due_messages(now: datetime.datetime | None = None):
    """Messages whose (next) attempt is due, oldest first."""
    now = now or timezone.now()
    return OutboxMessage.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def flush_outbox(limit: int = 500, everything: bool = False) -> tuple[int, int]:
    """Send what is due (or ``everything`` waiting), oldest first; returns (sent, still waiting)."""
    sent = 0
    connection = delivery_connection()
    messages = OutboxMessage.objects.all() if everything else due_messages()
    for message in messages[:limit]:
        error = _try_send(message, connection)
        if error is None:
            sent += 1
        elif isinstance(error, SERVER_DOWN):
            break  # the server is down: try again on the next run
    return sent, OutboxMessage.objects.count()
