"""Golden files: the JSON partner sites get for the demo content, pinned per endpoint.

A change to any of these answers fails here, so a breaking change for partner sites is a
decision, not an accident. After an intended change, rewrite the files and review the diff:

    UPDATE_GOLDEN=1 make test PYTEST_ARGS=tests/api/test_api_golden.py

The demo regions are loaded afresh on a fixed date with the clock stopped, so dates, rollout
phases and occurrences are the same on every run. Database ids depend on what ran before and
are written as ``<id>`` (HSDS UUIDs as ``<uuid>``); the titles and slugs next to them stay.
"""

import datetime
import difflib
import json
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.db import transaction

from wagtail.models import Site

import pytest
import time_machine

from aanbod.models import OfferPage, RequestPage
from cms.demo import load_demo, read_demo_content

pytestmark = pytest.mark.django_db

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FROZEN_AT = datetime.datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
HOST = "westelijke-mijnstreek.localhost"
SECOND_HOST = "midden-limburg-west.localhost"

ID_KEYS = {"id", "parent", "gemeente", "wijk", "category"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
ID_IN_PATH = re.compile(r"/\d+(?=[/?#.]|$)")
ID_IN_QUERY = re.compile(r"\b(wijk|gemeente|category|organization_id|taxonomy_id)=\d+")
PAGE_TYPES = [
    "home.HomePage",
    "home.StandardPage",
    "wijken.GemeentePage",
    "wijken.WijkPage",
    "wijken.OntwikkelingIndexPage",
    "wijken.OntwikkelingPage",
    "aanbod.OrganisationIndexPage",
    "aanbod.OrganisationPage",
    "aanbod.ServicePage",
    "aanbod.ActivityPage",
    "aanbod.MarketplacePage",
    "aanbod.RequestPage",
    "aanbod.OfferPage",
]


def normalise(value, key: str = ""):
    """The JSON with run-dependent ids replaced by placeholders (types kept visible)."""
    if isinstance(value, dict):
        return {k: normalise(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v, key) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int) and (key in ID_KEYS or key.endswith("_id") or key == "ids"):
        return "<id>"
    if isinstance(value, str):
        value = UUID.sub("<uuid>", value)
        if value.startswith(("http://", "https://", "/")):
            value = ID_IN_QUERY.sub(r"\1=<id>", ID_IN_PATH.sub("/<id>", value))
        return value
    return value


@pytest.fixture(scope="module")
def frozen_demo(django_db_setup, django_db_blocker):
    """The demo regions loaded again on FROZEN_AT (clock stopped there), rolled back after."""
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        time_machine.travel(FROZEN_AT, tick=False),
    ):
        hostnames = [region["hostname"] for region in read_demo_content().regions]
        for site in Site.objects.filter(hostname__in=hostnames):
            home = site.root_page
            site.delete()
            for item_model in (RequestPage, OfferPage):  # they protect their wijk
                for item in item_model.objects.descendant_of(home):
                    item.delete()
            home.delete()
        load_demo(today=FROZEN_AT.date())
        cache.clear()
        yield
        transaction.set_rollback(True)
    cache.clear()


def fetch(client, url: str, host: str = HOST):
    """GET a URL on a demo host; the parsed JSON of a 200 answer."""
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return response.json()


def check_golden(name: str, data) -> str | None:
    """Compare with tests/api/golden/<name>.json (or write it); a readable diff when they differ."""
    path = GOLDEN_DIR / f"{name}.json"
    text = json.dumps(normalise(data), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if UPDATE or not path.exists():
        if not UPDATE and os.environ.get("CI"):
            return f"{path.name}: no golden file (run with UPDATE_GOLDEN=1 and commit it)"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return None
    expected = path.read_text(encoding="utf-8")
    if expected == text:
        return None
    diff = difflib.unified_diff(
        expected.splitlines(), text.splitlines(), f"golden/{name}.json", "now", lineterm="", n=2
    )
    return "\n".join(list(diff)[:60])


def first_id(listing: dict, key: str = "results") -> int:
    """The id of the first item of a list answer."""
    return listing[key][0]["id"]


def portal_api_answers(client) -> dict:
    """Every /api/v1/ endpoint for the demo region, by golden-file name."""
    base = "/api/v1"
    answers = {"v1/openapi": fetch(client, f"{base}/openapi.json")}
    lists = {
        "gemeenten": "",
        "wijken": "",
        "organisations": "",
        "services": "",
        "activities": "?start=2026-12-01&end=2026-12-14",
        "ontwikkelingen": "",
        "requests": "",
        "offers": "",
        "categories": "",
    }
    for name, query in lists.items():
        separator = "&" if query else "?"
        listing = fetch(client, f"{base}/{name}{query}{separator}limit=100")
        answers[f"v1/{name}"] = listing
        if name != "categories":
            item = first_id(listing)
            answers[f"v1/{name}-detail"] = fetch(client, f"{base}/{name}/{item}{query}")
    answers["v1/postcode"] = fetch(client, f"{base}/postcodes/6135AB")
    answers["v1/wijken-second-region"] = fetch(client, f"{base}/wijken", host=SECOND_HOST)
    return answers


def hsds_answers(client) -> dict:
    """Every /api/hsds/ endpoint for the demo region, by golden-file name."""
    base = "/api/hsds"
    answers = {"hsds/root": fetch(client, f"{base}/")}
    for name in ["services", "organizations", "taxonomies", "taxonomy_terms"]:
        answers[f"hsds/{name}"] = fetch(client, f"{base}/{name}?per_page=100")
    service = answers["hsds/services"]["contents"][0]["id"]
    organization = answers["hsds/organizations"]["contents"][0]["id"]
    answers["hsds/services-detail"] = fetch(client, f"{base}/services/{service}")
    answers["hsds/organizations-detail"] = fetch(client, f"{base}/organizations/{organization}")
    answers["hsds/service_at_locations"] = fetch(
        client, f"{base}/service_at_locations?postcode=6135AB&per_page=100"
    )
    return answers


def wagtail_api_answers(client) -> dict:
    """API v2 lists of every page type with all their fields, by golden-file name."""
    answers = {}
    for page_type in PAGE_TYPES:
        url = f"/api/v2/pages/?type={page_type}&fields=*&limit=100&order=id"
        answers[f"v2/{page_type}"] = fetch(client, url)
    return answers


@pytest.mark.parametrize(
    "collect", [portal_api_answers, hsds_answers, wagtail_api_answers], ids=["v1", "hsds", "v2"]
)
def test_answers_for_the_demo_content_match_the_golden_files(frozen_demo, client, db, collect):
    answers = collect(client)
    problems = [diff for name, data in answers.items() if (diff := check_golden(name, data))]
    assert not problems, "\n\n".join(problems)


def test_normalising_keeps_content_and_hides_only_ids():
    data = {
        "id": 12,
        "title": "Moleneind",
        "count": 3,
        "wijken": [{"id": 4, "slug": "moleneind"}],
        "next": "http://x/api/v1/wijken?gemeente=7&offset=20",
        "url": "http://x/api/v2/pages/12/",
        "service_id": "00000002-0000-4000-8000-00000000000c",
    }
    assert normalise(data) == {
        "id": "<id>",
        "title": "Moleneind",
        "count": 3,
        "wijken": [{"id": "<id>", "slug": "moleneind"}],
        "next": "http://x/api/v1/wijken?gemeente=<id>&offset=20",
        "url": "http://x/api/v2/pages/<id>/",
        "service_id": "<uuid>",
    }
