"""Listing images: alt text required unless decorative, shown on cards, pages and in the APIs."""

import datetime
import io
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile

from wagtail.images.models import Image

import pytest
import time_machine
from PIL import Image as PILImage

from aanbod.models import ActivityPage, OrganisationPage, ServicePage
from tests.roles import gemeente_users
from wijken.models import OntwikkelingPage

pytestmark = pytest.mark.django_db
TZ = ZoneInfo("Europe/Amsterdam")
MONDAY = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # the koffie-ochtend is on Tuesdays
HOST = "testregio.localhost"
ALT_ERROR = "Beschrijf wat er op de afbeelding staat, of vink &#x27;decoratief&#x27; aan."


@pytest.fixture(autouse=True)
def _fresh_rendition_cache():
    """Rolled-back image ids get reused; Wagtail's cached renditions of the old image must go."""
    cache.clear()


def make_image(title: str, size=(1200, 800)) -> Image:
    """A real PNG stored through Wagtail's image model."""
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (40, 120, 200)).save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


class ImgCollector(HTMLParser):
    """Every <img> of a page as a dict of its attributes."""

    def __init__(self):
        super().__init__()
        self.images: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "img":
            self.images.append(dict(attrs))


def images_in(html: str) -> list[dict]:
    """The attributes of each <img> in the HTML."""
    collector = ImgCollector()
    collector.feed(html)
    return collector.images


def img_with_alt(html: str, alt: str) -> dict:
    """The one listing <img> with this alt text (fails when there is none)."""
    found = [i for i in images_in(html) if i.get("alt") == alt and "srcset" in i]
    assert found, f"no <img alt={alt!r}> with a srcset"
    return found[0]


def give_image(page, alt: str = "", decorative: bool = False):
    """Publish the page with a new listing image; the image."""
    page = page.specific
    image = make_image(f"foto-{page.slug}")
    page.listing_image = image
    page.listing_image_alt = alt
    page.listing_image_decorative = decorative
    page.save_revision().publish()
    return image


@pytest.mark.parametrize("name", ["activity", "service", "organisation", "ontwikkeling"])
def test_an_image_needs_alt_text_or_the_decorative_tick(tree, name):
    page = getattr(tree, name).specific
    page.listing_image = make_image("IMG_2041")
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert refused.value.message_dict["listing_image_alt"] == [
        "Beschrijf wat er op de afbeelding staat, of vink 'decoratief' aan."
    ]
    page.listing_image_alt = "   "
    with pytest.raises(ValidationError):
        page.full_clean()
    page.listing_image_decorative = True
    page.full_clean()
    page.listing_image_decorative = False
    page.listing_image_alt = "Twee buren aan de koffie"
    page.full_clean()


def test_the_alt_error_shows_with_the_pages_own_errors(tree):
    """An activity with a missing alt text and an end before its start hears about both."""
    activity = ActivityPage.objects.get(pk=tree.activity.pk)
    activity.listing_image = make_image("IMG_2042")
    activity.end = activity.start - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as refused:
        activity.full_clean()
    assert set(refused.value.message_dict) >= {"listing_image_alt", "end"}


