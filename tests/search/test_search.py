"""Site search: results, snippets, facets, visibility, ranking, suggestions, API, fallback."""

import datetime
from urllib.parse import urlparse

from django.test import override_settings
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from aanbod.models import Submitter
from search.external import dutch_index_settings, external_search_backends
from search.query import matching_page_ids, search_portal
from tests import factories as f

pytestmark = pytest.mark.django_db


def search_page(client, **params):
    return client.get(reverse("search"), params)


def test_results_show_highlighted_snippets_counts_and_links(tree_client, tree):
    page = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index,
        title="Fietsenmaker in de wijk",
        intro="Elke zaterdag repareren vrijwilligers fietsen in het buurthuis.",
    )
    response = search_page(tree_client, q="fiets")
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 resultaat" in html
    assert "<mark>fietsen</mark>" in html
    assert f'href="{urlparse(page.url).path}"' in html


def test_facets_show_counts_and_combine_with_the_query(tree_client, tree):
    response = search_page(tree_client, q="koffie")
    facets = response.context["outcome"].facets
    wijk_facet = {v.label: v.count for v in facets["wijk"]}
    assert wijk_facet.get("Zonnewijk") == 1
    assert "Nieuwwijk" not in wijk_facet  # hidden wijk never offered as a facet
    assert {v.value for v in facets["type"]} == {"activiteit"}
    filtered = search_page(tree_client, q="koffie", type="ontwikkeling")
    assert filtered.context["outcome"].total == 0
    by_gemeente = search_page(tree_client, q="koffie", gemeente=tree.gemeente.pk)
    assert [h.title for h in by_gemeente.context["outcome"].hits] == ["Koffie-ochtend Zonnewijk"]


def test_pagination_splits_results_and_clamps_out_of_range_pages(tree_client, tree):
    for n in range(23):
        f.OntwikkelingPageFactory(
            parent=tree.ontwikkeling_index, title=f"Repair café {n}", intro="Repareren."
        )
    first = search_page(tree_client, q="repaircafe repair").context["outcome"]
    assert first.total == 23 and len(first.hits) == 20 and first.num_pages == 2
    second = search_page(tree_client, q="repair", page=2).context["outcome"]
    assert len(second.hits) == 3
    beyond = search_page(tree_client, q="repair", page=999)
    assert beyond.status_code == 200 and beyond.context["outcome"].page == 2


def test_hidden_draft_private_expired_and_closed_content_is_never_found(tree_client, tree):
    draft = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Conceptplan zwembad", live=False
    )
    live = f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title="Zwembad open")
    live.title = "Zwembad geheim conceptbericht"
    live.save_revision()  # a draft of a live page must not reach search
    private = f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title="Zwembad intern")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    expired = f.RequestPageFactory(
        parent=tree.marketplace,
        wijk=tree.wijk,
        category=tree.category,
        title="Zwembad vervoer gezocht",
        expires_at=datetime.date(2020, 1, 1),
    )
    closed = f.OfferPageFactory(
        parent=tree.marketplace,
        wijk=tree.wijk,
        category=tree.category,
        title="Zwembad lift aangeboden",
        status="closed",
    )
    ids = set(matching_page_ids(tree.site, "zwembad"))
    assert ids == {live.pk}
    assert not {draft.pk, private.pk, expired.pk, closed.pk} & ids
    assert matching_page_ids(tree.site, "conceptbericht") == []
    hidden = {tree.activity_hidden.pk, tree.ontwikkeling_prep.pk, tree.request_prep.pk}
    for query in ["eetclub", "geheim plan", "boodschappen"]:
        assert not hidden & set(matching_page_ids(tree.site, query))
    html = search_page(tree_client, q="eetclub").content.decode()
    assert "Eetclub Nieuwwijk" not in html


def test_a_rollout_date_passing_shows_content_without_reindexing(tree):
    assert tree.activity_hidden.pk not in matching_page_ids(tree.site, "eetclub")
    later = datetime.date.today() + datetime.timedelta(days=10)
    type(tree.wijk_prep).objects.filter(pk=tree.wijk_prep.pk).update(
        pilot_date=datetime.date.today() + datetime.timedelta(days=5)
    )
    assert tree.activity_hidden.pk in matching_page_ids(tree.site, "eetclub", on=later)


def test_residents_names_and_contact_details_are_not_searchable(tree):
    Submitter.objects.create(
        page=tree.request, name="Henk Zoekbaar", email="henk@example.org", token_hash="x" * 64
    )
    assert matching_page_ids(tree.site, "Annie") == []  # the public first name is not indexed
    assert matching_page_ids(tree.site, "Zoekbaar") == []
    assert matching_page_ids(tree.site, "henk@example.org") == []


def test_title_matches_rank_above_body_matches(tree):
    body = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index,
        title="Nieuws uit de gemeente",
        intro="Er komt een jeu-de-boules baan bij het buurthuis. " * 3,
    )
    title = f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index, title="Jeu-de-boules baan geopend", intro="Eindelijk."
    )
    hits = [h.page_id for h in search_portal(tree.site, "boules").hits]
    assert hits.index(title.pk) < hits.index(body.pk)


def test_within_a_wijk_filter_items_of_that_wijk_come_first(tree):
    regionwide = f.ActivityPageFactory(
        parent=tree.organisation, title="Wandelclub regio", intro="Wandelen."
    )
    in_wijk = f.ActivityPageFactory(parent=tree.organisation, title="Wandelclub", intro="Wandelen")
    in_wijk.wijken.set([tree.wijk])
    in_wijk.save()
    outcome = search_portal(tree.site, "wandelclub", {"wijk": tree.wijk.pk})
    ids = [h.page_id for h in outcome.hits]
    assert ids[0] == in_wijk.pk
    assert regionwide.pk in ids


