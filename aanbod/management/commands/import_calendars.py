"""manage.py import_calendars: import every organisation's linked iCal feed (for cron)."""

from django.core.management.base import BaseCommand, CommandError

from aanbod.agenda.import_.sync import import_feed, organisations_with_feeds
from aanbod.agenda.import_.tasks import import_calendar


class Command(BaseCommand):
    """Import the registered feeds now (or queue one task per feed with --enqueue)."""

    help = "Import the activities of every organisation that linked its iCal feed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisation", type=int, default=None, help="only this organisation (page id)"
        )
        parser.add_argument("--enqueue", action="store_true", help="queue one task per feed")

    def handle(self, *args, **options):
        organisations = organisations_with_feeds()
        if options["organisation"] is not None:
            organisations = organisations.filter(pk=options["organisation"])
            if not organisations.exists():
                raise CommandError("Geen live organisatie met een agenda-adres en dit id.")
        failed = 0
        for organisation in organisations:
            if options["enqueue"]:
                import_calendar.enqueue(organisation.pk)
                self.stdout.write(f"{organisation.title}: taak in de wachtrij")
                continue
            result = import_feed(organisation)
            failed += not result.ok
            self.stdout.write(f"{organisation.title}: {result.summary()}")
        if failed:
            self.stderr.write(f"{failed} agenda('s) konden niet worden opgehaald.")
