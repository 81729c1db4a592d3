"""Render times of the resident portal's pages with a wijk of 200 activities and 50 services.

Builds a throw-away database (``<name>_portal_bench``, from the migrations plus the demo
regions), adds 200 weekly activities (each with an exception date) and 50 services to one
wijk, then requests the home, gemeente, wijk, agenda and activity pages through Django's test
client and prints the median and p95 render time and the number of SQL queries per page.

    .venv/bin/python benchmarks/portal_bench.py                    # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_issue3 \\
        .venv/bin/python benchmarks/portal_bench.py --runs 30      # PostgreSQL
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TZ = ZoneInfo("Europe/Amsterdam")
HOST = "westelijke-mijnstreek.localhost"


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def build_content(wijk, organisation, category, activities: int, services: int) -> None:
    """Add weekly activities and services tied to the wijk."""
    from aanbod.models import ActivityExceptionDate, ActivityPage, ServicePage

    today = datetime.date.today()
    for n in range(activities):
        day = today + datetime.timedelta(days=n % 7)
        start = datetime.datetime.combine(day, datetime.time(9 + n % 9), tzinfo=TZ)
        page = organisation.add_child(
            instance=ActivityPage(
                title=f"Bench-activiteit {n}",
                slug=f"bench-activiteit-{n}",
                intro="Samen iets doen in de wijk.",
                start=start,
                end=start + datetime.timedelta(hours=1, minutes=30),
                recurrence="FREQ=WEEKLY",
                location_name="Buurthuis",
            )
        )
        page.wijken.set([wijk])
        page.categories.set([category])
        page.save()
        ActivityExceptionDate.objects.create(page=page, date=day + datetime.timedelta(weeks=2))
    for n in range(services):
        page = organisation.add_child(
            instance=ServicePage(
                title=f"Bench-dienst {n}", slug=f"bench-dienst-{n}", intro="Hulp bij u thuis."
            )
        )
        page.wijken.set([wijk])
        page.categories.set([category])
        page.save()


def measure(client, url: str, runs: int) -> tuple[list[float], int]:
    """Milliseconds per request over ``runs`` requests (after one warm-up), and the query count."""
    from django.db import connection

    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url, HTTP_HOST=HOST)
        times.append((time.perf_counter() - start) * 1000)
    return times, len(queries)


def main(argv: list[str] | None = None) -> int:
    """Build the data, time the pages, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "20")))
    parser.add_argument("--activities", type=int, default=200)
    parser.add_argument("--services", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    import logging

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    logging.disable(logging.INFO)
    db = settings.DATABASES["default"]
    base_name = Path(str(db["NAME"])).stem if db["ENGINE"].endswith("sqlite3") else db["NAME"]
    db.setdefault("TEST", {})["NAME"] = (
        str(ROOT / "test-artifacts" / f"{base_name}_portal_bench.sqlite3")
        if db["ENGINE"].endswith("sqlite3")
        else f"{base_name}_portal_bench"
    )
    if db["ENGINE"].endswith("sqlite3"):
        (ROOT / "test-artifacts").mkdir(exist_ok=True)
    setup_test_environment()
    print(f"portal_bench: building {db['TEST']['NAME']} on {connection.vendor} ...", flush=True)
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        from aanbod.models import ActivityPage, Category, OrganisationPage
        from wijken.models import WijkPage

        call_command("load_demo", verbosity=0)
        wijk = WijkPage.objects.get(slug="stein-centrum")
        organisation = OrganisationPage.objects.get(slug="levantogroep")
        category = Category.objects.filter(locale__language_code="nl").first()
        started = time.perf_counter()
        build_content(wijk, organisation, category, args.activities, args.services)
        print(
            f"portal_bench: added {args.activities} activities and {args.services} services "
            f"to {wijk.title} in {time.perf_counter() - started:.0f} s",
            flush=True,
        )
        activity = ActivityPage.objects.get(slug="bench-activiteit-0")
        gemeente = wijk.get_parent()
        site = wijk.get_site()
        pages = [
            ("home", "/"),
            ("gemeente", gemeente.relative_url(site)),
            ("wijk", wijk.relative_url(site)),
            ("agenda (wijk)", wijk.relative_url(site) + "agenda/"),
            ("agenda (gemeente)", gemeente.relative_url(site) + "agenda/"),
            ("activity", activity.relative_url(site)),
        ]
        client = Client()
        print(f"\n{'page':<20}{'median ms':>10}{'p95 ms':>10}{'queries':>9}   ({args.runs} runs)")
        for name, url in pages:
            times, queries = measure(client, url, args.runs)
            median, p95 = statistics.median(times), percentile(times, 95)
            print(f"{name:<20}{median:>10.1f}{p95:>10.1f}{queries:>9}")
    finally:
        if not args.keep:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
