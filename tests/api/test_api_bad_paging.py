"""Absurd paging numbers on every list endpoint of the three APIs: a 4xx with a JSON body."""

import pytest

pytestmark = pytest.mark.django_db
HOST = "testregio.localhost"

HUGE = "99999999999999999999"
BAD_VALUES = [HUGE, "-1", "-99999999999999999999", "abc", "1e5", "1.5", "", "0x10"]

V2_LISTS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/"]
V1_LISTS = [
    "/api/v1/gemeenten",
    "/api/v1/wijken",
    "/api/v1/organisations",
    "/api/v1/services",
    "/api/v1/activities",
    "/api/v1/ontwikkelingen",
    "/api/v1/requests",
    "/api/v1/offers",
    "/api/v1/categories",
]
HSDS_LISTS = [
    "/api/hsds/services",
    "/api/hsds/organizations",
    "/api/hsds/service_at_locations",
    "/api/hsds/taxonomies",
    "/api/hsds/taxonomy_terms",
]
CASES = (
    [(url, param) for url in V2_LISTS for param in ("offset", "limit")]
    + [(url, param) for url in V1_LISTS for param in ("offset", "limit")]
    + [("/api/v1/search?q=koffie", param) for param in ("page", "page_size")]
    + [(url, param) for url in HSDS_LISTS for param in ("page", "per_page")]
)


def error_body(response) -> dict:
    """The JSON error of a refused request (a dict with a message, or a list of problems)."""
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response.json()


def test_absurd_paging_numbers_are_refused_with_json(client, tree):
    """Huge, negative and non-numeric values: 400 (v2) or 422 (ninja, its documented code)."""
    for url, param in CASES:
        for value in BAD_VALUES:
            joiner = "&" if "?" in url else "?"
            response = client.get(f"{url}{joiner}{param}={value}", HTTP_HOST=HOST)
            assert response.status_code in (400, 422), (url, param, value, response.status_code)
            assert error_body(response), (url, param, value)


def test_the_issues_offset_is_a_400_with_a_message(client, tree):
    """The exact URL from issue 18 answered 500 (``bigint out of range``)."""
    response = client.get(f"/api/v2/pages/?offset={HUGE}", HTTP_HOST=HOST)
    assert response.status_code == 400
    assert "offset" in response.json()["message"]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_a_huge_id_in_api_v2_is_not_a_500(client, tree, endpoint):
    """A detail id past the database's integer range is a 404, like any unknown id."""
    response = client.get(f"/api/v2/{endpoint}/{HUGE}/", HTTP_HOST=HOST)
    assert response.status_code in (400, 404)
    assert response.json()


def test_a_sane_offset_still_pages(client, tree):
    """The bound only refuses nonsense: an offset past the end is an empty page."""
    response = client.get("/api/v2/pages/?offset=1000000", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.json()["items"] == []
