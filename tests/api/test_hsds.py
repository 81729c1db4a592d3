"""HSDS 3.0 at /api/hsds/: responses validate against the Open Referral schemas in the repo."""

import json
from pathlib import Path

import jsonschema
import pytest

from aanbod.models import Submitter
from cms.api.hsds.ids import hsds_id
from tests import factories as f

SCHEMAS = Path(__file__).resolve().parents[2] / "cms" / "api" / "hsds" / "schemas"
pytestmark = pytest.mark.django_db


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.json").read_text())


def page_schema(item: str) -> dict:
    """HSDS paging (the Page schema of the HSDS OpenAPI document) around items of one schema."""
    page = schema("openapi")["components"]["schemas"]["Page"]
    return {
        "allOf": [
            {**page, "required": list(page["properties"])},
            {
                "type": "object",
                "required": ["contents"],
                "properties": {"contents": {"type": "array", "items": schema(item)}},
            },
        ]
    }


def validate(instance: dict, against: dict) -> None:
    jsonschema.validate(instance, against, format_checker=jsonschema.FormatChecker())


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return json.loads(response.content)


@pytest.fixture
def located(tree):
    """The test organisation with an address, so its services have a location."""
    org = tree.organisation
    org.street, org.postcode, org.city, org.phone = (
        "Dorpsstraat 1",
        "9991 AA",
        "Testdorp",
        "046 123 45 67",
    )
    org.save()
    return org


def test_meta_names_version_and_openapi(tree_client, tree):
    body = get(tree_client, "/api/hsds/")
    assert body["version"] == "3.0"
    openapi = get(tree_client, body["openapi_url"].replace("http://testregio.localhost", ""))
    assert "/api/hsds/services/{service_id}" in openapi["paths"]


