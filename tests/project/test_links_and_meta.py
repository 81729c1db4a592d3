"""One rule for absolute links, favicons, descriptions and robots, in both demo regions.

Production (the default): links name the region's configured site, whatever host a request
came in on. Development (``WIJKPORTAAL_LINKS_AS_SERVED``): links work on the host and port the
page was served on. Sitemap, robots.txt, canonical, Open Graph, JSON-LD, APIs and iCal agree.
"""

import io
import json
import re
import xml.etree.ElementTree as ET

from django.urls import reverse

from wagtail.models import Site

import icalendar
import pytest
from PIL import Image

from aanbod.models import ActivityPage, OfferPage, OrganisationPage, RequestPage, ServicePage
from home.models import BrandingSettings, HomePage, StandardPage
from wijken.models import GemeentePage, OntwikkelingPage, WijkPage

pytestmark = pytest.mark.django_db
REGIONS = ["westelijke-mijnstreek.localhost", "midden-limburg-west.localhost"]
PAGE_TYPES = [
    HomePage,
    StandardPage,
    GemeentePage,
    WijkPage,
    OntwikkelingPage,
    OrganisationPage,
    ServicePage,
    ActivityPage,
    RequestPage,
    OfferPage,
]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _sitemap_locations(client, host: str) -> list[str]:
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    return [loc.text for loc in ET.fromstring(response.content).iterfind(".//s:loc", SITEMAP_NS)]


def _visible(model, host: str):
    site = Site.objects.get(hostname=host)
    for page in model.objects.live().public().descendant_of(site.root_page, inclusive=True):
        if page.is_publicly_visible():
            return page
    return None


def _links_in(html: str) -> dict[str, str]:
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    og_url = re.search(r'<meta property="og:url" content="([^"]+)"', html)
    return {"canonical": canonical and canonical[1], "og:url": og_url and og_url[1]}


@pytest.mark.parametrize("host", REGIONS)
def test_in_production_every_link_names_the_configured_site(client, host):
    site = Site.objects.get(hostname=host)
    asked = f"{host}:8000"  # served on another port: the configured site still wins
    locations = _sitemap_locations(client, asked)
    assert len(locations) > 10
    assert all(loc.startswith(site.root_url + "/") for loc in locations)
    robots = client.get("/robots.txt", HTTP_HOST=asked).content.decode()
    assert f"Sitemap: {site.root_url}/sitemap.xml" in robots
    page = _visible(WijkPage, host)
    html = client.get(page.url, HTTP_HOST=asked).content.decode()
    assert _links_in(html) == {"canonical": page.full_url, "og:url": page.full_url}


@pytest.mark.parametrize("host", REGIONS)
def test_in_development_every_link_works_on_the_host_and_port_served(client, settings, host):
    settings.WIJKPORTAAL_LINKS_AS_SERVED = True
    served = f"http://{host}:8000"
    locations = _sitemap_locations(client, f"{host}:8000")
    assert locations and all(loc.startswith(served + "/") for loc in locations)
    robots = client.get("/robots.txt", HTTP_HOST=f"{host}:8000").content.decode()
    assert f"Sitemap: {served}/sitemap.xml" in robots
    activity = _visible(ActivityPage, host)
    html = client.get(activity.url, HTTP_HOST=f"{host}:8000").content.decode()
    expected = served + activity.get_url_parts()[2]
    assert _links_in(html) == {"canonical": expected, "og:url": expected}
    json_ld = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert expected in json.dumps([json.loads(block) for block in json_ld])
    api = client.get(f"/api/v1/activities/{activity.pk}", HTTP_HOST=f"{host}:8000").json()
    assert api["url"] == expected
    ics = client.get(reverse("activity_ics", args=[activity.pk]), HTTP_HOST=f"{host}:8000")
    (event,) = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert str(event["URL"]) == expected


@pytest.mark.parametrize("host", REGIONS)
def test_every_page_type_has_a_description_and_a_favicon(client, host):
    for model in PAGE_TYPES:
        page = _visible(model, host)
        if page is None and model in (StandardPage,):
            continue
        assert page is not None, f"no visible demo {model.__name__} in {host}"
        html = client.get(page.url, HTTP_HOST=host).content.decode()
        description = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert description and len(description[1]) > 20, (model.__name__, page.url)
        assert '<link rel="icon" href="/favicon.svg" type="image/svg+xml">' in html
        assert 'name="robots"' not in html, "content pages are indexed"


def test_search_results_are_not_indexed_but_followed(client):
    response = client.get("/zoeken/?q=koffie", HTTP_HOST=REGIONS[0])
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert re.search(r'<meta name="description" content="[^"]{20,}"', html)


def test_favicon_ico_is_a_real_icon_in_each_regions_colour(client):
    colours = {}
    for host in REGIONS:
        response = client.get("/favicon.ico", HTTP_HOST=host)
        assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
        icon = Image.open(io.BytesIO(response.content))
        assert icon.format == "ICO" and (32, 32) in icon.info["sizes"]
        colours[host] = icon.convert("RGB").getpixel((icon.width // 2, 2))
        svg = client.get("/favicon.svg", HTTP_HOST=host)
        site = Site.objects.get(hostname=host)
        assert BrandingSettings.for_site(site).primary_colour in svg.content.decode()
    branding = BrandingSettings.for_site(Site.objects.get(hostname=REGIONS[1]))
    branding.primary_colour = "#006400"
    branding.save()
    response = client.get("/favicon.ico", HTTP_HOST=REGIONS[1])
    icon = Image.open(io.BytesIO(response.content)).convert("RGB")
    assert icon.getpixel((icon.width // 2, 2)) == (0, 100, 0)


def test_a_regions_logo_becomes_its_favicon(client, tree):
    from wagtail.images.models import Image as WagtailImage
    from wagtail.images.tests.utils import get_test_image_file

    logo = WagtailImage.objects.create(
        title="Logo", file=get_test_image_file(colour="red", size=(80, 40))
    )
    site = Site.objects.get(hostname=REGIONS[0])
    branding = BrandingSettings.for_site(site)
    branding.logo = logo
    branding.save()
    icon = Image.open(io.BytesIO(client.get("/favicon.ico", HTTP_HOST=REGIONS[0]).content))
    assert icon.convert("RGB").getpixel((icon.width // 2, icon.height // 2)) == (255, 0, 0)


def test_the_demo_served_on_a_port_links_there_in_mails_too(client):
    from django.core.management import call_command

    call_command("load_demo", "--port", "8000", verbosity=0)
    site = Site.objects.get(hostname=REGIONS[0])
    assert site.root_url == f"http://{REGIONS[0]}:8000"
    page = _visible(OntwikkelingPage, REGIONS[0])
    # No request (a mail, a task): the configured site, now on the port the demo is served on.
    from home.links import page_url

    assert page_url(page).startswith(f"http://{REGIONS[0]}:8000/")
    locations = _sitemap_locations(client, f"{REGIONS[0]}:8000")
    assert all(loc.startswith(f"http://{REGIONS[0]}:8000/") for loc in locations)
