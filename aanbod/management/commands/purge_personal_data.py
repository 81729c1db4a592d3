"""Erase residents' data that is due: 30 days after expiry or closing, unconfirmed after 48 h."""

from django.core.management.base import BaseCommand

from aanbod.marketplace import lifecycle, subscriptions


class Command(BaseCommand):
    """Run daily (cron or the ``purge_personal_data`` task)."""

    help = "Erase residents' personal data that is due for erasure (AVG)."

    def handle(self, *args, **options):
        erased = lifecycle.purge_personal_data()
        subs = subscriptions.purge_unconfirmed()
        self.stdout.write(f"erased {erased} submitter(s), {subs} unconfirmed subscription(s)")
