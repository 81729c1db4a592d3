"""The one way the portal sends e-mail: render a template, store it, enqueue its delivery.

Every mail's text is a template ``templates/email/<name>.txt`` (translatable with
``{% load i18n %}``): its first line is the subject, the rest the body. ``queue_mail`` writes
the rendered mail to ``OutboxMessage`` first and only then enqueues ``deliver_mail``, so a mail
server that is down loses nothing (see ``outbox.delivery``).
"""

from collections.abc import Sequence

from django.template.loader import render_to_string
from django.utils import translation

from outbox.models import OutboxMessage
from outbox.tasks import deliver_mail


def render_mail(template: str, context: dict, language: str = "nl") -> tuple[str, str]:
    """Render ``email/<template>.txt``: first line is the subject, the rest the body."""
    with translation.override(language):
        text = render_to_string(f"email/{template}.txt", context)
    subject, _, body = text.strip().partition("\n")
    return subject.strip(), body.strip() + "\n"


def queue_mail(
    to: str | Sequence[str],
    template: str,
    context: dict,
    language: str = "nl",
    reply_to: str = "",
    headers: dict | None = None,
) -> OutboxMessage:
    """Store a rendered mail to one address (or several, all in To) and enqueue its delivery."""
    first, *others = [to] if isinstance(to, str) else list(to)
    subject, body = render_mail(template, context, language)
    message = OutboxMessage.objects.create(
        to=first,
        also_to=others,
        reply_to=reply_to,
        subject=subject[:200],
        body=body,
        headers=headers or {},
    )
    # Only the id travels through the task queue: no address is ever stored in a task row.
    deliver_mail.enqueue(message.pk)
    return message
