"""Portal pages run a number of SQL queries that does not grow with the content they list."""

import datetime
import io
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images.models import Filter, Image

import pytest
from PIL import Image as PILImage

from aanbod.models import ActivityExceptionDate, ActivityPage, ServicePage
from home.images import API_SPECS, CARD_SPECS

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


def listing_image(name: str) -> dict:
    """Fields for a page's own listing image (a small PNG, its renditions already made)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (30, 90, 160)).save(buffer, format="PNG")
    image = Image.objects.create(title=name, file=ImageFile(buffer, name=f"{name}.png"))
    # Made as on the first view, but kept out of the cache (a full local-memory cache culls).
    image.create_renditions(*(Filter(spec) for spec in (*CARD_SPECS, *API_SPECS)))
    return {"listing_image": image, "listing_image_alt": f"Foto bij {name}"}


def add_content(tree, first: int, activities: int, services: int) -> None:
    """Add weekly activities (each with an exception date) and services to the test wijk, each
    with its own listing image."""
    for n in range(first, activities):
        start = datetime.datetime(2026, 1, 5 + n % 7, 9 + n % 8, 0, tzinfo=TZ)
        page = tree.organisation.add_child(
            instance=ActivityPage(
                title=f"Activiteit {n}",
                slug=f"activiteit-bulk-{n}",
                intro="Samen iets doen in de wijk.",
                start=start,
                end=start + datetime.timedelta(hours=1, minutes=30),
                recurrence="FREQ=WEEKLY",
                location_name="Buurthuis",
                **listing_image(f"activiteit-{n}"),
            )
        )
        page.wijken.set([tree.wijk])
        page.categories.set([tree.category])
        page.save()
        ActivityExceptionDate.objects.create(page=page, date=datetime.date(2026, 12, 29))
    for n in range(first, services):
        page = tree.organisation.add_child(
            instance=ServicePage(
                title=f"Dienst {n}",
                slug=f"dienst-bulk-{n}",
                intro="Hulp.",
                **listing_image(f"dienst-{n}"),
            )
        )
        page.wijken.set([tree.wijk])
        page.categories.set([tree.category])
        page.save()


def count_queries(client, url: str) -> int:
    """The number of queries one request for ``url`` runs."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_query_count_does_not_grow_with_200_activities_and_50_services(
    tree_client, tree, django_assert_max_num_queries
):
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    urls = [
        "/",
        tree.gemeente.url,
        tree.gemeente.url + "agenda/",
        tree.wijk.url,
        tree.wijk.url + "agenda/",
        activity.url,
        tree.organisation.url,
    ]
    add_content(tree, 0, activities=3, services=3)
    for url in urls:
        count_queries(tree_client, url)  # warm the caches (site root paths, content types)
    small = {url: count_queries(tree_client, url) for url in urls}
    add_content(tree, 3, activities=200, services=50)
    for url in urls:
        with django_assert_max_num_queries(small[url]):
            response = tree_client.get(url)
        assert response.status_code == 200
    wijk = tree_client.get(tree.wijk.url).content.decode()
    assert wijk.count("Dienst ") >= 49  # the services of the wijk are listed (up to 50)
    assert wijk.count('class="agenda-item"') == 20  # "deze week" shows the first 20 ...
    agenda = tree_client.get(tree.wijk.url + "agenda/").content.decode()
    assert agenda.count('class="agenda-item"') >= 20  # ... and its agenda the rest, page by page
    assert wijk.count('alt="Foto bij dienst-') >= 49  # with their images
    assert wijk.count('alt="Foto bij activiteit-') >= 20


def test_api_lists_with_images_cost_the_same_queries(
    tree_client, tree, settings, django_assert_max_num_queries
):
    """The APIs give each page's listing image as renditions without a query per page."""
    settings.API_RESPONSE_CACHE_SECONDS = 0  # measure the work, not the answer cache
    urls = [
        "/api/v1/activities?limit=50",
        "/api/v1/services?limit=50",
        "/api/v2/pages/?type=aanbod.ActivityPage&fields=listing_image&limit=50",
        "/api/v2/pages/?type=aanbod.ServicePage&fields=listing_image&limit=50",
    ]
    add_content(tree, 0, activities=2, services=2)
    for url in urls:
        count_queries(tree_client, url)
    few = {url: count_queries(tree_client, url) for url in urls}
    add_content(tree, 2, activities=40, services=40)
    for url in urls:
        with django_assert_max_num_queries(few[url]):
            response = tree_client.get(url)
        assert response.status_code == 200
        assert response.content.count(b"Foto bij ") >= 40, url


