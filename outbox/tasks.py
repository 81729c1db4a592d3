"""Background work of the outbox (django-tasks): deliver one mail, retry what waits."""

from django_tasks import task

from outbox.delivery import flush_outbox, send_outbox_message
from outbox.models import OutboxMessage


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
