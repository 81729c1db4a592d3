"""Every page type renders with demo-like content, and hidden pages answer 404."""

import pytest

from aanbod.models import ActivityPage, OfferPage, RequestPage, ServicePage
from home.models import HomePage, StandardPage
from wijken.models import GemeentePage, OntwikkelingPage, WijkPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "attribute",
    [
        "home",
        "gemeente",
        "wijk",
        "ontwikkeling_index",
        "ontwikkeling",
        "marketplace",
        "request",
        "offer",
        "organisations",
        "organisation",
        "service",
        "activity",
    ],
)
def test_visible_page_types_render(tree_client, tree, attribute):
    page = getattr(tree, attribute)
    response = tree_client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_standard_page_renders(tree_client, tree):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(parent=tree.home, slug="over-ons")
    response = tree_client.get(page.url)
    assert response.status_code == 200
    assert "Wie we zijn." in response.content.decode()


@pytest.mark.parametrize(
    "attribute",
    [
        "wijk_prep",
        "gemeente_prep",
        "wijk_in_prep_gemeente",
        "ontwikkeling_prep",
        "request_prep",
        "activity_hidden",
    ],
)
def test_hidden_pages_answer_404_to_the_public(tree_client, tree, attribute):
    page = getattr(tree, attribute)
    assert tree_client.get(page.url).status_code == 404


def test_editors_can_preview_a_hidden_wijk(admin_client, tree):
    response = admin_client.get(f"/admin/pages/{tree.wijk_prep.pk}/view_draft/")
    assert response.status_code == 200
    assert "Nieuwwijk" in response.content.decode()


def test_demo_pages_of_every_type_render(client):
    """Every page type of the demo content renders on its region's hostname."""
    models = [
        HomePage,
        StandardPage,
        GemeentePage,
        WijkPage,
        OntwikkelingPage,
        ServicePage,
        ActivityPage,
        RequestPage,
        OfferPage,
    ]
    for model in models:
        page = (
            model.objects.live()
            .filter(pk__in=[p.pk for p in model.objects.live() if p.is_publicly_visible()])
            .first()
        )
        assert page is not None, f"no visible demo {model.__name__}"
        site = page.get_site()
        response = client.get(page.url, HTTP_HOST=site.hostname)
        assert response.status_code == 200, (model.__name__, page.url)


def test_wijk_page_lists_its_activity_and_not_the_hidden_one(tree_client, tree):
    html = tree_client.get(tree.wijk.url).content.decode()
    assert "Koffie-ochtend Zonnewijk" in html
    assert "Eetclub Nieuwwijk" not in html


def test_home_shows_a_preparation_gemeente_as_coming_soon_without_a_link(tree_client, tree):
    html = tree_client.get("/").content.decode()
    assert "Laterdorp" in html
    assert "Binnenkort" in html
    assert tree.gemeente_prep.url not in html


def test_sitemap_leaves_hidden_pages_out(tree_client, tree):
    xml = tree_client.get("/sitemap.xml").content.decode()
    assert "/testgemeente/zonnewijk/" in xml
    assert "/testgemeente/nieuwwijk/" not in xml
    assert "/laterdorp/" not in xml
    assert tree.activity.url in xml
    assert tree.activity_hidden.url not in xml
