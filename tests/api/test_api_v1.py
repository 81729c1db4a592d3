"""Portal API /api/v1/: visibility, filters, paging, occurrences, caching, CORS, bad input."""

import datetime
import json
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest

from aanbod.models import ActivityExceptionDate, Submitter
from tests import factories as f

TZ = ZoneInfo("Europe/Amsterdam")
pytestmark = pytest.mark.django_db


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, (json.loads(response.content) if response.content else None)


def titles(body) -> set[str]:
    return {item["title"] for item in body["results"]}


def test_places_show_only_visible_gemeenten_and_wijken(tree_client, tree):
    _r, gemeenten = get(tree_client, "/api/v1/gemeenten")
    assert titles(gemeenten) == {"Testgemeente"}
    assert [w["title"] for w in gemeenten["results"][0]["wijken"]] == ["Zonnewijk"]
    _r, wijken = get(tree_client, "/api/v1/wijken")
    assert titles(wijken) == {"Zonnewijk"}
    wijk = wijken["results"][0]
    assert wijk["postcodes"] == ["9991", "9992AB"]
    assert wijk["gemeente"]["title"] == "Testgemeente"
    assert wijk["phase"] == "live"
    response, _ = get(tree_client, f"/api/v1/wijken/{tree.wijk_prep.pk}")
    assert response.status_code == 404


def test_postcode_lookup_finds_the_wijk_and_explains_misses(tree_client, tree):
    _r, body = get(tree_client, "/api/v1/postcodes/9992 ab")
    assert body["postcode"] == "9992AB"
    assert body["wijk"]["id"] == tree.wijk.pk
    response, body = get(tree_client, "/api/v1/postcodes/9993")  # the hidden wijk
    assert response.status_code == 404 and "9993" in body["detail"]
    response, body = get(tree_client, "/api/v1/postcodes/banaan")
    assert response.status_code == 400 and "postcode" in body["detail"]


def test_content_tied_only_to_hidden_wijken_is_left_out(tree_client, tree):
    _r, acts = get(tree_client, "/api/v1/activities?start=2026-01-01&end=2026-01-31")
    assert titles(acts) == {"Koffie-ochtend Zonnewijk", "Regiowandeling"}
    koffie = next(a for a in acts["results"] if a["title"] == "Koffie-ochtend Zonnewijk")
    assert [w["title"] for w in koffie["wijken"]] == ["Zonnewijk"]  # not the hidden Nieuwwijk
    _r, services = get(tree_client, "/api/v1/services")
    assert titles(services) == {"Boodschappendienst"}
    _r, news = get(tree_client, "/api/v1/ontwikkelingen")
    assert titles(news) == {"Nieuw buurthuis"}
    _r, reqs = get(tree_client, "/api/v1/requests")
    assert [r["id"] for r in reqs["results"]] == [tree.request.pk]
    response, _ = get(tree_client, f"/api/v1/activities/{tree.activity_hidden.pk}")
    assert response.status_code == 404


def test_requests_and_offers_never_carry_resident_details(tree_client, tree):
    Submitter.objects.create(
        page=tree.request,
        name="Anna Geheim",
        email="anna@geheim.example",
        phone="0612345678",
        token_hash="x" * 64,
    )
    for url in ["/api/v1/requests", f"/api/v1/requests/{tree.request.pk}", "/api/v1/offers"]:
        response, body = get(tree_client, url)
        text = response.content.decode()
        assert response.status_code == 200
        for secret in ["Anna", "geheim", "0612345678", tree.request.first_name]:
            assert secret not in text
    item = body["results"][0]
    assert set(item) == {
        "id",
        "title",
        "slug",
        "url",
        "locale",
        "category",
        "wijk",
        "gemeente",
        "description",
        "when",
        "status",
        "expires_at",
    }


