"""Only public files are public: API v2 images and documents, and private collections."""

import io

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction, GroupCollectionPermission

import pytest
from PIL import Image as PILImage

from tests import factories as f

pytestmark = pytest.mark.django_db
HOST = "testregio.localhost"


def make_image(title: str) -> Image:
    """A small real PNG stored through Wagtail's image model."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (20, 120, 40)).save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def make_document(title: str, text: bytes, collection: Collection | None = None) -> Document:
    """A real text document in MEDIA_ROOT, in the given collection (the root one by default)."""
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title}.txt", ContentFile(text), save=False)
    document.save()
    return document


def doc_link(document: Document) -> list[dict]:
    """A body with one paragraph linking to the document."""
    html = f'<p>Lees <a linktype="document" id="{document.pk}">het plan</a>.</p>'
    return [{"type": "paragraph", "value": html}]


def listed_ids(client, endpoint: str) -> set[int]:
    """The ids the API v2 list of images or documents shows on the test region."""
    response = client.get(f"/api/v2/{endpoint}/", {"limit": 100}, HTTP_HOST=HOST)
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def detail_status(client, endpoint: str, pk: int) -> int:
    """The status of an API v2 detail URL on the test region."""
    return client.get(f"/api/v2/{endpoint}/{pk}/", HTTP_HOST=HOST).status_code


def test_images_are_listed_only_when_a_public_page_shows_them(client, tree):
    shown = make_image("op-de-pagina")
    tree.ontwikkeling.listing_image = shown
    tree.ontwikkeling.listing_image_alt = "Een plattegrond van de wijk"
    tree.ontwikkeling.save_revision().publish()
    unused = make_image("nergens-gebruikt")
    hidden = make_image("verborgen-plan")  # only on a page of a gemeente in preparation
    tree.ontwikkeling_prep.listing_image = hidden
    tree.ontwikkeling_prep.listing_image_alt = "Een plattegrond van de wijk"
    tree.ontwikkeling_prep.save_revision().publish()
    draft_only = make_image("alleen-concept")  # only on a page that was never published
    f.OntwikkelingPageFactory(
        parent=tree.ontwikkeling_index,
        title="Concept",
        live=False,
        listing_image=draft_only,
        listing_image_decorative=True,
    )

    assert listed_ids(client, "images") == {shown.pk}
    assert detail_status(client, "images", shown.pk) == 200
    for image in (unused, hidden, draft_only):
        assert detail_status(client, "images", image.pk) == 404


def test_an_image_in_a_draft_of_a_live_page_is_not_listed(client, tree):
    """A new image in an unpublished draft stays out until the draft is published."""
    image = make_image("nieuw-in-concept")
    tree.ontwikkeling.listing_image = image
    tree.ontwikkeling.listing_image_alt = "Een plattegrond van de wijk"
    tree.ontwikkeling.save_revision()  # a draft only: the live page has no image
    assert image.pk not in listed_ids(client, "images")
    tree.ontwikkeling.get_latest_revision().publish()
    assert image.pk in listed_ids(client, "images")


def test_documents_are_listed_only_when_a_public_page_links_them(client, tree):
    linked = make_document("uitrolplan-openbaar", b"Openbaar plan")
    tree.ontwikkeling.body = doc_link(linked)
    tree.ontwikkeling.save_revision().publish()
    concept = make_document("uitrolplan-concept", b"Concept, niet openbaar")
    on_private = make_document("uitrolplan-verborgen", b"Verborgen")
    tree.ontwikkeling_prep.body = doc_link(on_private)
    tree.ontwikkeling_prep.save_revision().publish()

    assert listed_ids(client, "documents") == {linked.pk}
    assert detail_status(client, "documents", linked.pk) == 200
    assert detail_status(client, "documents", concept.pk) == 404
    assert detail_status(client, "documents", on_private.pk) == 404


def test_a_file_of_another_region_is_not_listed_here(client, tree):
    """A public page of the demo region uses the image: the test region does not list it."""
    from wijken.models import OntwikkelingPage

    elsewhere = OntwikkelingPage.objects.live().exclude(path__startswith=tree.home.path).first()
    image = make_image("andere-regio")
    elsewhere.listing_image = image
    elsewhere.listing_image_alt = "Een plattegrond van de wijk"
    elsewhere.save_revision().publish()
    assert image.pk not in listed_ids(client, "images")


@pytest.fixture
def private_document(tree) -> tuple[Document, Group]:
    """A document in a collection restricted to one group, with a real file."""
    root = Collection.get_first_root_node()
    intern = root.add_child(name="Intern gemeente")
    group = Group.objects.create(name="Gemeente intern")
    restriction = CollectionViewRestriction.objects.create(
        collection=intern, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    GroupCollectionPermission.objects.filter(collection=intern).delete()
    document = make_document("uitrolplan-intern", b"Intern uitrolplan 2027", collection=intern)
    return document, group


def test_a_private_collections_document_is_refused_to_the_public(client, tree, private_document):
    document, _group = private_document
    tree.ontwikkeling.body = doc_link(document)
    tree.ontwikkeling.save_revision().publish()
    response = client.get(document.url, HTTP_HOST=HOST)
    assert response.status_code in (302, 403)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"Intern uitrolplan" not in body
    # And the API does not list it even when a public page links it.
    assert document.pk not in listed_ids(client, "documents")


def test_a_private_collections_document_is_served_to_its_group(
    client, private_document, django_user_model
):
    document, group = private_document
    member = django_user_model.objects.create_user("medewerker", "m@example.org", "x")
    member.groups.add(group)
    outsider = django_user_model.objects.create_user("buitenstaander", "b@example.org", "x")

    client.force_login(outsider)
    refused = client.get(document.url, HTTP_HOST=HOST)
    assert refused.status_code in (302, 403)

    client.force_login(member)
    served = client.get(document.url, HTTP_HOST=HOST)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"Intern uitrolplan 2027"
