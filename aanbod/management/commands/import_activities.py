"""manage.py import_activities: an organisation's spreadsheet (CSV or XLSX) as its activities."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from aanbod.models import OrganisationPage
from aanbod.spreadsheets import columns
from aanbod.spreadsheets.apply import SheetRefused, import_sheet
from aanbod.spreadsheets.read import SheetError, read_sheet


class Command(BaseCommand):
    """Import a spreadsheet of activities; any bad row refuses the whole file."""

    help = (
        "Import activities from a CSV or XLSX file for one organisation. Rows are matched by "
        "their 'kenmerk'; the organisation's remembered column mapping is used, else the "
        "headings are guessed. Nothing is written when any row is wrong."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to a .csv or .xlsx file")
        parser.add_argument("--organisation", required=True, help="slug of the organisation")
        parser.add_argument("--dry-run", action="store_true", help="check only, write nothing")

    def handle(self, *args, **options):
        organisation = OrganisationPage.objects.filter(slug=options["organisation"]).first()
        if organisation is None:
            raise CommandError(f"Onbekende organisatie '{options['organisation']}'.")
        path = Path(options["file"])
        try:
            sheet = read_sheet(path.name, path.read_bytes())
        except OSError as exc:
            raise CommandError(f"Kan {path} niet lezen: {exc.strerror}.") from None
        except SheetError as exc:
            raise CommandError(str(exc)) from None
        mapping = columns.initial_mapping(organisation, sheet.headers)
        missing = columns.missing_required(mapping)
        if missing:
            raise CommandError(
                "Geen kolom gevonden voor: " + ", ".join(missing) + ". Gebruik de kopjes van het "
                "sjabloon of koppel de kolommen eenmaal in de beheeromgeving."
            )
        try:
            summary = import_sheet(organisation, sheet, mapping, dry_run=options["dry_run"])
        except SheetRefused as refused:
            for message in refused.messages:
                self.stderr.write(message)
            raise CommandError("Het bestand is niet geïmporteerd; er is niets veranderd.") from None
        prefix = "Controle (er is niets geschreven): " if options["dry_run"] else ""
        self.stdout.write(prefix + summary.text())
