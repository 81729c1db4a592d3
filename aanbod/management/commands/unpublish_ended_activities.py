"""manage.py unpublish_ended_activities: take activities whose series is over offline."""

from django.core.management.base import BaseCommand

from aanbod.editorial.tasks import unpublish_ended_activities


class Command(BaseCommand):
    """Unpublish ended activities now (or queue it with --enqueue); run daily from cron."""

    help = "Unpublish activities whose series (or single date) has ended; logged in the audit log."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="queue it as a task instead")

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = unpublish_ended_activities.enqueue()
            self.stdout.write(f"Taak in de wachtrij: {result.id}")
            return
        titles = unpublish_ended_activities.call()
        for title in titles:
            self.stdout.write(f"offline gehaald: {title}")
        self.stdout.write(f"{len(titles)} afgelopen activiteit(en) offline gehaald.")
