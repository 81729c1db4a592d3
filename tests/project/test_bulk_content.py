"""The benchmark content generator makes a valid page tree that the portal can search."""

from wagtail.models import Page, Site

import pytest

from aanbod.models import ActivityOccurrence, ActivityPage
from benchmarks.bulk_content import generate_region
from search.indexer import rebuild
from search.query import search_portal

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_generated_region_is_a_valid_tree_with_searchable_content():
    region = generate_region(400, gemeenten=2, wijken_per_gemeente=4, seed=1)
    assert region.pages >= 400
    assert Page.find_problems() == ([], [], [], [], [])
    site = Site.objects.get(pk=region.site_id)
    home = site.root_page.specific
    assert home.get_descendants().live().count() == region.pages - 1
    activities = ActivityPage.objects.descendant_of(home)
    with_dates = ActivityOccurrence.objects.filter(activity__in=activities)
    assert with_dates.values("activity").distinct().count() == activities.count()  # weekly series
    rebuild()
    outcome = search_portal(site, "activiteit")
    assert outcome.total > 10
    assert all(hit.title for hit in outcome.hits)
