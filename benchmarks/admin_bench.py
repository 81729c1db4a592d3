"""Admin timings for an organisation editor at scale: explorer and dashboard (median, p95).

Builds a region of 500 organisations, 20 gemeenten and 50,000 pages with
``bulk_content.generate_region``, gives every organisation and gemeente its groups through the
onboarding code, marks a tenth of the content stale, then times what one organisation's editor
sees: the explorer of their organisation, the dashboard, and the verouderde-inhoud report, plus
a regional administrator's rollout dashboard. Needs PostgreSQL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wp_bench \\
        .venv/bin/python benchmarks/admin_bench.py --pages 50000

Defaults (for ``make bench``): ``BENCH_PAGES`` or 2,000 pages, 50 organisations, 4 gemeenten.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bulk_content import generate_region, setup_django  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    """The value below which ``fraction`` of the sorted values fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(client, url: str, runs: int) -> tuple[float, float, int]:
    """(median ms, p95 ms, queries) of GET url."""
    from django.db import connection

    client.get(url)  # warm up
    queries = []

    def counter(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # A wrapper, not CaptureQueriesContext: each request resets the connection's query log.
    with connection.execute_wrapper(counter):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), percentile(samples, 0.95), len(queries)


def onboard_all(region) -> float:
    """Groups, collections and workflows for every organisation and gemeente; seconds taken."""
    from aanbod.editorial.onboarding import ensure_gemeente, ensure_organisation_access
    from aanbod.models import OrganisationPage
    from wijken.models import GemeentePage

    started = time.perf_counter()
    for gemeente in GemeentePage.objects.filter(pk__in=region.gemeente_ids):
        ensure_gemeente(gemeente)
    for organisation in OrganisationPage.objects.filter(pk__in=region.organisation_ids):
        ensure_organisation_access(organisation)
    return time.perf_counter() - started


def age_a_tenth(region) -> None:
    """Mark every tenth activity and service as confirmed eight months ago."""
    from django.utils import timezone

    from aanbod.models import ActivityPage, ServicePage

    old = timezone.now() - datetime.timedelta(days=240)
    home_path = _home_path(region)
    for model in (ActivityPage, ServicePage):
        ids = list(model.objects.filter(path__startswith=home_path).values_list("pk", flat=True))
        model.objects.filter(pk__in=ids[::10]).update(last_confirmed_at=old)


def reused_region(gemeenten: int, organisations: int):
    """The newest generated region with this many gemeenten and organisations, or None."""
    from wagtail.models import Site

    from aanbod.models import OrganisationPage
    from benchmarks.bulk_content import Region
    from wijken.models import GemeentePage

    for site in Site.objects.filter(hostname__startswith="bench-").order_by("-pk"):
        home = site.root_page
        gemeente_ids = list(
            GemeentePage.objects.child_of(home).order_by("path").values_list("pk", flat=True)
        )
        organisation_ids = list(
            OrganisationPage.objects.descendant_of(home)
            .order_by("path")
            .values_list("pk", flat=True)
        )
        if len(gemeente_ids) == gemeenten and len(organisation_ids) == organisations:
            pages = home.get_descendants(inclusive=True).count()
            return Region(
                site_id=site.pk,
                home_id=home.pk,
                gemeente_ids=gemeente_ids,
                organisation_ids=organisation_ids,
                pages=pages,
            )
    return None


def _home_path(region) -> str:
    from wagtail.models import Page

    return Page.objects.get(pk=region.home_id).path


def main(argv: list[str] | None = None) -> int:
    """Generate, onboard, and print the admin timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=int(os.environ.get("BENCH_PAGES", "2000")))
    parser.add_argument("--organisations", type=int, default=None)
    parser.add_argument("--gemeenten", type=int, default=None)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--reuse", action="store_true", help="reuse the last region of this shape (no onboarding)"
    )
    args = parser.parse_args(argv)
    setup_django("cms.settings.test")
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from aanbod.editorial.onboarding import ensure_organisation_access, ensure_region
    from aanbod.models import OrganisationPage
    from home.models import HomePage

    if connection.vendor != "postgresql":
        print("admin_bench: needs PostgreSQL (set DATABASE_URL); nothing measured")
        return 0
    big = args.pages >= 20_000
    organisations = args.organisations or (500 if big else 50)
    gemeenten = args.gemeenten or (20 if big else 4)
    region = reused_region(gemeenten, organisations) if args.reuse else None
    if region is None:
        region = generate_region(
            args.pages, gemeenten=gemeenten, wijken_per_gemeente=10, organisations=organisations
        )
        print(
            f"admin_bench: region of {region.pages} pages, {organisations} organisations, "
            f"{gemeenten} gemeenten generated in {region.seconds:.1f} s"
        )
        seconds = onboard_all(region)
        print(f"  onboarding groups/collections/workflows: {seconds:.1f} s")
        age_a_tenth(region)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would after a bulk load
    else:
        print(f"admin_bench: reusing the region of {region.pages} pages (home {region.home_id})")

    User = get_user_model()
    organisation = OrganisationPage.objects.get(
        pk=region.organisation_ids[len(region.organisation_ids) // 2]
    )
    editor, _ = User.objects.get_or_create(
        username=f"bench-{region.home_id}", defaults={"email": "b@example.org"}
    )
    editor.groups.add(ensure_organisation_access(organisation))
    admin, _ = User.objects.get_or_create(username=f"bench-admin-{region.home_id}")
    admin.groups.add(ensure_region(HomePage.objects.get(pk=region.home_id)))
    children = organisation.get_children().count()

    client = Client()
    client.force_login(editor)
    rows = [
        (f"explorer of own organisation ({children} pages)", f"/admin/pages/{organisation.pk}/"),
        ("dashboard", "/admin/"),
        ("verouderde-inhoud report", "/admin/verouderde-inhoud/"),
    ]
    print(f"  {'organisation editor':<46} {'median':>9} {'p95':>9} {'queries':>8}")
    for label, url in rows:
        median, p95, queries = timed(client, url, args.runs)
        print(f"  {label:<46} {median:7.1f}ms {p95:7.1f}ms {queries:8d}")
    client.force_login(admin)
    median, p95, queries = timed(
        client, f"/admin/uitrol/?region={region.home_id}", max(5, args.runs // 4)
    )
    print(
        f"  {'regional administrator: rollout dashboard':<46} "
        f"{median:7.1f}ms {p95:7.1f}ms {queries:8d}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
