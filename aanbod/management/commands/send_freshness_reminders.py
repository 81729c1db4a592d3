"""manage.py send_freshness_reminders: the "verouderde inhoud" digest per organisation."""

from django.core.management.base import BaseCommand

from aanbod.editorial.tasks import send_freshness_reminders


class Command(BaseCommand):
    """Send one digest per organisation with stale content (or queue it with --enqueue)."""

    help = "Mail each organisation's editors one digest of their content not confirmed lately."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None, help="stale after (default 6)")
        parser.add_argument("--enqueue", action="store_true", help="queue it as a task instead")

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = send_freshness_reminders.enqueue(options["months"])
            self.stdout.write(f"Taak in de wachtrij: {result.id}")
            return
        sent = send_freshness_reminders.call(options["months"])
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