def test_suggestions_give_title_prefixes_from_three_characters(tree_client, tree):
    url = reverse("search_suggestions")
    assert tree_client.get(url, {"q": "ko"}).json() == {"suggestions": []}
    data = tree_client.get(url, {"q": "koff"}).json()
    assert [s["title"] for s in data["suggestions"]] == ["Koffie-ochtend Zonnewijk"]
    assert data["suggestions"][0]["url"] == urlparse(tree.activity.url).path
    assert tree_client.get(url, {"q": "eetc"}).json() == {"suggestions": []}  # hidden


def test_site_search_and_api_v2_search_give_the_same_visible_set(tree_client, tree):
    for query in ["koffie", "boodschappen", "zonnewijk", "gemeente"]:
        site_ids = set(matching_page_ids(tree.site, query))
        outcome = search_page(tree_client, q=query).context["outcome"]
        response = tree_client.get("/api/v2/pages/", {"search": query, "limit": 100})
        assert response.status_code == 200
        api_ids = {item["id"] for item in response.json()["items"]}
        assert api_ids == site_ids
        assert outcome.total == len(site_ids)


def test_the_search_page_uses_a_bounded_number_of_queries(
    tree_client, tree, django_assert_max_num_queries
):
    for n in range(15):
        f.OntwikkelingPageFactory(parent=tree.ontwikkeling_index, title=f"Koffie {n}")
    with django_assert_max_num_queries(40):
        response = search_page(tree_client, q="koffie")
    # the 15 new pages, the Zonnewijk koffie-ochtend and the region-wide walk ("koffie" in intro)
    assert response.context["outcome"].total == 17


BAD_QUERIES = [
    "",
    "   ",
    "a" * 1000,
    "& | ! : * ( ) ' \" \\ < >",
    "fiets & | !:*",
    "'; DROP TABLE search_searchentry; --",
    "1 OR 1=1",
    "koffie 😀☕",
    "koffie\x00\x01\x1f",
    "\x00",
    "<script>alert(1)</script>",
    "de het een",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_odd_queries_never_fail(tree_client, query):
    response = search_page(tree_client, q=query)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()
    assert tree_client.get(reverse("search_suggestions"), {"q": query}).status_code == 200
    assert tree_client.get("/api/v2/pages/", {"search": query}).status_code in {200, 400}


@pytest.mark.parametrize(
    "params",
    [
        {"gemeente": "abc"},
        {"wijk": "99999999"},
        {"type": "onbekend"},
        {"categorie": "-1"},
        {"page": "abc"},
        {"page": "-5"},
        {"page": "99999999999999999999"},
        {"wijk": "1e9"},
    ],
)
def test_unknown_facet_values_and_page_numbers_give_a_page_not_an_error(tree_client, params):
    response = search_page(tree_client, q="koffie", **params)
    assert response.status_code == 200
    assert response.context["outcome"].total >= 1
    if set(params) - {"page"}:
        assert "Onbekend filter genegeerd" in response.content.decode()


def test_only_stop_words_give_a_clear_message(tree_client):
    html = search_page(tree_client, q="de").content.decode()
    assert "minstens twee letters" in html


# No Elasticsearch/OpenSearch server can run on these machines: the fallback is tested against
# a closed port (127.0.0.1:9), and the index settings are checked as data.
@override_settings(WAGTAILSEARCH_BACKENDS=external_search_backends(["http://127.0.0.1:9"], []))
def test_unreachable_search_service_falls_back_to_the_database(tree_client, tree):
    response = search_page(tree_client, q="koffie")
    assert response.status_code == 200
    outcome = response.context["outcome"]
    assert outcome.degraded
    assert {h.page_id for h in outcome.hits} == set(matching_page_ids(tree.site, "koffie"))
    assert tree.activity.pk in {h.page_id for h in outcome.hits}
    assert "mogelijk onvolledig" in response.content.decode()


@override_settings(WAGTAILSEARCH_BACKENDS=external_search_backends([], ["http://127.0.0.1:9"]))
def test_unreachable_opensearch_falls_back_too(tree_client, tree):
    response = search_page(tree_client, q="koffie")
    assert response.status_code == 200
    assert response.context["outcome"].degraded


def test_search_service_settings_carry_the_dutch_analyser():
    es = external_search_backends(["http://es:9200"], [])["default"]
    assert es["BACKEND"].endswith("elasticsearch9")
    os_ = external_search_backends([], ["http://os:9200"])["default"]
    assert os_["BACKEND"].endswith("opensearch3")
    assert external_search_backends([], []) is None
    analysis = dutch_index_settings()["settings"]["analysis"]
    chain = analysis["analyzer"]["default"]["filter"]
    assert (
        chain.index("asciifolding") < chain.index("dutch_override") < chain.index("dutch_stemmer")
    )
    rules = analysis["filter"]["dutch_override"]["rules"]
    assert "fiets, fietsen, fietste, fietsten, gefietst => fiets" in rules
    assert any(
        r.startswith("huis, huizen") or ("huizen" in r and r.endswith("=> huis")) for r in rules
    )
    assert analysis["filter"]["dutch_stemmer"]["language"] == "dutch"


def test_the_english_search_page_answers_too(tree_client):
    response = tree_client.get("/en/search/", {"q": "koffie"})
    assert response.status_code == 200
    assert "Search: koffie" in response.content.decode()
    assert tree_client.get("/en/search/suggestions/", {"q": "koff"}).status_code == 200
