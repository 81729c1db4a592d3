"""The API answer cache (cms.api.http): fast repeats, never stale after an edit."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
import time_machine

pytestmark = pytest.mark.django_db
URL = "/api/v1/activities"


def queries_for(client, url: str = URL, **extra) -> tuple[int, object]:
    """The number of SQL queries a GET runs, and its response."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return len(queries), response


def titles(response) -> set[str]:
    return {item["title"] for item in response.json()["results"]}


def test_a_repeated_request_is_answered_without_the_database(tree_client, tree):
    first_count, first = queries_for(tree_client)
    second_count, second = queries_for(tree_client, HTTP_ORIGIN="https://gemeente.example")
    assert first_count > 3 and second_count == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"] and second["Cache-Control"] == first["Cache-Control"]
    assert second["Access-Control-Allow-Origin"] == "*"
    not_modified = tree_client.get(URL, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304


def test_an_edit_shows_at_once(tree_client, tree):
    assert "Koffie-ochtend Zonnewijk" in titles(tree_client.get(URL))
    tree.activity.title = "Koffie-ochtend (nieuwe tijd)"
    tree.activity.save_revision().publish()
    assert "Koffie-ochtend (nieuwe tijd)" in titles(tree_client.get(URL))
    tree.activity.unpublish()
    assert "Koffie-ochtend (nieuwe tijd)" not in titles(tree_client.get(URL))


def test_wijk_changes_through_many_to_many_show_at_once(tree_client, tree):
    listing = tree_client.get(f"/api/v1/services?wijk={tree.wijk.pk}")
    assert "Boodschappendienst" in titles(listing)
    tree.service.wijken.set([tree.wijk_prep])
    tree.service.save_revision().publish()
    assert "Boodschappendienst" not in titles(
        tree_client.get(f"/api/v1/services?wijk={tree.wijk.pk}")
    )


def test_queries_hosts_and_languages_do_not_share_answers(tree_client, tree, client):
    tree_client.get(URL)
    other_query, _ = queries_for(tree_client, f"{URL}?limit=5")
    assert other_query > 0
    other_language, _ = queries_for(tree_client, URL, HTTP_ACCEPT_LANGUAGE="en")
    assert other_language > 0
    demo = client.get(URL, HTTP_HOST="westelijke-mijnstreek.localhost")
    assert "Koffie-ochtend Zonnewijk" not in titles(demo)


def test_a_new_day_is_worked_out_afresh(tree_client, tree):
    tree_client.get(URL)
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    with time_machine.travel(tomorrow, tick=False):
        count, _ = queries_for(tree_client)
    assert count > 0


def test_errors_and_logged_in_editors_are_never_served_from_the_cache(
    tree_client, tree, admin_user
):
    tree_client.get(f"{URL}?limit=0")
    count, bad = queries_for(tree_client, f"{URL}?limit=0")
    assert bad.status_code == 422 and bad["Cache-Control"] == "no-store"
    tree_client.force_login(admin_user)
    tree_client.get(URL)
    count, _ = queries_for(tree_client)
    assert count > 0


def test_wagtail_api_answers_are_cached_too(tree_client, tree):
    url = f"/api/v2/pages/?type=aanbod.ActivityPage&fields=wijken&descendant_of={tree.home.pk}"
    first_count, first = queries_for(tree_client, url)
    second_count, second = queries_for(tree_client, url)
    assert first_count > 3 and second_count == 0
    assert second.json() == first.json()


def test_a_residents_unconfirmed_post_keeps_the_cached_answers(tree_client, tree):
    """A draft request and its private Submitter are not public: the cached answers stay; its
    publication (after moderation) empties them as any edit does."""
    from aanbod.marketplace import lifecycle

    queries_for(tree_client)
    data = {
        "kind": "vraag",
        "title": "Wie helpt mij met boodschappen",
        "category": tree.category,
        "wijk": tree.wijk,
        "description": "Ik zoek iemand die op dinsdag boodschappen voor mij doet.",
        "when": "",
        "first_name": "Bewoner",
        "email": "bewoner@example.org",
    }
    submitter = lifecycle.create_submission(tree.marketplace, data)
    count, _response = queries_for(tree_client)
    assert count == 0
    submitter.page.specific.save_revision().publish()
    count, _response = queries_for(tree_client)
    assert count > 0
