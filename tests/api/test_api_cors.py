"""CORS on the APIs, feeds and widget (django-cors-headers, see cms.api.http): any origin may
read them, without credentials; the rest of the site sends no CORS headers."""

import pytest

pytestmark = pytest.mark.django_db
ORIGIN = "https://gemeente.example"
READ_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified",
}
PREFLIGHT_HEADERS = {
    **READ_HEADERS,
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since, Accept",
    "Access-Control-Max-Age": "86400",
}


def cors_headers(response) -> dict[str, str]:
    """The Access-Control-* headers of a response, by their usual spelling."""
    names = {name.lower(): name for name in PREFLIGHT_HEADERS}
    names["access-control-allow-credentials"] = "Access-Control-Allow-Credentials"
    return {
        names.get(key.lower(), key): value
        for key, value in response.headers.items()
        if key.lower().startswith("access-control-")
    }


def machine_urls(tree) -> list[str]:
    """One URL of every machine-readable kind: portal API, Wagtail API, HSDS, feed, widget."""
    return [
        "/api/v1/wijken",
        "/api/v2/pages/",
        "/api/hsds/services",
        f"/feeds/wijk/{tree.wijk.pk}.ics",
        f"/feeds/gemeente/{tree.gemeente.pk}/ontwikkelingen.rss",
        f"/widget/wijk/{tree.wijk.pk}.json",
        "/widget/wijk.js",
    ]


def test_a_get_from_another_origin_may_be_read(tree_client, tree):
    for url in machine_urls(tree):
        response = tree_client.get(url, HTTP_ORIGIN=ORIGIN)
        assert response.status_code == 200, url
        assert cors_headers(response) == READ_HEADERS, url


def test_a_304_and_an_error_from_another_origin_carry_the_same_headers(tree_client, tree):
    for url in machine_urls(tree):
        etag = tree_client.get(url)["ETag"]
        again = tree_client.get(url, HTTP_ORIGIN=ORIGIN, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert cors_headers(again) == READ_HEADERS, url
    missing = tree_client.get("/api/v1/wijken/999999", HTTP_ORIGIN=ORIGIN)
    assert missing.status_code == 404
    assert cors_headers(missing) == READ_HEADERS


def test_a_preflight_allows_conditional_gets_only(tree_client, tree):
    for url in machine_urls(tree):
        preflight = tree_client.options(
            url,
            HTTP_ORIGIN=ORIGIN,
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
        )
        assert 200 <= preflight.status_code < 300, url
        assert preflight.content == b"", url
        assert cors_headers(preflight) == PREFLIGHT_HEADERS, url


def test_the_site_itself_sends_no_cors_headers(tree_client, tree):
    page = tree_client.get("/zoeken/?q=koffie", HTTP_ORIGIN=ORIGIN)
    assert page.status_code == 200
    assert cors_headers(page) == {}
    preflight = tree_client.options(
        "/zoeken/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert cors_headers(preflight) == {}
