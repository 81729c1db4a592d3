"""The daily work of vraag en aanbod: expire, remind, erase, and send the digests."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from aanbod.marketplace import lifecycle, subscriptions


class Command(BaseCommand):
    """Run once a day (cron); weekly digests go out on Mondays unless --weekly is given."""

    help = "Expire items, send reminders and digests, erase personal data that is due."

    def add_arguments(self, parser):
        parser.add_argument("--weekly", action="store_true", help="send weekly digests today")

    def handle(self, *args, **options):
        result = lifecycle.run_maintenance()
        result["daily_digests"] = subscriptions.send_digests("daily")
        if options["weekly"] or timezone.localdate().weekday() == 0:
            result["weekly_digests"] = subscriptions.send_digests("weekly")
        self.stdout.write(", ".join(f"{k}: {v}" for k, v in result.items()))
