"""Schemathesis fuzzes the OpenAPI documents: no 500s, and answers match what the document says.

Bounded for CI: a fixed number of examples per operation, derandomised so runs repeat.
"""

from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

APP = WSGIHandler()
portal = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", APP)
hsds = schemathesis.openapi.from_wsgi("/api/hsds/openapi.json", APP)
BOUNDED = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Keep the test transaction's connection open across requests, as Django's test client does."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.django_db
@portal.parametrize()
@BOUNDED
def test_portal_api_conforms_to_its_openapi_document(case):
    response = case.call()
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
        ],
    )


@pytest.mark.django_db
@hsds.parametrize()
@BOUNDED
def test_hsds_api_never_answers_500(case):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error, content_type_conformance])
