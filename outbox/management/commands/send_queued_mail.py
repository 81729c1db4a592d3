"""Send the mail still waiting in the outbox (for instance after the mail server was down)."""

from django.core.management.base import BaseCommand

from outbox.delivery import flush_outbox


class Command(BaseCommand):
    """Run every few minutes (cron), or enqueue the ``send_queued_mail`` task."""

    help = (
        "Send e-mail waiting in the outbox whose next attempt is due (each failed attempt "
        "doubles the pause, up to OUTBOX_MAX_RETRY_MINUTES). --all sends everything now."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="ignore the pause after failed attempts (e.g. once the mail server is back)",
        )

    def handle(self, *args, **options):
        sent, waiting = flush_outbox(everything=options["all"])
        self.stdout.write(f"sent {sent}, still waiting {waiting}")
