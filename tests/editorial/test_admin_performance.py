"""An organisation editor's explorer and dashboard cost the same number of queries at any size.

Measured at two sizes (more organisations with their own groups, more pages in the editor's
own organisation, more stale pages); a query per organisation, group or page would show as
growth. The timings at 500 organisations / 20 gemeenten / 50,000 pages are in
benchmarks/admin_bench.py and docs/performance.md.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from aanbod.editorial.onboarding import ensure_organisation_access
from aanbod.models import ActivityPage
from tests import factories as f
from tests.roles import organisation_editor

pytestmark = pytest.mark.django_db
EXPLORER_MAX = 60
DASHBOARD_MAX = 45


def grow(tree, organisations: int, own_pages: int, tag: str) -> None:
    """Add organisations (each with its editors group and a page) and own activities."""
    for i in range(organisations):
        org = f.OrganisationPageFactory(parent=tree.organisations, title=f"Groei {tag}{i}")
        ensure_organisation_access(org)
        f.ActivityPageFactory(parent=org)
    old = timezone.now() - datetime.timedelta(days=400)
    for _i in range(own_pages):
        page = f.ActivityPageFactory(parent=tree.organisation)
        ActivityPage.objects.filter(pk=page.pk).update(last_confirmed_at=old)


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_explorer_and_dashboard_queries_do_not_grow(client, tree, django_assert_max_num_queries):
    client.force_login(organisation_editor(tree.organisation, "els"))
    explorer = f"/admin/pages/{tree.organisation.pk}/"
    grow(tree, organisations=2, own_pages=3, tag="a")
    client.get(explorer), client.get("/admin/")  # warm caches (content types, site root paths)
    small = (count(client, explorer), count(client, "/admin/"))

    grow(tree, organisations=12, own_pages=25, tag="b")
    with django_assert_max_num_queries(EXPLORER_MAX):
        html = client.get(explorer).content.decode()
    assert "Groei" not in html  # other organisations are not in this editor's explorer
    with django_assert_max_num_queries(DASHBOARD_MAX):
        dashboard = client.get("/admin/").content.decode()
    assert "Verouderde inhoud" in dashboard
    large = (count(client, explorer), count(client, "/admin/"))
    assert large == small, f"queries grew from {small} to {large}"
