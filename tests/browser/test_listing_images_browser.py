"""In Chromium: cards and pages with listing images pass axe-core, with the editors' alt texts.

A demo activity, service and ontwikkeling get a listing image (drawn with Pillow) through the
same fields an editor fills in; the service's is marked decorative. The organisation page (its
activity and service cards), the activity itself and the ontwikkelingen list are checked with
axe-core (serious or critical WCAG 2.1 AA violations fail) and for the alt texts residents'
screen readers read out.
"""

import json

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.browser

SETUP = """
import json
from io import BytesIO
from PIL import Image as Picture
from django.core.files.images import ImageFile
from wagtail.images.models import Image
from aanbod.models import ActivityPage, ServicePage
from home.models import HomePage
from wijken.models import OntwikkelingPage

region = HomePage.objects.get(slug="westelijke-mijnstreek")
buffer = BytesIO()
Picture.new("RGB", (1200, 800), (40, 110, 90)).save(buffer, "PNG")
image = Image.objects.create(title="Buurthuis", file=ImageFile(buffer, name="buurthuis.png"))
activity = ActivityPage.objects.live().descendant_of(region).order_by("pk").first()
organisation = activity.get_parent().specific
service = ServicePage.objects.live().child_of(organisation).order_by("pk").first()
ontwikkeling = OntwikkelingPage.objects.live().descendant_of(region).order_by("pk").first()
chosen = [
    (activity, "Buren aan een lange tafel in het buurthuis", False),
    (ontwikkeling, "Het nieuwe buurthuis aan het plein", False),
]
if service is not None:
    chosen.append((service, "", True))
for page, alt, decorative in chosen:
    page.listing_image = image
    page.listing_image_alt = alt
    page.listing_image_decorative = decorative
    page.save_revision().publish()
print(json.dumps({
    "organisation": organisation.get_url_parts()[2],
    "activity": activity.get_url_parts()[2],
    "index": ontwikkeling.get_parent().get_url_parts()[2],
    "service": service.title if service else "",
}))
"""


@pytest.fixture(scope="module")
def pages(e2e_server) -> dict:
    """Paths of the organisation, the activity and the ontwikkelingen list, after the images."""
    out = e2e_server.manage("shell", "-c", SETUP)
    return json.loads(out.strip().splitlines()[-1])


def test_cards_and_pages_with_images_pass_axe_with_their_alt_texts(page, e2e_server, pages):
    page.goto(e2e_server.url(pages["organisation"]))
    alts = page.locator("img").evaluate_all("els => els.map(e => e.getAttribute('alt'))")
    assert "Buren aan een lange tafel in het buurthuis" in alts
    if pages["service"]:
        assert "" in alts  # the decorative one: skipped by screen readers, never a file name
    assert not any(alt and alt.endswith(".png") for alt in alts)
    assert_accessible(page)
    page.goto(e2e_server.url(pages["activity"]))
    hero = page.get_by_role("img", name="Buren aan een lange tafel in het buurthuis")
    assert hero.count() >= 1 and hero.first.get_attribute("width")
    assert_accessible(page)
    page.goto(e2e_server.url(pages["index"]))
    assert page.get_by_role("img", name="Het nieuwe buurthuis aan het plein").count() >= 1
    assert_accessible(page)
