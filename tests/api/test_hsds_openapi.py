"""The HSDS OpenAPI document is valid, declares a response schema for every operation, and every
answer of the API (records, pages and errors) validates against the schema declared for it."""

import re

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_spec

from cms.api.hsds.ids import hsds_id
from cms.api.hsds.openapi import OPERATIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(tree_client, tree):
    """The published OpenAPI document of /api/hsds/."""
    response = tree_client.get("/api/hsds/openapi.json")
    assert response.status_code == 200
    return response.json()


def _declared(document: dict, path: str, status: str) -> dict:
    operation = document["paths"][path]["get"]
    return operation["responses"][status]["content"]["application/json"]["schema"]


def _check(document: dict, path: str, status: str, body) -> None:
    schema = {**_declared(document, path, status), "components": document["components"]}
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        body
    )


def test_the_document_is_valid_openapi_with_a_schema_for_every_operation(document):
    validate_spec(document)
    paths = set(document["paths"])
    assert paths == {"/api/hsds" + p.rstrip("/") + ("/" if p == "/" else "") for p in OPERATIONS}
    for path, item in document["paths"].items():
        responses = item["get"]["responses"]
        assert "$ref" in responses["200"]["content"]["application/json"]["schema"], path
        assert "400" in responses, path


def test_every_operation_answers_what_its_schema_declares(tree_client, tree, document):
    tree.organisation.street, tree.organisation.postcode = "Dorpsstraat 1", "9991 AA"
    tree.organisation.city = "Testdorp"
    tree.organisation.save()
    lists = {path: tree_client.get(path).json() for path in document["paths"] if "{" not in path}
    ids = {
        "service_id": hsds_id("service", tree.service.pk),
        "organization_id": hsds_id("organization", tree.organisation.pk),
        "sal_id": lists["/api/hsds/service_at_locations"]["contents"][0]["id"],
        "taxonomy_id": lists["/api/hsds/taxonomies"]["contents"][0]["id"],
        "term_id": hsds_id("category", tree.category.pk),
    }
    checked = 0
    for path in document["paths"]:
        if "{" in path:
            name = re.search(r"{(\w+)}", path)[1]
            response = tree_client.get(path.replace("{" + name + "}", str(ids[name])))
            assert response.status_code == 200, path
            _check(document, path, "200", response.json())
            missing = tree_client.get(path.replace("{" + name + "}", "nope"))
            assert missing.status_code in (400, 404, 422), path
            _check(document, path, str(missing.status_code), missing.json())
        else:
            body = lists[path]
            _check(document, path, "200", body)
            if path != "/api/hsds/":
                assert body["contents"], f"{path} should list something in the test tree"
                bad = tree_client.get(path + "?per_page=0")
                _check(document, path, str(bad.status_code), bad.json())
        checked += 1
    assert checked == len(OPERATIONS) == 11


def test_a_wrong_record_fails_the_declared_schema(document):
    with pytest.raises(jsonschema.ValidationError):
        _check(document, "/api/hsds/services", "200", {"total_items": "many", "contents": [{}]})
