"""Wagtail API v2 at /api/v2/: public fields of every page type, as a partner site reads them."""

import io
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.images import ImageFile

from wagtail.images.models import Image
from wagtail.models import Locale

import pytest
from PIL import Image as PILImage

from tests import factories as f

pytestmark = pytest.mark.django_db
HOST = "testregio.localhost"


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """Rolled-back image ids get reused; Wagtail's cached renditions of the old image must go."""
    cache.clear()


def get(client, url, **params):
    """GET an API v2 URL on the test region's host and return the response."""
    return client.get(url, params, HTTP_HOST=HOST)


def make_image(title: str = "Buurthuis", size=(1600, 900)) -> Image:
    """A real PNG stored through Wagtail's image model."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 120, 40)).save(buffer, format="PNG")
    return Image.objects.create(
        title=title,
        file=ImageFile(buffer, name="buurthuis.png"),
        description="Het nieuwe buurthuis aan het plein",
    )


def media_path(url: str) -> Path:
    """The file behind a media URL (absolute or not)."""
    relative = url.split(settings.MEDIA_URL, 1)[1]
    return Path(settings.MEDIA_ROOT) / relative


def test_rich_text_in_bodies_comes_as_display_html(client, tree):
    body = [
        {
            "type": "paragraph",
            "value": f'<p>Zie <a linktype="page" id="{tree.wijk.pk}">de wijk</a>.</p>',
        }
    ]
    tree.ontwikkeling.body = body
    tree.ontwikkeling.save_revision().publish()

    data = get(client, f"/api/v2/pages/{tree.ontwikkeling.pk}/").json()
    paragraph = data["body"][0]["value"]
    assert "linktype" not in paragraph
    assert f'href="{tree.wijk.get_full_url()}"' in paragraph

    raw = get(client, f"/api/v2/pages/{tree.ontwikkeling.pk}/", rich_text_format="db_html")
    assert 'linktype="page"' in raw.json()["body"][0]["value"]

    bad = get(client, f"/api/v2/pages/{tree.ontwikkeling.pk}/", rich_text_format="word")
    assert bad.status_code == 400
    assert "rich_text_format" in bad.json()["message"]


def test_images_come_as_renditions_that_exist(client, tree):
    image = make_image()
    tree.ontwikkeling.listing_image = image
    tree.ontwikkeling.listing_image_alt = "De ingang van het buurthuis met een rode deur"
    tree.ontwikkeling.body = [
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "alt_text": "Kinderen op het plein",
                    "decorative": False,
                },
                "caption": "Opening in oktober",
            },
        },
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "", "decorative": True},
                "caption": "",
            },
        },
    ]
    tree.ontwikkeling.save_revision().publish()

    data = get(client, f"/api/v2/pages/{tree.ontwikkeling.pk}/").json()
    lead = data["listing_image"]
    assert lead["id"] == image.pk and lead["alt"] == "De ingang van het buurthuis met een rode deur"
    assert data["image"] == lead  # the field's earlier name, kept for partner sites
    assert set(lead["renditions"]) == {"thumbnail", "medium", "large", "social"}
    thumbnail = lead["renditions"]["thumbnail"]
    assert (thumbnail["width"], thumbnail["height"]) == (320, 180)
    assert thumbnail["url"].startswith(f"http://{HOST}/")
    assert media_path(thumbnail["url"]).exists()
    assert lead["renditions"]["medium"]["width"] == 800

    captioned, decorative = (block["value"] for block in data["body"])
    assert captioned["image"]["alt"] == "Kinderen op het plein"
    assert captioned["caption"] == "Opening in oktober"
    assert media_path(captioned["image"]["renditions"]["large"]["url"]).exists()
    assert decorative["image"]["alt"] == ""


def test_organisation_logo_is_a_rendition(client, tree):
    tree.organisation.logo = make_image("Logo Buurtzorg", size=(400, 400))
    tree.organisation.save_revision().publish()

    logo = get(client, f"/api/v2/pages/{tree.organisation.pk}/").json()["logo"]
    assert logo["title"] == "Logo Buurtzorg"
    assert logo["renditions"]["medium"]["width"] == 400  # never scaled up


def test_call_to_action_points_at_the_page_url(client, tree):
    tree.ontwikkeling.body = [
        {
            "type": "call_to_action",
            "value": {"text": "Naar de wijk", "page": tree.wijk.pk, "url": ""},
        },
        {
            "type": "call_to_action",
            "value": {"text": "Gemeente", "page": None, "url": "https://www.venlo.nl/"},
        },
    ]
    tree.ontwikkeling.save_revision().publish()

    first, second = get(client, f"/api/v2/pages/{tree.ontwikkeling.pk}/").json()["body"]
    assert first["value"]["page"] == {
        "id": tree.wijk.pk,
        "title": "Zonnewijk",
        "url": tree.wijk.get_full_url(),
    }
    assert first["value"]["url"] == tree.wijk.get_full_url()
    assert second["value"] == {"text": "Gemeente", "url": "https://www.venlo.nl/", "page": None}


def test_wijk_lists_leave_out_wijken_in_preparation(client, tree):
    data = get(client, f"/api/v2/pages/{tree.activity.pk}/").json()
    assert [w["title"] for w in data["wijken"]] == ["Zonnewijk"]


def test_every_page_type_shows_its_api_fields(client, tree):
    pages = [
        tree.home,
        tree.gemeente,
        tree.wijk,
        tree.ontwikkeling_index,
        tree.ontwikkeling,
        tree.marketplace,
        tree.request,
        tree.offer,
        tree.organisations,
        tree.organisation,
        tree.service,
        tree.activity,
    ]
    for page in pages:
        page = page.specific
        response = get(client, f"/api/v2/pages/{page.pk}/")
        assert response.status_code == 200, page
        data = response.json()
        assert data["meta"]["type"] == page._meta.label
        missing = [field.name for field in page.api_fields if field.name not in data]
        assert not missing, (page._meta.label, missing)


def test_listing_by_type_with_all_fields(client, tree):
    response = get(
        client,
        "/api/v2/pages/",
        type="aanbod.ActivityPage",
        fields="*",
        descendant_of=tree.home.pk,
    )
    assert response.status_code == 200
    items = {item["title"]: item for item in response.json()["items"]}
    assert set(items) == {"Koffie-ochtend Zonnewijk", "Regiowandeling"}
    assert items["Koffie-ochtend Zonnewijk"]["recurrence"] == "FREQ=WEEKLY;BYDAY=TU"


def test_marketplace_items_carry_no_names_or_contact_details(client, tree):
    data = get(client, f"/api/v2/pages/{tree.request.pk}/").json()
    assert "first_name" not in data
    text = str(data)
    assert tree.request.first_name not in text
    listing = get(client, "/api/v2/pages/", type="aanbod.RequestPage", fields="*").json()
    assert all("first_name" not in item for item in listing["items"])
    bad = get(client, "/api/v2/pages/", type="aanbod.RequestPage", fields="first_name")
    assert bad.status_code == 400


def test_locale_filters_give_the_english_translation(client, tree):
    english = Locale.objects.get_or_create(language_code="en")[0]
    translated = tree.ontwikkeling.copy_for_translation(english, copy_parents=True)
    translated.title = "New community centre"
    translated.save_revision().publish()

    english_items = get(
        client, "/api/v2/pages/", locale="en", type="wijken.OntwikkelingPage"
    ).json()["items"]
    assert [item["title"] for item in english_items] == ["New community centre"]
    assert english_items[0]["meta"]["locale"] == "en"

    translations = get(client, "/api/v2/pages/", translation_of=tree.ontwikkeling.pk, locale="en")
    assert [item["id"] for item in translations.json()["items"]] == [translated.pk]

    dutch = get(client, "/api/v2/pages/", locale="nl", type="wijken.OntwikkelingPage").json()
    assert "New community centre" not in {item["title"] for item in dutch["items"]}
    unknown = get(client, "/api/v2/pages/", locale="fr")
    assert unknown.status_code == 404 and "message" in unknown.json()


def test_list_queries_do_not_grow_with_page_size(
    client, tree, django_assert_max_num_queries, no_api_cache
):
    for n in range(25):
        activity = f.ActivityPageFactory(parent=tree.organisation, title=f"Extra {n}")
        activity.wijken.set([tree.wijk])
        activity.categories.set([tree.category])
        activity.save_revision().publish()
    params = {"type": "aanbod.ActivityPage", "fields": "wijken,categories,target_groups"}

    def count(limit: int) -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = get(client, "/api/v2/pages/", limit=limit, **params)
        assert len(response.json()["items"]) == limit
        return len(queries)

    small = count(2)
    with django_assert_max_num_queries(small):
        get(client, "/api/v2/pages/", limit=25, **params)


def test_unpublished_pages_are_not_served(client, tree):
    tree.service.unpublish()
    assert get(client, f"/api/v2/pages/{tree.service.pk}/").status_code == 404
    listing = get(client, "/api/v2/pages/", child_of=tree.organisation.pk).json()
    assert tree.service.pk not in {item["id"] for item in listing["items"]}
