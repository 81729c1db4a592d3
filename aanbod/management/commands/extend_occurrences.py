"""manage.py extend_occurrences: move the occurrence table's horizon on (run nightly)."""

from django.core.management.base import BaseCommand

from aanbod.agenda.table import rebuild_all
from aanbod.agenda.tasks import extend_occurrences


class Command(BaseCommand):
    """Extend the occurrence table now (or queue it with --enqueue); --rebuild fills it afresh."""

    help = "Extend every activity's stored dates to the horizon and drop past ones (nightly)."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="queue it as a task instead")
        parser.add_argument(
            "--rebuild", action="store_true", help="rebuild the whole table (after bulk imports)"
        )

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = extend_occurrences.enqueue()
            self.stdout.write(f"Taak in de wachtrij: {result.id}")
            return
        if options["rebuild"]:
            self.stdout.write(f"{rebuild_all()} datum(s) opnieuw opgebouwd.")
            return
        counts = extend_occurrences.call()
        self.stdout.write(f"{counts['added']} datum(s) toegevoegd, {counts['dropped']} verlopen.")
