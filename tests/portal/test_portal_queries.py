"""Portal pages run a number of SQL queries that does not grow with the content they list."""

import datetime
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from aanbod.models import ActivityExceptionDate, ActivityPage, ServicePage

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")


def add_content(tree, first: int, activities: int, services: int) -> None:
    """Add weekly activities (each with an exception date) and services to the test wijk."""
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
            )
        )
        page.wijken.set([tree.wijk])
        page.categories.set([tree.category])
        page.save()
        ActivityExceptionDate.objects.create(page=page, date=datetime.date(2026, 12, 29))
    for n in range(first, services):
        page = tree.organisation.add_child(
            instance=ServicePage(title=f"Dienst {n}", slug=f"dienst-bulk-{n}", intro="Hulp.")
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
    assert wijk.count('class="agenda-item"') >= 200  # each weekly activity shows this week