def test_occurrences_expand_the_rule_and_drop_exception_dates(tree_client, tree):
    ActivityExceptionDate.objects.create(page=tree.activity, date=datetime.date(2026, 1, 13))
    _r, body = get(
        tree_client, f"/api/v1/activities/{tree.activity.pk}?start=2026-01-01&end=2026-01-31"
    )
    starts = [o["start"] for o in body["occurrences"]]
    assert starts == [
        "2026-01-06T10:00:00+01:00",
        "2026-01-20T10:00:00+01:00",
        "2026-01-27T10:00:00+01:00",
    ]
    assert body["excluded_dates"] == ["2026-01-13"]
    # summer time: still 10:00 local
    _r, body = get(
        tree_client, f"/api/v1/activities/{tree.activity.pk}?start=2026-07-01&end=2026-07-07"
    )
    assert [o["start"] for o in body["occurrences"]] == ["2026-07-07T10:00:00+02:00"]


def test_activity_window_leaves_out_ended_and_future_series(tree_client, tree):
    once = f.ActivityPageFactory(
        parent=tree.organisation,
        title="Eenmalig feest",
        recurrence="",
        start=datetime.datetime(2026, 5, 1, 15, tzinfo=TZ),
        end=datetime.datetime(2026, 5, 1, 17, tzinfo=TZ),
    )
    _r, body = get(tree_client, "/api/v1/activities?start=2026-05-01&end=2026-05-01")
    assert "Eenmalig feest" in titles(body)
    feest = next(a for a in body["results"] if a["id"] == once.pk)
    assert feest["occurrences"] == [
        {"start": "2026-05-01T15:00:00+02:00", "end": "2026-05-01T17:00:00+02:00"}
    ]
    _r, body = get(tree_client, "/api/v1/activities?start=2026-05-02&end=2026-05-30")
    assert "Eenmalig feest" not in titles(body)
    _r, body = get(tree_client, "/api/v1/activities?start=2025-01-01&end=2025-12-31")
    assert body["count"] == 0


def test_filters_by_gemeente_wijk_and_category(tree_client, tree):
    other = f.ServicePageFactory(parent=tree.organisation, title="Klusdienst")
    other.wijken.set([tree.wijk])
    other.save()
    _r, body = get(tree_client, f"/api/v1/services?category={tree.category.pk}")
    assert titles(body) == {"Boodschappendienst"}
    _r, body = get(tree_client, f"/api/v1/services?wijk={tree.wijk.pk}")
    assert titles(body) == {"Boodschappendienst", "Klusdienst"}
    _r, body = get(tree_client, f"/api/v1/organisations?gemeente={tree.gemeente.pk}")
    assert titles(body) == {"Buurtzorg Test"}
    _r, body = get(
        tree_client,
        f"/api/v1/activities?wijk={tree.wijk.pk}&start=2026-01-01&end=2026-01-31",
    )
    assert titles(body) == {"Koffie-ochtend Zonnewijk"}
    _r, body = get(tree_client, f"/api/v1/wijken?gemeente={tree.gemeente.pk}")
    assert titles(body) == {"Zonnewijk"}
    # a hidden wijk or gemeente is an unknown filter value, not an empty list
    response, body = get(tree_client, f"/api/v1/services?wijk={tree.wijk_prep.pk}")
    assert response.status_code == 400 and "wijk" in body["detail"]
    response, _ = get(tree_client, f"/api/v1/ontwikkelingen?gemeente={tree.gemeente_prep.pk}")
    assert response.status_code == 400


def test_paging_links_and_maximum_page_size(tree_client, tree):
    for n in range(5):
        f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title=f"Bericht {n}")
    _r, first = get(tree_client, "/api/v1/ontwikkelingen?limit=2")
    assert first["count"] == 6 and len(first["results"]) == 2 and first["previous"] is None
    _r, second = get(tree_client, first["next"].replace("http://testserver", ""))
    assert second["offset"] == 2 and not titles(first) & titles(second)
    _r, beyond = get(tree_client, "/api/v1/ontwikkelingen?offset=500")
    assert beyond["results"] == [] and beyond["count"] == 6
    response, body = get(tree_client, "/api/v1/ontwikkelingen?limit=101")
    assert response.status_code == 422 and body["detail"][0]["loc"] == ["query", "limit"]


