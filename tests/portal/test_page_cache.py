"""The page cache: anonymous pages come from the cache, and never stale or personal ones.

Django's test client against the real middleware stack with the local-memory cache (Redis in
CI's PostgreSQL pass is the same code path through Django's cache API); CSRF checks are on.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from django.test import Client
from django.urls import reverse

import pytest
import time_machine

from aanbod.models import ActivityExceptionDate
from home import pagecache
from tests.marketplace.test_marketplace_posting import form_data

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
HOST = "testregio.localhost"
# A Monday: the test tree's koffie-ochtend is every Tuesday 10:00-12:00 from 6 January 2026.
MONDAY = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 86400
    settings.AANBOD_RATE_LIMITS = {"ip": (1000, 3600), "email": (1000, 86400)}


def visitor(**extra) -> Client:
    """An anonymous visitor of the test region, with the real CSRF check."""
    return Client(enforce_csrf_checks=True, HTTP_HOST=HOST, **extra)


def rel(page, subpath: str = "") -> str:
    return page.relative_url(page.get_site()) + subpath


def publish(page, django_capture_on_commit_callbacks) -> None:
    """Publish a page's current state as an editor would, and let the commit's purge run."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_a_second_anonymous_visit_comes_from_the_cache_with_validators(tree):
    first = visitor().get(rel(tree.wijk))
    second = visitor().get(rel(tree.wijk))
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control and "max-age=0" in control and "s-maxage=" in control
    assert second["ETag"] == first["ETag"]
    again = visitor().get(rel(tree.wijk), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_tracking_parameters_and_order_do_not_split_the_cache(tree):
    visitor().get(rel(tree.gemeente, "agenda/"), {"van": "2026-03-02", "pagina": "1"})
    shared = visitor().get(
        rel(tree.gemeente, "agenda/") + "?pagina=1&utm_source=nieuwsbrief&van=2026-03-02&fbclid=x"
    )
    assert shared["X-Page-Cache"] == "hit"
    assert pagecache.normalised_query("b=2&utm_medium=x&a=1") == "a=1&b=2"
    other = visitor().get(rel(tree.gemeente, "agenda/"), {"van": "2026-03-09"})
    assert other["X-Page-Cache"] == "miss"


def test_publish_then_the_next_anonymous_request_shows_the_change(
    tree, django_capture_on_commit_callbacks
):
    urls = [rel(tree.activity), rel(tree.wijk), rel(tree.organisation), rel(tree.home)]
    for url in urls:
        visitor().get(url)
    activity = tree.activity.specific
    activity.title = "Koffie-ochtend met taart"
    publish(activity, django_capture_on_commit_callbacks)
    for url in urls:
        response = visitor().get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Koffie-ochtend met taart" in response.content.decode(), url


@time_machine.travel(MONDAY, tick=False)
def test_a_cancelled_date_disappears_from_the_activity_and_deze_week(
    tree, django_capture_on_commit_callbacks
):
    week_before = visitor().get(rel(tree.wijk)).content.decode()
    assert 'datetime="2026-03-03T10:00:00+01:00"' in week_before
    assert 'datetime="2026-03-03' in visitor().get(rel(tree.activity)).content.decode()
    activity = tree.activity.specific
    activity.exception_dates.add(ActivityExceptionDate(date=datetime.date(2026, 3, 3)))
    publish(activity, django_capture_on_commit_callbacks)
    week = visitor().get(rel(tree.wijk)).content.decode()
    assert "Deze week staan er geen activiteiten gepland." in week
    listed = re.findall(
        r'<li><time datetime="(2026-\d\d-\d\d)T10:00',
        visitor().get(rel(tree.activity)).content.decode(),
    )
    assert "2026-03-03" not in listed


def test_a_gemeente_put_back_in_preparation_never_comes_from_the_cache(
    tree, django_capture_on_commit_callbacks
):
    assert visitor().get(rel(tree.gemeente)).status_code == 200
    assert visitor().get(rel(tree.wijk)).status_code == 200
    assert 'href="/testgemeente/"' in visitor().get("/").content.decode()
    gemeente = tree.gemeente.specific
    gemeente.rollout_phase = "preparation"
    publish(gemeente, django_capture_on_commit_callbacks)
    assert visitor().get(rel(tree.gemeente)).status_code == 404
    assert visitor().get(rel(tree.wijk)).status_code == 404
    assert visitor().get(rel(tree.activity)).status_code == 404
    home = visitor().get("/").content.decode()
    assert 'href="/testgemeente/"' not in home


def test_a_preparation_gemeente_is_never_cached_and_its_pilot_date_ends_the_binnenkort(
    tree, django_capture_on_commit_callbacks
):
    """The region home says "Binnenkort" until the pilot date; the cache ends at midnight."""
    gemeente = tree.gemeente_prep.specific
    gemeente.pilot_date = datetime.date(2026, 3, 3)
    publish(gemeente, django_capture_on_commit_callbacks)
    with time_machine.travel(MONDAY, tick=False):
        for _ in range(2):
            hidden = visitor().get(rel(tree.gemeente_prep))
            assert hidden.status_code == 404
            assert "s-maxage" not in hidden.get("Cache-Control", "")
        home = visitor().get("/")
        assert 'href="/laterdorp/"' not in home.content.decode()
        midnight = datetime.datetime(2026, 3, 3, tzinfo=TZ)
        assert f"s-maxage={int((midnight - MONDAY).total_seconds())}" in home["Cache-Control"]
        assert visitor().get("/")["X-Page-Cache"] == "hit"
    with time_machine.travel(datetime.datetime(2026, 3, 3, 0, 0, 1, tzinfo=TZ), tick=False):
        home = visitor().get("/")
        assert home["X-Page-Cache"] == "miss"
        assert 'href="/laterdorp/"' in home.content.decode()


def test_a_page_expires_when_an_occurrence_it_shows_ends(tree):
    during = datetime.datetime(2026, 3, 3, 10, 30, tzinfo=TZ)  # the Tuesday 10:00-12:00
    with time_machine.travel(during, tick=False):
        response = visitor().get(rel(tree.activity))
    assert "s-maxage=5400" in response["Cache-Control"]  # until 12:00
    with time_machine.travel(during + datetime.timedelta(minutes=30), tick=False):
        later = visitor().get(rel(tree.activity))
    assert later["X-Page-Cache"] == "hit"
    assert "s-maxage=3600" in later["Cache-Control"]  # a proxy may keep it what is left, not 1.5 h
    with time_machine.travel(during + datetime.timedelta(hours=1, minutes=31), tick=False):
        assert visitor().get(rel(tree.activity))["X-Page-Cache"] == "miss"


def test_logged_in_editors_neither_get_nor_fill_the_public_cache(tree, admin_user):
    editor = Client(HTTP_HOST=HOST)
    editor.force_login(admin_user)
    seen = editor.get(rel(tree.wijk))
    assert "X-Page-Cache" not in seen
    assert "private" in seen["Cache-Control"]
    assert visitor().get(rel(tree.wijk))["X-Page-Cache"] == "miss"  # the editor filled nothing
    assert visitor().get(rel(tree.wijk))["X-Page-Cache"] == "hit"
    again = editor.get(rel(tree.wijk))
    assert "X-Page-Cache" not in again  # and gets nothing from it
    assert "private" in again["Cache-Control"]


def test_two_visitors_can_both_post_the_form_after_the_page_was_visited(tree):
    """Pages with a form (CSRF token) are never shared: each visitor gets a token of their own."""
    url = rel(tree.marketplace)
    sent = []
    for n in (1, 2):
        client = visitor(REMOTE_ADDR=f"10.0.0.{n}")
        page = client.get(url)
        assert page.status_code == 200
        assert "X-Page-Cache" not in page
        assert "private" in page["Cache-Control"]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
        data = {**form_data(tree, email=f"bewoner{n}@example.org"), "csrfmiddlewaretoken": token[1]}
        sent.append(client.post(url, data).status_code)
    assert sent == [302, 302]
    item = rel(tree.request)
    first, second = visitor().get(item), visitor().get(item)
    assert "X-Page-Cache" not in second
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_errors_and_search_results_are_handled_apart(tree, django_capture_on_commit_callbacks):
    assert "X-Page-Cache" not in visitor().get("/bestaat-niet/")
    search = reverse("search")
    visitor().get(search, {"q": "koffie"})
    assert visitor().get(search, {"q": "koffie"})["X-Page-Cache"] == "hit"
    activity = tree.activity.specific
    activity.title = "Koffie en taart"
    publish(activity, django_capture_on_commit_callbacks)
    found = visitor().get(search, {"q": "koffie"})
    assert found["X-Page-Cache"] == "miss"


def test_the_page_cache_being_down_is_a_miss_never_an_error(tree, settings, caplog):
    url = rel(tree.wijk)
    settings.PAGE_CACHE_ALIAS = "pages"
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        },
    }
    response = visitor().get(url)
    assert response.status_code == 200
    assert "Zonnewijk" in response.content.decode()
    assert "page cache unavailable" in caplog.text
