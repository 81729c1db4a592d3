"""Background work of the outbox (django-tasks): deliver one mail, retry what waits."""

from django_tasks import task

from outbox.delivery import flush_outbox, send_outbox_message
from outbox.models import OutboxMessage


def _retry_later(message: OutboxMessage) -> None:
    """Enqueue the next attempt at its time, when the task backend can defer (the worker)."""
    deferred = deliver_mail.using(run_after=message.next_attempt_at)
    if deferred.get_backend().supports_defer:
        deferred.enqueue(message.pk)


@task()
def deliver_mail(message_id: int) -> bool:
    """Send one queued mail; when the server does not accept it, it waits and is retried."""
    message = OutboxMessage.objects.filter(pk=message_id).first()
    if message is None:
        return True
    if send_outbox_message(message):
        return True
    _retry_later(message)
    return False


@task()
def send_queued_mail() -> int:
    """Retry everything due in the outbox (scheduled, e.g. every five minutes)."""
    return flush_outbox()[0]