def test_etag_and_last_modified_answer_304(tree_client, tree):
    tree.ontwikkeling.save_revision().publish()
    response = tree_client.get("/api/v1/ontwikkelingen")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert response["Cache-Control"] == "public, max-age=300"
    again = tree_client.get("/api/v1/ontwikkelingen", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    since = tree_client.get("/api/v1/ontwikkelingen", HTTP_IF_MODIFIED_SINCE=modified)
    assert since.status_code == 304
    f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title="Nieuwer bericht")
    changed = tree_client.get("/api/v1/ontwikkelingen", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and "Nieuwer bericht" in changed.content.decode()


def test_cors_allows_get_from_any_origin(tree_client, tree):
    response = tree_client.get("/api/v1/wijken", HTTP_ORIGIN="https://gemeente.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = tree_client.options(
        "/api/v1/wijken",
        HTTP_ORIGIN="https://gemeente.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert 200 <= preflight.status_code < 300
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    page = tree_client.get("/zoeken/?q=koffie", HTTP_ORIGIN="https://gemeente.example")
    assert "Access-Control-Allow-Origin" not in page  # only the API paths


def test_search_answers_like_the_site_search(tree_client, tree):
    from search.indexer import index_page

    for page in [tree.activity, tree.activity_regionwide, tree.service, tree.activity_hidden]:
        index_page(page)
    _r, body = get(tree_client, "/api/v1/search?q=koffie")
    found = {h["id"] for h in body["results"]}
    assert found == {tree.activity.pk, tree.activity_regionwide.pk}  # not the hidden one
    assert body["count"] == 2
    response, body = get(tree_client, f"/api/v1/search?q=koffie&wijk={tree.wijk_prep.pk}")
    assert response.status_code == 400


BAD_REQUESTS = [
    "/api/v1/gemeenten?limit=0",
    "/api/v1/gemeenten?limit=-5",
    "/api/v1/gemeenten?limit=abc",
    "/api/v1/gemeenten?limit=99999999999999999999999",
    "/api/v1/gemeenten?offset=-1",
    "/api/v1/gemeenten?offset=1.5",
    "/api/v1/gemeenten?locale=fr",
    "/api/v1/gemeenten?sort=title",
    "/api/v1/gemeenten/0",
    "/api/v1/gemeenten/99999999999999999999",
    "/api/v1/gemeenten/abc",
    "/api/v1/wijken?gemeente=abc",
    "/api/v1/wijken?gemeente=1%27%20OR%201=1--",
    "/api/v1/wijken?phase=preparation",
    "/api/v1/wijken/-1",
    "/api/v1/postcodes/%3Cscript%3E",
    "/api/v1/postcodes/" + "9" * 30,
    "/api/v1/organisations?kind=spaceship",
    "/api/v1/organisations?wijk=0",
    "/api/v1/organisations?gemeente=2147483648",
    "/api/v1/services?category=-3",
    "/api/v1/services?category=999999",
    "/api/v1/services?categorie=1",
    "/api/v1/activities?start=2026-02-30",
    "/api/v1/activities?start=yesterday",
    "/api/v1/activities?start=2026-03-01&end=2026-02-01",
    "/api/v1/activities?start=2026-01-01&end=2028-01-01",
    "/api/v1/activities?start=9999-12-31",
    "/api/v1/activities?start=0001-01-01",
    "/api/v1/activities?end=%00",
    "/api/v1/activities/1?start=2026-01-01&end=2030-01-01",
    "/api/v1/ontwikkelingen?since=2026-1",
    "/api/v1/ontwikkelingen?gemeente=99999",
    "/api/v1/requests?wijk=x",
    "/api/v1/offers?category=1;DROP TABLE",
    "/api/v1/offers/abc",
    "/api/v1/categories?limit=1000",
    "/api/v1/search",
    "/api/v1/search?q=",
    "/api/v1/search?q=" + "a" * 500,
    "/api/v1/search?q=koffie&page=0",
    "/api/v1/search?q=koffie&page_size=500",
    "/api/v1/search?q=koffie&type=' OR 1=1",
    "/api/v1/search?q=koffie&gemeente=99999",
    "/api/v1/search?q=koffie&unknown=1",
]


def test_bad_parameters_get_a_json_4xx(tree_client, tree):
    """One tree, every bad URL (a tree per URL would cost minutes)."""
    for url in BAD_REQUESTS:
        response = tree_client.get(url)
        assert 400 <= response.status_code < 500, (url, response.status_code)
        assert response["Content-Type"].startswith("application/json"), url
        assert json.loads(response.content)["detail"], url


def _bulk(tree, path: str, n: int) -> None:
    """n more items of the kind a list endpoint shows, each with its relations."""
    for i in range(n):
        if path == "gemeenten":
            gemeente = f.GemeentePageFactory(parent=tree.home, title=f"Extra gemeente {i}")
            f.WijkPageFactory(parent=gemeente, title=f"Wijk van {i}", postcodes="")
            continue
        wijk = f.WijkPageFactory(parent=tree.gemeente, title=f"Extra wijk {i}", postcodes="")
        if path == "ontwikkelingen":
            f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title=f"Bericht {i}")
        elif path == "requests":
            f.RequestPageFactory(parent=tree.marketplace, wijk=wijk, category=tree.category)
        elif path in {"organisations", "services", "activities"}:
            org = f.OrganisationPageFactory(parent=tree.organisations, title=f"Org {i}")
            org.wijken.set([wijk])
            org.save()
            if path == "services":
                service = f.ServicePageFactory(parent=org, title=f"Dienst {i}")
                service.wijken.set([wijk, tree.wijk])
                service.categories.set([tree.category])
                service.save()
            if path == "activities":
                act = f.ActivityPageFactory(parent=org, title=f"Activiteit {i}")
                act.wijken.set([wijk])
                act.categories.set([tree.category])
                act.save()
                ActivityExceptionDate.objects.create(page=act, date=datetime.date(2026, 1, 13))


@pytest.mark.parametrize(
    "path",
    [
        "gemeenten",
        "wijken",
        "organisations",
        "services",
        "activities",
        "ontwikkelingen",
        "requests",
    ],
)
def test_list_query_counts_do_not_grow_with_page_size(
    tree_client, tree, django_assert_max_num_queries, path, no_api_cache
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _bulk(tree, path, 8)
    query = "?start=2026-01-01&end=2026-01-31&" if path == "activities" else "?"
    tree_client.get(f"/api/v1/{path}{query}limit=1")  # warm caches (site root paths)
    counts = {}
    for limit in (1, 8):
        with CaptureQueriesContext(connection) as ctx:
            response = tree_client.get(f"/api/v1/{path}{query}limit={limit}")
        assert len(json.loads(response.content)["results"]) == limit
        counts[limit] = len(ctx)
    assert counts[8] == counts[1], counts
    with django_assert_max_num_queries(counts[1]):
        tree_client.get(f"/api/v1/{path}{query}limit=8")


def test_openapi_document_and_docs_are_served(client):
    response, doc = get(client, "/api/v1/openapi.json")
    assert response.status_code == 200 and doc["openapi"].startswith("3.")
    for path in ["/api/v1/gemeenten", "/api/v1/postcodes/{postcode}", "/api/v1/activities"]:
        assert path in doc["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_demo_region_answers_on_its_host(client):
    _r, body = get(client, "/api/v1/gemeenten", HTTP_HOST="midden-limburg-west.localhost")
    assert {"Weert", "Leudal", "Nederweert"} <= titles(body)
    assert timezone.now()  # the demo is loaded for every test session
