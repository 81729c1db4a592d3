"""Send the mail still waiting in the outbox (for instance after the mail server was down)."""

from django.core.management.base import BaseCommand

from outbox.delivery import flush_outbox


class Command(BaseCommand):
    """Run every few minutes (cron), or enqueue the ``send_queued_mail`` task."""

    help = "Send e-mail waiting in the outbox."

    def handle(self, *args, **options):
        sent, waiting = flush_outbox()
        self.stdout.write(f"sent {sent}, still waiting {waiting}")