def test_services_validate_and_show_only_visible_ones(tree_client, tree, located):
    hidden = f.ServicePageFactory(parent=tree.organisation, title="Verborgen dienst")
    hidden.wijken.set([tree.wijk_prep])
    hidden.save()
    body = get(tree_client, "/api/hsds/services")
    validate(body, page_schema("service_list"))
    assert [s["name"] for s in body["contents"]] == ["Boodschappendienst"]
    one = get(tree_client, f"/api/hsds/services/{hsds_id('service', tree.service.pk)}")
    validate(one, schema("service"))
    assert one["organization"]["name"] == "Buurtzorg Test"
    assert [a["name"] for a in one["service_areas"]] == ["Zonnewijk"]
    assert one["attributes"][0]["taxonomy_term"]["name"] == "Boodschappen (test)"
    assert one["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "9991 AA"
    response = tree_client.get(f"/api/hsds/services/{hsds_id('service', hidden.pk)}")
    assert response.status_code == 404


def test_organizations_validate_with_their_services(tree_client, tree, located):
    body = get(tree_client, "/api/hsds/organizations")
    validate(body, page_schema("organization_list"))
    one = get(tree_client, f"/api/hsds/organizations/{hsds_id('organization', located.pk)}")
    validate(one, schema("organization"))
    assert [s["name"] for s in one["services"]] == ["Boodschappendienst"]
    assert one["locations"][0]["addresses"][0]["city"] == "Testdorp"


def test_service_at_locations_filter_by_postcode(tree_client, tree, located):
    body = get(tree_client, "/api/hsds/service_at_locations?postcode=9992 AB")
    validate(body, page_schema("service_at_location_list"))
    assert [s["service"]["name"] for s in body["contents"]] == ["Boodschappendienst"]
    sal = body["contents"][0]
    validate(
        get(tree_client, f"/api/hsds/service_at_locations/{sal['id']}"),
        schema("service_at_location"),
    )
    elsewhere = get(tree_client, "/api/hsds/service_at_locations?postcode=1011")
    assert elsewhere["total_items"] == 0 and elsewhere["empty"] is True
    bad = tree_client.get("/api/hsds/service_at_locations?postcode=abc")
    assert bad.status_code == 400


def test_taxonomies_and_terms_validate(tree_client, tree):
    body = get(tree_client, "/api/hsds/taxonomies")
    validate(body, page_schema("taxonomy"))
    assert body["total_items"] == 2
    terms = get(tree_client, "/api/hsds/taxonomy_terms?per_page=100&language=nl")
    validate(terms, page_schema("taxonomy_term"))
    names = {t["name"] for t in terms["contents"]}
    assert "Boodschappen (test)" in names
    category_taxonomy = body["contents"][0]["id"]
    only = get(
        tree_client, f"/api/hsds/taxonomy_terms?taxonomy_id={category_taxonomy}&per_page=100"
    )
    assert {t["taxonomy_id"] for t in only["contents"]} == {category_taxonomy}
    term = get(tree_client, f"/api/hsds/taxonomy_terms/{hsds_id('category', tree.category.pk)}")
    validate(term, schema("taxonomy_term"))
    filtered = get(tree_client, f"/api/hsds/services?taxonomy_term_id={term['id']}")
    assert [s["name"] for s in filtered["contents"]] == ["Boodschappendienst"]


def test_hsds_paging(tree_client, tree):
    for n in range(4):
        f.ServicePageFactory(parent=tree.organisation, title=f"Extra dienst {n}")
    first = get(tree_client, "/api/hsds/services?per_page=2")
    assert (first["total_items"], first["total_pages"], first["size"]) == (5, 3, 2)
    assert first["first_page"] and not first["last_page"]
    last = get(tree_client, "/api/hsds/services?per_page=2&page=3")
    assert last["last_page"] and last["size"] == 1
    beyond = get(tree_client, "/api/hsds/services?per_page=2&page=9")
    assert beyond["empty"] and beyond["contents"] == []


def test_no_resident_data_in_hsds(tree_client, tree, located):
    Submitter.objects.create(
        page=tree.request, name="Bea Privé", email="bea@prive.example", token_hash="y" * 64
    )
    for url in ["/api/hsds/services", "/api/hsds/organizations", "/api/hsds/service_at_locations"]:
        text = tree_client.get(url).content.decode()
        assert "Bea" not in text and "prive.example" not in text


BAD_REQUESTS = [
    "/api/hsds/services?page=0",
    "/api/hsds/services?per_page=1000",
    "/api/hsds/services?per_page=-1",
    "/api/hsds/services?organization_id=not-a-uuid",
    "/api/hsds/services?organization_id=00000001-0000-4000-8000-0000ffffffff",
    "/api/hsds/services?taxonomy_term_id=12345678-1234-4234-8234-123456789012",
    "/api/hsds/services?modified_after=gisteren",
    "/api/hsds/services?colour=blue",
    "/api/hsds/services/abc",
    "/api/hsds/services/00000001-0000-4000-8000-000000000001",
    "/api/hsds/services/00000002-0000-4000-8000-ffffffffffff",
    "/api/hsds/organizations/%27%20OR%201%3D1",
    "/api/hsds/service_at_locations?postcode=%3Cscript%3E",
    "/api/hsds/taxonomies/00000005-0000-4000-8000-000000000009",
    "/api/hsds/taxonomy_terms?taxonomy_id=x",
    "/api/hsds/taxonomy_terms/00000009-0000-4000-8000-000000000001",
]


def test_bad_hsds_parameters_get_a_json_4xx(tree_client, tree):
    for url in BAD_REQUESTS:
        response = tree_client.get(url)
        assert 400 <= response.status_code < 500, (url, response.status_code)
        assert json.loads(response.content)["detail"], url


@pytest.mark.parametrize("path", ["services", "organizations", "service_at_locations"])
def test_hsds_query_counts_do_not_grow_with_page_size(
    tree_client, tree, located, path, no_api_cache
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for n in range(8):
        org = f.OrganisationPageFactory(
            parent=tree.organisations, title=f"Org {n}", street="Straat 1", city="Testdorp"
        )
        service = f.ServicePageFactory(parent=org, title=f"Dienst {n}")
        service.wijken.set([tree.wijk])
        service.categories.set([tree.category])
        service.save()
    tree_client.get(f"/api/hsds/{path}?per_page=1")
    counts = {}
    for size in (1, 8):
        with CaptureQueriesContext(connection) as ctx:
            body = json.loads(tree_client.get(f"/api/hsds/{path}?per_page={size}").content)
        assert body["size"] == size
        counts[size] = len(ctx)
    assert counts[8] == counts[1], counts
