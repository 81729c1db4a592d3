"""Spreadsheet import benchmark: 1,000 activity rows from an XLSX, against a yardstick.

Builds a throw-away database (``<name>_sheet_bench``, from the migrations plus the demo
regions), writes an XLSX of N weekly activities (default 1,000) in memory and imports it for
one organisation (read, map, check every row, write in one transaction, publish), then imports
the same file again (every row unchanged). The yardstick, measured in the same run, creates and
publishes N activity pages through the ORM directly (``add_child`` + ``save_revision().publish()``)
under another organisation. Prints total seconds and rows per second; the target is under 60 s
for 1,000 rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_sheets \\
        .venv/bin/python benchmarks/spreadsheet_bench.py [--rows 1000]
"""

import argparse
import datetime
import io
import os
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TZ = ZoneInfo("Europe/Amsterdam")
DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")


def workbook(rows: int, wijk: str) -> bytes:
    """An XLSX in the template's layout with ``rows`` weekly activities from next week on."""
    from openpyxl import Workbook

    from aanbod.spreadsheets.columns import COLUMNS

    book = Workbook()
    sheet = book.active
    sheet.append([str(c.heading) for c in COLUMNS])
    monday = datetime.date.today() + datetime.timedelta(days=7 - datetime.date.today().weekday())
    for n in range(rows):
        day = monday + datetime.timedelta(days=n % 5)
        values = {
            "key": f"B{n}",
            "title": f"Bench-activiteit {n}",
            "intro": "Samen iets doen in de wijk.",
            "date": day,
            "start_time": datetime.time(9 + n % 8, 0),
            "end_time": datetime.time(10 + n % 8, 30),
            "schedule": f"elke {DAYS[n % 5]}",
            "location_name": "Buurthuis",
            "wijken": wijk,
            "cost": "gratis",
        }
        sheet.append([values.get(c.key, "") for c in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def yardstick(organisation, rows: int) -> float:
    """Seconds to create and publish ``rows`` activities through the ORM directly."""
    from aanbod.models import ActivityPage

    wijken = list(organisation.wijken.all())
    start = time.perf_counter()
    for n in range(rows):
        begin = datetime.datetime.combine(
            datetime.date.today() + datetime.timedelta(days=7 + n % 5),
            datetime.time(9 + n % 8),
            tzinfo=TZ,
        )
        page = ActivityPage(
            title=f"ORM-activiteit {n}",
            slug=f"orm-activiteit-{n}",
            intro="Samen iets doen in de wijk.",
            start=begin,
            end=begin + datetime.timedelta(hours=1, minutes=30),
            recurrence="FREQ=WEEKLY",
            location_name="Buurthuis",
            live=False,
        )
        page.wijken.set(wijken)
        organisation.add_child(instance=page)
        page.save_revision().publish()
    return time.perf_counter() - start


def report(name: str, seconds: float, rows: int) -> None:
    """One line: total seconds and rows per second."""
    print(f"{name:<44}{seconds:>9.1f} s{rows / seconds:>10.1f} rows/s", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Build the data, time the import and the yardstick, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    import logging

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    logging.disable(logging.INFO)
    db = settings.DATABASES["default"]
    base_name = Path(str(db["NAME"])).stem if db["ENGINE"].endswith("sqlite3") else db["NAME"]
    db.setdefault("TEST", {})["NAME"] = (
        str(ROOT / "test-artifacts" / f"{base_name}_sheet_bench.sqlite3")
        if db["ENGINE"].endswith("sqlite3")
        else f"{base_name}_sheet_bench"
    )
    if db["ENGINE"].endswith("sqlite3"):
        (ROOT / "test-artifacts").mkdir(exist_ok=True)
    setup_test_environment()
    print(
        f"spreadsheet_bench: building {db['TEST']['NAME']} on {connection.vendor} ...", flush=True
    )
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from aanbod.models import ActivityPage, OrganisationPage
        from aanbod.spreadsheets.apply import import_sheet
        from aanbod.spreadsheets.columns import guess
        from aanbod.spreadsheets.read import read_sheet

        call_command("load_demo", verbosity=0)
        organisation = OrganisationPage.objects.get(slug="cicero-zorggroep")
        other = OrganisationPage.objects.exclude(pk=organisation.pk).order_by("pk").first()
        wijk = organisation.wijken.order_by("title").first().title
        content = workbook(args.rows, wijk)
        print(f"spreadsheet_bench: {args.rows} rows, {len(content) // 1024} KB XLSX\n")

        def run(label: str) -> None:
            start = time.perf_counter()
            sheet = read_sheet("bench.xlsx", content)
            summary = import_sheet(organisation, sheet, guess(sheet.headers))
            report(f"{label} ({summary.text()})", time.perf_counter() - start, args.rows)

        run("import")
        imported = ActivityPage.objects.child_of(organisation).exclude(import_key="")
        assert imported.filter(live=True).count() == args.rows
        run("again")
        report("yardstick: ORM add_child + publish", yardstick(other, args.rows), args.rows)
        print("\ntarget: the import of 1,000 rows in under 60 s")
    finally:
        if not args.keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