def add_hidden_areas(tree, first: int, count: int) -> None:
    """Gemeenten and wijken in preparation, each with a service tied only to its hidden wijk."""
    from tests import factories as f

    for n in range(first, count):
        gemeente = f.GemeentePageFactory(
            parent=tree.home, title=f"Later {n}", slug=f"later-{n}", rollout_phase="preparation"
        )
        wijk = f.WijkPageFactory(parent=gemeente, title=f"Verborgen {n}", slug=f"verborgen-{n}")
        prep = f.WijkPageFactory(
            parent=tree.gemeente,
            title=f"Binnenkort {n}",
            slug=f"binnenkort-{n}",
            rollout_phase="preparation",
        )
        service = f.ServicePageFactory(parent=tree.organisation, title=f"Geheime dienst {n}")
        service.wijken.set([wijk, prep])
        service.save()


def test_visibility_costs_the_same_queries_with_many_hidden_areas(
    tree_client, tree, settings, django_assert_max_num_queries
):
    """The public-visibility rule (rollout, view restrictions) runs a fixed number of queries,
    however many gemeenten and wijken are still hidden, on pages and in the API lists."""
    settings.API_RESPONSE_CACHE_SECONDS = 0  # measure the work, not the answer cache
    urls = [
        "/",
        tree.gemeente.url,
        tree.wijk.url,
        tree.wijk.url + "agenda/",
        tree.service.url,
        "/api/v1/services?limit=50",
        "/api/v1/wijken?limit=50",
        "/api/v2/pages/?type=aanbod.ServicePage&fields=wijken&limit=50",
        "/api/hsds/services?per_page=50",
    ]
    add_hidden_areas(tree, 0, 1)
    for url in urls:
        count_queries(tree_client, url)
    few = {url: count_queries(tree_client, url) for url in urls}
    add_hidden_areas(tree, 1, 8)
    for url in urls:
        with django_assert_max_num_queries(few[url]):
            response = tree_client.get(url)
        assert response.status_code == 200
        assert b"Geheime dienst" not in response.content  # tied only to hidden wijken


def test_occurrences_cost_the_same_queries_with_many_dates(
    tree_client, tree, settings, django_assert_max_num_queries
):
    """Agenda, "deze week", the activity API, the iCal feed and the widget read occurrences in a
    fixed number of queries, however many activities and exception dates there are."""
    settings.API_RESPONSE_CACHE_SECONDS = 0  # measure the work, not the answer cache
    urls = [
        tree.wijk.url + "agenda/",
        tree.gemeente.url + "agenda/",
        "/api/v1/activities?limit=50",
        f"/feeds/wijk/{tree.wijk.pk}.ics",
        f"/widget/wijk/{tree.wijk.pk}.json",
    ]
    add_content(tree, 0, activities=2, services=0)
    for url in urls:
        count_queries(tree_client, url)
    few = {url: count_queries(tree_client, url) for url in urls}
    add_content(tree, 2, activities=40, services=0)
    for n, page in enumerate(ActivityPage.objects.filter(slug__startswith="activiteit-bulk-")):
        for week in range(1, 6):
            day = datetime.date(2027, 1, 1) + datetime.timedelta(weeks=week, days=n % 7)
            ActivityExceptionDate.objects.get_or_create(page=page, date=day)
    for url in urls:
        with django_assert_max_num_queries(few[url]):
            response = tree_client.get(url)
        assert response.status_code == 200


def test_a_plain_content_page_runs_few_queries(tree_client, tree, django_assert_max_num_queries):
    """The frame every page shares (site, branding with its footer links, breadcrumbs, language
    switch) reads each thing once: a plain StandardPage stays within 12 queries."""
    from tests import factories as f

    page = f.StandardPageFactory(parent=tree.home, title="Over ons", slug="over-ons")
    tree_client.get(page.url)
    with django_assert_max_num_queries(12):
        response = tree_client.get(page.url)
    assert response.status_code == 200
    assert b"Over ons" in response.content
