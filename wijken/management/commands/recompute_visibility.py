"""Recompute the stored visibility of every page for today (daily, from cron or by hand)."""

from django.core.management.base import BaseCommand

from wijken import visibility_store


class Command(BaseCommand):
    """Run once a day just after midnight; safe to run at any time."""

    help = "Recompute which pages the public may see (rollout dates, expiry, restrictions)."

    def handle(self, *args, **options):
        visible = visibility_store.recompute()
        self.stdout.write(f"visible pages: {visible}")