def _edit_ontwikkeling(client, page, **fields):
    """Post the ontwikkeling's edit form as a gemeente editor does, and publish."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = {
        "title": page.title,
        "slug": page.slug,
        "date": page.date.isoformat(),
        "intro": page.intro,
        "body": streamfield([]),
        "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        "action-publish": "publish",
        **fields,
    }
    return client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(data))


def test_an_editor_is_told_in_dutch_and_may_tick_decorative(client, tree):
    client.force_login(gemeente_users(tree.gemeente, "img")["editor"])
    page = tree.ontwikkeling
    image = make_image("DSC_0001")

    refused = _edit_ontwikkeling(client, page, listing_image=image.pk, listing_image_alt="")
    assert refused.status_code == 200
    assert ALT_ERROR in refused.content.decode()
    assert OntwikkelingPage.objects.get(pk=page.pk).listing_image_id is None  # nothing saved

    decorative = _edit_ontwikkeling(
        client, page, listing_image=image.pk, listing_image_decorative="on"
    )
    assert decorative.status_code == 302
    html = client.get(page.url, HTTP_HOST=HOST).content.decode()
    shown = [i for i in images_in(html) if "srcset" in i]
    assert len(shown) == 1 and shown[0]["alt"] == ""  # decorative: screen readers skip it
    assert not [i for i in images_in(html) if "DSC_0001" in i.get("alt", "")]  # no file name

    described = _edit_ontwikkeling(
        client, page, listing_image=image.pk, listing_image_alt="Het plein met nieuwe bomen"
    )
    assert described.status_code == 302
    html = client.get(page.url, HTTP_HOST=HOST).content.decode()
    img_with_alt(html, "Het plein met nieuwe bomen")


def test_cards_show_the_image_with_its_alt_as_lazy_responsive_renditions(tree_client, tree):
    give_image(tree.activity, "Buren drinken koffie aan een lange tafel")
    give_image(tree.service, "Een vrijwilliger draagt boodschappentassen")
    give_image(tree.organisation, "Het kantoor van Buurtzorg aan de Markt")
    give_image(tree.ontwikkeling, "Een schets van het nieuwe buurthuis")

    with time_machine.travel(MONDAY, tick=False):
        wijk = tree_client.get(tree.wijk.url).content.decode()
        agenda = tree_client.get(tree.wijk.url + "agenda/").content.decode()
        home = tree_client.get("/").content.decode()
        organisation = tree_client.get(tree.organisation.url).content.decode()
    organisations = tree_client.get(tree.organisations.url).content.decode()
    gemeente = tree_client.get(tree.gemeente.url).content.decode()
    index = tree_client.get(tree.ontwikkeling_index.url).content.decode()

    card = img_with_alt(wijk, "Een vrijwilliger draagt boodschappentassen")  # services
    assert card["loading"] == "lazy" and card["width"] == "320" and card["height"] == "180"
    assert [part.split()[-1] for part in card["srcset"].split(", ")] == ["320w", "640w"]
    assert card["sizes"]
    img_with_alt(wijk, "Het kantoor van Buurtzorg aan de Markt")  # organisations
    thumb = img_with_alt(wijk, "Buren drinken koffie aan een lange tafel")  # this week
    assert thumb["loading"] == "lazy" and thumb["sizes"] == "6rem"
    img_with_alt(agenda, "Buren drinken koffie aan een lange tafel")
    img_with_alt(home, "Buren drinken koffie aan een lange tafel")  # upcoming activities
    img_with_alt(home, "Een schets van het nieuwe buurthuis")  # ontwikkelingen
    img_with_alt(organisation, "Een vrijwilliger draagt boodschappentassen")
    img_with_alt(organisation, "Buren drinken koffie aan een lange tafel")
    img_with_alt(organisations, "Het kantoor van Buurtzorg aan de Markt")
    img_with_alt(gemeente, "Een schets van het nieuwe buurthuis")
    img_with_alt(gemeente, "Het kantoor van Buurtzorg aan de Markt")
    img_with_alt(index, "Een schets van het nieuwe buurthuis")


@pytest.mark.parametrize("name", ["activity", "service", "organisation", "ontwikkeling"])
def test_the_page_shows_its_image_with_alt_and_in_open_graph(tree_client, tree, name):
    page = getattr(tree, name)
    give_image(page, "Een zonnige middag in de Zonnewijk")
    html = tree_client.get(page.url).content.decode()
    lead = img_with_alt(html, "Een zonnige middag in de Zonnewijk")
    assert lead["width"] == "800" and lead["height"] == "533"  # 1200x800 scaled to max 800
    assert "1200w" in lead["srcset"]  # the larger one, never upscaled past the original
    assert "loading" not in lead  # near the top of the page: loaded at once
    assert '<meta property="og:image:alt" content="Een zonnige middag in de Zonnewijk">' in html


def test_a_decorative_image_has_an_empty_alt_everywhere(tree_client, tree):
    give_image(tree.service, decorative=True)
    for url in (tree.service.url, tree.wijk.url, tree.organisation.url):
        html = tree_client.get(url).content.decode()
        listed = [i for i in images_in(html) if "srcset" in i]
        assert listed and all(i["alt"] == "" for i in listed), url
    api = tree_client.get(f"/api/v2/pages/{tree.service.pk}/").json()
    assert api["listing_image"]["alt"] == ""


@pytest.mark.parametrize(
    "name, model",
    [
        ("activity", "aanbod.ActivityPage"),
        ("service", "aanbod.ServicePage"),
        ("organisation", "aanbod.OrganisationPage"),
        ("ontwikkeling", "wijken.OntwikkelingPage"),
    ],
)
def test_the_apis_give_the_image_as_renditions_with_alt(tree_client, tree, name, model):
    image = give_image(getattr(tree, name), "Kinderen spelen op het plein")
    page = getattr(tree, name)

    detail = tree_client.get(f"/api/v2/pages/{page.pk}/").json()["listing_image"]
    assert detail["id"] == image.pk and detail["alt"] == "Kinderen spelen op het plein"
    assert set(detail["renditions"]) == {"thumbnail", "medium", "large", "social"}
    thumbnail = detail["renditions"]["thumbnail"]
    assert thumbnail["url"].startswith(f"http://{HOST}/")
    assert (thumbnail["width"], thumbnail["height"]) == (320, 180)
    listed = tree_client.get("/api/v2/pages/", {"type": model, "fields": "listing_image"}).json()
    by_id = {item["id"]: item["listing_image"] for item in listed["items"]}
    assert by_id[page.pk] == detail

    v1_path = {
        "activity": "activities",
        "service": "services",
        "organisation": "organisations",
        "ontwikkeling": "ontwikkelingen",
    }[name]
    v1 = tree_client.get(f"/api/v1/{v1_path}/{page.pk}").json()
    assert v1["image"]["alt"] == "Kinderen spelen op het plein"
    assert v1["image"]["renditions"]["large"]["url"].startswith(f"http://{HOST}/")


def test_a_page_without_image_has_null_in_the_apis(tree_client, tree):
    assert tree_client.get(f"/api/v2/pages/{tree.service.pk}/").json()["listing_image"] is None
    assert tree_client.get(f"/api/v1/services/{tree.service.pk}").json()["image"] is None


@pytest.mark.parametrize("model", [ActivityPage, ServicePage, OrganisationPage, OntwikkelingPage])
def test_translators_translate_the_alt_text_and_keep_the_image(model):
    from wagtail_localize.fields import (
        SynchronizedField,
        TranslatableField,
        get_translatable_fields,
    )

    fields = {f.field_name: f for f in get_translatable_fields(model)}
    assert type(fields["listing_image_alt"]) is TranslatableField
    assert type(fields["listing_image"]) is SynchronizedField
    assert type(fields["listing_image_decorative"]) is SynchronizedField


def test_the_migration_keeps_an_ontwikkelings_image_in_drafts_and_takes_its_description(tree):
    """Migration wijken 0004: a saved revision names the image by its new field name, and an
    image's own Wagtail description becomes the page's alt text."""
    import importlib

    from django.apps import apps

    migration = importlib.import_module("wijken.migrations.0004_ontwikkeling_listing_image")
    image = make_image("IMG_3001")
    image.description = "De bouwplaats aan de Kerkstraat"
    image.save()
    page = OntwikkelingPage.objects.get(pk=tree.ontwikkeling.pk)
    revision = page.save_revision()
    content = {k: v for k, v in revision.content.items() if not k.startswith("listing_image")}
    revision.content = {**content, "image": image.pk}  # as saved before the migration
    revision.save(update_fields=["content"])
    OntwikkelingPage.objects.filter(pk=page.pk).update(listing_image=image, listing_image_alt="")

    migration.rename_in_revisions(apps, None)
    migration.alt_from_image_description(apps, None)

    revision.refresh_from_db()
    assert "image" not in revision.content and revision.content["listing_image"] == image.pk
    assert revision.as_object().listing_image_id == image.pk
    page.refresh_from_db()
    assert page.listing_image_alt == "De bouwplaats aan de Kerkstraat"
