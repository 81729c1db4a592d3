"""``EMAIL_BACKEND`` for the whole project: every Django mail is written into the outbox.

With ``EMAIL_BACKEND = "outbox.backends.OutboxEmailBackend"`` whatever calls Django's
``send_mail``, ``EmailMessage.send`` or ``mail_admins`` (Wagtail's password reset, its
notifications, Django's error mails) is stored as an ``OutboxMessage`` and delivered by
``outbox.delivery`` through the real backend named in ``OUTBOX_DELIVERY_BACKEND``.
"""

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend

from outbox.models import OutboxMessage
from outbox.tasks import deliver_mail


def _html_alternative(message: EmailMessage) -> str:
    for alternative in getattr(message, "alternatives", None) or []:
        content, mimetype = alternative[0], alternative[1]
        if mimetype == "text/html":
            return str(content)
    return ""


def store(message: EmailMessage) -> OutboxMessage:
    """Write one Django e-mail into the outbox (text, an HTML alternative, headers)."""
    if message.attachments:
        raise ValueError("The outbox keeps text and HTML mail only, no attachments.")
    to, cc, bcc = list(message.to), list(message.cc), list(message.bcc)
    if not to:  # a mail with only Cc or Bcc: its first address goes in To
        to, cc, bcc = (cc[:1], cc[1:], bcc) if cc else (bcc[:1], cc, bcc[1:])
    first, *others = to
    return OutboxMessage.objects.create(
        from_email=message.from_email or "",
        to=first,
        also_to=others,
        cc=cc,
        bcc=bcc,
        reply_to=message.reply_to[0] if message.reply_to else "",
        subject=str(message.subject)[:200],
        body=str(message.body),
        html_body=_html_alternative(message),
        headers={str(k): str(v) for k, v in (message.extra_headers or {}).items()},
    )


class OutboxEmailBackend(BaseEmailBackend):
    """Queue mail instead of sending it; ``outbox.delivery`` sends it (and retries)."""

    def send_messages(self, email_messages) -> int:
        stored = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                queued = store(message)
            except Exception:
                if not self.fail_silently:
                    raise
                continue
            deliver_mail.enqueue(queued.pk)
            stored += 1
        return stored
